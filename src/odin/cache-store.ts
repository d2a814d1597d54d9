import type Redis from 'ioredis';
import type { OdinRequest } from './http';

// Where the cache's entries and tag versions live: this process (an LRU), or Redis, shared
// by every replica.

export interface Stored {
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
  private readonly prefix: string;
  private readonly tagPrefix: string;
  private readonly editsPrefix: string;

  /** `instance`: an Odin instance's own namespace (the default instance keeps the bare one). */
  constructor(
    private readonly redis: Redis,
    instance = 'default',
  ) {
    const ns = instance === 'default' ? '' : `${instance}:`;
    this.prefix = `odin-graphql:cache:${ns}`;
    this.tagPrefix = `odin-graphql:cache-tag:${ns}`;
    this.editsPrefix = `odin-graphql:cache-edits:${ns}`;
  }

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
