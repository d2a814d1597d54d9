import { type Fleet, ready, startFleet } from '../helpers/fleet';
import { describeWithRedis, type LayerProcess } from '../helpers/processes';
import { busiestSecond } from '../helpers/stack';

const read = (layer: LayerProcess, n: number) =>
  layer.gql('query($u: ID!) { user(userId: $u) { userId } }', { u: `fleet.${n}@hq.acme.example` });

/** `count` reads spread over both replicas at once; every answer must be free of errors. */
async function spread(layers: LayerProcess[], from: number, count: number) {
  const answers = await Promise.all(
    Array.from({ length: count }, (_, i) => read(layers[i % layers.length], from + i)),
  );
  return answers.filter((a) => a.errors?.length);
}

describeWithRedis('a fleet of two replicas sharing Redis', () => {
  let fleet: Fleet;
  let odin: Fleet['odin'];
  let redis: Fleet['redis'];
  let layers: LayerProcess[];

  beforeAll(async () => {
    fleet = await startFleet({ ODIN_RATE_LIMIT_PER_SECOND: '10', ODIN_MAX_CONCURRENCY: '4' });
    ({ odin, redis, layers } = fleet);
  }, 30_000);

  afterAll(() => fleet?.stop());

  test('80 operations over both: no second above 10 calls at Odin, one login for the fleet; one replica alone uses more than its share', async () => {
    // Both replicas logged in at start, through Redis: one login for the fleet.
    expect((await odin.requests()).filter((r) => r.path === '/auth/token')).toHaveLength(1);
    // What the 80 operations put on Odin, apart from the start-up checks above.
    await odin.clear();
    expect(await spread(layers, 0, 80)).toEqual([]);
    const calls = await odin.requests();
    expect(calls.filter((r) => r.path === '/auth/token')).toHaveLength(0);
    expect(calls.filter((r) => r.path === '/users')).toHaveLength(80);
    expect(busiestSecond(calls.map((r) => r.at))).toBeLessThanOrEqual(10);

    // The budget is shared, not split: one replica alone may use more than its share of 5.
    await odin.clear();
    expect(await spread([layers[0]], 1000, 40)).toEqual([]);
    const alone = (await odin.requests()).filter((r) => r.path === '/users');
    expect(alone).toHaveLength(40);
    const busiest = busiestSecond(alone.map((r) => r.at));
    expect(busiest).toBeGreaterThan(6);
    expect(busiest).toBeLessThanOrEqual(10);
  }, 30_000);

  test('Redis stopped mid-run: operations still succeed, each replica at its share; restarted: shared limiting resumes', async () => {
    await odin.clear();
    const during = spread(layers, 100, 30);
    await new Promise((r) => setTimeout(r, 700));
    await redis.stop();
    expect(await during).toEqual([]);
    // Without Redis each replica keeps to its share: 5 a second each.
    expect(await spread(layers, 200, 20)).toEqual([]);
    for (const layer of layers) expect(layer.output()).toContain('Redis lost');
    await odin.clear();
    expect(await spread([layers[0]], 250, 20)).toEqual([]);
    const alone = (await odin.requests()).filter((r) => r.path === '/users');
    expect(alone).toHaveLength(20);
    expect(busiestSecond(alone.map((r) => r.at))).toBeLessThanOrEqual(5);

    await redis.start();
    for (const layer of layers) await ready(layer);
    await odin.clear();
    expect(await spread(layers, 300, 40)).toEqual([]);
    const calls = (await odin.requests()).filter((r) => r.path === '/users');
    expect(calls).toHaveLength(40);
    expect(busiestSecond(calls.map((r) => r.at))).toBeLessThanOrEqual(10);
    for (const layer of layers)
      expect(layer.output().match(/shared through Redis/g)?.length).toBeGreaterThanOrEqual(2);
  }, 60_000);
});

describeWithRedis('a fleet whose Odin answers tokens without an expiry', () => {
  let fleet: Fleet;

  beforeAll(async () => {
    fleet = await startFleet(
      { ODIN_RATE_LIMIT_PER_SECOND: '50' },
      { SANDBOX_TOKEN_EXPIRY: 'none' },
    );
  }, 30_000);

  afterAll(() => fleet?.stop());

  test('defect: a fleet token without a known expiry is never shared', async () => {
    expect(await spread(fleet.layers, 500, 40)).toEqual([]);
    const auth = (await fleet.odin.requests()).filter((r) => r.path === '/auth/token');
    // One login for the fleet (at start, through Redis) and no refresh since.
    expect(auth.map((r) => r.method)).toEqual(['POST']);
  }, 30_000);
});
