import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import zlib from 'node:zlib';
import axios from 'axios';
import { createLogger } from '../../src/app/logger';
import { OdinHttp } from '../../src/odin/http';
import type { OdinError } from '../../src/odin/odin-error';
import { ensureBuilt } from '../helpers/processes';

// Without a proxy the transport sends its calls through its own axios adapter (adapter.ts):
// Odin receives the call as axios' adapter sent it, and the layer reads every answer it can.
describe('the direct Odin transport', () => {
  let server: http.Server;
  let baseUrl: string;
  let answer: (req: http.IncomingMessage, res: http.ServerResponse) => void;
  const seen: Array<{
    method?: string;
    url?: string;
    headers: http.IncomingHttpHeaders;
    body: string;
  }> = [];
  const proxyNames = Object.keys(process.env).filter((n) =>
    /^(npm_config_)?((https?|all)_)?proxy$/i.test(n),
  );
  const saved = Object.fromEntries(proxyNames.map((n) => [n, process.env[n]]));

  beforeAll(async () => {
    for (const name of proxyNames) delete process.env[name];
    server = http.createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      req.on('end', () => {
        seen.push({ method: req.method, url: req.url, headers: req.headers, body });
        answer(req, res);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v2`;
  });
  afterAll(async () => {
    Object.assign(process.env, saved);
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });
  beforeEach(() => {
    seen.length = 0;
  });

  const odin = (at = baseUrl) =>
    new OdinHttp(
      {
        baseUrl: at,
        timeoutMs: 1000,
        deadlineMs: 2000,
        rateLimitPerSecond: 100,
        maxConcurrency: 4,
        maxAttempts: 1,
      },
      createLogger('silent'),
    );
  const json =
    (encode: (b: Buffer) => Buffer, encoding?: string) =>
    (_req: unknown, res: http.ServerResponse) => {
      res.setHeader('content-type', 'application/json');
      if (encoding) res.setHeader('content-encoding', encoding);
      res.end(encode(Buffer.from(JSON.stringify({ userId: 'a@b.c', firstName: 'Zoë' }))));
    };

  test('sends the path under the base, the query, the headers and the JSON body', async () => {
    answer = json((b) => b);
    const created = await odin().send(
      {
        method: 'POST',
        path: '/users',
        params: { groupId: 'grp 1', limit: 5, skip: undefined },
        body: { userId: 'a@b.c', firstName: 'Zoë' },
      },
      'tok-1',
    );
    expect(created).toEqual({ userId: 'a@b.c', firstName: 'Zoë' });
    expect(seen).toHaveLength(1);
    const [call] = seen;
    expect(call.method).toBe('POST');
    expect(call.url).toBe('/api/v2/users?groupId=grp+1&limit=5');
    expect(JSON.parse(call.body)).toEqual({ userId: 'a@b.c', firstName: 'Zoë' });
    expect(call.headers).toMatchObject({
      'content-type': 'application/json',
      accept: 'application/json',
      authorization: 'Bearer tok-1',
      'user-agent': `axios/${axios.VERSION}`,
      'accept-encoding': 'gzip, deflate, br',
      'content-length': String(Buffer.byteLength(call.body)),
      connection: 'keep-alive',
    });
  });

  test('reaches an Odin at an IPv6 address', async () => {
    const v6 = http.createServer((_req, res) => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ via: 'ipv6' }));
    });
    await new Promise<void>((resolve) => v6.listen(0, '::1', resolve));
    try {
      const odin6 = odin(`http://[::1]:${(v6.address() as AddressInfo).port}/api/v2`);
      expect(await odin6.send({ method: 'GET', path: '/users' })).toEqual({ via: 'ipv6' });
    } finally {
      v6.closeAllConnections();
      await new Promise((resolve) => v6.close(resolve));
    }
  });

  test.each([
    ['gzip', zlib.gzipSync],
    ['deflate', zlib.deflateSync],
    ['br', zlib.brotliCompressSync],
  ])('reads an answer in %s', async (encoding, encode) => {
    answer = json(encode, encoding);
    expect(await odin().send({ method: 'GET', path: '/users' })).toEqual({
      userId: 'a@b.c',
      firstName: 'Zoë',
    });
  });

  test('a connection lost in the middle of an answer is a network failure, not a wait', async () => {
    answer = (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' });
      res.write('{"userId":');
      setTimeout(() => res.socket?.destroy(), 20);
    };
    const failure = (await odin()
      .send({ method: 'GET', path: '/users' })
      .catch((e: unknown) => e)) as OdinError;
    expect(failure).toMatchObject({ name: 'OdinError', kind: 'network', sent: true });
  });

  test('an answer that stops coming is a timeout after the attempt limit', async () => {
    answer = (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"userId":');
    };
    const failure = (await odin()
      .send({ method: 'GET', path: '/users' })
      .catch((e: unknown) => e)) as OdinError;
    expect(failure).toMatchObject({ name: 'OdinError', kind: 'timeout' });
    expect(failure.message).toBe('Odin GET /users: no answer within 1000 ms');
  });
});

// Odin is served over TLS. A private CA is trusted the Node way (NODE_EXTRA_CA_CERTS, read at
// start), so the client runs in its own process, from dist/ (rebuilt when src/ is newer).
describe('the direct Odin transport over https', () => {
  const tls = path.join(__dirname, '..', 'fixtures', 'tls');
  const dist = path.join(__dirname, '..', '..', 'dist', 'src');
  let server: https.Server;
  const sockets: number[] = [];

  beforeAll(async () => {
    ensureBuilt();
    server = https.createServer(
      {
        key: readFileSync(path.join(tls, 'localhost-key.pem')),
        cert: readFileSync(path.join(tls, 'localhost-cert.pem')),
      },
      (req, res) => {
        let body = '';
        req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
        req.on('end', () => {
          sockets.push(req.socket.remotePort ?? 0);
          res.setHeader('content-type', 'application/json');
          res.end(JSON.stringify({ method: req.method, url: req.url, body }));
        });
      },
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  // Two calls in a row; prints both answers, or the failure.
  const client = `
    const { OdinHttp } = require(${JSON.stringify(path.join(dist, 'odin', 'http.js'))});
    const { createLogger } = require(${JSON.stringify(path.join(dist, 'app', 'logger.js'))});
    const odin = new OdinHttp(
      { baseUrl: process.argv[1], timeoutMs: 2000, deadlineMs: 3000, rateLimitPerSecond: 100, maxConcurrency: 4 },
      createLogger('silent'),
    );
    (async () => [
      await odin.send({ method: 'GET', path: '/users', params: { userId: 'a@b.c' } }),
      await odin.send({ method: 'PUT', path: '/users', body: { firstName: 'Zoë' } }),
    ])().then((answers) => console.log(JSON.stringify(answers)), (e) => console.log(e.message));
  `;
  const run = (env: Record<string, string>) =>
    new Promise<string>((resolve) => {
      const baseUrl = `https://127.0.0.1:${(server.address() as AddressInfo).port}/api/v2`;
      const child = spawn(process.execPath, ['-e', client, baseUrl], {
        env: { PATH: process.env.PATH ?? '', ...env },
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
      child.once('exit', () => resolve(out.trim()));
    });

  test('sends and reads through one connection, the CA trusted from NODE_EXTRA_CA_CERTS', async () => {
    const out = await run({ NODE_EXTRA_CA_CERTS: path.join(tls, 'localhost-cert.pem') });
    expect(JSON.parse(out)).toEqual([
      { method: 'GET', url: '/api/v2/users?userId=a%40b.c', body: '' },
      { method: 'PUT', url: '/api/v2/users', body: '{"firstName":"Zoë"}' },
    ]);
    expect(sockets).toHaveLength(2);
    expect(sockets[1]).toBe(sockets[0]);
  });

  test('a certificate it does not trust is a failed connection, named', async () => {
    expect(await run({})).toBe('Odin GET /users: connection failed (DEPTH_ZERO_SELF_SIGNED_CERT)');
  });
});
