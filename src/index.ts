import 'reflect-metadata';
import { ConfigError, type Config, loadConfig } from './config';
import { createLogger } from './logger';
import { OdinConnection } from './odin/client';
import { DEMO_ACCOUNT, type Sandbox, startSandbox } from './sandbox';
import { createServer } from './server';

async function main(): Promise<void> {
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
  if (!config.odin.baseUrl) {
    sandbox = await startSandbox({ host: '127.0.0.1', port: 0 });
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

  const odin = new OdinConnection(config.odin, logger);
  const server = await createServer(config, { odin, logger });
  await new Promise<void>((resolve, reject) => {
    server.httpServer.once('error', reject);
    server.httpServer.listen(config.port, config.host, () => resolve());
  });
  logger.info({ url: `http://${config.host}:${config.port}/graphql` }, 'GraphQL API ready');

  const shutdown = async (signal: string) => {
    logger.info({ signal }, 'shutting down');
    await server.stop();
    await sandbox?.close();
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((err: unknown) => {
  process.stderr.write(`Failed to start: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
