import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** A key as a test holds it: the key itself, which the file never does. */
export interface TestKey {
  name: string;
  key: string;
  scopes: string[];
  role: 'VIEWER' | 'OPERATOR' | 'ADMIN';
  /** Default: `default`. */
  instance?: string;
}

export const sha256Hex = (text: string) => createHash('sha256').update(text).digest('hex');

/** A GRAPHQL_API_KEYS_FILE of these keys (their hashes only), in `dir` or a directory of its own. */
export function writeKeysFile(
  keys: TestKey[],
  dir = mkdtempSync(path.join(os.tmpdir(), 'keys-')),
): string {
  const file = path.join(dir, 'keys.json');
  writeFileSync(
    file,
    JSON.stringify(
      keys.map(({ name, key, scopes, role, instance = 'default' }) => ({
        name,
        sha256: sha256Hex(key),
        instance,
        scopes,
        role,
      })),
    ),
  );
  return file;
}
