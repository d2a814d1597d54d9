import { print } from 'graphql';
import { GetUserDocument, LoginDocument, UpdateUserDocument } from '../generated/graphql';
import { DEMO_ACCOUNT } from '../../src/sandbox';
import { type Fleet, startFleet } from '../helpers/fleet';
import { describeWithRedis } from '../helpers/processes';
import { type Stack, expectData, expectError, startStack } from '../helpers/stack';

const ALICE = 'alice.adams@hq.acme.example';

/** A read of Alice with the answer's extensions. */
async function readAlice(stack: Stack, headers: Record<string, string> = {}) {
  const response = await fetch(stack.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: print(GetUserDocument), variables: { userId: ALICE } }),
  });
  return (await response.json()) as {
    data?: { user: { title: string | null } | null };
    errors?: Array<{ extensions: { code: string } }>;
    extensions?: { cache?: Record<string, number>; stale?: boolean };
  };
}

const userReads = (stack: Stack) =>
  stack.sandbox.app.calls('GET', '/users').filter((r) => r.query.userId === ALICE);

describe('the entity cache, in one process', () => {
  let stack: Stack;
  afterEach(() => stack.close());

  test('a repeated read within the TTL is one Odin call; after updateUser the change, from the update’s own answer', async () => {
    stack = await startStack({ env: { ODIN_CACHE_TTL_MS: '15000' } });
    const first = await readAlice(stack);
    expect(first.extensions?.cache).toEqual({ cached: 0, fresh: 1, coalesced: 0 });
    const second = await readAlice(stack);
    expect(second.extensions?.cache).toEqual({ cached: 1, fresh: 0, coalesced: 0 });
    expect(userReads(stack)).toHaveLength(1);

    expectData(await stack.gql(UpdateUserDocument, { input: { userId: ALICE, title: 'Chief' } }));
    const after = await readAlice(stack);
    expect(after.data?.user?.title).toBe('Chief');
    // The update found Alice's ids in the cache, and its answer (Alice as she now is) was
    // kept after the write moved her tag: the read after it needs no call at all.
    expect(userReads(stack).length).toBe(1);
    expect(after.extensions?.cache).toEqual({ cached: 1, fresh: 0, coalesced: 0 });
    // Changed behind the layer's back, then updated through it: the update's answer wins.
    stack.sandbox.directory.user(ALICE).title = 'Portal';
    expectData(
      await stack.gql(UpdateUserDocument, { input: { userId: ALICE, extension: '1099' } }),
    );
    expect((await readAlice(stack)).data?.user?.title).toBe('Portal');
  });

  test('a list of users warms each user’s own read', async () => {
    stack = await startStack({ env: { ODIN_CACHE_TTL_MS: '15000' } });
    const list = await fetch(stack.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: '{ users(serviceProviderId: "acme.sp", groupId: "acme.hq") { userId } }',
      }),
    });
    expect(((await list.json()) as { data: { users: unknown[] } }).data.users.length).toBe(6);
    const alice = await readAlice(stack);
    expect(alice.data?.user?.title).toBe('Sales Lead');
    expect(alice.extensions?.cache).toEqual({ cached: 1, fresh: 0, coalesced: 0 });
    expect(userReads(stack)).toHaveLength(0);
  });

  test('50 concurrent identical reads make one Odin call', async () => {
    stack = await startStack({ env: { ODIN_CACHE_TTL_MS: '15000' } });
    stack.sandbox.app.faults.chaos = { latencyMs: 100 };
    const answers = await Promise.all(Array.from({ length: 50 }, () => readAlice(stack)));
    expect(answers.every((a) => a.data?.user)).toBe(true);
    expect(userReads(stack)).toHaveLength(1);
    const coalesced = answers.reduce((n, a) => n + (a.extensions?.cache?.coalesced ?? 0), 0);
    expect(coalesced).toBe(49);
  });

  test('Cache-Control: no-cache reads Odin, and refreshes the cache', async () => {
    stack = await startStack({ env: { ODIN_CACHE_TTL_MS: '15000' } });
    await readAlice(stack);
    // Changed behind the layer's back: only a no-cache read sees it before the TTL.
    stack.sandbox.directory.user(ALICE).title = 'Changed in the portal';
    expect((await readAlice(stack)).data?.user?.title).toBe('Sales Lead');
    const fresh = await readAlice(stack, { 'cache-control': 'no-cache' });
    expect(fresh.data?.user?.title).toBe('Changed in the portal');
    expect(fresh.extensions?.cache).toEqual({ cached: 0, fresh: 1, coalesced: 0 });
    expect((await readAlice(stack)).data?.user?.title).toBe('Changed in the portal');
    expect(userReads(stack)).toHaveLength(2);
  });

  test('Odin down: a kept answer stands in (extensions.stale); an uncached read is ODIN_UNAVAILABLE', async () => {
    stack = await startStack({
      env: { ODIN_CACHE_TTL_MS: '100', ODIN_CACHE_STALE_MS: '60000', ODIN_TIMEOUT_MS: '500' },
    });
    await readAlice(stack);
    await new Promise((r) => setTimeout(r, 150));
    stack.sandbox.app.faults.chaos = { errorShare: 1, errorStatus: 503 };
    const stale = await readAlice(stack);
    expect(stale.errors).toBeUndefined();
    expect(stale.data?.user?.title).toBe('Sales Lead');
    expect(stale.extensions?.stale).toBe(true);
    expect(stack.logs.join('')).toContain('Odin unavailable: a cached answer served instead');
    expectError(
      await stack.gql(GetUserDocument, { userId: 'bob.baker@hq.acme.example' }),
      'ODIN_UNAVAILABLE',
    );
    // A mutation is never answered from the cache.
    expectError(
      await stack.gql(UpdateUserDocument, { input: { userId: ALICE, title: 'x' } }),
      'ODIN_UNAVAILABLE',
    );
    const metrics = await (await fetch(`${stack.origin}/metrics`)).text();
    expect(metrics).toContain('odin_cache_requests_total{outcome="stale",instance="default"} 1');
  });

  test('passthrough: caller B never gets caller A’s cached answer', async () => {
    stack = await startStack({
      env: { ODIN_AUTH_MODE: 'passthrough', ODIN_CACHE_TTL_MS: '15000' },
    });
    const a = expectData(await stack.gql(LoginDocument, DEMO_ACCOUNT)).login.token;
    const b = expectData(await stack.gql(LoginDocument, DEMO_ACCOUNT)).login.token;
    expect(a).not.toBe(b);
    await readAlice(stack, { authorization: `Bearer ${a}` });
    await readAlice(stack, { authorization: `Bearer ${a}` });
    const forB = await readAlice(stack, { authorization: `Bearer ${b}` });
    expect(forB.extensions?.cache).toEqual({ cached: 0, fresh: 1, coalesced: 0 });
    expect(userReads(stack).map((r) => r.token)).toEqual([a, b]);
    // Without a token nothing is served, cached or not.
    const none = await readAlice(stack);
    expect(none.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });
});

describeWithRedis('the entity cache shared through Redis', () => {
  let fleet: Fleet;
  beforeAll(async () => {
    fleet = await startFleet({ ODIN_RATE_LIMIT_PER_SECOND: '500', ODIN_MAX_CONCURRENCY: '10' });
  }, 30_000);
  afterAll(() => fleet?.stop());

  test('a write on one replica, a read on the other: 100 rounds, never the old value', async () => {
    const [a, b] = fleet.layers;
    const read = `query { user(userId: "${ALICE}") { title } }`;
    const list = '{ users(serviceProviderId: "acme.sp", groupId: "acme.hq") { userId title } }';
    const inList = async () =>
      ((await b.gql(list)).data?.users as Array<{ userId: string; title: string }>).find(
        (u) => u.userId === ALICE,
      )?.title;
    // Warm both: the old value is cached everywhere.
    await a.gql(read);
    await b.gql(read);
    await inList();
    const lists = async () =>
      (await fleet.odin.requests()).filter((r) => r.path === '/users' && r.query.groupId).length;
    const listsBefore = await lists();
    const stale: number[] = [];
    const staleInList: number[] = [];
    for (let i = 0; i < 100; i++) {
      const title = `Round ${i}`;
      const wrote = await a.gql(
        'mutation($t: String) { updateUser(input: { userId: "alice.adams@hq.acme.example", title: $t }) { title } }',
        { t: title },
      );
      expect(wrote.errors).toBeUndefined();
      const got = await b.gql(read);
      if ((got.data?.user as { title: string }).title !== title) stale.push(i);
      if ((await inList()) !== title) staleInList.push(i);
    }
    expect(stale).toEqual([]);
    expect(staleInList).toEqual([]);
    // The group's list stood through the updates: each showed Alice from her own entry.
    expect(await lists()).toBe(listsBefore);
    // Between writes the replicas share hits: B's reads after the first one of a round are hits.
    const calls = (await fleet.odin.requests()).filter(
      (r) => r.method === 'GET' && r.path === '/users',
    );
    await b.gql(read);
    await a.gql(read);
    const after = (await fleet.odin.requests()).filter(
      (r) => r.method === 'GET' && r.path === '/users',
    );
    expect(after.length).toBe(calls.length);
  }, 60_000);
});
