import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ConfigError, loadConfig } from '../../src/app/config';
import { readKeysFile } from '../../src/tenancy/scope';

const HASH = 'a'.repeat(64);
const good = {
  name: 'acme portal',
  sha256: HASH,
  instance: 'default',
  scopes: ['acme.sp'],
  role: 'OPERATOR',
};

function file(entries: unknown): string {
  const f = path.join(mkdtempSync(path.join(os.tmpdir(), 'keys-')), 'keys.json');
  writeFileSync(f, JSON.stringify(entries));
  return f;
}

test('a good file: each key with its instance, scopes and role', () => {
  expect(readKeysFile(file([good]), ['default'])).toEqual([good]);
});

test.each([
  [
    'an unknown role',
    { ...good, name: 'x', sha256: 'b'.repeat(64), role: 'ROOT' },
    'GRAPHQL_API_KEYS_FILE entry 2 ("x"): role must be one of VIEWER, OPERATOR, ADMIN',
  ],
  [
    'a scope without a service provider',
    { ...good, name: 'x', sha256: 'b'.repeat(64), scopes: ['/acme.hq'] },
    'GRAPHQL_API_KEYS_FILE entry 2 ("x"): scope "/acme.hq" must be "*", a serviceProviderId, or serviceProviderId/groupId',
  ],
  [
    'a key in clear instead of its hash',
    { ...good, name: 'x', sha256: 'my-secret-key' },
    'GRAPHQL_API_KEYS_FILE entry 2 ("x"): sha256 must be the key’s SHA-256 in hex (64 hex digits), not the key itself',
  ],
  [
    'a key field beside the hash',
    { ...good, name: 'x', sha256: 'b'.repeat(64), key: 'my-secret-key' },
    'GRAPHQL_API_KEYS_FILE entry 2 ("x"): unknown field key (give the key as its sha256, never the key)',
  ],
  [
    'an instance that is not configured',
    { ...good, name: 'x', sha256: 'b'.repeat(64), instance: 'west' },
    'GRAPHQL_API_KEYS_FILE entry 2 ("x"): instance must be one of default',
  ],
  [
    'a name given twice',
    { ...good, sha256: 'b'.repeat(64) },
    'GRAPHQL_API_KEYS_FILE entry 2 ("acme portal"): name is given to another key too',
  ],
])('%s stops the start, naming the entry', (_what, bad, message) => {
  const keys = file([good, bad]);
  expect(() => readKeysFile(keys, ['default'])).toThrow(message);
  // As the start reads it: a configuration error, with the same words, and no secret.
  let error: unknown;
  try {
    loadConfig({ GRAPHQL_API_KEYS_FILE: keys });
  } catch (err) {
    error = err;
  }
  expect(error).toBeInstanceOf(ConfigError);
  expect((error as ConfigError).message).toContain(message);
  expect((error as ConfigError).message).not.toContain('my-secret-key');
});
