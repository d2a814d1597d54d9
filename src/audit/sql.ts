import fs from 'node:fs';
import path from 'node:path';
import type { Logger } from '../app/logger';

/** One statement's parameters. */
export type Params = ReadonlyArray<unknown>;

/**
 * What the audit store needs of a Postgres: the `pg` driver's pool or the embedded PGlite,
 * the same SQL on both.
 */
export interface Sql {
  readonly kind: 'postgres' | 'embedded';
  query<R>(text: string, params?: Params): Promise<R[]>;
  /** Statements on one connection, all or none. */
  transaction(work: (query: Sql['query']) => Promise<void>): Promise<void>;
  close(): Promise<void>;
}

/** A Postgres server (DATABASE_URL), through a pool that reconnects when the server is back. */
export async function connectPostgres(url: string, logger: Logger): Promise<Sql> {
  const { Pool } = await import('pg');
  const pool = new Pool({
    connectionString: url,
    max: 5,
    // A store that does not answer is a store that is down: mutations wait seconds, not minutes.
    connectionTimeoutMillis: 3000,
    query_timeout: 5000,
    idleTimeoutMillis: 30_000,
  });
  // An idle connection whose server went away: the pool drops it and connects again on use.
  pool.on('error', (err) =>
    logger.warn({ err: { message: err.message } }, 'audit store connection lost'),
  );
  return {
    kind: 'postgres',
    async query<R>(text: string, params: Params = []) {
      return (await pool.query(text, params as unknown[])).rows as R[];
    },
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        await work(
          async <R>(text: string, params: Params = []) =>
            (await client.query(text, params as unknown[])).rows as R[],
        );
        await client.query('COMMIT');
      } catch (err) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw err;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

/**
 * The embedded Postgres (PGlite) in `dir`, for one process: a second process on the same
 * directory would corrupt it, so the directory is claimed with a lock file naming the process.
 */
export async function openEmbedded(dir: string): Promise<Sql> {
  const release = dir === 'memory://' ? () => undefined : claim(dir);
  const { PGlite } = await import('@electric-sql/pglite');
  const db = new PGlite(dir === 'memory://' ? undefined : dir);
  try {
    await db.waitReady;
  } catch (err) {
    release();
    throw err;
  }
  return {
    kind: 'embedded',
    async query<R>(text: string, params: Params = []) {
      return (await db.query<R>(text, params as unknown[])).rows;
    },
    async transaction(work) {
      await db.transaction(async (tx) => {
        await work(
          async <R>(text: string, params: Params = []) =>
            (await tx.query<R>(text, params as unknown[])).rows,
        );
      });
    },
    async close() {
      await db.close();
      release();
    },
  };
}

/** The lock file of an embedded store's directory: refused while another live process holds it. */
function claim(dir: string): () => void {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'odin-graphql.lock');
  const holder = Number.parseInt(fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '', 10);
  if (Number.isInteger(holder) && holder !== process.pid && alive(holder))
    throw new Error(
      `The audit store in ${dir} is open in process ${holder}: give each replica its own DATA_DIR, or share a Postgres with DATABASE_URL`,
    );
  fs.writeFileSync(file, String(process.pid));
  return () => fs.rmSync(file, { force: true });
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
