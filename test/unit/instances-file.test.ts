import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ConfigError, loadConfig } from '../../src/app/config';

const good = {
  name: 'east',
  baseUrl: 'https://odin-east.example/api/v2',
  username: 'svc',
  passwordEnv: 'EAST_PASSWORD',
};

function file(entries: unknown): string {
  const f = path.join(mkdtempSync(path.join(os.tmpdir(), 'instances-')), 'instances.json');
  writeFileSync(f, JSON.stringify(entries));
  return f;
}

const env = (f: string, more: Record<string, string> = {}) => ({
  ODIN_INSTANCES_FILE: f,
  EAST_PASSWORD: 'east-Secret-1',
  WEST_PASSWORD: 'west-Secret-2',
  GRAPHQL_ALLOW_ANONYMOUS: 'true',
  ...more,
});

test('each instance on the shared settings, with its own URL, account, rate and password from its variable', () => {
  const config = loadConfig(
    env(
      file([good, { ...good, name: 'west', passwordEnv: 'WEST_PASSWORD', rateLimitPerSecond: 9 }]),
      {
        ODIN_RATE_LIMIT_PER_SECOND: '4',
      },
    ),
  );
  expect(
    config.instances?.map((i) => [
      i.name,
      i.odin.baseUrl,
      i.odin.password,
      i.odin.rateLimitPerSecond,
    ]),
  ).toEqual([
    ['east', 'https://odin-east.example/api/v2', 'east-Secret-1', 4],
    ['west', 'https://odin-east.example/api/v2', 'west-Secret-2', 9],
  ]);
});

test.each([
  [
    'a password in the file',
    { ...good, name: 'x', password: 'p' },
    'ODIN_INSTANCES_FILE entry 2 ("x"): unknown field password (never a password in the file: name the variable that holds it in passwordEnv)',
  ],
  [
    'a passwordEnv that is not set',
    { ...good, name: 'x', passwordEnv: 'NOPE' },
    'ODIN_INSTANCES_FILE entry 2 ("x"): the variable NOPE (passwordEnv) is not set',
  ],
  [
    'a baseUrl that is not http(s)',
    { ...good, name: 'x', baseUrl: 'ftp://odin' },
    'ODIN_INSTANCES_FILE entry 2 ("x"): baseUrl must be an http(s) URL',
  ],
  [
    'a name given twice',
    good,
    'ODIN_INSTANCES_FILE entry 2 ("east"): name is given to another instance too',
  ],
  [
    'a rate that is not a whole number',
    { ...good, name: 'x', rateLimitPerSecond: 0.5 },
    'ODIN_INSTANCES_FILE entry 2 ("x"): rateLimitPerSecond must be a whole number above 0',
  ],
])('%s stops the start, naming the entry and no secret', (_what, bad, message) => {
  let error: unknown;
  try {
    loadConfig(env(file([good, bad])));
  } catch (err) {
    error = err;
  }
  expect(error).toBeInstanceOf(ConfigError);
  expect((error as ConfigError).message).toContain(message);
  expect((error as ConfigError).message).not.toMatch(/east-Secret-1|west-Secret-2/);
});

test('ODIN_BASE_URL beside the file, or plain keys without a default instance, are refused', () => {
  expect(() => loadConfig(env(file([good]), { ODIN_BASE_URL: 'https://odin.example' }))).toThrow(
    'give either ODIN_BASE_URL (one Odin) or ODIN_INSTANCES_FILE (several), not both',
  );
  expect(() => loadConfig(env(file([good]), { GRAPHQL_API_KEYS: 'k' }))).toThrow(
    'its keys reach the instance named default, which ODIN_INSTANCES_FILE does not have',
  );
});
