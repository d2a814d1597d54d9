import type Redis from 'ioredis';
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
  odin: OdinConnection;
  metrics: Metrics;
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
  const metrics: Metrics = new Metrics(
    () => odin.http.limiter.queued,
    () => odin.cache?.size,
  );
  const odin: OdinConnection = new OdinConnection(config.odin, logger, metrics, fleet);
  const locks = new GroupLocks(redis);
  const imports =
    odin.mode === 'service' ? await jobs(config, logger, odin, locks, redis) : undefined;
  const server = await createServer(config, { odin, logger, metrics, redis, locks, imports });
  return { server, odin, metrics };
}

/**
 * Bulk jobs: in Redis with a BullMQ worker in each replica, or in this process. A worker
 * acts with the service account and reads fresh, as a mutation does.
 */
async function jobs(
  config: Config,
  logger: Logger,
  odin: OdinConnection,
  locks: KeyLock,
  redis?: Redis,
) {
  const imports = new UserImports(
    redis ? new RedisJobStore(redis) : new MemoryJobStore(),
    () => odin.clientFor(undefined, { fresh: true, staleOk: false, stats: newCacheStats() }),
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
