import net from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import Redis from 'ioredis';
import { createLogger } from '../../src/app/logger';
import { FleetLimiter } from '../../src/odin/fleet-limiter';
import { redisOptions } from '../../src/app/redis';
import { describeWithRedis, freePort, type RedisServer, startRedis } from '../helpers/processes';

/**
 * A TCP relay to Redis that tells its client of a lost Redis only `delayMs` later: the
 * limiter's own connection then learns of the loss after Bottleneck's connections have
 * begun to reconnect (the order is a race in production).
 */
async function lateRelay(redisUrl: string, delayMs: number) {
  const target = Number(new URL(redisUrl).port);
  const port = await freePort();
  const server = net.createServer((client) => {
    const upstream = net.connect(target, '127.0.0.1');
    client.pipe(upstream);
    upstream.pipe(client, { end: false });
    upstream.on('close', () => setTimeout(() => client.destroy(), delayMs));
    client.on('close', () => upstream.destroy());
    client.on('error', () => undefined);
    upstream.on('error', () => undefined);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { url: `redis://127.0.0.1:${port}`, close: () => server.close() };
}

const within = <T>(promise: Promise<T>, ms: number) =>
  Promise.race([promise, sleep(ms).then(() => 'no answer' as const)]);

describeWithRedis('the fleet limiter when Redis dies', () => {
  let redis: RedisServer;
  let relay: Awaited<ReturnType<typeof lateRelay>>;
  let client: Redis;

  beforeAll(async () => {
    redis = await startRedis();
    relay = await lateRelay(redis.url, 500);
    const { url, ...options } = redisOptions(relay.url);
    client = new Redis(url, options);
    client.on('error', () => undefined);
    await client.connect();
  });

  afterAll(async () => {
    client.disconnect();
    relay.close();
    await redis.stop();
  });

  test('a call running on the shared budget is answered when it ends; the ones waiting go local when the loss is known', async () => {
    const limiter = new FleetLimiter(
      client,
      {
        id: 'relay',
        redisUrl: redis.url,
        replicas: 2,
        maxConcurrency: 1,
        ratePerSecond: 10,
        guardMs: 0,
        callTimeoutMs: 5000,
      },
      createLogger('silent'),
    );
    const deadline = Date.now() + 5000;
    const expired = () => new Error('expired');
    let started!: () => void;
    const running = new Promise<void>((resolve) => (started = resolve));
    const first = limiter.run(
      async () => {
        started();
        await sleep(1000);
        return 'first';
      },
      deadline,
      expired,
    );
    // Waits behind the first for the fleet's one concurrency slot.
    const second = limiter.run(async () => 'second', deadline, expired);
    await running;
    await redis.stop();
    // Made while Bottleneck's connections wait to reconnect (first retry at 200 ms, next at
    // 600): its submission waits in their queue, which the loss known at 500 ms strands.
    await sleep(350);
    const third = limiter.run(async () => 'third', deadline, expired);
    // The waiting ones go through the local limiter once the loss is known; the first ends
    // 1 s after it started. None waits for Bottleneck's bookkeeping in a dead Redis.
    expect(await within(second, 1000)).toBe('second');
    expect(await within(third, 1000)).toBe('third');
    expect(await within(first, 1000)).toBe('first');
    expect(limiter.queued).toBe(0);
    await redis.start();
  }, 10_000);
});
