import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startLayerProcess } from '../helpers/processes';
import { startSandboxProcess } from '../helpers/sandbox-process';

test('SIGTERM during a slow createUser: it completes, then the process exits 0', async () => {
  const odin = await startSandboxProcess();
  const layer = await startLayerProcess(odin.baseUrl, {
    ODIN_TIMEOUT_MS: '10000',
    SHUTDOWN_TIMEOUT_MS: '10000',
  });
  try {
    expect((await fetch(`${layer.origin}/readyz`)).status).toBe(200);
    await odin.chaos({ latencyMs: 1500 });
    const creating = layer.gql(
      'mutation { createUser(input: { serviceProviderId: "acme.sp", groupId: "acme.hq", userId: "slow.one@hq.acme.example", firstName: "Slow", lastName: "One", webAuthPassword: "Slow-Passw0rd!" }) { user { userId } } }',
    );
    await new Promise((r) => setTimeout(r, 300));
    const exited = layer.stop('SIGTERM');
    // New connections are refused while the slow one finishes.
    await new Promise((r) => setTimeout(r, 200));
    expect(
      await fetch(`${layer.origin}/healthz`).then(
        () => 'answered',
        () => 'refused',
      ),
    ).toBe('refused');
    const answer = await creating;
    expect(answer.errors).toBeUndefined();
    expect(answer.data).toEqual({ createUser: { user: { userId: 'slow.one@hq.acme.example' } } });
    const code = await exited;
    expect(code).toBe(0);
    expect(layer.output()).toContain('"msg":"stopped"');
  } finally {
    await layer.stop('SIGKILL');
    await odin.close();
  }
}, 30_000);

test('/readyz turns 503 when Odin stops answering; /healthz stays 200', async () => {
  const odin = await startSandboxProcess();
  const layer = await startLayerProcess(odin.baseUrl, { ODIN_TIMEOUT_MS: '1000' });
  try {
    expect((await fetch(`${layer.origin}/readyz`)).status).toBe(200);
    await odin.close();
    const ready = await fetch(`${layer.origin}/readyz`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toEqual({
      status: 'not ready',
      code: 'ODIN_UNAVAILABLE',
      instances: { default: 'ODIN_UNAVAILABLE' },
      // Against a given Odin the tests' processes run without the trail unless asked.
      audit: 'off',
    });
    expect((await fetch(`${layer.origin}/healthz`)).status).toBe(200);
  } finally {
    await layer.stop('SIGKILL');
  }
}, 30_000);

test('REDIS_URL set and Redis not answering: a clear error at start, exit 1', async () => {
  const odin = await startSandboxProcess();
  try {
    await expect(
      startLayerProcess(odin.baseUrl, { REDIS_URL: 'redis://:s3cret@127.0.0.1:1' }),
    ).rejects.toThrow(/REDIS_URL is set but Redis does not answer at redis:\/\/127\.0\.0\.1:1/);
  } finally {
    await odin.close();
  }
});

test('start-up line: "Odin session ready" in service mode, "Odin reachable" in passthrough', async () => {
  const odin = await startSandboxProcess();
  const service = await startLayerProcess(odin.baseUrl);
  const passthrough = await startLayerProcess(odin.baseUrl, { ODIN_AUTH_MODE: 'passthrough' });
  const line = async (layer: typeof service, text: string) => {
    for (let i = 0; i < 100 && !layer.output().includes(text); i++)
      await new Promise((r) => setTimeout(r, 20));
    return layer.output();
  };
  try {
    expect(await line(service, 'Odin session ready')).toContain('"msg":"Odin session ready"');
    const out = await line(passthrough, 'Odin reachable');
    expect(out).toContain('"msg":"Odin reachable"');
    expect(out).not.toContain('Odin session ready');
  } finally {
    await service.stop('SIGKILL');
    await passthrough.stop('SIGKILL');
    await odin.close();
  }
}, 30_000);

test('production loads only what it serves: no playground, sandbox, Redis client or queue', async () => {
  const odin = await startSandboxProcess();
  const report = path.join(mkdtempSync(path.join(tmpdir(), 'modules-')), 'loaded.txt');
  const layer = await startLayerProcess(odin.baseUrl, {
    NODE_ENV: 'production',
    NODE_OPTIONS: `--require ${path.join(__dirname, '..', 'helpers', 'report-modules.js')}`,
    MODULES_REPORT: report,
  });
  try {
    expect((await layer.gql('{ __typename }')).data).toEqual({ __typename: 'Query' });
    expect(await layer.stop('SIGTERM')).toBe(0);
    const loaded = readFileSync(report, 'utf8').split('\n');
    // The report is real: the server and the GraphQL stack are in it.
    expect(loaded.some((f) => f.endsWith(path.join('dist', 'src', 'app', 'server.js')))).toBe(true);
    expect(loaded.some((f) => f.includes(`${path.sep}@apollo${path.sep}server${path.sep}`))).toBe(
      true,
    );
    const unwanted = loaded.filter((f) =>
      /[/\\](dist[/\\]src[/\\](graphql[/\\]playground\.js|sandbox[/\\])|node_modules[/\\](ioredis|bullmq)[/\\])/.test(
        f,
      ),
    );
    expect(unwanted).toEqual([]);
  } finally {
    await layer.stop('SIGKILL');
    await odin.close();
  }
}, 30_000);

test('npm start with no settings: the first lines say where to go, what a caller needs and which origins may call', async () => {
  const layer = await startLayerProcess(undefined);
  try {
    // /healthz answers as soon as the port is open; the lines may be a moment behind.
    const lines = (await layer.outputWith('CORS_ORIGINS is unset'))
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    const ready = lines.find((l) => String(l.msg).startsWith('GraphQL API ready'));
    expect(ready).toMatchObject({
      url: layer.url,
      playground: layer.url,
      apiKeyRequired: false,
      odinAccount: 'odin-demo',
    });
    expect(ready?.msg).toBe(
      `GraphQL API ready at ${layer.url} against the Odin sandbox: open it in a browser for the playground; ` +
        'callers need no API key; demo Odin account odin-demo (password in docs/sandbox.md)',
    );
    // The example pages may call with no setting, and the log says so.
    expect(lines.find((l) => 'corsOrigins' in l)).toMatchObject({
      corsOrigins: ['http://127.0.0.1:5173', 'http://localhost:5173'],
    });
    const preflight = (origin: string) =>
      fetch(layer.url, {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type',
        },
      });
    expect(
      (await preflight('http://127.0.0.1:5173')).headers.get('access-control-allow-origin'),
    ).toBe('http://127.0.0.1:5173');
    // Another origin is refused, and the log names it and the variable that would allow it.
    expect(
      (await preflight('http://127.0.0.1:5999')).headers.get('access-control-allow-origin'),
    ).toBeNull();
    const refused = (await layer.outputWith('CORS refused'))
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Record<string, unknown>)
      .filter((l) => l.origin === 'http://127.0.0.1:5999');
    expect(refused).toEqual([
      expect.objectContaining({
        level: 40,
        variable: 'CORS_ORIGINS',
        msg: 'CORS refused origin http://127.0.0.1:5999: add it to CORS_ORIGINS (comma-separated) to allow it',
      }),
    ]);
  } finally {
    await layer.stop('SIGKILL');
  }
}, 30_000);

test('in production the sandbox default allows no origin', async () => {
  const layer = await startLayerProcess(undefined, { NODE_ENV: 'production' });
  try {
    const answer = await fetch(layer.url, {
      method: 'OPTIONS',
      headers: { origin: 'http://127.0.0.1:5173', 'access-control-request-method': 'POST' },
    });
    expect(answer.headers.get('access-control-allow-origin')).toBeNull();
    expect(layer.output()).not.toContain('corsOrigins');
  } finally {
    await layer.stop('SIGKILL');
  }
}, 30_000);
