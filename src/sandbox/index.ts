import type { AddressInfo } from 'node:net';
import http from 'node:http';
import express from 'express';
import { type Account, OdinSandboxApp, type RecordedRequest } from './app';
import { Directory } from './directory';
import { DEMO_ACCOUNT, type Seed, demoSeed } from './seed';

export { DEMO_ACCOUNT };
export type { RecordedRequest };

export interface StartSandboxOptions {
  host?: string;
  /** 0: a free port. */
  port?: number;
  accounts?: Account[];
  tokenTtlMs?: number;
  /** false: token answers without an expiry. Default true. */
  announceExpiry?: boolean;
  seed?: Seed;
  /** The most recorded requests kept (the newest). Default 20000. */
  recordLimit?: number;
}

export interface Sandbox {
  /** The Odin base URL, ending in /api/v2. */
  baseUrl: string;
  app: OdinSandboxApp;
  directory: Directory;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

/** Starts the Odin emulator on a loopback port; used by `npm start`, `npm run sandbox` and tests. */
export async function startSandbox(options: StartSandboxOptions = {}): Promise<Sandbox> {
  const directory = new Directory(options.seed ?? demoSeed());
  const sandboxApp = new OdinSandboxApp(directory, {
    accounts: options.accounts ?? [DEMO_ACCOUNT],
    tokenTtlMs: options.tokenTtlMs ?? 60 * 60 * 1000,
    announceExpiry: options.announceExpiry ?? true,
    recordLimit: options.recordLimit ?? 20_000,
  });
  const app = express();
  app.disable('x-powered-by');
  app.use('/api/v2', sandboxApp.router);
  // For a test or a benchmark in another process: what was asked, and trouble on demand.
  app.get('/_sandbox/requests', (_req, res) => {
    res.json(sandboxApp.requests);
  });
  app.delete('/_sandbox/requests', (_req, res) => {
    sandboxApp.requests.length = 0;
    res.status(204).end();
  });
  app.post('/_sandbox/faults', express.json(), (req, res) => {
    sandboxApp.faults.inject(req.body ?? {});
    res.status(204).end();
  });
  app.put('/_sandbox/chaos', express.json(), (req, res) => {
    sandboxApp.faults.chaos = req.body ?? {};
    res.status(204).end();
  });
  const server = http.createServer(app);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const { address, port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://${address}:${port}/api/v2`,
    app: sandboxApp,
    directory,
    requests: sandboxApp.requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
