import { createHash } from 'node:crypto';
import type Redis from 'ioredis';
import type { Logger } from '../app/logger';
import type { OdinRequest } from './http';
import { OdinError } from './odin-error';
import type { CacheOutcome, OdinObserver } from './observer';

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

interface Stored {
  value: unknown;
  storedAt: number;
  /** The versions of the entry's tags when its read started. */
  versions: Record<string, number>;
  /** A group's whole user list: the version of its users' edits when its read started. */
  edits?: { group: string; version: number };
  /** A user kept from a list: the list, whose refresh refreshes the user. */
  via?: OdinRequest;
}

/** An update of one user of a group: noted so that the group's whole lists show it. */
export interface Edit {
  group: string;
  userId: string;
  /** How long the note is needed: as long as a list may be kept. */
  keepMs: number;
}

/** Where entries and tag versions live: this process, or Redis for the fleet. */
export interface CacheStore {
  get(key: string): Promise<Stored | undefined>;
  set(key: string, stored: Stored, keepMs: number): Promise<void>;
  versions(tags: string[]): Promise<Record<string, number>>;
  /**
   * Moves the tags; answers their new versions. With an edit, also moves the group's
   * `edits:` version and notes the user under it, in the same step.
   */
  bump(tags: string[], edit?: Edit): Promise<Record<string, number>>;
  /** The users of a group edited after `version` of its `edits:` tag. */
  editsSince(group: string, version: number): Promise<string[]>;
  /** Entries held, where the store can tell. */
  readonly size?: number;
}

/** A bounded LRU in this process. */
export class MemoryCacheStore implements CacheStore {
  private readonly entries = new Map<string, { stored: Stored; until: number }>();
  private readonly tagVersions = new Map<string, number>();
  private readonly edits = new Map<string, Map<string, { version: number; until: number }>>();

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

  async bump(tags: string[], edit?: Edit): Promise<Record<string, number>> {
    for (const t of tags) this.tagVersions.set(t, (this.tagVersions.get(t) ?? 0) + 1);
    if (edit) {
      const tag = `edits:${edit.group}`;
      const version = (this.tagVersions.get(tag) ?? 0) + 1;
      this.tagVersions.set(tag, version);
      const now = Date.now();
      const notes = this.edits.get(edit.group) ?? new Map();
      for (const [user, note] of notes) if (note.until <= now) notes.delete(user);
      notes.set(edit.userId, { version, until: now + edit.keepMs });
      this.edits.set(edit.group, notes);
    }
    return this.versions(tags);
  }

  async editsSince(group: string, version: number): Promise<string[]> {
    const notes = this.edits.get(group);
    return notes ? [...notes].filter(([, n]) => n.version > version).map(([u]) => u) : [];
  }
}

// One user's edit: the group's edits version moved and the user noted under it, at once.
const NOTE_EDIT = `local v = redis.call('INCR', KEYS[1])
redis.call('HSET', KEYS[2], ARGV[1], v)
redis.call('PEXPIRE', KEYS[2], ARGV[2])
return v`;

/** Entries and tag versions in Redis: every replica sees the others' hits and writes. */
export class RedisCacheStore implements CacheStore {
  private readonly prefix = 'odin-graphql:cache:';
  private readonly tagPrefix = 'odin-graphql:cache-tag:';
  private readonly editsPrefix = 'odin-graphql:cache-edits:';

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

  async bump(tags: string[], edit?: Edit): Promise<Record<string, number>> {
    const tx = this.redis.multi();
    for (const t of tags) tx.incr(this.tagPrefix + t);
    if (edit)
      tx.eval(
        NOTE_EDIT,
        2,
        `${this.tagPrefix}edits:${edit.group}`,
        this.editsPrefix + edit.group,
        edit.userId,
        Math.max(1, edit.keepMs),
      );
    const results = (await tx.exec()) ?? [];
    const failed = results.find(([err]) => err);
    if (failed) throw failed[0];
    return Object.fromEntries(tags.map((t, i) => [t, Number(results[i]?.[1] ?? 0)]));
  }

  async editsSince(group: string, version: number): Promise<string[]> {
    const notes = await this.redis.hgetall(this.editsPrefix + group);
    return Object.entries(notes)
      .filter(([, v]) => Number(v) > version)
      .map(([u]) => u);
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

const WHOLE_LIST_PARAMS = new Set(['serviceProviderId', 'groupId', 'limit', 'extended']);

/**
 * A group's users, unfiltered: its key (`sp/group`). Updating a user leaves such a list
 * standing; the user is shown from its own entry (see OdinCache.current).
 */
function wholeUserList(req: OdinRequest): string | undefined {
  const { sp, g } = idsOf(req);
  if (req.method !== 'GET' || req.path !== '/users' || !sp || !g) return undefined;
  const params = Object.entries(req.params ?? {}).filter(([, v]) => v !== undefined);
  return params.every(([k]) => WHOLE_LIST_PARAMS.has(k)) ? `${sp}/${g}` : undefined;
}

/**
 * What an entry holds, from its request. A user's own reads hold `user:<id>` (and, from the
 * answer, `members:<group>`: what the group's devices and numbers show in it); lists and
 * group reads hold `lists` and their group (`userlist:` for its whole list of users,
 * `group:` for anything else listed in it), service provider, or `any` for searches. Every
 * entry holds `all`, which a write that cannot be placed moves.
 */
export function readTags(req: OdinRequest): string[] {
  const { sp, g, u } = idsOf(req);
  if (u && !sp) return ['all', `user:${u}`];
  const tags = ['all', 'lists'];
  // The group itself (name, limits, user count) is apart from what is listed in it.
  if (sp && g && req.path === '/groups') tags.push(`groupinfo:${sp}/${g}`);
  else if (sp && g) tags.push(`${wholeUserList(req) ? 'userlist' : 'group'}:${sp}/${g}`);
  else if (sp) tags.push(`sp:${sp}`);
  else tags.push('any');
  return tags;
}

const isUserUpdate = (req: OdinRequest) => req.path === '/users' && req.method === 'PUT';

/** An update of one user of a known group: noted for the group's whole lists. */
export function editOf(req: OdinRequest, keepMs: number): Edit | undefined {
  const { sp, g, u } = idsOf(req);
  return isUserUpdate(req) && sp && g && u ? { group: `${sp}/${g}`, userId: u, keepMs } : undefined;
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
  // Updating a user changes nothing of the group itself, and its whole user lists show the
  // update from the user's own entry (editOf); creating one changes both.
  if (g && !isUserUpdate(req)) tags.push(`userlist:${sp}/${g}`, `groupinfo:${sp}/${g}`);
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
