import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import type { RecordedRequest } from '../../src/sandbox';

const ROOT = path.join(__dirname, '..', '..');

export interface SandboxProcess {
  baseUrl: string;
  requests(): Promise<RecordedRequest[]>;
  clear(): Promise<void>;
  /** Random trouble from now on (see src/sandbox/faults.ts). */
  chaos(settings: Record<string, unknown>): Promise<void>;
  /** Trouble for the next matching requests (an InjectedFault of src/sandbox/faults.ts). */
  inject(fault: Record<string, unknown>): Promise<void>;
  close(): Promise<void>;
}

/**
 * The sandbox in a process of its own, as a real Odin would be: its clock and event loop
 * are not the test's, so the arrival times it records are true.
 */
export async function startSandboxProcess(
  env: Record<string, string> = {},
): Promise<SandboxProcess> {
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(ROOT, 'src/sandbox/main.ts')],
    {
      cwd: ROOT,
      env: { ...process.env, SANDBOX_PORT: '0', ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const baseUrl = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /Odin sandbox at (\S+)/.exec(out);
      if (match) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`sandbox exited with ${code}: ${out}`)));
  });
  const admin = baseUrl.replace(/\/api\/v2$/, '/_sandbox');
  return {
    baseUrl,
    requests: async () => (await (await fetch(`${admin}/requests`)).json()) as RecordedRequest[],
    clear: async () => void (await fetch(`${admin}/requests`, { method: 'DELETE' })),
    chaos: async (settings) =>
      void (await fetch(`${admin}/chaos`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(settings),
      })),
    inject: async (fault) =>
      void (await fetch(`${admin}/faults`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(fault),
      })),
    close: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
