import { createHash } from 'node:crypto';
import type Redis from 'ioredis';
import type { Logger } from '../logger';
import type { OdinRequest } from './http';
import { OdinError } from './odin-error';
import type { CacheOutcome, OdinObserver } from './observer';

// Odin GET answers kept for a while, so that reads scale with the layer and not with Odin's
// small call budget. Entries are tagged with what they hold; the layer's own writes bump the
// tags they touch, and an entry whose tags moved is not served. Coalescing makes identical
// GETs in flight one call; an answer kept past its TTL can stand in while Odin is down.

export interface CacheOptions {
  /** How long an answer is served without asking Odin; 0 turns the cache off. */
  ttlMs: number;
  /** How long an answer may stand in while Odin is unavailable. */
  staleMs: number;
  /** In-process store only. */
  maxEntries: number;
}

/** What one operation's Odin reads came from; answered in `extensions.cache`. */
export interface CacheStats {
  cached: number;
  fresh: number;
  coalesced: number;
  stale: number;
}

export const newCacheStats = (): CacheStats => ({ cached: 0, fresh: 0, coalesced: 0, stale: 0 });

interface Stored {
  value: unknown;
  storedAt: number;
  /** The versions of the entry's tags when its read started. */
  versions: Record<string, number>;
}

/** Where entries and tag versions live: this process, or Redis for the fleet. */
export interface CacheStore {
  get(key: string): Promise<Stored | undefined>;
  set(key: string, stored: Stored, keepMs: number): Promise<void>;
  versions(tags: string[]): Promise<Record<string, number>>;
  /** Moves the tags; answers their new versions. */
  bump(tags: string[]): Promise<Record<string, number>>;
  /** Entries held, where the store can tell. */
  readonly size?: number;
}

/** A bounded LRU in this process. */
export class MemoryCacheStore implements CacheStore {
  private readonly entries = new Map<string, { stored: Stored; until: number }>();
  private readonly tagVersions = new Map<string, number>();

  constructor(private readonly maxEntries: number) {}

  get size(): number {
    return this.entries.size;
  }

  async get(key: string): Promise<Stored | undefined> {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.until <= Date.now()) {
      this.entries.delete(key);
      return undefined;
    }
    // Most recently used last.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.stored;
  }

  async set(key: string, stored: Stored, keepMs: number): Promise<void> {
    this.entries.delete(key);
    this.entries.set(key, { stored, until: Date.now() + keepMs });
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
  }

  async versions(tags: string[]): Promise<Record<string, number>> {
    return Object.fromEntries(tags.map((t) => [t, this.tagVersions.get(t) ?? 0]));
  }

  async bump(tags: string[]): Promise<Record<string, number>> {
    for (const t of tags) this.tagVersions.set(t, (this.tagVersions.get(t) ?? 0) + 1);
    return this.versions(tags);
  }
}

/** Entries and tag versions in Redis: every replica sees the others' hits and writes. */
export class RedisCacheStore implements CacheStore {
  private readonly prefix = 'odin-graphql:cache:';
  private readonly tagPrefix = 'odin-graphql:cache-tag:';

  constructor(private readonly redis: Redis) {}

  async get(key: string): Promise<Stored | undefined> {
    const raw = await this.redis.get(this.prefix + key);
    return raw ? (JSON.parse(raw) as Stored) : undefined;
  }

  async set(key: string, stored: Stored, keepMs: number): Promise<void> {
    await this.redis.set(this.prefix + key, JSON.stringify(stored), 'PX', Math.max(1, keepMs));
  }

  async versions(tags: string[]): Promise<Record<string, number>> {
    if (!tags.length) return {};
    const values = await this.redis.mget(...tags.map((t) => this.tagPrefix + t));
    return Object.fromEntries(tags.map((t, i) => [t, Number(values[i] ?? 0)]));
  }

  async bump(tags: string[]): Promise<Record<string, number>> {
    const pipeline = this.redis.pipeline();
    for (const t of tags) pipeline.incr(this.tagPrefix + t);
    const results = (await pipeline.exec()) ?? [];
    const failed = results.find(([err]) => err);
    if (failed) throw failed[0];
    return Object.fromEntries(tags.map((t, i) => [t, Number(results[i]?.[1] ?? 0)]));
  }
}

type Params = Record<string, unknown>;

const isObject = (v: unknown): v is Params =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The ids a request names, from its query and its body. */
function idsOf(req: OdinRequest): { sp?: string; g?: string; u?: string } {
  const p: Params = { ...(isObject(req.body) ? req.body : {}), ...(req.params ?? {}) };
  const s = (v: unknown) => (typeof v === 'string' && v ? v : undefined);
  // `userId=*abc*` is a search filter, not a user.
  const u = s(p.userId);
  return { sp: s(p.serviceProviderId), g: s(p.groupId), u: u?.includes('*') ? undefined : u };
}

/**
 * What an entry holds, from its request. A user's own reads hold `user:<id>` (and, from the
 * answer, `members:<group>`: what the group's devices and numbers show in it); lists and
 * group reads hold `lists` and their group, service provider, or `any` for searches. Every
 * entry holds `all`, which a write that cannot be placed moves.
 */
export function readTags(req: OdinRequest): string[] {
  const { sp, g, u } = idsOf(req);
  if (u && !sp) return ['all', `user:${u}`];
  const tags = ['all', 'lists'];
  // The group itself (name, limits, user count) is apart from what is listed in it.
  if (sp && g) tags.push(req.path === '/groups' ? `groupinfo:${sp}/${g}` : `group:${sp}/${g}`);
  else if (sp) tags.push(`sp:${sp}`);
  else tags.push('any');
  return tags;
}

/**
 * What a write touches: its user, its group's and service provider's lists, searches; a
 * write to the group's own resources (devices, numbers, services) also what its users show.
 * A write known only by its user id moves that user and every list (its group is unknown).
 */
export function writeTags(req: OdinRequest): string[] {
  const { sp, g, u } = idsOf(req);
  if (!sp && !u) return ['all'];
  const tags = ['any'];
  if (u) tags.push(`user:${u}`);
  if (!sp) return [...tags, 'lists'];
  tags.push(`sp:${sp}`);
  if (g) tags.push(`group:${sp}/${g}`);
  // Updating a user changes nothing of the group itself; creating one changes its count.
  if (g && !(req.path === '/users' && req.method === 'PUT')) tags.push(`groupinfo:${sp}/${g}`);
  if (g && !req.path.startsWith('/users')) tags.push(`members:${sp}/${g}`);
  return tags;
}

/** A user's answer also shows its group's devices and numbers. */
function answerTags(value: unknown): string[] {
  const one = Array.isArray(value) ? value[0] : value;
  if (!isObject(one) || typeof one.userId !== 'string') return [];
  const { serviceProviderId: sp, groupId: g } = one;
  return typeof sp === 'string' && typeof g === 'string' && sp && g ? [`members:${sp}/${g}`] : [];
}

// Generators answer something new each time; sessions are not data.
const NEVER = /^\/(password|sip-password|passcode)\/generate$|^\/auth\//;

/** Unavailable, not refused: what a cached answer may stand in for. */
const unavailable = (err: unknown) =>
  err instanceof OdinError &&
  (err.kind === 'timeout' ||
    err.kind === 'network' ||
    (err.kind === 'http' && (err.status === 429 || (err.status ?? 0) >= 500)));

/** How one request reads through the cache. */
export interface CacheView {
  /** Whose answers: a hash of the caller's Odin identity in passthrough, 'service' otherwise. */
  scope: string;
  /** Cache-Control: no-cache: ask Odin, and keep its answer. */
  fresh: boolean;
  /** False for a mutation: its reads may be kept answers, never stale ones. */
  staleOk?: boolean;
  stats: CacheStats;
}

export const scopeOf = (callerToken: string | undefined) =>
  callerToken === undefined
    ? 'service'
    : createHash('sha256').update(callerToken).digest('hex').slice(0, 32);

export class OdinCache {
  private readonly inflight = new Map<string, Promise<unknown>>();

  constructor(
    private readonly store: CacheStore,
    readonly options: CacheOptions,
    private readonly logger: Logger,
    private readonly observer?: OdinObserver,
  ) {}

  get size(): number | undefined {
    return this.store.size;
  }

  /** A GET through the cache; anything else straight to `send`, then its tags moved. */
  async call<T>(req: OdinRequest, view: CacheView, send: () => Promise<T>): Promise<T> {
    if (req.method !== 'GET') {
      let answer: T | undefined;
      try {
        answer = await send();
        return answer;
      } finally {
        // Before the answer goes out: a read anywhere after it sees the write.
        const moved = await this.invalidate(writeTags(req));
        if (moved && answer !== undefined) await this.writeThrough(req, view.scope, answer, moved);
      }
    }
    if (NEVER.test(req.path)) return send();
    const key = keyOf(req, view.scope);
    const tags = readTags(req);
    const stored = await this.store.get(key).catch(() => undefined);
    const current = stored
      ? await this.store.versions(Object.keys(stored.versions)).catch(() => undefined)
      : undefined;
    const valid =
      !!stored && !!current && Object.entries(stored.versions).every(([t, v]) => current[t] === v);
    if (valid && !view.fresh && Date.now() - stored.storedAt < this.options.ttlMs) {
      this.count(view, 'hit');
      return stored.value as T;
    }
    const inFlight = this.inflight.get(key);
    if (inFlight) {
      this.count(view, 'coalesced');
      return inFlight as Promise<T>;
    }
    const read = this.fetch(req, view.scope, key, tags, send);
    this.inflight.set(key, read);
    try {
      const value = (await read) as T;
      this.count(view, view.fresh ? 'bypass' : 'miss');
      return value;
    } catch (err) {
      // Never for a no-cache read, nor inside a mutation: those asked for Odin's truth.
      const old =
        valid &&
        !view.fresh &&
        view.staleOk !== false &&
        Date.now() - stored.storedAt < this.options.staleMs;
      if (old && unavailable(err)) {
        this.count(view, 'stale');
        this.logger.warn(
          { odin: { method: req.method, path: req.path }, ageMs: Date.now() - stored.storedAt },
          'Odin unavailable: a cached answer served instead',
        );
        return stored.value as T;
      }
      throw err;
    } finally {
      this.inflight.delete(key);
    }
  }

  /** The tag versions are taken before the call: a write during it makes the answer stale. */
  private async fetch(
    req: OdinRequest,
    scope: string,
    key: string,
    tags: string[],
    send: () => Promise<unknown>,
  ) {
    const versions = await this.store.versions(tags).catch(() => undefined);
    const value = await send();
    if (versions) {
      const extra = answerTags(value).filter((t) => !(t in versions));
      const more = await this.store.versions(extra).catch(() => undefined);
      if (more)
        await this.store
          .set(
            key,
            { value, storedAt: Date.now(), versions: { ...versions, ...more } },
            this.options.staleMs,
          )
          .catch(() => undefined);
      // Extended lists carry whole users, as a user's own read does.
      const whole = req.params?.extended === true || req.params?.extended === 'true';
      if (req.path === '/users' && whole && Array.isArray(value))
        await this.prime(scope, tags, versions, value);
    }
    return value;
  }

  /**
   * A list of users holds each user's entity: each is kept as that user's own read, so one
   * list warms every user it names. Only when no write moved the list's tags during the
   * call (a write to any of its users would have): then no item can be older than a write.
   */
  private async prime(
    scope: string,
    listTags: string[],
    before: Record<string, number>,
    users: unknown[],
  ): Promise<void> {
    const now = await this.store.versions(listTags).catch(() => undefined);
    if (!now || listTags.some((t) => now[t] !== before[t])) return;
    const storedAt = Date.now();
    await Promise.all(
      users.map(async (user) => {
        if (!isObject(user) || typeof user.userId !== 'string') return;
        const read: OdinRequest = {
          method: 'GET',
          path: '/users',
          params: { userId: user.userId },
        };
        const versions = await this.store.versions([...readTags(read), ...answerTags(user)]);
        await this.store.set(
          keyOf(read, scope),
          { value: user, storedAt, versions },
          this.options.staleMs,
        );
      }),
    ).catch(() => undefined);
  }

  private async invalidate(tags: string[]): Promise<Record<string, number> | undefined> {
    try {
      const moved = await this.store.bump(tags);
      this.observer?.cacheInvalidated?.(tags.length);
      return moved;
    } catch {
      this.logger.warn(
        { tags: tags.length },
        'cache invalidation failed: reads may be stale until the TTL',
      );
      return undefined;
    }
  }

  /**
   * A user's create or update answers the user as it now is: kept as that user's read, so
   * the next read of it is not a miss. Only while no other write has moved its tag since ours.
   */
  private async writeThrough(
    req: OdinRequest,
    scope: string,
    answer: unknown,
    moved: Record<string, number>,
  ): Promise<void> {
    if (req.path !== '/users' || (req.method !== 'PUT' && req.method !== 'POST')) return;
    const user = Array.isArray(answer) ? answer[0] : answer;
    if (!isObject(user) || typeof user.userId !== 'string') return;
    const read: OdinRequest = { method: 'GET', path: '/users', params: { userId: user.userId } };
    const userTag = `user:${user.userId}`;
    try {
      const versions = await this.store.versions([...readTags(read), ...answerTags(user)]);
      if (versions[userTag] !== moved[userTag]) return;
      await this.store.set(
        keyOf(read, scope),
        { value: user, storedAt: Date.now(), versions },
        this.options.staleMs,
      );
    } catch {
      // A cache that is away only costs the next read a call.
    }
  }

  private count(view: CacheView, outcome: CacheOutcome): void {
    this.observer?.cache?.(outcome);
    if (outcome === 'hit') view.stats.cached++;
    else if (outcome === 'coalesced') view.stats.coalesced++;
    else if (outcome === 'stale') view.stats.stale++;
    else view.stats.fresh++;
  }
}

/** The request, normalised: method, path, the query sorted, and whose it is. */
function keyOf(req: OdinRequest, scope: string): string {
  const params = Object.entries(req.params ?? {})
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`)
    .join('&');
  return `${scope}:${req.method} ${req.path}?${params}`;
}
