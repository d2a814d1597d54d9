import { fromOdinError } from '../../src/graphql/errors';
import { OdinError } from '../../src/odin/odin-error';

const http = (status: number, error = 'text', details: unknown = null) =>
  new OdinError({
    kind: 'http',
    method: 'POST',
    path: '/users',
    message: 'm',
    status,
    error,
    details,
  });

describe('fromOdinError', () => {
  test.each([
    [http(400), 'BAD_USER_INPUT'],
    [http(400, 'Extension 1001 is already in use'), 'CONFLICT'],
    [http(400, 'Bad Request', 'Number 2125550100 is already assigned'), 'CONFLICT'],
    [http(400, 'Bad Request', { reason: 'duplicate user' }), 'CONFLICT'],
    [http(401), 'UNAUTHENTICATED'],
    [http(403), 'FORBIDDEN'],
    [http(404), 'NOT_FOUND'],
    [http(409), 'CONFLICT'],
    [http(429), 'ODIN_UNAVAILABLE'],
    [http(500), 'ODIN_UNAVAILABLE'],
    [http(503), 'ODIN_UNAVAILABLE'],
    [http(418), 'ODIN_ERROR'],
    [
      new OdinError({
        kind: 'login',
        method: 'POST',
        path: '/auth/token',
        message: 'm',
        status: 401,
        error: 'Unauthorized',
      }),
      'ODIN_AUTH_FAILED',
    ],
    [
      new OdinError({ kind: 'timeout', method: 'GET', path: '/users', message: 'no answer' }),
      'ODIN_UNAVAILABLE',
    ],
    [
      new OdinError({ kind: 'network', method: 'GET', path: '/users', message: 'refused' }),
      'ODIN_UNAVAILABLE',
    ],
    [
      new OdinError({ kind: 'protocol', method: 'GET', path: '/users', message: 'garbage' }),
      'ODIN_ERROR',
    ],
    [
      new OdinError({
        kind: 'credentials',
        method: '-',
        path: '-',
        message: 'log in',
        sent: false,
      }),
      'UNAUTHENTICATED',
    ],
  ])('%s → %s', (err, code) => {
    const mapped = fromOdinError(err);
    expect(mapped.extensions.code).toBe(code);
    if (err.kind === 'credentials') return expect(mapped.extensions).not.toHaveProperty('odin');
    expect(mapped.extensions.odin).toEqual({
      status: err.status ?? null,
      error: err.error ?? null,
      details: err.details ?? null,
    });
  });
});

describe('OdinError', () => {
  const err = (init: Partial<ConstructorParameters<typeof OdinError>[0]>) =>
    new OdinError({ kind: 'http', method: 'POST', path: '/users', message: 'm', ...init });

  test.each([
    [{ kind: 'timeout' as const }, true, true],
    [{ kind: 'network' as const, sent: false }, true, false],
    [{ status: 503 }, true, true],
    [{ status: 429 }, true, false],
    [{ status: 500 }, false, false],
    [{ status: 400 }, false, false],
  ])('%o: retryable %s, outcome unknown %s', (init, retryable, unknown) => {
    expect(err(init).retryable).toBe(retryable);
    expect(err(init).outcomeUnknown).toBe(unknown);
  });
});
