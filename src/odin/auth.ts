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
  expiresAt?: unknown;
  expires_in?: unknown;
}

export interface IssuedToken {
  token: string;
  /** Epoch ms, when Odin said; Odin does not document a lifetime. */
  expiresAt?: number;
}

/** Reads a token answer: `{token, expiresAt}` or `{token, expires_in}`. */
export function readTokenAnswer(
  answer: TokenAnswer | undefined,
  path: string,
  method: string,
): IssuedToken {
  if (typeof answer?.token !== 'string' || !answer.token) {
    throw new OdinError({
      kind: 'protocol',
      method,
      path,
      message: `Odin answered ${method} ${path} without a token`,
    });
  }
  let expiresAt: number | undefined;
  if (typeof answer.expiresAt === 'string' || typeof answer.expiresAt === 'number') {
    const at =
      typeof answer.expiresAt === 'number' ? answer.expiresAt : Date.parse(answer.expiresAt);
    if (Number.isFinite(at)) expiresAt = at;
  } else if (typeof answer.expires_in === 'number') {
    expiresAt = Date.now() + answer.expires_in * 1000;
  }
  return { token: answer.token, expiresAt };
}

/** Logs in to Odin with username and password; a 4xx answer is a refused account. */
export async function login(
  http: OdinHttp,
  username: string,
  password: string,
): Promise<IssuedToken> {
  try {
    const answer = await http.send<TokenAnswer>({
      method: 'POST',
      path: '/auth/token',
      body: { username, password },
      secrets: [password],
      idempotent: true,
    });
    return readTokenAnswer(answer, '/auth/token', 'POST');
  } catch (err) {
    if (
      err instanceof OdinError &&
      err.kind === 'http' &&
      err.status !== undefined &&
      err.status < 500 &&
      err.status !== 429
    ) {
      throw new OdinError({ ...err, kind: 'login', message: 'Odin refused the credentials' });
    }
    throw err;
  }
}

/** Exchanges a live token for a fresh one (`PUT /auth/token`). */
export async function refresh(http: OdinHttp, token: string): Promise<IssuedToken> {
  const answer = await http.send<TokenAnswer>(
    { method: 'PUT', path: '/auth/token', secrets: [token] },
    token,
  );
  return readTokenAnswer(answer, '/auth/token', 'PUT');
}

/**
 * The service account's session, shared by every request of the process: one login for
 * a burst of callers, a refresh shortly before a known expiry, a new login after a 401.
 */
export class ServiceAccountTokens implements TokenSource {
  private current?: IssuedToken & { refreshAt: number };
  private pending?: Promise<string>;

  constructor(
    private readonly http: OdinHttp,
    private readonly username: string,
    private readonly password: string,
  ) {}

  token(): Promise<string> {
    const current = this.current;
    if (current && Date.now() < current.refreshAt) return Promise.resolve(current.token);
    this.pending ??= this.renew(current).finally(() => {
      this.pending = undefined;
    });
    return this.pending;
  }

  rejected(token: string): void {
    if (this.current?.token === token) this.current = undefined;
  }

  /** True while the layer holds a token it believes is valid. */
  get holdsSession(): boolean {
    return !!this.current && (this.current.expiresAt ?? Infinity) > Date.now();
  }

  private async renew(current: IssuedToken | undefined): Promise<string> {
    let issued: IssuedToken | undefined;
    if (current && (current.expiresAt ?? Infinity) > Date.now()) {
      issued = await refresh(this.http, current.token).catch(() => undefined);
    }
    issued ??= await login(this.http, this.username, this.password);
    // Refresh in the last fifth of a known lifetime, at most a minute early.
    const lifetime = issued.expiresAt === undefined ? Infinity : issued.expiresAt - Date.now();
    this.current = { ...issued, refreshAt: Date.now() + lifetime - Math.min(60_000, lifetime / 5) };
    return issued.token;
  }
}
