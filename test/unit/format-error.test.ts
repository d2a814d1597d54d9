import { GraphQLError } from 'graphql';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { BadUserInputError, ERROR_CODES } from '../../src/graphql/errors';
import { OdinError } from '../../src/odin/odin-error';
import { formatError } from '../../src/graphql/errors';

const located = (original: Error) =>
  new GraphQLError(original.message, { path: ['user'], originalError: original });

describe('formatError', () => {
  test('an unexpected error is masked: no message, no stack, no internals', () => {
    const internal = new TypeError(
      "Cannot read properties of undefined (reading 'token') at /srv/app/src/odin/auth.ts:42",
    );
    const formatted = formatError(
      {
        message: internal.message,
        path: ['user'],
        extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['x'] },
      },
      located(internal),
    );
    expect(formatted).toEqual({
      message: 'Internal server error',
      path: ['user'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  });

  test("the project's own errors pass with their code and fields, without the http extension", () => {
    const error = new BadUserInputError('Invalid input', [{ field: 'userId', message: 'bad' }]);
    error.extensions.http = { status: 400 };
    expect(formatError({ message: 'x' }, located(error))).toEqual({
      message: 'Invalid input',
      extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'userId', message: 'bad' }] },
    });
  });

  test('an Odin failure becomes its code with Odin’s own answer', () => {
    const odin = new OdinError({
      kind: 'http',
      method: 'GET',
      path: '/users',
      message: 'm',
      status: 403,
      error: 'Forbidden',
      details: 'not yours',
    });
    expect(formatError({ message: 'x' }, located(odin)).extensions).toEqual({
      code: 'FORBIDDEN',
      odin: { status: 403, error: 'Forbidden', details: 'not yours' },
    });
  });

  test("Apollo's request errors keep their code", () => {
    expect(
      formatError(
        { message: 'Syntax Error', extensions: { code: 'GRAPHQL_PARSE_FAILED' } },
        new GraphQLError('Syntax Error'),
      ).extensions,
    ).toEqual({
      code: 'GRAPHQL_PARSE_FAILED',
    });
  });

  test('a code outside the one list is masked, so every code sent is a documented one', () => {
    expect(
      formatError(
        { message: 'odd', extensions: { code: 'SOMETHING_ELSE' } },
        new GraphQLError('odd', { extensions: { code: 'SOMETHING_ELSE' } }),
      ),
    ).toEqual({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  });
});

describe('the one list of error codes', () => {
  const page = readFileSync(path.join(__dirname, '..', '..', 'docs', 'api', 'errors.md'), 'utf8');
  const documented = [...page.matchAll(/^\| `([A-Z_]+)`/gm)].map((m) => m[1]);

  test("is docs/api/errors.md's table, code for code", () => {
    expect([...documented].sort()).toEqual([...ERROR_CODES].sort());
  });

  test('is the GraphQL enum ErrorCode of the emitted schema', () => {
    const sdl = readFileSync(path.join(__dirname, '..', '..', 'schema', 'schema.graphql'), 'utf8');
    const values = /enum ErrorCode \{([^}]*)\}/.exec(sdl)?.[1] ?? '';
    const names = values
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => /^[A-Z_]+$/.test(l));
    expect(names.sort()).toEqual([...ERROR_CODES].sort());
  });
});
