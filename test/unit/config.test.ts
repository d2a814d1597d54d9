import { ConfigError, loadConfig } from '../../src/app/config';

describe('loadConfig', () => {
  test('defaults: the sandbox, service mode, loopback, protective limits', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 4000,
      host: '127.0.0.1',
      odin: {
        baseUrl: undefined,
        authMode: 'service',
        rateLimitPerSecond: 5,
        maxConcurrency: 5,
        timeoutMs: 10000,
      },
      logLevel: 'info',
      production: false,
      introspection: true,
      playground: true,
    });
  });

  test('every problem is reported at once', () => {
    let error: unknown;
    try {
      loadConfig({
        PORT: 'abc',
        ODIN_BASE_URL: 'ftp//x',
        ODIN_AUTH_MODE: 'magic',
        ODIN_TIMEOUT_MS: '-1',
        LOG_LEVEL: 'loud',
      });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    for (const name of [
      'PORT',
      'ODIN_BASE_URL',
      'ODIN_AUTH_MODE',
      'ODIN_TIMEOUT_MS',
      'LOG_LEVEL',
    ]) {
      expect(problems).toContain(name);
    }
  });

  test('a real Odin in service mode needs the account', () => {
    expect(() => loadConfig({ ODIN_BASE_URL: 'https://t.prod.odinapi.net/api/v2' })).toThrow(
      /ODIN_USERNAME[\s\S]*ODIN_PASSWORD/,
    );
  });

  test('production turns introspection and the playground off unless asked', () => {
    expect(loadConfig({ NODE_ENV: 'production' })).toMatchObject({
      introspection: false,
      playground: false,
    });
    expect(
      loadConfig({ NODE_ENV: 'production', GRAPHQL_INTROSPECTION: 'true' }).introspection,
    ).toBe(true);
  });

  test('the base URL loses its trailing slash and keys are split', () => {
    const config = loadConfig({
      ODIN_BASE_URL: 'https://t.prod.odinapi.net/api/v2/',
      ODIN_USERNAME: 'svc',
      ODIN_PASSWORD: 'pw',
      GRAPHQL_API_KEYS: ' a, b ,,c',
    });
    expect(config.odin.baseUrl).toBe('https://t.prod.odinapi.net/api/v2');
    expect(config.apiKeys).toEqual(['a', 'b', 'c']);
  });
});
