import { type LayerProcess, type RedisServer, startLayerProcess, startRedis } from './processes';
import { type SandboxProcess, startSandboxProcess } from './sandbox-process';

/** A redis-server, a sandbox in its own process, and two layer replicas sharing both. */
export interface Fleet {
  redis: RedisServer;
  odin: SandboxProcess;
  layers: LayerProcess[];
  stop(): Promise<void>;
}

/** Waits until the replica answers /readyz 200 (it has logged in through Redis). */
export async function ready(layer: LayerProcess): Promise<void> {
  for (let i = 0; i < 100 && (await fetch(`${layer.origin}/readyz`)).status !== 200; i++) {
    await new Promise((r) => setTimeout(r, 100));
  }
  expect((await fetch(`${layer.origin}/readyz`)).status).toBe(200);
}

export async function startFleet(
  layerEnv: Record<string, string>,
  sandboxEnv: Record<string, string> = {},
): Promise<Fleet> {
  const redis = await startRedis();
  const odin = await startSandboxProcess(sandboxEnv);
  const env = { REDIS_URL: redis.url, FLEET_REPLICAS: '2', ...layerEnv };
  const layers = await Promise.all([
    startLayerProcess(odin.baseUrl, env),
    startLayerProcess(odin.baseUrl, env),
  ]);
  for (const layer of layers) await ready(layer);
  return {
    redis,
    odin,
    layers,
    async stop() {
      await Promise.all(layers.map((l) => l.stop('SIGKILL')));
      await odin.close();
      await redis.stop();
    },
  };
}

/**
 * A job-running replica on a shared Redis and sandbox, ready: Odin at 20/s, a short job lock
 * so that a killed replica's job is taken over within seconds, and its limiter slots freed
 * after a call's deadline. Kept in `layers` for the test to stop.
 */
export async function jobReplica(
  odin: SandboxProcess,
  redis: RedisServer,
  layers: LayerProcess[],
  env: Record<string, string> = {},
): Promise<LayerProcess> {
  const layer = await startLayerProcess(odin.baseUrl, {
    REDIS_URL: redis.url,
    FLEET_REPLICAS: '2',
    ODIN_RATE_LIMIT_PER_SECOND: '20',
    ODIN_MAX_CONCURRENCY: '5',
    JOB_LOCK_MS: '2000',
    ODIN_DEADLINE_MS: '3000',
    ...env,
  });
  layers.push(layer);
  await ready(layer);
  return layer;
}
