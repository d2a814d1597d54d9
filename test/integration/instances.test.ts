import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEMO_ACCOUNT } from '../../src/sandbox';
import { busiestSecond } from '../helpers/stack';
import { type LayerProcess, startLayerProcess } from '../helpers/processes';
import { type SandboxProcess, startSandboxProcess } from '../helpers/sandbox-process';
import { writeKeysFile } from '../helpers/keys';

const EAST_KEY = 'east-portal-key-1';
const WEST_KEY = 'west-portal-key-1';

/** Two sandboxes as two Odin instances with rates of their own, and a key for each. */
function files(east: SandboxProcess, west: SandboxProcess) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'instances-'));
  const instances = path.join(dir, 'instances.json');
  const instance = (name: string, odin: SandboxProcess, rate: number) => ({
    name,
    baseUrl: odin.baseUrl,
    username: DEMO_ACCOUNT.username,
    passwordEnv: `${name.toUpperCase()}_ODIN_PASSWORD`,
    rateLimitPerSecond: rate,
    maxConcurrency: 4,
  });
  writeFileSync(instances, JSON.stringify([instance('east', east, 5), instance('west', west, 8)]));
  const keys = writeKeysFile(
    [
      { name: 'east portal', key: EAST_KEY, scopes: ['*'], role: 'OPERATOR', instance: 'east' },
      { name: 'west portal', key: WEST_KEY, scopes: ['*'], role: 'OPERATOR', instance: 'west' },
    ],
    dir,
  );
  return {
    ODIN_INSTANCES_FILE: instances,
    GRAPHQL_API_KEYS_FILE: keys,
    EAST_ODIN_PASSWORD: DEMO_ACCOUNT.password,
    WEST_ODIN_PASSWORD: DEMO_ACCOUNT.password,
    ODIN_CACHE_TTL_MS: '0',
    LOG_LEVEL: 'info',
  };
}

describe('two Odin instances behind one layer', () => {
  let east: SandboxProcess;
  let west: SandboxProcess;
  let layer: LayerProcess;
  beforeAll(async () => {
    [east, west] = await Promise.all([startSandboxProcess(), startSandboxProcess()]);
    layer = await startLayerProcess(undefined, files(east, west));
  }, 30_000);
  afterAll(async () => {
    await layer?.stop('SIGKILL');
    await Promise.all([east?.close(), west?.close()]);
  });

  const read = (key: string, userId: string) =>
    fetch(layer.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
      body: JSON.stringify({ query: `{ user(userId: "${userId}") { userId } }` }),
    }).then((r) => r.json() as Promise<{ data?: { user: { userId: string } | null } }>);

  test('/readyz reports each instance', async () => {
    const ready = await fetch(`${layer.origin}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({
      status: 'ready',
      instances: { east: 'ready', west: 'ready' },
    });
  });

  test("a key for east never reaches west; each instance's rate holds on its own under load on both", async () => {
    const alice = 'alice.adams@hq.acme.example';
    const bob = 'bob.baker@hq.acme.example';
    // Warm first (connections open, as the rate tests do), and a second for the windows to empty:
    // the measure is of the 70 operations.
    await Promise.all([read(EAST_KEY, alice), read(WEST_KEY, bob)]);
    await new Promise((r) => setTimeout(r, 1100));
    await Promise.all([east.clear(), west.clear()]);
    const answers = await Promise.all([
      ...Array.from({ length: 30 }, () => read(EAST_KEY, alice)),
      ...Array.from({ length: 40 }, () => read(WEST_KEY, bob)),
    ]);
    expect(answers.filter((a) => !a.data?.user)).toEqual([]);
    const [atEast, atWest] = await Promise.all([east.requests(), west.requests()]);
    const reads = (log: typeof atEast) =>
      log.filter((r) => r.path === '/users').map((r) => r.query.userId);
    // East's sandbox saw the east key's reads only, and west's the west key's.
    expect(new Set(reads(atEast))).toEqual(new Set([alice]));
    expect(new Set(reads(atWest))).toEqual(new Set([bob]));
    expect(reads(atEast)).toHaveLength(30);
    expect(reads(atWest)).toHaveLength(40);
    // Each within its own budget: 5 and 8 calls a second.
    expect(busiestSecond(atEast.map((r) => r.at))).toBeLessThanOrEqual(5);
    expect(busiestSecond(atWest.map((r) => r.at))).toBeLessThanOrEqual(8);
    // The layer's metrics tell them apart (the warm-up read included).
    const metrics = await (await fetch(`${layer.origin}/metrics`)).text();
    expect(metrics).toMatch(
      /odin_calls_total\{method="GET",route="\/users",outcome="200",instance="east"\} 31/,
    );
    expect(metrics).toMatch(
      /odin_calls_total\{method="GET",route="\/users",outcome="200",instance="west"\} 41/,
    );
  }, 60_000);
});

describe('passthrough across instances', () => {
  let east: SandboxProcess;
  let west: SandboxProcess;
  let layer: LayerProcess;
  beforeAll(async () => {
    [east, west] = await Promise.all([startSandboxProcess(), startSandboxProcess()]);
    layer = await startLayerProcess(undefined, {
      ...files(east, west),
      ODIN_AUTH_MODE: 'passthrough',
    });
  }, 30_000);
  afterAll(async () => {
    await layer?.stop('SIGKILL');
    await Promise.all([east?.close(), west?.close()]);
  });

  const login = (instance: string) =>
    fetch(layer.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-odin-instance': instance },
      body: JSON.stringify({
        query: `mutation { login(username: "${DEMO_ACCOUNT.username}", password: "${DEMO_ACCOUNT.password}") { expiresAt } }`,
      }),
    }).then(
      (r) =>
        r.json() as Promise<{
          data?: unknown;
          errors?: Array<{ message: string; extensions: { code: string } }>;
        }>,
    );

  test('X-Odin-Instance picks the Odin a caller logs in to; an unknown one is BAD_USER_INPUT', async () => {
    await Promise.all([east.clear(), west.clear()]);
    const unknown = await login('north');
    expect(unknown.errors?.map((e) => [e.extensions.code, e.message])).toEqual([
      ['BAD_USER_INPUT', 'X-Odin-Instance north is not an instance'],
    ]);
    const known = await login('west');
    expect(known.errors).toBeUndefined();
    const logins = async (odin: SandboxProcess) =>
      (await odin.requests()).filter((r) => r.path === '/auth/token').length;
    expect([await logins(east), await logins(west)]).toEqual([0, 1]);
  });
});
