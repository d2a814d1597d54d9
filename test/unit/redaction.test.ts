import { createLogger, loggableBody, redactSecrets } from '../../src/app/logger';
import { changesOf } from '../../src/audit/trail';

function logged(object: Record<string, unknown>): string {
  const lines: string[] = [];
  createLogger('trace', { write: (l: string) => void lines.push(l) }).info(object, 'test');
  return lines.join('');
}

test('a key that names a secret is redacted at any depth, in any case, lists included', () => {
  const out = logged({
    body: {
      variables: {
        inputs: [
          { webAuthPassword: 'S1', payload: { sipPassword: 'S2', nested: [{ Token: 'S3' }] } },
        ],
        input: { credentials: { password: 'S4' }, portalPasscode: 1234, clientSecret: 'S6' },
      },
    },
    headers: { authorization: 'Bearer S7', cookie: 'S8', 'x-api-key': 'S9' },
    config: { DATABASE_URL: 'postgres://u:S10@db/x', databaseUrl: 'postgres://u:S11@db/x' },
  });
  for (const secret of ['S1', 'S2', 'S3', 'S4', '1234', 'S6', 'S7', 'S8', 'S9', 'S10', 'S11'])
    expect(out).not.toContain(secret);
  expect(out.match(/\[redacted\]/g)).toHaveLength(11);
});

test('the audit trail marks a secret the input set as "[set]", with the same rule', () => {
  expect(
    changesOf({ input: { userId: 'a@b.c', password: 'S1', device: { devicePassword: 'S2' } } }),
  ).toEqual({ input: { userId: 'a@b.c', password: '[set]', device: { devicePassword: '[set]' } } });
});

test('CSV text is logged as its length only; other values and errors pass', () => {
  expect(
    redactSecrets({ variables: { input: { csv: 'userId\na@b.c\n', dryRun: true, count: 3 } } }),
  ).toEqual({ variables: { input: { csv: '[13 characters]', dryRun: true, count: 3 } } });
  const error = new Error('kept');
  expect((redactSecrets({ err: error }) as { err: unknown }).err).toBe(error);
  expect(logged({ err: error })).toContain('"message":"kept"');
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
