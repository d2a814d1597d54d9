import type { OdinConfig } from '../app/config';
import type Redis from 'ioredis';
import type { Logger } from '../app/logger';
import type { OdinObserver } from './observer';
import { ServiceAccountTokens, type TokenSource, login, refresh } from './auth';
import { FleetLimiter } from './fleet-limiter';
import { OdinGroups } from './groups';
import { OdinHttp } from './http';
import { OdinError } from './odin-error';
import { CachedCaller, type OdinCaller, OdinSession } from './session';
import { type CacheStats, OdinCache, newCacheStats, scopeOf } from './cache';
import { MemoryCacheStore, RedisCacheStore } from './cache-store';
import { type IssuedToken, RedisTokenStore } from './token-store';
import { OdinDevices } from './devices';
import { OdinForwarding } from './forwarding';
import { OdinHuntGroups } from './hunt-groups';
import { OdinCallCenters } from './call-centers';
import { OdinAutoAttendants } from './auto-attendants';
import { OdinNumbers } from './numbers';
import { OdinPasswords } from './passwords';
import { OdinServices } from './services';
import { OdinUsers } from './users';

/** Everything the GraphQL layer may ask of Odin, in the project's own model. */
export class OdinClient {
  readonly groups: OdinGroups;
  readonly passwords: OdinPasswords;
  readonly users: OdinUsers;
  readonly numbers: OdinNumbers;
  readonly services: OdinServices;
  readonly devices: OdinDevices;
  readonly forwarding: OdinForwarding;
  readonly huntGroups: OdinHuntGroups;
  readonly callCenters: OdinCallCenters;
  readonly autoAttendants: OdinAutoAttendants;

  constructor(readonly session: OdinCaller) {
    this.groups = new OdinGroups(session);
    this.passwords = new OdinPasswords(session);
    this.users = new OdinUsers(session, this.passwords);
    this.numbers = new OdinNumbers(session);
    this.services = new OdinServices(session);
    this.devices = new OdinDevices(session, this.passwords);
    this.forwarding = new OdinForwarding(session);
    this.huntGroups = new OdinHuntGroups(session);
    this.callCenters = new OdinCallCenters(session);
    this.autoAttendants = new OdinAutoAttendants(session);
  }
}

/** Replicas of this layer sharing one Odin through Redis. */
export interface Fleet {
  redis: Redis;
  redisUrl: string;
  replicas: number;
}

const noCredentials = (message: string) =>
  new OdinError({ kind: 'credentials', method: '-', path: '-', message, sent: false });

/** Passthrough: the caller's own Odin token, used for this request only and never kept. */
class CallerToken implements TokenSource {
  private refused = false;

  constructor(private readonly callerToken: string | undefined) {}

  token(): Promise<string> {
    if (!this.callerToken) {
      return Promise.reject(
        noCredentials('Send your Odin token as Authorization: Bearer <token>; get one with login'),
      );
    }
    if (this.refused) return Promise.reject(noCredentials('Odin refused your token; log in again'));
    return Promise.resolve(this.callerToken);
  }

  rejected(): void {
    this.refused = true;
  }
}

/**
 * One Odin, as the process sees it: the limited transport every call goes through, and
 * the client each request acts with, the service account's or the caller's own.
 */
export class OdinConnection {
  readonly http: OdinHttp;
  readonly mode: OdinConfig['authMode'];
  /** Creates a bulk call keeps in flight: enough to keep the limiter busy, no more. */
  readonly bulkParallelism: number;
  private readonly service?: {
    session: OdinSession;
    /** Without the cache every request of the process can share one client. */
    client: OdinClient;
    tokens: ServiceAccountTokens;
  };
  /** Unset when ODIN_CACHE_TTL_MS is 0. */
  readonly cache?: OdinCache;

  constructor(
    config: OdinConfig,
    logger: Logger,
    observer?: OdinObserver,
    fleet?: Fleet,
    /** The instance's name: its cache's namespace in Redis. */
    readonly name = 'default',
  ) {
    if (!config.baseUrl) throw new Error('The Odin connection needs a base URL');
    const limiter =
      fleet &&
      new FleetLimiter(
        fleet.redis,
        {
          id: config.baseUrl,
          redisUrl: fleet.redisUrl,
          replicas: fleet.replicas,
          maxConcurrency: config.maxConcurrency,
          ratePerSecond: config.rateLimitPerSecond,
          guardMs: config.rateGuardMs,
          callTimeoutMs: config.deadlineMs,
        },
        logger,
      );
    this.mode = config.authMode;
    this.bulkParallelism = config.maxConcurrency * 2;
    this.http = new OdinHttp(
      {
        baseUrl: config.baseUrl,
        timeoutMs: config.timeoutMs,
        deadlineMs: config.deadlineMs,
        rateLimitPerSecond: config.rateLimitPerSecond,
        maxConcurrency: config.maxConcurrency,
        rateGuardMs: config.rateGuardMs,
        ca: config.ca,
        observer,
        limiter,
      },
      logger,
    );
    if (config.authMode === 'service') {
      if (!config.username || !config.password)
        throw new Error('Service mode needs ODIN_USERNAME and ODIN_PASSWORD');
      const store = fleet && new RedisTokenStore(fleet.redis, config.baseUrl, config.username);
      const tokens = new ServiceAccountTokens(this.http, config.username, config.password, store);
      const session = new OdinSession(this.http, tokens, true);
      this.service = { session, client: new OdinClient(session), tokens };
    }
    if (config.cache.ttlMs > 0) {
      const store = fleet
        ? new RedisCacheStore(fleet.redis, name)
        : new MemoryCacheStore(config.cache.maxEntries);
      this.cache = new OdinCache(store, config.cache, logger, observer);
    }
  }

  /**
   * The client acting for a request: with the service account's session, or one with the
   * caller's token; through the cache, scoped to that identity, when it is on.
   */
  clientFor(
    callerToken: string | undefined,
    read: { fresh: boolean; staleOk?: boolean; stats: CacheStats } = {
      fresh: false,
      stats: newCacheStats(),
    },
  ): OdinClient {
    if (!this.cache && this.service) return this.service.client;
    const session =
      this.service?.session ?? new OdinSession(this.http, new CallerToken(callerToken), false);
    if (!this.cache) return new OdinClient(session);
    const scope = this.service ? 'service' : scopeOf(callerToken ?? '');
    return new OdinClient(new CachedCaller(session, this.cache, scope, read));
  }

  /** Passthrough: exchanges a caller's Odin credentials for an Odin token. */
  async login(username: string, password: string): Promise<IssuedToken> {
    try {
      return await login(this.http, username, password, 'caller');
    } catch (err) {
      if (err instanceof OdinError && err.kind === 'login')
        throw noCredentials('Odin refused these credentials');
      throw err;
    }
  }

  /** Passthrough: a fresh token for a caller's live one (`PUT /auth/token`). */
  async refresh(callerToken: string | undefined): Promise<IssuedToken> {
    if (!callerToken)
      throw noCredentials('Send the Odin token to refresh as Authorization: Bearer <token>');
    try {
      return await refresh(this.http, callerToken);
    } catch (err) {
      if (err instanceof OdinError && err.unauthorized)
        throw noCredentials('Odin refused your token; log in again');
      throw err;
    }
  }

  /** Odin answers, and in service mode accepts the layer's session. */
  async checkReady(): Promise<void> {
    if (this.service) {
      await this.service.session.call<unknown>({ method: 'GET', path: '/auth/session' });
      return;
    }
    try {
      await this.http.send<unknown>({ method: 'GET', path: '/auth/session' });
    } catch (err) {
      // Without a token Odin answers 401: it is there.
      if (!(err instanceof OdinError && err.unauthorized)) throw err;
    }
  }
}
