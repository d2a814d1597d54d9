// The floor any layer pays: a bare Node HTTP pass-through to Odin's user read, with the
// token fetched once. No validation, no GraphQL, no normalization.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

async function main(): Promise<void> {
  const odin = new URL(process.env.ODIN_BASE_URL ?? '');
  const login = await fetch(`${odin.href}/auth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      username: process.env.ODIN_USERNAME,
      password: process.env.ODIN_PASSWORD,
    }),
  });
  const { token } = (await login.json()) as { token: string };
  const agent = new http.Agent({ keepAlive: true });
  const server = http.createServer((req, res) => {
    const userId = new URL(req.url ?? '/', 'http://x').searchParams.get('userId') ?? '';
    const upstream = http.request(
      {
        host: odin.hostname,
        port: odin.port,
        path: `${odin.pathname}/users?userId=${encodeURIComponent(userId)}`,
        headers: { authorization: `Bearer ${token}`, accept: 'application/json' },
        agent,
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, { 'content-type': 'application/json' });
        answer.pipe(res);
      },
    );
    upstream.on('error', () => res.writeHead(502).end());
    upstream.end();
  });
  server.listen(0, '127.0.0.1', () => {
    process.stdout.write(`proxy at http://127.0.0.1:${(server.address() as AddressInfo).port}\n`);
  });
}

void main();
