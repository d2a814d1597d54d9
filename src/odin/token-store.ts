import { createHash, randomUUID } from 'node:crypto';
import type Redis from 'ioredis';

export interface IssuedToken {
  token: string;
  /** Epoch ms, when Odin said; Odin does not document a lifetime. */
  expiresAt?: number;
}

/**
 * A token as a replica holds it. `refreshAt` is absent when Odin gave no expiry: such a
 * token is used until Odin refuses it. (Not Infinity: it must survive JSON in Redis.)
 */
export interface HeldToken extends IssuedToken {
  refreshAt?: number;
}

/** Time to refresh: only for a token whose expiry is known. */
export const dueForRefresh = (t: HeldToken, now = Date.now()): boolean =>
  t.refreshAt !== undefined && now >= t.refreshAt;

/** The service account's session, kept where every replica sees it. */
export interface TokenStore {
  get(): Promise<HeldToken | undefined>;
  put(token: HeldToken): Promise<void>;
  /** True when this replica may log in; another one holds the lock otherwise. */
  lock(): Promise<boolean>;
  unlock(): Promise<void>;
  /** Forgets the token, if it is still this one (Odin refused it). */
  discard(token: string): Promise<void>;
}

// Deletes the key only if it still holds the value: no replica removes another's fresh token
// or lock.
const DELETE_IF = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) else return 0 end`;

export class RedisTokenStore implements TokenStore {
  private readonly key: string;
  private readonly lockKey: string;
  private readonly me = randomUUID();

  constructor(
    private readonly redis: Redis,
    baseUrl: string,
    username: string,
  ) {
    // Hashed: the key names neither the account nor where it logs in.
    const id = createHash('sha256')
      .update(`${baseUrl}\u0000${username}`)
      .digest('hex')
      .slice(0, 32);
    this.key = `odin-graphql:token:${id}`;
    this.lockKey = `${this.key}:lock`;
  }

  async get(): Promise<HeldToken | undefined> {
    const raw = await this.redis.get(this.key);
    return raw ? (JSON.parse(raw) as HeldToken) : undefined;
  }

  async put(token: HeldToken): Promise<void> {
    const ttlMs =
      token.expiresAt === undefined ? 12 * 3600_000 : Math.max(1000, token.expiresAt - Date.now());
    await this.redis.set(this.key, JSON.stringify(token), 'PX', ttlMs);
  }

  async lock(): Promise<boolean> {
    return (await this.redis.set(this.lockKey, this.me, 'PX', 15_000, 'NX')) === 'OK';
  }

  async unlock(): Promise<void> {
    await this.redis.eval(DELETE_IF, 1, this.lockKey, this.me);
  }

  async discard(token: string): Promise<void> {
    const raw = await this.redis.get(this.key);
    if (raw && (JSON.parse(raw) as IssuedToken).token === token)
      await this.redis.eval(DELETE_IF, 1, this.key, raw);
  }
}
