import type Redis from 'ioredis';
import { type Loaders, createLoaders } from './loaders';
import type { Logger } from '../app/logger';
import type { Metrics } from '../app/metrics';
import type { UserImports } from '../jobs/imports';
import type { OdinClient, OdinConnection } from '../odin/client';
import { type CacheStats, newCacheStats } from '../odin/cache';
import type { KeyLock } from '../provisioning/lock';
import type { Caller } from './scope';

/** What every resolver of one GraphQL request gets. */
export interface Context {
  requestId: string;
  logger: Logger;
  /** The Odin client acting for this request's caller. */
  odin: OdinClient;
  /** The process's Odin, for what is not a caller's call (login, refresh). */
  connection: OdinConnection;
  /** Passthrough: the caller's Odin token, for this request only. */
  callerToken?: string;
  /** A scoped key's caller (GRAPHQL_API_KEYS_FILE): what it may reach; unset: everything. */
  caller?: Caller;
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
  odin: OdinConnection;
  logger: Logger;
  metrics: Metrics;
  /** Set when REDIS_URL is: readiness checks it, persisted queries live in it. */
  redis?: Redis;
  locks: KeyLock;
  imports?: UserImports;
}

export interface RequestInfo {
  requestId: string;
  /** Passthrough: the caller's Odin token. */
  callerToken?: string;
  /** A scoped key's caller. */
  caller?: Caller;
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
  { requestId, callerToken, caller, maxBulk, maxJobRows, fresh = false }: RequestInfo,
): Context {
  const cacheRead = { fresh, stats: newCacheStats() };
  const odin = deps.odin.clientFor(callerToken, cacheRead);
  return Object.assign(new RequestLogger(), {
    requestId,
    baseLogger: deps.logger,
    odin,
    connection: deps.odin,
    callerToken,
    caller,
    loaders: createLoaders(odin),
    maxBulk,
    maxJobRows,
    imports: deps.imports,
    locks: deps.locks,
    cacheRead,
  });
}
