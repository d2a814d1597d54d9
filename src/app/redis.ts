import type Redis from 'ioredis';
import type { RedisOptions } from 'ioredis';

/** Commands fail fast while Redis is away, so callers fall back instead of waiting. */
export function redisOptions(url: string): RedisOptions & { url: string } {
  return {
    url,
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 2000,
    retryStrategy: (times) => Math.min(times * 200, 2000),
  };
}

/** Connects, or throws a clear error naming the URL (without its password). */
export async function connectRedis(url: string): Promise<Redis> {
  const { url: _url, ...options } = redisOptions(url);
  // Loaded only with REDIS_URL: a single process does not carry the client (~6 MB).
  const { default: RedisClient } = await import('ioredis');
  const client = new RedisClient(url, options);
  client.on('error', () => undefined); // reported through status and readiness, not as crashes
  try {
    await client.connect();
    await client.ping();
    return client;
  } catch (err) {
    client.disconnect();
    const where = new URL(url);
    where.password = '';
    throw new Error(
      `REDIS_URL is set but Redis does not answer at ${where.toString()}: ${err instanceof Error ? err.message : String(err)}`,
    );
  }
}

/** Apollo's persisted-query cache in Redis; a missing Redis is a cache miss, not an error. */
export class RedisQueryCache {
  constructor(
    private readonly client: Redis,
    private readonly prefix: string,
  ) {}

  async get(key: string): Promise<string | undefined> {
    return (await this.client.get(this.prefix + key).catch(() => null)) ?? undefined;
  }

  async set(key: string, value: string, options?: { ttl?: number | null }): Promise<void> {
    const ttl = options?.ttl;
    await (
      ttl
        ? this.client.set(this.prefix + key, value, 'EX', ttl)
        : this.client.set(this.prefix + key, value)
    ).catch(() => undefined);
  }

  async delete(key: string): Promise<boolean> {
    return (await this.client.del(this.prefix + key).catch(() => 0)) > 0;
  }
}
