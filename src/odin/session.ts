import type { TokenSource } from './auth';
import type { OdinHttp, OdinRequest } from './http';
import { OdinError } from './odin-error';

/** Calls Odin with a token from its source; on a 401, one fresh token and one replay. */
export class OdinSession {
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

function isUnauthorized(err: unknown): err is OdinError {
  return err instanceof OdinError && err.kind === 'http' && err.status === 401;
}
