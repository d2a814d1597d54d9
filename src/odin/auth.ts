import type { OdinHttp } from './http';
import { OdinError } from './odin-error';

/** Where a call gets its bearer token: the service account, or the caller's own. */
export interface TokenSource {
  token(): Promise<string>;
  /** Odin answered 401 to this token: the next token() must not return it. */
  rejected(token: string): void;
}

interface TokenAnswer {
  token?: unknown;
}

/** Logs in to Odin once for everyone; a burst of callers without a token shares one login. */
export class ServiceAccountTokens implements TokenSource {
  private current?: string;
  private pending?: Promise<string>;

  constructor(
    private readonly http: OdinHttp,
    private readonly username: string,
    private readonly password: string,
  ) {}

  token(): Promise<string> {
    if (this.current) return Promise.resolve(this.current);
    this.pending ??= this.login().finally(() => {
      this.pending = undefined;
    });
    return this.pending;
  }

  rejected(token: string): void {
    if (this.current === token) this.current = undefined;
  }

  private async login(): Promise<string> {
    let answer: TokenAnswer;
    try {
      answer = await this.http.send<TokenAnswer>({
        method: 'POST',
        path: '/auth/token',
        body: { username: this.username, password: this.password },
        secrets: [this.password],
      });
    } catch (err) {
      if (
        err instanceof OdinError &&
        err.kind === 'http' &&
        err.status !== undefined &&
        err.status < 500
      ) {
        throw new OdinError(
          'login',
          err.method,
          err.path,
          'Odin refused the service account',
          err.status,
          err.error,
          err.details,
        );
      }
      throw err;
    }
    if (typeof answer?.token !== 'string' || !answer.token) {
      throw new OdinError(
        'protocol',
        'POST',
        '/auth/token',
        'Odin answered a login without a token',
      );
    }
    this.current = answer.token;
    return answer.token;
  }
}
