import type { TokenSource } from './auth';
import type { CacheView, OdinCache } from './cache';
import type { OdinHttp, OdinRequest } from './http';
import { OdinError } from './odin-error';

/** What the family modules call Odin through: a session, or a session behind the cache. */
export interface OdinCaller {
  call<T>(req: OdinRequest): Promise<T>;
}

/** Calls Odin with a token from its source; on a 401, one fresh token and one replay. */
export class OdinSession implements OdinCaller {
  constructor(
    readonly http: OdinHttp,
    readonly tokens: TokenSource,
    /** Service mode: a token refused twice is the layer's problem, not the caller's. */
    private readonly serviceAccount: boolean,
  ) {}

  async call<T>(req: OdinRequest): Promise<T> {
    const token = await this.tokens.token();
    try {
      return await this.http.send<T>(req, token);
    } catch (err) {
      if (!isUnauthorized(err)) throw err;
      this.tokens.rejected(token);
    }
    const fresh = await this.tokens.token();
    try {
      return await this.http.send<T>(req, fresh);
    } catch (err) {
      if (isUnauthorized(err) && this.serviceAccount) {
        this.tokens.rejected(fresh);
        throw new OdinError({
          ...err,
          kind: 'login',
          message: 'Odin refused the service account token twice',
        });
      }
      throw err;
    }
  }
}

const isUnauthorized = (err: unknown): err is OdinError =>
  err instanceof OdinError && err.unauthorized;

/** A session whose GETs go through the cache, as one request sees it. */
export class CachedCaller implements OdinCaller {
  constructor(
    private readonly session: OdinSession,
    private readonly cache: OdinCache,
    private readonly scope: string,
    /** The request's reading mode; `fresh` can be set once the operation is known. */
    private readonly read: Omit<CacheView, 'scope'>,
  ) {}

  call<T>(req: OdinRequest): Promise<T> {
    const view = { ...this.read, scope: this.scope };
    return this.cache.call(req, view, (r) => this.session.call<T>(r));
  }
}
