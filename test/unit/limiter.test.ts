import { setTimeout as sleep } from 'node:timers/promises';
import { LocalLimiter } from '../../src/odin/limiter';

const expired = () => new Error('expired');

test('never more than maxConcurrency at once, first come first served', async () => {
  const limiter = new LocalLimiter({ maxConcurrency: 3, ratePerSecond: 1000, guardMs: 0 });
  let running = 0;
  let most = 0;
  const order: number[] = [];
  await Promise.all(
    Array.from({ length: 12 }, (_, i) =>
      limiter.run(
        async () => {
          order.push(i);
          most = Math.max(most, ++running);
          await sleep(10);
          running--;
        },
        Date.now() + 5000,
        expired,
      ),
    ),
  );
  expect(most).toBe(3);
  expect(order).toEqual([...order].sort((a, b) => a - b));
});

test('no sliding second holds more than the rate, and the rate is used', async () => {
  const limiter = new LocalLimiter({ maxConcurrency: 50, ratePerSecond: 20, guardMs: 25 });
  const starts: number[] = [];
  const began = Date.now();
  await Promise.all(
    Array.from({ length: 41 }, () =>
      limiter.run(async () => void starts.push(Date.now()), Date.now() + 10_000, expired),
    ),
  );
  starts.sort((a, b) => a - b);
  for (let i = 20; i < starts.length; i++)
    expect(starts[i] - starts[i - 20]).toBeGreaterThanOrEqual(1000);
  // Two full windows of 20 after the first 20: a little over two seconds.
  expect(Date.now() - began).toBeLessThan(2400);
});

test('a call still queued at its deadline is never run', async () => {
  const limiter = new LocalLimiter({ maxConcurrency: 1, ratePerSecond: 100, guardMs: 0 });
  const ran: string[] = [];
  const slow = limiter.run(
    async () => {
      ran.push('slow');
      await sleep(100);
    },
    Date.now() + 1000,
    expired,
  );
  const late = limiter.run(async () => void ran.push('late'), Date.now() + 20, expired);
  await expect(late).rejects.toThrow('expired');
  await slow;
  await sleep(20);
  expect(ran).toEqual(['slow']);
  expect(limiter.queued).toBe(0);
});

test('a call still being written holds the window: the next leaves a second after it is written', async () => {
  const limiter = new LocalLimiter({ maxConcurrency: 5, ratePerSecond: 1, guardMs: 0 });
  const began = Date.now();
  let written = 0;
  const first = limiter.run(
    async (slot) => {
      // Its request reaches the wire only after 1.2 s (a slow connection, a busy loop).
      await sleep(1200);
      written = Date.now();
      slot.at = written;
    },
    began + 10_000,
    expired,
  );
  let second = 0;
  await Promise.all([
    first,
    limiter.run(async () => void (second = Date.now()), began + 10_000, expired),
  ]);
  expect(second - written).toBeGreaterThanOrEqual(1000);
});

test('a call that ends unwritten (never sent) does not hold the window for ever', async () => {
  const limiter = new LocalLimiter({ maxConcurrency: 5, ratePerSecond: 1, guardMs: 0 });
  const began = Date.now();
  await expect(
    limiter.run(async () => Promise.reject(new Error('refused')), began + 5000, expired),
  ).rejects.toThrow('refused');
  let second = 0;
  await limiter.run(async () => void (second = Date.now()), began + 5000, expired);
  // Counted from its admission, as a call Odin may have seen.
  expect(second - began).toBeGreaterThanOrEqual(1000);
  expect(second - began).toBeLessThan(1500);
});
