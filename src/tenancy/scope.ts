import { configEntries } from '../app/config-file';
import { registerEnumType } from 'type-graphql';

/** What a key may do: read; also change users, services, devices, jobs; also number inventory. */
export enum Role {
  VIEWER = 'VIEWER',
  OPERATOR = 'OPERATOR',
  ADMIN = 'ADMIN',
}
registerEnumType(Role, { name: 'CallerRole' });

const RANK: Record<Role, number> = { VIEWER: 0, OPERATOR: 1, ADMIN: 2 };

/** Whether `role` is at least `needed`. */
export const allows = (role: Role, needed: Role) => RANK[role] >= RANK[needed];

/**
 * The customers a key reaches: `*` (all), a service provider (`acme.sp`), or one group of
 * one (`acme.sp/acme.hq`).
 */
export class Scope {
  readonly all: boolean;
  private readonly providers = new Set<string>();
  private readonly groups = new Set<string>();
  /** Service providers with at least one group in scope. */
  private readonly touched = new Set<string>();

  constructor(readonly entries: readonly string[]) {
    this.all = entries.includes('*');
    for (const entry of entries) {
      const [sp, group] = entry.split('/', 2);
      if (entry === '*') continue;
      this.touched.add(sp);
      if (group === undefined) this.providers.add(sp);
      else this.groups.add(`${sp}/${group}`);
    }
  }

  /** The service provider, and the group when given, are wholly in scope. */
  covers(serviceProviderId: string, groupId?: string | null): boolean {
    if (this.all || this.providers.has(serviceProviderId)) return true;
    return (
      groupId !== undefined &&
      groupId !== null &&
      this.groups.has(`${serviceProviderId}/${groupId}`)
    );
  }

  /** Some of the service provider is in scope (all of it, or some of its groups). */
  touches(serviceProviderId: string): boolean {
    return this.all || this.touched.has(serviceProviderId);
  }

  /** Every place another scope names is in this one. */
  includes(other: readonly string[]): boolean {
    if (this.all) return true;
    return other.every((entry) => {
      if (entry === '*') return false;
      const [sp, group] = entry.split('/', 2);
      return this.covers(sp, group);
    });
  }
}

/** Who is calling: a key's name, the Odin instance it reaches, its role and scope. */
export interface Caller {
  name: string;
  instance: string;
  role: Role;
  scope: Scope;
}

/** An entry of GRAPHQL_API_KEYS_FILE. */
export interface KeyEntry {
  name: string;
  /** The key's SHA-256, hex; the key itself is never stored. */
  sha256: string;
  instance: string;
  scopes: string[];
  role: Role;
}

const SCOPE = /^(\*|[^/\s*]{1,30}(\/[^/\s*]{1,30})?)$/;

/**
 * GRAPHQL_API_KEYS_FILE: a JSON array of keys, each checked; the first bad entry stops the
 * start with a message naming it (its position and name). `instances` are the names a key may
 * reach.
 */
export function readKeysFile(file: string, instances: readonly string[]): KeyEntry[] {
  const names = new Set<string>();
  const hashes = new Set<string>();
  const entries = configEntries(
    file,
    'GRAPHQL_API_KEYS_FILE',
    new Set(['name', 'sha256', 'instance', 'scopes', 'role']),
    { fields: /key|secret|token/i, hint: 'give the key as its sha256, never the key' },
  );
  return entries.map(({ entry, bad }) => {
    if (typeof entry.name !== 'string' || !entry.name.trim()) throw bad('name is required');
    if (names.has(entry.name)) throw bad('name is given to another key too');
    names.add(entry.name);
    if (typeof entry.sha256 !== 'string' || !/^[0-9a-f]{64}$/i.test(entry.sha256))
      throw bad('sha256 must be the key’s SHA-256 in hex (64 hex digits), not the key itself');
    const sha256 = entry.sha256.toLowerCase();
    if (hashes.has(sha256)) throw bad('the same key as another entry');
    hashes.add(sha256);
    const instance = entry.instance ?? 'default';
    if (typeof instance !== 'string' || !instances.includes(instance))
      throw bad(`instance must be one of ${instances.join(', ')}`);
    if (!Array.isArray(entry.scopes) || !entry.scopes.length)
      throw bad('scopes must list "*", service providers, or serviceProviderId/groupId');
    for (const scope of entry.scopes)
      if (typeof scope !== 'string' || !SCOPE.test(scope))
        throw bad(
          `scope ${JSON.stringify(scope)} must be "*", a serviceProviderId, or serviceProviderId/groupId`,
        );
    if (typeof entry.role !== 'string' || !(entry.role in RANK))
      throw bad(`role must be one of ${Object.keys(RANK).join(', ')}`);
    return {
      name: entry.name,
      sha256,
      instance,
      scopes: entry.scopes as string[],
      role: entry.role as Role,
    };
  });
}
