import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { DEMO_ACCOUNT } from '../../src/sandbox';
import { jobReplica } from '../helpers/fleet';
import {
  type LayerProcess,
  type RedisServer,
  describeWithRedis,
  startRedis,
} from '../helpers/processes';
import { type SandboxProcess, startSandboxProcess } from '../helpers/sandbox-process';
import { type Stack, startStack } from '../helpers/stack';

const HQ = { serviceProviderId: 'acme.sp', groupId: 'acme.hq' };
const START = `mutation($input: UserImportInput!) {
  startUserImport(input: $input) { id state total settled succeeded failed dryRun }
}`;
const JOB = `query($id: ID!) {
  bulkJob(id: $id) {
    id state total settled succeeded failed etaSeconds startedAt finishedAt
    results {
      ... on CreateUserSuccess { index user { userId lastName address { city } } generatedWebAuthPassword }
      ... on CreateUserFailure { index userId code message }
    }
  }
}`;

interface Job {
  id: string;
  state: string;
  snapshot?: boolean;
  total: number;
  settled: number;
  succeeded: number;
  failed: number;
  results?: Array<{
    index: number;
    user?: { userId: string; lastName: string; address: { city: string | null } | null };
    generatedWebAuthPassword?: string | null;
    userId?: string;
    code?: string;
    message?: string;
  }>;
}

type Gql = (
  query: string,
  variables?: Record<string, unknown>,
) => Promise<{
  data?: Record<string, unknown> | null;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}>;

const gqlOf =
  (url: string, headers: Record<string, string> = {}): Gql =>
  async (query, variables) =>
    (
      await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      })
    ).json() as never;

async function start(gql: Gql, input: Record<string, unknown>): Promise<Job> {
  const answer = await gql(START, { input });
  expect(answer.errors).toBeUndefined();
  return answer.data?.startUserImport as Job;
}

async function job(gql: Gql, id: string): Promise<Job> {
  const answer = await gql(JOB, { id });
  expect(answer.errors).toBeUndefined();
  return answer.data?.bulkJob as Job;
}

async function finished(gql: Gql, id: string, timeoutMs = 30_000): Promise<Job> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const answer = await gql('query($id: ID!) { bulkJob(id: $id) { state } }', { id });
    const state = (answer.data?.bulkJob as { state: string } | null)?.state;
    if (state && !['QUEUED', 'RUNNING'].includes(state)) return job(gql, id);
    if (Date.now() > until) throw new Error(`job ${id} still ${state}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const users = (n: number, from = 0, tag = 'imp') =>
  Array.from({ length: n }, (_, i) => ({
    ...HQ,
    userId: `${tag}.${from + i}@hq.acme.example`,
    firstName: 'Imp',
    lastName: `User ${from + i}`,
  }));

describe('user imports in one process', () => {
  let stack: Stack;
  let gql: Gql;
  beforeEach(async () => {
    stack = await startStack();
    gql = gqlOf(stack.url);
  });
  afterEach(() => stack.close());

  test('CSV: BOM, CRLF, quoted commas and line breaks, an empty last line; a bad row fails with its line', async () => {
    const csv =
      '\uFEFFuserId,firstName,lastName,address.city,extension\r\n' +
      'csv.a@hq.acme.example,Ann,"Smith, Jr",Boston,\r\n' +
      'csv.b@hq.acme.example,Bob,Baker,"New\r\nYork",\r\n' +
      'csv.c@hq.acme.example,Cy,Cole,,12x\r\n' +
      '\r\n';
    const started = await start(gql, { csv, ...HQ });
    expect(started).toMatchObject({ total: 3, dryRun: false });
    const done = await finished(gql, started.id);
    expect(done).toMatchObject({ state: 'SUCCEEDED', settled: 3, succeeded: 1, failed: 2 });
    const [a, b, c] = done.results ?? [];
    expect(a.user).toEqual({
      userId: 'csv.a@hq.acme.example',
      lastName: 'Smith, Jr',
      address: { city: 'Boston' },
    });
    // The quoted line break was read as part of the city, which allows none.
    expect(b).toMatchObject({ index: 1, userId: 'csv.b@hq.acme.example', code: 'BAD_USER_INPUT' });
    expect(b.message).toMatch(/^line 3: Invalid input: address\.city/);
    // The header is line 1; the quoted line break makes csv.c's row start on line 5.
    expect(c).toMatchObject({ index: 2, userId: 'csv.c@hq.acme.example', code: 'BAD_USER_INPUT' });
    expect(c.message).toMatch(/^line 5: Invalid input: extension/);
    expect(stack.sandbox.directory.user('csv.a@hq.acme.example').lastName).toBe('Smith, Jr');
    expect(stack.sandbox.app.calls('POST', '/users')).toHaveLength(1);
  });

  test('an unknown column or an unreadable CSV is refused, naming it; nothing starts', async () => {
    const unknown = await gql(START, {
      input: { csv: 'userId,firstName,lastName,shoeSize\nx@hq.acme.example,X,Y,42\n', ...HQ },
    });
    expect(unknown.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(unknown.errors?.[0].message).toContain('shoeSize');
    const unreadable = await gql(START, {
      input: { csv: 'userId,firstName\n"never closed,X\n', ...HQ },
    });
    expect(unreadable.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(unreadable.errors?.[0].message).toBe('The CSV cannot be read');
    const list = await gql('{ bulkJobs { id } }');
    expect(list.data?.bulkJobs).toEqual([]);
  });

  test('a dry run checks every row and duplicates, and writes nothing', async () => {
    const input = [
      ...users(3, 0, 'dry'),
      { ...HQ, userId: 'alice.adams@hq.acme.example', firstName: 'A', lastName: 'A' },
      { ...HQ, userId: 'dry.0@hq.acme.example', firstName: 'Again', lastName: 'Again' },
      { ...HQ, userId: 'dry.bad@hq.acme.example', firstName: 'B', lastName: 'B', extension: '1' },
    ];
    const started = await start(gql, { inputs: input, dryRun: true });
    expect(started).toMatchObject({
      state: 'SUCCEEDED',
      dryRun: true,
      total: 6,
      settled: 6,
      succeeded: 3,
      failed: 3,
    });
    const done = await job(gql, started.id);
    expect(done.results?.map((r) => [r.index, r.code])).toEqual([
      [3, 'CONFLICT'],
      [4, 'CONFLICT'],
      [5, 'BAD_USER_INPUT'],
    ]);
    const writes = ['POST', 'PUT', 'DELETE'].flatMap((m) =>
      ['/users', '/groups/dns', '/users/services'].flatMap((p) => stack.sandbox.app.calls(m, p)),
    );
    expect(writes).toEqual([]);
    // It read the group's users to find the duplicates.
    expect(stack.sandbox.app.calls('GET', '/users').length).toBeGreaterThan(0);
  });

  test('a generated password is answered once, then dropped', async () => {
    const started = await start(gql, { inputs: users(1, 0, 'pw') });
    const first = await finished(gql, started.id);
    expect(first.results?.[0].generatedWebAuthPassword).toEqual(expect.any(String));
    const second = await job(gql, started.id);
    expect(second.results?.[0].generatedWebAuthPassword).toBeNull();
    expect(second.results?.[0].user?.userId).toBe('pw.0@hq.acme.example');
  });

  test("a dry run reads the group's rules: what it passes, the real run creates; what it fails, by CSV line", async () => {
    const directory = stack.sandbox.directory;
    const hq = directory.group('acme.sp', 'acme.hq');
    // Room for two more users; Frank holds extension 1010; extensions are 3 to 5 digits.
    hq.userLimit = directory.usersOf(hq).length + 2;
    const csv = [
      'userId,firstName,lastName,extension',
      'sheet.a@hq.acme.example,Ann,A,7001',
      'sheet.b@hq.acme.example,Ben,B,12',
      'sheet.c@hq.acme.example,Cat,C,1010',
      'sheet.d@hq.acme.example,Dan,D,7001',
      'sheet.e@hq.acme.example,Eve,E,7002',
      'sheet.f@hq.acme.example,Fay,F,7003',
    ].join('\n');
    const JOB_LINES = `query($id: ID!) { bulkJob(id: $id) { results(only: FAILED) {
      ... on CreateUserFailure { index line userId code message } } } }`;
    const failures = async (id: string) =>
      ((await gql(JOB_LINES, { id })).data?.bulkJob as { results: unknown[] }).results;
    const dry = await start(gql, { csv, ...HQ, dryRun: true });
    expect(dry).toMatchObject({ total: 6, succeeded: 2, failed: 4 });
    expect(await failures(dry.id)).toEqual([
      {
        index: 1,
        line: 3,
        userId: 'sheet.b@hq.acme.example',
        code: 'BAD_USER_INPUT',
        message: 'line 3: extension 12 must be 3 to 5 digits in group acme.hq',
      },
      {
        index: 2,
        line: 4,
        userId: 'sheet.c@hq.acme.example',
        code: 'CONFLICT',
        message: 'line 4: extension 1010 is already in use in Odin',
      },
      {
        index: 3,
        line: 5,
        userId: 'sheet.d@hq.acme.example',
        code: 'CONFLICT',
        message: 'line 5: extension 7001 is taken by line 2',
      },
      {
        index: 5,
        line: 7,
        userId: 'sheet.f@hq.acme.example',
        code: 'CONFLICT',
        message: 'line 7: group acme.hq would be full: its limit is 8 users',
      },
    ]);
    // The promise: the real run fails the same rows, and creates the others.
    const real = await finished(gql, (await start(gql, { csv, ...HQ })).id);
    expect(real).toMatchObject({ succeeded: 2, failed: 4 });
    expect(
      ((await failures(real.id)) as Array<{ index: number; line: number }>).map((f) => [
        f.index,
        f.line,
      ]),
    ).toEqual([
      [1, 3],
      [2, 4],
      [3, 5],
      [5, 7],
    ]);
  });

  test('rows are named one way: CSV lines for CSV, 1-based positions for inputs', async () => {
    const csv = [
      'userId,firstName,lastName',
      'twice@hq.acme.example,A,A',
      'twice@hq.acme.example,B,B',
    ].join('\n');
    const fromCsv = await start(gql, { csv, ...HQ, dryRun: true });
    const fromInputs = await start(gql, {
      inputs: [
        { ...HQ, userId: 'twice@hq.acme.example', firstName: 'A', lastName: 'A' },
        { ...HQ, userId: 'twice@hq.acme.example', firstName: 'B', lastName: 'B' },
      ],
      dryRun: true,
    });
    expect((await job(gql, fromCsv.id)).results?.map((r) => r.message)).toEqual([
      'line 3: The same userId as line 2',
    ]);
    expect((await job(gql, fromInputs.id)).results?.map((r) => r.message)).toEqual([
      'input 2: The same userId as input 1',
    ]);
  });

  test('an import may be larger than the usual body limit; nothing else may', async () => {
    const title = 'x'.repeat(40);
    const rows = Array.from(
      { length: 9000 },
      (_, i) => `big.${i}@hq.acme.example,Big,Row ${i},${title},${title}`,
    );
    const csv = ['userId,firstName,lastName,title,address.city', ...rows].join('\n');
    expect(csv.length).toBeGreaterThan(1_000_000);
    const started = await start(gql, { csv, ...HQ, dryRun: true });
    // Read whole; the group's user limit leaves room for only some of them.
    const hq = stack.sandbox.directory.group('acme.sp', 'acme.hq');
    const room = hq.userLimit - stack.sandbox.directory.usersOf(hq).length;
    expect(started).toMatchObject({ total: 9000, succeeded: room, failed: 9000 - room });
    const other = await fetch(stack.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'query($csv: String) { __typename }', variables: { csv } }),
    });
    expect(other.status).toBe(413);
    expect(
      ((await other.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]
        .extensions.code,
    ).toBe('PAYLOAD_TOO_LARGE');
  });

  test('a subscription over HTTP is refused: it is served over WebSocket', async () => {
    const answer = await gql('subscription { bulkJobProgress(id: "x") { id } }');
    expect(answer.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(answer.errors?.[0].message).toContain('WebSocket');
  });
});

/** Every event of a job's progress, over graphql-ws, until it completes. */
function follow(url: string, id: string, connectionParams: Record<string, unknown> = {}) {
  const client = createClient({
    url: url.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    connectionParams,
    retryAttempts: 0,
  });
  const events: Job[] = [];
  const done = new Promise<Job[]>((resolve, reject) => {
    client.subscribe<{ bulkJobProgress: Job }>(
      {
        query:
          'subscription($id: ID!) { bulkJobProgress(id: $id) { id state total settled succeeded failed snapshot } }',
        variables: { id },
      },
      {
        next: (value) => {
          if (value.errors) reject(new Error(JSON.stringify(value.errors)));
          else if (value.data) events.push(value.data.bulkJobProgress);
        },
        error: reject,
        complete: () => resolve(events),
      },
    );
  });
  return { events, done: done.finally(() => client.dispose()) };
}

describe('progress over WebSocket', () => {
  test('the caller check of HTTP: without the API key refused, with it every event to the end', async () => {
    const stack = await startStack({ env: { GRAPHQL_API_KEYS: 'key-1' } });
    try {
      const gql = gqlOf(stack.url, { authorization: 'Bearer key-1' });
      const started = await start(gql, { inputs: users(5, 0, 'ws') });
      await expect(follow(stack.url, started.id).done).rejects.toBeDefined();
      await expect(
        follow(stack.url, started.id, { authorization: 'Bearer wrong' }).done,
      ).rejects.toBeDefined();
      const events = await follow(stack.url, started.id, { Authorization: 'Bearer key-1' }).done;
      expect(events.at(-1)).toMatchObject({ state: 'SUCCEEDED', settled: 5, succeeded: 5 });
    } finally {
      await stack.close();
    }
  });
});

describe('WebSocket in passthrough mode', () => {
  /** How a bare connection ends: acknowledged, or closed with a code. */
  const connect = (url: string, connectionParams?: Record<string, unknown>) =>
    new Promise<string>((resolve) => {
      const client = createClient({
        url: url.replace(/^http/, 'ws'),
        webSocketImpl: WebSocket,
        connectionParams,
        retryAttempts: 0,
        lazy: false,
        onNonLazyError: () => undefined,
        on: {
          connected: () => {
            resolve('acknowledged');
            void client.dispose();
          },
          closed: (event) => resolve(`closed ${(event as { code: number }).code}`),
        },
      });
    });

  test('a connection without an Odin token is refused; with one it is acknowledged', async () => {
    const stack = await startStack({ env: { ODIN_AUTH_MODE: 'passthrough' } });
    try {
      expect(await connect(stack.url)).toBe('closed 4403');
      expect(await connect(stack.url, { apiKey: '' })).toBe('closed 4403');
      const login = await gqlOf(stack.url)(
        'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
        { u: DEMO_ACCOUNT.username, p: DEMO_ACCOUNT.password },
      );
      const token = (login.data?.login as { token: string }).token;
      expect(await connect(stack.url, { authorization: `Bearer ${token}` })).toBe('acknowledged');
    } finally {
      await stack.close();
    }
  });
});

describe('a job that starts with a refused row', () => {
  test('the start answers the state the job is in; the first event is a snapshot of what is settled', async () => {
    const stack = await startStack({ env: { ODIN_RATE_LIMIT_PER_SECOND: '5' } });
    try {
      const gql = gqlOf(stack.url);
      const bad = { ...HQ, userId: 'not an id', firstName: 'No', lastName: 'Id' };
      const started = await start(gql, { inputs: [bad, ...users(4, 0, 'snap')] });
      // The worker took it at once: one row is settled (refused), and the job is running.
      expect(started).toMatchObject({ state: 'RUNNING', total: 5, settled: 1, failed: 1 });
      const events = await follow(stack.url, started.id).done;
      expect(events[0]).toMatchObject({ snapshot: true, state: 'RUNNING' });
      expect(events[0].settled).toBeGreaterThanOrEqual(1);
      expect(events.slice(1).every((e) => e.snapshot === false)).toBe(true);
      expect(events.at(-1)).toMatchObject({ state: 'SUCCEEDED', settled: 5, failed: 1 });
    } finally {
      await stack.close();
    }
  });
});

describe('limits over WebSocket', () => {
  test('the query limits of HTTP: 31 aliases refused with the limit named, 30 served', async () => {
    const stack = await startStack();
    try {
      const started = await start(gqlOf(stack.url), { inputs: users(1, 0, 'lim') });
      const subscribe = async (aliases: number) => {
        const client = createClient({
          url: stack.url.replace(/^http/, 'ws'),
          webSocketImpl: WebSocket,
          retryAttempts: 0,
        });
        const fields = Array.from({ length: aliases }, (_, i) => `a${i}: id`).join(' ');
        try {
          return await new Promise<unknown>((resolve) =>
            client.subscribe(
              {
                query: `subscription($id: ID!) { bulkJobProgress(id: $id) { ${fields} } }`,
                variables: { id: started.id },
              },
              { next: () => undefined, error: resolve, complete: () => resolve('complete') },
            ),
          );
        } finally {
          await client.dispose();
        }
      };
      const refused = (await subscribe(31)) as Array<{ extensions: Record<string, unknown> }>;
      expect(refused[0].extensions).toMatchObject({
        code: 'GRAPHQL_VALIDATION_FAILED',
        limit: 'aliases',
        max: 30,
        actual: 31,
      });
      expect(await subscribe(30)).toBe('complete');
    } finally {
      await stack.close();
    }
  });
});

describeWithRedis('user imports as BullMQ jobs across replicas', () => {
  let redis: RedisServer;
  let odin: SandboxProcess;
  const layers: LayerProcess[] = [];
  const replica = (env: Record<string, string> = {}) => jobReplica(odin, redis, layers, env);
  beforeEach(async () => {
    redis = await startRedis();
    odin = await startSandboxProcess();
  }, 30_000);
  afterEach(async () => {
    await Promise.all(layers.splice(0).map((l) => l.stop('SIGKILL')));
    await odin.close();
    await redis.stop();
  });

  /** The sandbox's accepted creates, per user id. */
  const created = async () => {
    const counts = new Map<string, number>();
    for (const r of await odin.requests())
      if (r.method === 'POST' && r.path === '/users' && r.status && r.status < 300) {
        const id = (r.body as { userId: string }).userId;
        counts.set(id, (counts.get(id) ?? 0) + 1);
      }
    return counts;
  };

  test('60 rows at 20/s: every outcome right; a subscriber on another replica sees every event', async () => {
    const a = await replica();
    // B starts and follows jobs but runs none: the job is A's.
    const b = await replica({ JOB_CONCURRENCY: '0' });
    const rows = [
      ...users(58, 0, 'sixty'),
      { ...HQ, userId: 'sixty.0@hq.acme.example', firstName: 'Twice', lastName: 'Twice' },
      { ...HQ, userId: 'not an id', firstName: 'X', lastName: 'Y' },
    ];
    const started = await start(gqlOf(b.url), { inputs: rows });
    const followed = follow(b.url, started.id);
    const events = await followed.done;
    const done = await job(gqlOf(a.url), started.id);
    expect(done).toMatchObject({
      state: 'SUCCEEDED',
      total: 60,
      settled: 60,
      succeeded: 58,
      failed: 2,
    });
    expect(done.results?.filter((r) => r.user).map((r) => r.index)).toEqual(
      Array.from({ length: 58 }, (_, i) => i),
    );
    expect(done.results?.slice(58).map((r) => r.code)).toEqual(['CONFLICT', 'BAD_USER_INPUT']);
    // The two invalid rows settle first, at once; then one event per created row, and the end.
    const settledSeen = new Set(events.map((e) => e.settled));
    for (let n = 3; n <= 60; n++) expect(settledSeen.has(n)).toBe(true);
    expect(events.at(-1)).toMatchObject({ state: 'SUCCEEDED', settled: 60 });
    expect(a.output()).toContain('bulk job ended');
    const counts = await created();
    expect(counts.size).toBe(58);
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
  }, 60_000);

  test('the worker killed mid-job: another replica finishes it, each row once, no user twice', async () => {
    const a = await replica();
    const started = await start(gqlOf(a.url), { inputs: users(60, 0, 'kill') });
    for (;;) {
      const now = await job(gqlOf(a.url), started.id);
      if (now.settled >= 15) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    await a.stop('SIGKILL');
    const b = await replica();
    const done = await finished(gqlOf(b.url), started.id, 40_000);
    expect(done).toMatchObject({
      state: 'SUCCEEDED',
      total: 60,
      settled: 60,
      succeeded: 60,
      failed: 0,
    });
    expect(done.results?.map((r) => r.index)).toEqual(Array.from({ length: 60 }, (_, i) => i));
    const counts = await created();
    expect(counts.size).toBe(60);
    expect([...counts.entries()].filter(([, n]) => n > 1)).toEqual([]);
  }, 90_000);

  test('a cancelled job stops within a second; its settled rows stay', async () => {
    const a = await replica();
    const gql = gqlOf(a.url);
    const started = await start(gql, { inputs: users(60, 0, 'cancel') });
    for (;;) {
      if ((await job(gql, started.id)).settled >= 10) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    const cancelled = await gql('mutation($id: ID!) { cancelBulkJob(id: $id) { id state } }', {
      id: started.id,
    });
    expect(cancelled.errors).toBeUndefined();
    await new Promise((r) => setTimeout(r, 1000));
    const after = await job(gql, started.id);
    expect(after.state).toBe('CANCELLED');
    await new Promise((r) => setTimeout(r, 1000));
    const later = await job(gql, started.id);
    expect(later.settled).toBe(after.settled);
    expect(later.settled).toBeLessThan(60);
    expect(later.results).toHaveLength(later.settled);
    expect((await created()).size).toBe(later.succeeded);
  }, 60_000);
});
