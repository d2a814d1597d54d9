import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import net from 'node:net';

/** A real Postgres server (Debian's binaries) in a temporary directory, on a loopback port. */
export interface PostgresServer {
  url: string;
  /** Kills its postmaster (SIGKILL): the server is gone at once, as in a crash. */
  kill(): void;
  /** Starts it again on the same data and port. */
  start(): void;
  close(): void;
}

/** Whether this machine has the server binaries (CI has them; see .ci/run). */
export const postgresAvailable = spawnSync('initdb', ['--version']).status === 0;

const root = process.getuid?.() === 0;

/** Runs a server binary; as root, as the postgres account (the server refuses root). */
function run(command: string, args: string[]): void {
  const [file, argv] = root
    ? ['runuser', ['-u', 'postgres', '--', command, ...args]]
    : [command, args];
  execFileSync(file, argv, { stdio: 'pipe' });
}

/** A port nothing listens on now, on loopback. */
export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** The tests' and the bench's Postgres: a cluster of its own, trusted on loopback only. */
export async function startPostgres(): Promise<PostgresServer> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'odin-graphql-pg-'));
  if (root) {
    const { uid, gid } = accountOf('postgres');
    chownSync(dir, uid, gid);
  }
  const data = path.join(dir, 'data');
  const port = await freePort();
  run('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '--no-sync', '-E', 'UTF8']);
  const startOnce = () =>
    run('pg_ctl', [
      '-D',
      data,
      '-w',
      '-l',
      path.join(dir, 'log'),
      '-o',
      `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off`,
      'start',
    ]);
  // After a kill, its backends take a moment to notice and leave the shared memory: until
  // then a new postmaster refuses to start, so it is tried again.
  const start = () => {
    for (let attempt = 1; ; attempt++) {
      try {
        return startOnce();
      } catch (err) {
        if (attempt >= 40) throw err;
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 250);
      }
    }
  };
  start();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    kill() {
      const pid = Number(readFileSync(path.join(data, 'postmaster.pid'), 'utf8').split('\n')[0]);
      process.kill(pid, 'SIGKILL');
    },
    start,
    close() {
      try {
        run('pg_ctl', ['-D', data, '-w', '-m', 'fast', 'stop']);
      } catch {
        // Already stopped.
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function accountOf(name: string): { uid: number; gid: number } {
  const id = (flag: string) => Number(execFileSync('id', [flag, name]).toString().trim());
  return { uid: id('-u'), gid: id('-g') };
}
