// `npm run example:web`: serves examples/web on its own origin, compiling its TypeScript
// as it is asked for, so a front-end developer needs no bundler to try it.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import ts from 'typescript';

/** examples/web, found upwards from here: this file runs from scripts/ or dist/scripts/. */
function exampleRoot(from = __dirname): string {
  const candidate = path.join(from, 'examples', 'web');
  if (existsSync(candidate)) return candidate;
  const parent = path.dirname(from);
  if (parent === from) throw new Error('examples/web not found');
  return exampleRoot(parent);
}

const ROOT = exampleRoot();
// Browser builds (ES modules) from installed packages, never a CDN: graphql-ws' client for
// the import page's subscription, dagre's layout for the call-flow page.
const packageDist = (name: string) =>
  path.join(path.dirname(require.resolve(`${name}/package.json`)), 'dist');
const VENDOR: Record<string, string> = {
  'graphql-ws': packageDist('graphql-ws'),
  dagre: packageDist('@dagrejs/dagre'),
};

async function answer(urlPath: string): Promise<{ type: string; body: string } | undefined> {
  const clean = path
    .normalize(decodeURIComponent(urlPath.split('?')[0]))
    .replace(/^(\.\.[/\\])+/, '');
  const vendor = /^[/\\]vendor[/\\]([\w-]+)[/\\]([\w.-]+\.js)$/.exec(clean);
  if (vendor && VENDOR[vendor[1]])
    return {
      type: 'text/javascript',
      body: await readFile(path.join(VENDOR[vendor[1]], vendor[2]), 'utf8'),
    };
  const file = path.join(ROOT, clean === '/' ? 'index.html' : clean);
  if (!file.startsWith(ROOT)) return undefined;
  if (file.endsWith('.html')) return { type: 'text/html', body: await readFile(file, 'utf8') };
  // app.js and extensionless imports are the TypeScript sources, compiled for the browser.
  const source = file.endsWith('.js') ? file.replace(/\.js$/, '.ts') : `${file}.ts`;
  const code = await readFile(source, 'utf8');
  const { outputText } = ts.transpileModule(code, {
    compilerOptions: { module: ts.ModuleKind.ES2022, target: ts.ScriptTarget.ES2022 },
  });
  return { type: 'text/javascript', body: outputText };
}

export async function serveExample(
  port = 0,
  host = '127.0.0.1',
): Promise<{ origin: string; close(): Promise<void> }> {
  const server = http.createServer((req, res) => {
    answer(req.url ?? '/')
      .then((found) => {
        if (!found) throw new Error('outside');
        res.writeHead(200, { 'content-type': `${found.type}; charset=utf-8` }).end(found.body);
      })
      .catch(() => res.writeHead(404).end());
  });
  await new Promise<void>((resolve) => server.listen(port, host, () => resolve()));
  const address = server.address() as AddressInfo;
  return {
    origin: `http://${host}:${address.port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

if (require.main === module) {
  const port = Number(process.env.EXAMPLE_PORT ?? 5173);
  void serveExample(port).then(({ origin }) => {
    process.stdout.write(
      `Example page at ${origin}/?api=http://127.0.0.1:4000/graphql\n` +
        `Start the API with CORS_ORIGINS=${origin} npm start\n`,
    );
  });
}
