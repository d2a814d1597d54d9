import { REDACT_PATHS, createLogger, loggableBody } from '../../src/logger';

const SECRET = 'S3cret-Value!';

/** An object holding SECRET at a pino redaction path (`*` and `[*]` filled in). */
function holding(path: string): Record<string, unknown> {
  const keys = path
    .replace(/\[\*\]/g, '.0')
    .split('.')
    .map((k) => (k === '*' ? 'any' : k));
  const root: Record<string, unknown> = {};
  let at: Record<string, unknown> | unknown[] = root;
  keys.forEach((key, i) => {
    const last = i === keys.length - 1;
    const next = last ? SECRET : keys[i + 1] === '0' ? [] : {};
    (at as Record<string, unknown>)[key] = next;
    at = next as Record<string, unknown>;
  });
  return root;
}

function logged(object: Record<string, unknown>): string {
  const lines: string[] = [];
  createLogger('trace', { write: (l: string) => void lines.push(l) }).info(object, 'test');
  return lines.join('');
}

test.each(REDACT_PATHS.map((p) => [p]))('%s is redacted', (path) => {
  const out = logged(holding(path));
  expect(out).not.toContain(SECRET);
  expect(out).toContain('[redacted]');
});

test('the document of a logged body loses its string literals, which may be secrets', () => {
  expect(
    loggableBody({
      query: 'mutation { login(username: "u", password: "p\\"w") { token } } # """block"""',
      operationName: 'L',
    }),
  ).toEqual({
    query: 'mutation { login(username: "…", password: "…") { token } } # "…"',
    operationName: 'L',
  });
});
