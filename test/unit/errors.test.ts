import { fromOdinError } from '../../src/errors';
import { OdinError } from '../../src/odin/odin-error';

const http = (status: number, error = 'text', details: unknown = null) =>
  new OdinError('http', 'POST', '/users', 'm', status, error, details);

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
    [new OdinError('login', 'POST', '/auth/token', 'm', 401, 'Unauthorized'), 'ODIN_AUTH_FAILED'],
    [new OdinError('timeout', 'GET', '/users', 'no answer'), 'ODIN_UNAVAILABLE'],
    [new OdinError('network', 'GET', '/users', 'refused'), 'ODIN_UNAVAILABLE'],
    [new OdinError('protocol', 'GET', '/users', 'garbage'), 'ODIN_ERROR'],
  ])('%s → %s', (err, code) => {
    const mapped = fromOdinError(err);
    expect(mapped.extensions.code).toBe(code);
    expect(mapped.extensions.odin).toEqual({
      status: err.status ?? null,
      error: err.error ?? null,
      details: err.details ?? null,
    });
  });
});
