import type Redis from 'ioredis';
import type { Config } from './config';
import type { Logger } from './logger';
import { Metrics } from './metrics';
import { OdinConnection } from './odin/client';
import { GroupLocks } from './provisioning/lock';
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
  const server = await createServer(config, { odin, logger, metrics, redis, locks });
  return { server, odin, metrics };
}
