import path from 'node:path';
import type Redis from 'ioredis';
import { connectPostgres, openEmbedded } from '../audit/sql';
import { AuditStore } from '../audit/store';
import { AuditTrail } from '../audit/trail';
import type { Config } from './config';
import type { Logger } from './logger';
import { LocalJobQueue, UserImports } from '../jobs/imports';
import { JobKind } from '../jobs/model';
import { MemoryJobStore, RedisJobStore } from '../jobs/store';
import { Metrics } from './metrics';
import { newCacheStats } from '../odin/cache';
import { OdinConnection } from '../odin/client';
import { deprovisioningRunner, provisioningRunner } from '../provisioning/import';
import { GroupLocks, type KeyLock } from '../provisioning/lock';
import { type AppServer, createServer } from './server';

export interface App {
  server: AppServer;
  /** The default instance (or the first of ODIN_INSTANCES_FILE). */
  odin: OdinConnection;
  /** Every Odin instance by name. */
  instances: Map<string, OdinConnection>;
  metrics: Metrics;
  /** The record of changes; unset with AUDIT=off. */
  audit?: AuditTrail;
}

/**
 * The one way the parts are put together: metrics, then the Odin connection reporting to
 * them (shared through Redis when given), then the server. `npm start` and the tests use it.
 */
export async function wireApp(config: Config, logger: Logger, redis?: Redis): Promise<App> {
  const fleet =
    redis && config.redisUrl
      ? { redis, redisUrl: config.redisUrl, replicas: config.fleetReplicas }
      : undefined;
  const metrics = new Metrics();
  // Each instance its own session, rate budget (shared across replicas), cache namespace, and
  // `instance` label on its metrics.
  const instances = new Map<string, OdinConnection>();
  for (const { name, odin: settings } of config.instances ?? [
    { name: 'default', odin: config.odin },
  ]) {
    const observer = metrics.forInstance(name, {
      queued: () => instances.get(name)?.http.limiter.queued ?? 0,
      cacheEntries: () => instances.get(name)?.cache?.size,
    });
    instances.set(name, new OdinConnection(settings, logger, observer, fleet, name));
  }
  const odin = instances.get('default') ?? (instances.values().next().value as OdinConnection);
  const locks = new GroupLocks(redis);
  const audit = auditTrail(config, logger);
  const imports =
    odin.mode === 'service' ? await jobs(config, logger, instances, odin, locks, redis) : undefined;
  if (imports) imports.audit = audit;
  const server = await createServer(config, {
    odin,
    instances,
    logger,
    metrics,
    redis,
    locks,
    imports,
    audit,
  });
  return { server, odin, instances, metrics, audit };
}

/**
 * The audit trail: in DATABASE_URL's Postgres, or the embedded one under DATA_DIR (its own
 * directory per process); opened and migrated in the background, changes wait for it.
 */
function auditTrail(config: Config, logger: Logger): AuditTrail | undefined {
  const { enabled, databaseUrl, dataDir, retentionDays } = config.audit;
  if (!enabled) {
    logger.warn('AUDIT=off: changes are not recorded in the audit trail');
    return undefined;
  }
  const store = new AuditStore(
    () =>
      databaseUrl
        ? connectPostgres(databaseUrl, logger)
        : openEmbedded(path.resolve(dataDir, 'audit')),
    { retentionDays, logger },
  );
  store.start();
  logger.info(
    { auditStore: databaseUrl ? 'postgres' : 'embedded', retentionDays },
    databaseUrl
      ? 'audit trail in Postgres (DATABASE_URL)'
      : `audit trail in the embedded Postgres under ${path.resolve(dataDir, 'audit')}`,
  );
  return new AuditTrail(store);
}

/**
 * Bulk jobs: in Redis with a BullMQ worker in each replica, or in this process. A worker
 * acts with the service account and reads fresh, as a mutation does.
 */
async function jobs(
  config: Config,
  logger: Logger,
  instances: Map<string, OdinConnection>,
  odin: OdinConnection,
  locks: KeyLock,
  redis?: Redis,
) {
  const imports = new UserImports(
    redis ? new RedisJobStore(redis) : new MemoryJobStore(),
    // A job acts on the instance of the key that started it.
    (instance = 'default') =>
      (instances.get(instance) ?? odin).clientFor(undefined, {
        fresh: true,
        staleOk: false,
        stats: newCacheStats(),
      }),
    {
      // About a quarter second of Odin's rate in flight (a row is one or two calls).
      parallelism: Math.max(
        1,
        Math.min(odin.bulkParallelism, Math.ceil(config.odin.rateLimitPerSecond / 4)),
      ),
      ratePerSecond: config.odin.rateLimitPerSecond,
      retentionMs: config.jobs.retentionMs,
    },
    logger,
    {
      [JobKind.PROVISIONING_IMPORT]: provisioningRunner(locks),
      [JobKind.DEPROVISIONING_IMPORT]: deprovisioningRunner(),
    },
  );
  imports.useQueue(
    redis && config.redisUrl
      ? // BullMQ is loaded only for a fleet.
        new (await import('../jobs/bull-queue')).BullJobQueue(
          imports,
          {
            redisUrl: config.redisUrl,
            concurrency: config.jobs.concurrency,
            lockMs: config.jobs.lockMs,
          },
          logger,
        )
      : new LocalJobQueue(imports, Math.max(1, config.jobs.concurrency)),
  );
  return imports;
}
