import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DEMO_ACCOUNT, type Sandbox } from '../../src/sandbox';

/** A sample answer from test/fixtures/odin. */
export const sample = (name: string): unknown =>
  JSON.parse(readFileSync(path.join(__dirname, '..', 'fixtures', 'odin', name), 'utf8'));

export type RawCall = (
  method: string,
  pathAndQuery: string,
  body?: unknown,
) => Promise<{ status: number; body: unknown }>;

/**
 * Calls the sandbox as odins_spear does, logged in with the demo account: query parameters
 * on reads, a JSON body on writes.
 */
export async function rawOdin(sandbox: Sandbox): Promise<RawCall> {
  const login = await fetch(`${sandbox.baseUrl}/auth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(DEMO_ACCOUNT),
  });
  const { token } = (await login.json()) as { token: string };
  return async (method, pathAndQuery, body) => {
    const response = await fetch(`${sandbox.baseUrl}${pathAndQuery}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as unknown };
  };
}
