// `tsx bench/profile-summary.ts <file.cpuprofile>`: where the layer's CPU time went, by
// function (self time) and by package, so the costliest code of our own is visible.
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
}

const profile = JSON.parse(readFileSync(process.argv[2], 'utf8')) as Profile;
const total = profile.samples.length;
const byFunction = new Map<string, number>();
const byPackage = new Map<string, number>();
for (const node of profile.nodes) {
  const hits = node.hitCount ?? 0;
  if (!hits) continue;
  const { functionName, url, lineNumber } = node.callFrame;
  const where = url
    .replace(/^file:\/\//, '')
    .replace(/.*\/node_modules\//, 'nm:')
    // Our build output; a package's own dist/ folder stays under its package.
    .replace(/^(?!nm:).*\/dist\//, 'dist/');
  byFunction.set(
    `${functionName || '(anonymous)'} ${where}:${lineNumber + 1}`,
    (byFunction.get(`${functionName || '(anonymous)'} ${where}:${lineNumber + 1}`) ?? 0) + hits,
  );
  const pkg = where.startsWith('nm:')
    ? where
        .slice(3)
        .split('/')
        .slice(0, where.slice(3).startsWith('@') ? 2 : 1)
        .join('/')
    : where.startsWith('dist/')
      ? 'our code'
      : where || `(${functionName})`;
  byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + hits);
}
const top = (map: Map<string, number>, n: number) =>
  [...map.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, v]) => `${((v / total) * 100).toFixed(1).padStart(5)}%  ${k}`);
process.stdout.write(
  `samples: ${total}\n\nby package:\n${top(byPackage, 20).join('\n')}\n\nby function (self):\n${top(byFunction, 30).join('\n')}\n`,
);
