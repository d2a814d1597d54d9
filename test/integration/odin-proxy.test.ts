import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createLogger } from '../../src/app/logger';
import { OdinHttp } from '../../src/odin/http';

// The Odin transport skips axios' per-call proxy lookup only when the environment names no
// proxy: one named at start is still used.
describe('a proxy named by the environment', () => {
  let proxy: http.Server;
  let proxyUrl: string;
  const seen: string[] = [];
  // Every variable axios reads for a proxy, as the test found them.
  const names = Object.keys(process.env).filter((n) =>
    /^(npm_config_)?((https?|all|no)_)?proxy$/i.test(n),
  );
  const saved = Object.fromEntries(names.map((n) => [n, process.env[n]]));

  beforeAll(async () => {
    for (const name of names) delete process.env[name];
    proxy = http.createServer((req, res) => {
      seen.push(`${req.method} ${req.url}`);
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ via: 'proxy' }));
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    delete process.env.HTTP_PROXY;
    Object.assign(process.env, saved);
    await new Promise((resolve) => proxy.close(resolve));
  });

  const odinAt = (baseUrl: string) =>
    new OdinHttp(
      { baseUrl, timeoutMs: 2000, deadlineMs: 3000, rateLimitPerSecond: 100, maxConcurrency: 4 },
      createLogger('silent'),
    );

  test('carries the Odin calls', async () => {
    process.env.HTTP_PROXY = proxyUrl;
    const odin = odinAt('http://odin.example.invalid/api/v2');
    expect(await odin.send({ method: 'GET', path: '/users', params: { userId: 'a@b.c' } })).toEqual(
      { via: 'proxy' },
    );
    expect(seen).toEqual(['GET http://odin.example.invalid/api/v2/users?userId=a%40b.c']);
  });

  test('none named: the calls go straight to Odin', async () => {
    delete process.env.HTTP_PROXY;
    seen.length = 0;
    const odin = odinAt(`${proxyUrl}/api/v2`);
    await odin.send({ method: 'GET', path: '/users' });
    expect(seen).toEqual(['GET /api/v2/users']);
  });
});
