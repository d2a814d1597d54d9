import { cpSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// Its exports do not include package.json: read from where npm puts it.
const VERSION = (
  JSON.parse(
    readFileSync(
      path.join(__dirname, '..', '..', 'node_modules', '@electric-sql', 'pglite', 'package.json'),
      'utf8',
    ),
  ) as { version: string }
).version;
/** An embedded database as PGlite first makes it (no table of ours): made once per version. */
const TEMPLATE = path.join(os.tmpdir(), `odin-graphql-pglite-template-${VERSION}`);

/**
 * A DATA_DIR for a layer with the embedded audit store, holding a fresh copy of a database
 * PGlite has already made: its making takes ~3 s of CPU and holds the event loop, which the
 * tests need not pay each time (the audit page's test starts from an empty directory, as a
 * fresh clone does). The trail's own tables are made by the layer's migrations, as always.
 */
export async function auditDataDir(): Promise<string> {
  if (!existsSync(path.join(TEMPLATE, 'PG_VERSION'))) {
    const making = mkdtempSync(path.join(os.tmpdir(), 'odin-graphql-pglite-making-'));
    const { PGlite } = await import('@electric-sql/pglite');
    const db = new PGlite(making);
    await db.waitReady;
    await db.close();
    try {
      renameSync(making, TEMPLATE);
    } catch {
      // Another test process made it meanwhile.
      rmSync(making, { recursive: true, force: true });
    }
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), 'odin-graphql-data-'));
  cpSync(TEMPLATE, path.join(dir, 'audit'), { recursive: true });
  return dir;
}
