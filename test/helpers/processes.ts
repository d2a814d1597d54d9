import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEMO_ACCOUNT } from '../../src/sandbox';
import { freePort } from '../../bench/postgres-server';
import { auditDataDir } from './audit-store';

const ROOT = path.join(__dirname, '..', '..');
const LAYER = path.join(ROOT, 'dist', 'src', 'index.js');

/** The newest modification time of the TypeScript files under `dir`. */
function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const at = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(at));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(at).mtimeMs);
  }
  return newest;
}

/**
 * dist/ as today's src/ compiles: built when missing or older than any source, so a test
 * that starts real processes never runs yesterday's code. A failed build fails the test.
 */
export function ensureBuilt(root = ROOT): void {
  const entry = path.join(root, 'dist', 'src', 'index.js');
  const built = existsSync(entry) ? statSync(entry).mtimeMs : 0;
  const sources = ['src', 'scripts']
    .map((dir) => path.join(root, dir))
    .filter((dir) => existsSync(dir))
    .map(newestSource);
  if (built >= Math.max(...sources)) return;
  const tsc = require.resolve('typescript/bin/tsc');
  const build = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], {
    cwd: root,
    encoding: 'utf8',
  });
  if (build.status !== 0) throw new Error(`the build failed:\n${build.stdout}${build.stderr}`);
}

export const REDIS_SERVER = '/usr/bin/redis-server';
/** Redis tests need Debian's redis-server: CI installs it; elsewhere they are skipped. */
export const redisAvailable = existsSync(REDIS_SERVER);
if (!redisAvailable && process.env.CI)
  throw new Error(`${REDIS_SERVER} is missing: .ci/run installs it`);
export const describeWithRedis = redisAvailable ? describe : describe.skip;

export { freePort };

function waitForLine(child: ChildProcess, pattern: RegExp): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = pattern.exec(out);
      if (match) resolve(match[1] ?? match[0]);
    });
    child.once('exit', (code) => reject(new Error(`exited with ${code}: ${out.slice(-400)}`)));
  });
}

export interface RedisServer {
  url: string;
  stop(): Promise<void>;
  start(): Promise<void>;
}

/** A real redis-server on a loopback port, without persistence; it can be stopped and started again. */
export async function startRedis(): Promise<RedisServer> {
  const port = await freePort();
  let child: ChildProcess | undefined;
  const start = async () => {
    child = spawn(
      REDIS_SERVER,
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    await waitForLine(child, /Ready to accept connections/);
  };
  await start();
  return {
    url: `redis://127.0.0.1:${port}`,
    start,
    stop: () =>
      new Promise<void>((resolve) => {
        // Killed by a signal, it has a signalCode and no exitCode.
        if (!child || child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGKILL');
      }),
  };
}

export interface LayerProcess {
  origin: string;
  url: string;
  child: ChildProcess;
  output: () => string;
  /** The output once it holds `text` (log lines trail the answers they follow). */
  outputWith(text: string, timeoutMs?: number): Promise<string>;
  gql(
    query: string,
    variables?: unknown,
  ): Promise<{
    data?: Record<string, unknown> | null;
    errors?: Array<{ message: string; extensions?: { code?: string } }>;
  }>;
  /** Sends the signal and resolves with the exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/**
 * The layer as `npm start` runs it, from dist/ (rebuilt when src/ is newer): against the Odin
 * at `odinBaseUrl` with the demo account, or with none, exactly as a fresh clone starts
 * (the built-in sandbox, no settings but the port).
 */
export async function startLayerProcess(
  odinBaseUrl: string | undefined,
  env: Record<string, string> = {},
): Promise<LayerProcess> {
  ensureBuilt();
  const port = await freePort();
  const odin = odinBaseUrl
    ? {
        ODIN_BASE_URL: odinBaseUrl,
        ODIN_USERNAME: DEMO_ACCOUNT.username,
        ODIN_PASSWORD: DEMO_ACCOUNT.password,
        GRAPHQL_ALLOW_ANONYMOUS: 'true',
        LOG_LEVEL: 'info',
      }
    : {};
  // Each process its own embedded audit store; the trail is on as on a fresh clone, and off
  // against a given Odin unless the test turns it on (an embedded store takes seconds to make,
  // so it starts from a copy of one already made; a DATA_DIR given is the test's own).
  const audited = (env.AUDIT ?? (odinBaseUrl ? 'off' : 'on')) === 'on';
  const dataDir =
    env.DATA_DIR === undefined && audited
      ? await auditDataDir()
      : mkdtempSync(path.join(os.tmpdir(), 'odin-graphql-data-'));
  const child = spawn(process.execPath, [LAYER], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH,
      PORT: String(port),
      DATA_DIR: dataDir,
      ...(odinBaseUrl ? { AUDIT: 'off' } : {}),
      ...odin,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.once('exit', () => rmSync(dataDir, { recursive: true, force: true }));
  let out = '';
  child.stdout?.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr?.on('data', (c: Buffer) => (out += c.toString()));
  const origin = `http://127.0.0.1:${port}`;
  const url = `${origin}/graphql`;
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`the layer exited: ${out.slice(-600)}`);
    const up = await fetch(`${origin}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) break;
    if (i > 300) throw new Error(`the layer did not start: ${out.slice(-600)}`);
    await new Promise((r) => setTimeout(r, 20));
  }
  // A first start makes its embedded audit store in the background, holding the event loop
  // for up to a few hundred ms at a time: a test begins once it is open, as the bench does.
  for (let i = 0; ; i++) {
    const audit = await fetch(`${origin}/readyz`).then(
      async (r) => ((await r.json()) as { audit?: string }).audit,
      () => undefined,
    );
    if (audit !== 'opening') break;
    if (i > 750) throw new Error(`the audit store did not open: ${out.slice(-600)}`);
    await new Promise((r) => setTimeout(r, 20));
  }
  return {
    origin,
    url,
    child,
    output: () => out,
    async outputWith(text, timeoutMs = 3000) {
      for (const until = Date.now() + timeoutMs; !out.includes(text) && Date.now() < until;)
        await new Promise((r) => setTimeout(r, 10));
      return out;
    },
    async gql(query, variables) {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as never;
    },
    stop: (signal = 'SIGTERM') =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve(child.exitCode);
        child.once('exit', (code) => resolve(code));
        child.kill(signal);
      }),
  };
}
