import { createHash } from 'node:crypto';
import type { Logger } from '../app/logger';
import type { OdinRequest } from './http';
import { OdinError } from './odin-error';
import type { CacheOutcome, OdinObserver } from './observer';
import type { CacheStore, Edit, Stored } from './cache-store';
import {
  type Params,
  answerTags,
  editOf,
  isObject,
  readTags,
  wholeUserList,
  writeTags,
} from './cache-tags';

// Odin GET answers kept for a while, so that reads scale with the layer and not with Odin's
// small call budget. Entries are tagged with what they hold; the layer's own writes bump the
// tags they touch, and an entry whose tags moved is not served. A group's whole list of users
// outlives updates of its users: the users updated since it was read are shown from their own
// entries. Coalescing makes identical GETs in flight one call; an entry read past half its TTL
// is refreshed behind the answer, ahead of Odin's queue; an answer kept past its TTL can stand
// in while Odin is down.

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

// Generators answer something new each time; sessions are not data.
const NEVER = /^\/(password|sip-password|passcode)\/generate$|^\/auth\//;

/** Unavailable, not refused: what a cached answer may stand in for. */
const unavailable = (err: unknown) => err instanceof OdinError && err.unavailable;

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

type Send<T> = (req: OdinRequest) => Promise<T>;

/** A user's own read, as a list or an update shows it. */
const userRead = (userId: string): OdinRequest => ({
  method: 'GET',
  path: '/users',
  params: { userId },
});

/** Not servable: a list whose edited user has no current entry. */
const UNSERVABLE = Symbol('unservable');

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
  async call<T>(req: OdinRequest, view: CacheView, send: Send<T>): Promise<T> {
    if (req.method !== 'GET') {
      let answer: T | undefined;
      try {
        answer = await send(req);
        return answer;
      } finally {
        // Before the answer goes out: a read anywhere after it sees the write.
        const moved = await this.invalidate(writeTags(req), editOf(req, this.options.staleMs));
        if (moved && answer !== undefined) await this.writeThrough(req, view.scope, answer, moved);
      }
    }
    if (NEVER.test(req.path)) return send(req);
    const key = keyOf(req, view.scope);
    const stored = await this.current(key, view.scope);
    const age = stored ? Date.now() - stored.storedAt : Infinity;
    if (stored && !view.fresh && age < this.options.ttlMs) {
      this.count(view, 'hit');
      // Past half its life: read again behind this answer, so that the next one is kept too.
      if (age > this.options.ttlMs / 2) this.refresh(stored.via ?? req, view.scope, send);
      return stored.value as T;
    }
    const { read, joined } = this.load(req, view.scope, send);
    try {
      const value = (await read) as T;
      this.count(view, joined ? 'coalesced' : view.fresh ? 'bypass' : 'miss');
      return value;
    } catch (err) {
      // Never for a no-cache read, nor inside a mutation: those asked for Odin's truth.
      const old = !!stored && !view.fresh && view.staleOk !== false && age < this.options.staleMs;
      if (old && unavailable(err)) {
        this.count(view, 'stale');
        this.logger.warn(
          { odin: { method: req.method, path: req.path }, ageMs: age },
          'Odin unavailable: a cached answer served instead',
        );
        return stored.value as T;
      }
      throw err;
    }
  }

  /**
   * The entry as it may be served, whatever its age: none if a write moved its tags. A
   * group's whole list shows each user updated since it was read from that user's own
   * entry; without one the list is not served.
   */
  private async current(key: string, scope: string): Promise<Stored | undefined> {
    try {
      const stored = await this.store.get(key);
      if (!stored) return undefined;
      const now = await this.store.versions(Object.keys(stored.versions));
      if (Object.entries(stored.versions).some(([t, v]) => now[t] !== v)) return undefined;
      if (!stored.edits || !Array.isArray(stored.value)) return stored;
      const edited = new Set(await this.store.editsSince(stored.edits.group, stored.edits.version));
      if (!edited.size) return stored;
      const value = await Promise.all(
        stored.value.map(async (item: unknown) => {
          if (!isObject(item) || typeof item.userId !== 'string' || !edited.has(item.userId))
            return item;
          const own = await this.current(keyOf(userRead(item.userId), scope), scope);
          if (!own || !isObject(own.value)) throw UNSERVABLE;
          const user = own.value;
          return Object.fromEntries(Object.keys(item).map((k) => [k, user[k]]));
        }),
      );
      return { ...stored, value };
    } catch {
      // A cache that is away, or a list that cannot be shown as it is: ask Odin.
      return undefined;
    }
  }

  /** One read of Odin per key at a time, whoever asks. */
  private load(
    req: OdinRequest,
    scope: string,
    send: Send<unknown>,
  ): { read: Promise<unknown>; joined: boolean } {
    const key = keyOf(req, scope);
    const inFlight = this.inflight.get(key);
    if (inFlight) return { read: inFlight, joined: true };
    const read = this.fetch(req, scope, key, send).finally(() => this.inflight.delete(key));
    this.inflight.set(key, read);
    return { read, joined: false };
  }

  /**
   * A read behind an answer already given, ahead of Odin's queue: there is at most one per
   * kept entry (or list) per half TTL, and each spares the calls of every read after it.
   */
  private refresh(req: OdinRequest, scope: string, send: Send<unknown>): void {
    if (this.inflight.has(keyOf(req, scope))) return;
    this.load(req, scope, (r) => send({ ...r, urgent: true })).read.catch((err: unknown) =>
      this.logger.debug(
        { odin: { method: req.method, path: req.path }, err },
        'cache refresh failed: the entry stays until its TTL',
      ),
    );
  }

  /** The tag versions are taken before the call: a write during it makes the answer stale. */
  private async fetch(req: OdinRequest, scope: string, key: string, send: Send<unknown>) {
    const tags = readTags(req);
    const group = wholeUserList(req);
    const editsTag = group ? [`edits:${group}`] : [];
    const before = await this.store.versions([...tags, ...editsTag]).catch(() => undefined);
    const value = await send(req);
    if (!before) return value;
    const versions = Object.fromEntries(tags.map((t) => [t, before[t] ?? 0]));
    const extra = answerTags(value).filter((t) => !(t in versions));
    const more = await this.store.versions(extra).catch(() => undefined);
    if (!more) return value;
    const edits = group ? { group, version: before[`edits:${group}`] ?? 0 } : undefined;
    await this.store
      .set(
        key,
        { value, storedAt: Date.now(), versions: { ...versions, ...more }, edits },
        this.options.staleMs,
      )
      .catch(() => undefined);
    // Extended lists carry whole users, as a user's own read does.
    const whole = req.params?.extended === true || req.params?.extended === 'true';
    if (req.path === '/users' && whole && Array.isArray(value))
      await this.prime(req, scope, versions, edits, value);
    return value;
  }

  /**
   * A list of users holds each user's entity: each is kept as that user's own read, so one
   * list warms every user it names, and its refresh refreshes them. Not when a write moved
   * the list's tags during the call, nor for a user updated since it started: then the item
   * could be older than the write. The users' versions are taken before the updates are
   * looked at, so an update after that makes the kept entry stale rather than wrong.
   */
  private async prime(
    list: OdinRequest,
    scope: string,
    before: Record<string, number>,
    edits: Stored['edits'],
    users: unknown[],
  ): Promise<void> {
    try {
      const items = users.filter(
        (u): u is Params & { userId: string } => isObject(u) && typeof u.userId === 'string',
      );
      const tagsOf = items.map((u) => [...readTags(userRead(u.userId)), ...answerTags(u)]);
      const listTags = Object.keys(before);
      const now = await this.store.versions([...new Set([...listTags, ...tagsOf.flat()])]);
      if (listTags.some((t) => now[t] !== before[t])) return;
      const edited = new Set(
        edits ? await this.store.editsSince(edits.group, edits.version) : undefined,
      );
      const storedAt = Date.now();
      await Promise.all(
        items.map((user, i) =>
          edited.has(user.userId)
            ? undefined
            : this.store.set(
                keyOf(userRead(user.userId), scope),
                {
                  value: user,
                  storedAt,
                  versions: Object.fromEntries(tagsOf[i].map((t) => [t, now[t] ?? 0])),
                  via: list,
                },
                this.options.staleMs,
              ),
        ),
      );
    } catch {
      // A cache that is away only costs the next reads their calls.
    }
  }

  private async invalidate(
    tags: string[],
    edit?: Edit,
  ): Promise<Record<string, number> | undefined> {
    try {
      const moved = await this.store.bump(tags, edit);
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
    const read = userRead(user.userId);
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
