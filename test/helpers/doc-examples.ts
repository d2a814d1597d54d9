import { readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.join(__dirname, '..', '..');

/**
 * One GraphQL example of a page: the operation, the answer shown under it (if any), and
 * what the page says to run it with. A `<!-- run: {...} -->` comment right before the
 * block gives `variables`, `env` for a layer of its own (e.g. passthrough mode), or `wait`:
 * the example is asked again until it answers as shown (a job that runs meanwhile).
 */
export interface DocExample {
  /** Where it is, for failure messages: `README.md:20`. */
  at: string;
  operation: string;
  answer?: unknown;
  variables?: Record<string, unknown>;
  env?: Record<string, string>;
  wait?: boolean;
}

const BLOCK =
  /(?:<!-- run: ([\s\S]*?) -->\s*)?```graphql\n([\s\S]*?)```(?:\s*```json\n([\s\S]*?)```)?/g;

/** Every GraphQL example of a markdown file (relative to the repository), in page order. */
export function docExamples(file: string): DocExample[] {
  const text = readFileSync(path.join(ROOT, file), 'utf8');
  return [...text.matchAll(BLOCK)].map((m) => {
    const run = m[1] ? (JSON.parse(m[1]) as Pick<DocExample, 'variables' | 'env' | 'wait'>) : {};
    const line = text.slice(0, m.index).split('\n').length;
    return {
      at: `${file}:${line}`,
      operation: m[2],
      answer: m[3] === undefined ? undefined : (JSON.parse(m[3]) as unknown),
      ...run,
    };
  });
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

/**
 * What differs from run to run, replaced on both sides before an answer is compared: the
 * secrets the layer generates, tokens, job ids and times. Everything else must match.
 */
export function masked(value: unknown): unknown {
  return JSON.parse(
    JSON.stringify(value, (key, v: unknown) => {
      if (typeof v !== 'string') return v;
      if (/^generated.*Password$/.test(key) || key === 'token') return '<generated>';
      if (UUID.test(v)) return '<id>';
      if (ISO_TIME.test(v)) return '<time>';
      return v;
    }),
  );
}
