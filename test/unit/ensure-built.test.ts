import { mkdirSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureBuilt } from '../helpers/processes';

// A test that starts real processes runs dist/: it must be today's src/, not yesterday's.
test('dist/ is rebuilt when a source is newer, and left alone when it is not', () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'built-'));
  mkdirSync(path.join(root, 'src'));
  writeFileSync(
    path.join(root, 'tsconfig.build.json'),
    JSON.stringify({ compilerOptions: { outDir: 'dist', rootDir: '.' }, include: ['src'] }),
  );
  const source = path.join(root, 'src', 'index.ts');
  const output = path.join(root, 'dist', 'src', 'index.js');
  writeFileSync(source, 'export const day = "yesterday";\n');
  ensureBuilt(root);
  expect(readFileSync(output, 'utf8')).toContain('yesterday');

  writeFileSync(source, 'export const day = "today";\n');
  const later = new Date(Date.now() + 5_000);
  utimesSync(source, later, later);
  ensureBuilt(root);
  expect(readFileSync(output, 'utf8')).toContain('today');

  // Up to date: not built again (a build would undo this hand edit).
  writeFileSync(output, '// by hand\n');
  const newer = new Date(Date.now() + 10_000);
  utimesSync(output, newer, newer);
  ensureBuilt(root);
  expect(readFileSync(output, 'utf8')).toBe('// by hand\n');
});

test('a build that fails fails the test that needed it', () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'built-'));
  mkdirSync(path.join(root, 'src'));
  writeFileSync(
    path.join(root, 'tsconfig.build.json'),
    JSON.stringify({ compilerOptions: { outDir: 'dist', strict: true }, include: ['src'] }),
  );
  writeFileSync(path.join(root, 'src', 'index.ts'), 'export const n: number = "not a number";\n');
  expect(() => ensureBuilt(root)).toThrow(/the build failed/);
});
