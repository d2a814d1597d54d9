import type Redis from 'ioredis';
import { type Loaders, createLoaders } from './loaders';
import type { Logger } from '../app/logger';
import type { Metrics } from '../app/metrics';
import type { UserImports } from '../jobs/imports';
import type { OdinClient, OdinConnection } from '../odin/client';
import { type CacheStats, newCacheStats } from '../odin/cache';
import { type KeyLock, lockWithin } from '../provisioning/lock';
import type { Caller } from '../tenancy/scope';
import type { AuditTrail } from '../audit/trail';

/** What every resolver of one GraphQL request gets. */
export interface Context {
  requestId: string;
  logger: Logger;
  /** The Odin client acting for this request's caller. */
  odin: OdinClient;
  /** The Odin instance the request acts on, for what is not a caller's call (login, refresh). */
  connection: OdinConnection;
  /** Its name. */
  instance: string;
  /** Passthrough: the caller's Odin token, for this request only. */
  callerToken?: string;
  /** A scoped key's caller (GRAPHQL_API_KEYS_FILE): what it may reach; unset: everything. */
  caller?: Caller;
  /** Who the audit trail says acted: the key's name; passthrough: unset (the Odin user). */
  callerName?: string;
  /** The record of changes; unset with AUDIT=off. */
  audit?: AuditTrail;
  /** Created for this request only: nothing is cached across requests or callers. */
  loaders: Loaders;
  /** Most inputs one createUsers call takes. */
  maxBulk: number;
  /** Most rows one startUserImport takes. */
  maxJobRows: number;
  /** Bulk jobs; unset in passthrough mode (they run with the service account). */
  imports?: UserImports;
  /** Per-group locks of the process (and of the fleet, with Redis). */
  locks: KeyLock;
  /** How this request reads Odin: `fresh` for no-cache and for a mutation's reads. */
  cacheRead: { fresh: boolean; staleOk?: boolean; stats: CacheStats };
}

export interface ContextDeps {
  /** The default Odin instance. */
  odin: OdinConnection;
  /** Every Odin instance by name (the default among them). */
  instances?: Map<string, OdinConnection>;
  logger: Logger;
  metrics: Metrics;
  /** Set when REDIS_URL is: readiness checks it, persisted queries live in it. */
  redis?: Redis;
  locks: KeyLock;
  imports?: UserImports;
  audit?: AuditTrail;
}

export interface RequestInfo {
  requestId: string;
  /** Passthrough: the caller's Odin token. */
  callerToken?: string;
  /** A scoped key's caller. */
  caller?: Caller;
  callerName?: string;
  /** The Odin instance the request acts on: the scoped key's, X-Odin-Instance's, or default. */
  instance?: string;
  maxBulk: number;
  maxJobRows: number;
  /** Cache-Control: no-cache: read Odin, not the cache. */
  fresh?: boolean;
}

/**
 * A request's logger is made when something logs: most requests never do. The getter is on
 * the prototype, since Apollo copies a context's own fields for each operation, and an own
 * getter would be called by that copy.
 */
class RequestLogger {
  declare requestId: string;
  declare baseLogger: Logger;
  declare madeLogger?: Logger;

  get logger(): Logger {
    return (this.madeLogger ??= this.baseLogger.child({ requestId: this.requestId }));
  }
}

export function createContext(
  deps: ContextDeps,
  {
    requestId,
    callerToken,
    caller,
    callerName,
    instance,
    maxBulk,
    maxJobRows,
    fresh = false,
  }: RequestInfo,
): Context {
  const cacheRead = { fresh, stats: newCacheStats() };
  const name = caller?.instance ?? instance ?? 'default';
  const connection = deps.instances?.get(name) ?? deps.odin;
  const odin = connection.clientFor(callerToken, cacheRead);
  return Object.assign(new RequestLogger(), {
    requestId,
    baseLogger: deps.logger,
    odin,
    instance: name,
    connection,
    callerToken,
    caller,
    callerName,
    audit: deps.audit,
    loaders: createLoaders(odin),
    maxBulk,
    maxJobRows,
    imports: deps.imports,
    locks: lockWithin(deps.locks, name),
    cacheRead,
  });
}
