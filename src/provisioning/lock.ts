import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type Redis from 'ioredis';

/**
 * Mutual exclusion per key: in this process, and across replicas when Redis is given. A
 * key's reservations (values an owner, such as a provisioning job, has planned to take) are
 * kept beside it, read and made under the lock.
 */
export interface KeyLock {
  withLock<T>(key: string, fn: () => Promise<T>): Promise<T>;
  /** Values reserved under the key, each with its owner. */
  reservations(key: string): Promise<Map<string, string>>;
  reserve(key: string, owner: string, values: string[]): Promise<void>;
  /** Drops the owner's reservations of these values, or all of them. */
  release(key: string, owner: string, values?: string[]): Promise<void>;
}

/** How long a reservation outlives its owner's last word (a job that died and is not taken over). */
const RESERVATION_MS = 3_600_000;

// Deletes the key only if this holder still owns it, so a late release frees nobody else's.
const RELEASE = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) else return 0 end`;
const RENEW = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) else return 0 end`;

export class GroupLocks implements KeyLock {
  /** The tail of each key's queue in this process. */
  private readonly tails = new Map<string, Promise<unknown>>();
  /** Without Redis: each key's reservations, value → owner. */
  private readonly reserved = new Map<string, Map<string, string>>();

  constructor(
    private readonly redis?: Redis,
    private readonly leaseMs = 30_000,
    private readonly waitMs = 60_000,
  ) {}

  async withLock<T>(key: string, fn: () => Promise<T>): Promise<T> {
    // In-process first: callers of one replica queue here, not on Redis.
    const before = this.tails.get(key) ?? Promise.resolve();
    let release = () => undefined as void;
    const mine = new Promise<void>((resolve) => (release = resolve));
    const tail = before.then(() => mine);
    this.tails.set(key, tail);
    await before.catch(() => undefined);
    try {
      return this.redis ? await this.fleetWide(key, fn) : await fn();
    } finally {
      release();
      if (this.tails.get(key) === tail) this.tails.delete(key);
    }
  }

  private reservationKey = (key: string) => `odin-graphql:reserved:${key}`;

  async reservations(key: string): Promise<Map<string, string>> {
    if (!this.redis) return new Map(this.reserved.get(key));
    return new Map(Object.entries(await this.redis.hgetall(this.reservationKey(key))));
  }

  async reserve(key: string, owner: string, values: string[]): Promise<void> {
    if (!values.length) return;
    if (!this.redis) {
      const map = this.reserved.get(key) ?? new Map<string, string>();
      for (const v of values) map.set(v, owner);
      this.reserved.set(key, map);
      return;
    }
    const name = this.reservationKey(key);
    await this.redis
      .multi()
      .hset(name, Object.fromEntries(values.map((v) => [v, owner])))
      .pexpire(name, RESERVATION_MS)
      .exec();
  }

  async release(key: string, owner: string, values?: string[]): Promise<void> {
    const now = await this.reservations(key);
    const mine = [...now].filter(([v, o]) => o === owner && (!values || values.includes(v)));
    if (!mine.length) return;
    if (!this.redis) {
      const map = this.reserved.get(key);
      for (const [v] of mine) map?.delete(v);
      if (map && !map.size) this.reserved.delete(key);
      return;
    }
    await this.redis.hdel(this.reservationKey(key), ...mine.map(([v]) => v));
  }

  /** A Redis lease, renewed while held; Redis away: the in-process lock alone. */
  private async fleetWide<T>(key: string, fn: () => Promise<T>): Promise<T> {
    const redis = this.redis as Redis;
    const name = `odin-graphql:lock:${key}`;
    const me = randomUUID();
    const giveUpAt = Date.now() + this.waitMs;
    for (;;) {
      const got = await redis.set(name, me, 'PX', this.leaseMs, 'NX').catch(() => 'away');
      if (got === 'away') return fn();
      if (got === 'OK') break;
      if (Date.now() > giveUpAt) throw new Error(`the lock ${key} stayed taken`);
      await sleep(25 + Math.random() * 25);
    }
    const renew = setInterval(
      () => void redis.eval(RENEW, 1, name, me, this.leaseMs).catch(() => undefined),
      this.leaseMs / 3,
    );
    try {
      return await fn();
    } finally {
      clearInterval(renew);
      await redis.eval(RELEASE, 1, name, me).catch(() => undefined);
    }
  }
}

/** A lock whose keys live in their own space (an Odin instance's): the default keeps the bare keys. */
export function lockWithin(lock: KeyLock, instance: string): KeyLock {
  if (instance === 'default') return lock;
  const k = (key: string) => `${instance}\u0000${key}`;
  return {
    withLock: (key, fn) => lock.withLock(k(key), fn),
    reservations: (key) => lock.reservations(k(key)),
    reserve: (key, owner, values) => lock.reserve(k(key), owner, values),
    release: (key, owner, values) => lock.release(k(key), owner, values),
  };
}
