import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CONFIG_VARIABLES } from '../../src/app/config';

// docs/configuration.md's first table is the layer's configuration, variable for variable.
test('docs/configuration.md has a row for every variable src/config.ts reads, and no other', () => {
  const page = readFileSync(path.join(__dirname, '..', '..', 'docs', 'configuration.md'), 'utf8');
  const start = page.indexOf('## The layer');
  const table = page.slice(start, page.indexOf('\n## ', start + 1));
  const documented = [...table.matchAll(/^\| `([A-Z][A-Z0-9_]+)`/gm)].map((m) => m[1]);
  expect(documented.length).toBeGreaterThan(0);
  expect([...documented].sort()).toEqual([...CONFIG_VARIABLES].sort());
});
