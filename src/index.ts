import 'reflect-metadata';
import v8 from 'node:v8';
import type Redis from 'ioredis';
import { ConfigError, type Config, loadConfig } from './app/config';
import { createLogger } from './app/logger';
import type { Sandbox } from './sandbox';
import { connectRedis } from './app/redis';
import { wireApp } from './app/wiring';
import { toAppError } from './graphql/errors';

/**
 * V8 lets the old generation grow to up to four times what the last full collection kept
 * before collecting again. Under load most of what reaches it is request garbage, so that
 * factor alone took the process from 120 MB idle to 230 MB; at 1.5 the peak stays near
 * 150 MB, for a full collection about every 0.8 s under that load (some 12 ms of work
 * each, see docs/performance.md). The heap's maximum is not touched: this only collects
 * sooner. `--heap-growing-percent` given to node wins.
 */
const HEAP_GROWING_PERCENT = 50;

function tuneHeap(): void {
  const given = `${process.env.NODE_OPTIONS ?? ''} ${process.execArgv.join(' ')}`;
  if (!given.includes('heap-growing-percent'))
    v8.setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}

async function main(): Promise<void> {
  tuneHeap();
  let config: Config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(1);
    }
    throw err;
  }
  const logger = createLogger(config.logLevel);

  let sandbox: Sandbox | undefined;
  let demoUsername: string | undefined;
  // No Odin named (neither ODIN_BASE_URL nor ODIN_INSTANCES_FILE): the built-in sandbox.
  if (!config.odin.baseUrl && !config.instances) {
    // Loaded only here: a layer in front of a real Odin never loads the sandbox.
    const { DEMO_ACCOUNT, startSandbox } = await import('./sandbox');
    sandbox = await startSandbox({ host: '127.0.0.1', port: 0 });
    demoUsername = DEMO_ACCOUNT.username;
    config.odin = {
      ...config.odin,
      baseUrl: sandbox.baseUrl,
      username: DEMO_ACCOUNT.username,
      password: DEMO_ACCOUNT.password,
    };
    logger.info(
      { odinBaseUrl: sandbox.baseUrl },
      'ODIN_BASE_URL is unset: using the built-in Odin sandbox with its demo account',
    );
  }

  let redis: Redis | undefined;
  if (config.redisUrl) {
    try {
      redis = await connectRedis(config.redisUrl);
    } catch (err) {
      process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
      process.exit(1);
    }
    logger.info(
      { replicas: config.fleetReplicas },
      'Redis connected: limits, session and query cache are shared',
    );
  }
  const { server, odin } = await wireApp(config, logger, redis);
  await new Promise<void>((resolve, reject) => {
    server.httpServer.once('error', reject);
    server.httpServer.listen(config.port, config.host, () => resolve());
  });
  const url = `http://${config.host}:${config.port}/graphql`;
  if (demoUsername) {
    // Everything a newcomer needs to begin, in the line they see first.
    const keys = config.apiKeys.length > 0;
    logger.info(
      {
        url,
        playground: config.playground ? url : null,
        apiKeyRequired: keys,
        odinAccount: demoUsername,
      },
      `GraphQL API ready at ${url} against the Odin sandbox: ` +
        (config.playground ? `open it in a browser for the playground; ` : '') +
        (keys ? 'callers send an API key (GRAPHQL_API_KEYS); ' : 'callers need no API key; ') +
        `demo Odin account ${demoUsername} (password in docs/sandbox.md)`,
    );
  } else logger.info({ url }, 'GraphQL API ready');
  if (config.corsDefaulted)
    logger.info(
      { corsOrigins: config.corsOrigins },
      `CORS_ORIGINS is unset: with the sandbox, the example pages (npm run example:web) may call from ${config.corsOrigins.join(' and ')}`,
    );
  // Log in now rather than on the first request: a refused account shows in the log at
  // once, and the first operations do not pay for the first connection.
  odin.checkReady().then(
    // Passthrough holds no session of its own: it only knows Odin answers.
    () => logger.info(odin.mode === 'service' ? 'Odin session ready' : 'Odin reachable'),
    (err: unknown) =>
      logger.warn(
        { code: toAppError(err)?.code ?? 'ODIN_ERROR' },
        'Odin not ready yet; see /readyz',
      ),
  );

  // Stop taking connections, let in-flight operations finish, then close Redis and exit 0.
  const shutdown = async (signal: string) => {
    logger.info({ signal, timeoutMs: config.shutdownTimeoutMs }, 'shutting down');
    await server.stop();
    await redis?.quit().catch(() => undefined);
    await sandbox?.close();
    logger.info('stopped');
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((err: unknown) => {
  process.stderr.write(`Failed to start: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
