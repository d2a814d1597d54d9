import pino from 'pino';
import { type CacheView, OdinCache, newCacheStats } from '../../src/odin/cache';
import { MemoryCacheStore } from '../../src/odin/cache-store';
import type { OdinRequest } from '../../src/odin/http';
import { LocalLimiter } from '../../src/odin/limiter';

const hq = { serviceProviderId: 'acme.sp', groupId: 'acme.hq' };
const list: OdinRequest = {
  method: 'GET',
  path: '/users',
  params: { ...hq, limit: 1000, extended: true },
};
const aliceRead: OdinRequest = { method: 'GET', path: '/users', params: { userId: 'alice' } };
const user = (userId: string, title: string) => ({ ...hq, userId, title, lastName: userId });
const update = (title: string): OdinRequest => ({
  method: 'PUT',
  path: '/users',
  body: { ...hq, userId: 'alice', title },
});

/** A cache over a fake Odin holding Alice and Bob; every call it gets is recorded. */
function setup(ttlMs = 15_000) {
  const odin = { alice: user('alice', 'Old'), bob: user('bob', 'Bob') };
  const sent: OdinRequest[] = [];
  const state = { loseAnswers: false };
  let gate: Promise<void> | undefined;
  const send = async (req: OdinRequest): Promise<unknown> => {
    sent.push(req);
    if (req.method === 'PUT') {
      odin.alice = { ...odin.alice, title: (req.body as { title: string }).title };
      if (state.loseAnswers) throw new Error('answer lost');
      return [odin.alice];
    }
    const answer = req.params?.userId === 'alice' ? odin.alice : [odin.alice, odin.bob];
    await gate;
    return answer;
  };
  const cache = new OdinCache(
    new MemoryCacheStore(100),
    { ttlMs, staleMs: 300_000, maxEntries: 100 },
    pino({ level: 'silent' }),
  );
  const view = (): CacheView => ({ scope: 'service', fresh: false, stats: newCacheStats() });
  return {
    odin,
    sent,
    set loseAnswers(v: boolean) {
      state.loseAnswers = v;
    },
    call: (req: OdinRequest) => cache.call(req, view(), send),
    /** Holds every GET until the returned function is called. */
    hold: () => {
      let open = () => undefined as void;
      gate = new Promise<void>((resolve) => (open = resolve));
      return () => {
        gate = undefined;
        open();
      };
    },
  };
}

const titleOf = (users: unknown, id: string) =>
  (users as Array<{ userId: string; title: string }>).find((u) => u.userId === id)?.title;

describe('a group’s whole list of users through the layer’s updates', () => {
  test('after an update the kept list shows the user as updated, with no new call', async () => {
    const c = setup();
    expect(titleOf(await c.call(list), 'alice')).toBe('Old');
    await c.call(update('New'));
    expect(titleOf(await c.call(list), 'alice')).toBe('New');
    expect(titleOf(await c.call(list), 'bob')).toBe('Bob');
    expect(c.sent.map((r) => r.method)).toEqual(['GET', 'PUT']);
  });

  test('an updated user without a current entry of its own: the list is read again', async () => {
    const c = setup();
    await c.call(list);
    // Odin takes the update but its answer is lost: nothing shows Alice as she now is.
    c.loseAnswers = true;
    await expect(c.call(update('New'))).rejects.toThrow('answer lost');
    const after = await c.call(list);
    expect(titleOf(after, 'alice')).toBe('New');
    expect(c.sent.map((r) => r.method)).toEqual(['GET', 'PUT', 'GET']);
  });

  test('a user updated while the list was being read is not kept from the list', async () => {
    const c = setup();
    const open = c.hold();
    const reading = c.call(list);
    await new Promise((r) => setImmediate(r));
    // The list left with Alice as 'Old'; she is updated before it comes back.
    await c.call(update('New'));
    open();
    expect(titleOf(await reading, 'alice')).toBe('Old');
    // Alice's own entry is the update's answer, not the list's older item; the kept list
    // shows her updated too.
    expect(((await c.call(aliceRead)) as { title: string }).title).toBe('New');
    expect(titleOf(await c.call(list), 'alice')).toBe('New');
    expect(c.sent.filter((r) => r.method === 'GET')).toHaveLength(1);
  });
});

/** The refresh runs behind the answer: let it leave. */
const settle = () => new Promise((r) => setTimeout(r, 20));

describe('refresh ahead', () => {
  test('a hit past half the TTL reads again behind the answer, ahead of the queue', async () => {
    const c = setup(400);
    await c.call(aliceRead);
    await new Promise((r) => setTimeout(r, 250));
    expect(((await c.call(aliceRead)) as { title: string }).title).toBe('Old');
    await settle();
    expect(c.sent).toHaveLength(2);
    expect(c.sent[1]).toMatchObject({ ...aliceRead, urgent: true });
    await new Promise((r) => setTimeout(r, 250));
    // 500 ms after the first read, still a hit: the refresh renewed it.
    await c.call(aliceRead);
    expect(c.sent).toHaveLength(2);
  });

  test('a user kept from a list is refreshed by reading the list again', async () => {
    const c = setup(400);
    await c.call(list);
    await new Promise((r) => setTimeout(r, 250));
    await c.call(aliceRead);
    await settle();
    expect(c.sent).toHaveLength(2);
    expect(c.sent[1]).toMatchObject({ ...list, urgent: true });
  });
});

describe('the limiter’s urgent calls', () => {
  test('wait ahead of the others, in their own order', async () => {
    const limiter = new LocalLimiter({ maxConcurrency: 1, ratePerSecond: 1000, guardMs: 0 });
    const order: string[] = [];
    let release = () => undefined as void;
    const busy = limiter.run(
      () => new Promise<void>((r) => (release = r)),
      Date.now() + 5000,
      () => new Error('expired'),
    );
    const queue = (name: string, urgent: boolean) =>
      limiter.run(
        async () => void order.push(name),
        Date.now() + 5000,
        () => new Error('expired'),
        urgent,
      );
    const all = [queue('a', false), queue('b', false), queue('u1', true), queue('u2', true)];
    await new Promise((r) => setImmediate(r));
    release();
    await Promise.all([busy, ...all]);
    expect(order).toEqual(['u1', 'u2', 'a', 'b']);
  });
});
