// `npm run schema:emit` writes the SDL the code defines; `--check` fails when the
// committed files differ, so a schema change is always a reviewed diff.
import 'reflect-metadata';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { printAppSchema, printAppSubgraphSchema } from '../src/graphql/schema';

const root = path.resolve(__dirname, '..', '..');

async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  const files: Array<[string, string]> = [
    ['schema/schema.graphql', await printAppSchema()],
    ['schema/subgraph.graphql', await printAppSubgraphSchema()],
  ];
  let stale = false;
  for (const [file, sdl] of files) {
    const target = path.join(root, file);
    if (check) {
      const current = await readFile(target, 'utf8').catch(() => '');
      if (current !== sdl) {
        stale = true;
        process.stderr.write(`${file} is stale: run npm run schema:emit and commit it\n`);
      }
    } else {
      await writeFile(target, sdl);
      process.stdout.write(`wrote ${file}\n`);
    }
  }
  if (stale) process.exit(1);
}

void main();
