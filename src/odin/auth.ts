import { setTimeout as sleep } from 'node:timers/promises';
import type { OdinHttp } from './http';
import { OdinError } from './odin-error';
import type { LoginAccount } from './observer';
import { type HeldToken, type IssuedToken, type TokenStore, dueForRefresh } from './token-store';

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
  account: LoginAccount,
): Promise<IssuedToken> {
  try {
    const answer = await http.send<TokenAnswer>({
      method: 'POST',
      path: '/auth/token',
      body: { username, password },
      secrets: [password],
      idempotent: true,
    });
    const issued = readTokenAnswer(answer, '/auth/token', 'POST');
    http.observer?.login('ok', account);
    return issued;
  } catch (err) {
    const refused =
      err instanceof OdinError &&
      err.kind === 'http' &&
      err.status !== undefined &&
      err.status < 500 &&
      err.status !== 429;
    http.observer?.login(refused ? 'refused' : 'failed', account);
    if (refused)
      throw new OdinError({ ...err, kind: 'login', message: 'Odin refused the credentials' });
    throw err;
  }
}

/** Exchanges a live token for a fresh one (`PUT /auth/token`). */
export async function refresh(http: OdinHttp, token: string): Promise<IssuedToken> {
  try {
    const answer = await http.send<TokenAnswer>(
      { method: 'PUT', path: '/auth/token', secrets: [token] },
      token,
    );
    const issued = readTokenAnswer(answer, '/auth/token', 'PUT');
    http.observer?.refresh('ok');
    return issued;
  } catch (err) {
    http.observer?.refresh('failed');
    throw err;
  }
}

/** Refresh in the last fifth of a known lifetime, at most a minute early; else never. */
function held(issued: IssuedToken): HeldToken {
  if (issued.expiresAt === undefined) return { ...issued };
  const lifetime = issued.expiresAt - Date.now();
  return { ...issued, refreshAt: Date.now() + lifetime - Math.min(60_000, lifetime / 5) };
}

/**
 * The service account's session, shared by every request of the process, and with a
 * token store by every replica: one login for a burst of callers (and for the fleet), a
 * refresh shortly before a known expiry, a new login after a 401.
 */
export class ServiceAccountTokens implements TokenSource {
  private current?: HeldToken;
  private pending?: Promise<string>;
  private readonly refused = new Set<string>();

  constructor(
    private readonly http: OdinHttp,
    private readonly username: string,
    private readonly password: string,
    private readonly store?: TokenStore,
  ) {}

  token(): Promise<string> {
    const current = this.current;
    if (current && !dueForRefresh(current)) return Promise.resolve(current.token);
    this.pending ??= this.renew(current).finally(() => {
      this.pending = undefined;
    });
    return this.pending;
  }

  rejected(token: string): void {
    this.refused.add(token);
    if (this.current?.token === token) this.current = undefined;
    void this.store?.discard(token).catch(() => undefined);
  }

  private async renew(current: HeldToken | undefined): Promise<string> {
    let next: HeldToken | undefined;
    if (this.store)
      next = await this.renewShared(current).catch((err: unknown) => {
        // Odin's own refusal stands; a store that is away means logging in here.
        if (err instanceof OdinError) throw err;
        return undefined;
      });
    next ??= await this.issue(current);
    this.current = next;
    return next.token;
  }

  /** Not a type guard: a token can exist and still not be usable. */
  private usable(t: HeldToken | undefined): boolean {
    return !!t && !this.refused.has(t.token) && !dueForRefresh(t);
  }

  /** The fleet's token: adopted if fresh, else made by whoever takes the lock. */
  private async renewShared(current: HeldToken | undefined): Promise<HeldToken> {
    const store = this.store as TokenStore;
    const giveUpAt = Date.now() + 10_000;
    for (;;) {
      const shared = await store.get();
      if (shared && this.usable(shared)) return shared;
      if (await store.lock()) {
        try {
          const again = await store.get();
          if (again && this.usable(again)) return again;
          const issued = await this.issue(
            again && !this.refused.has(again.token) ? again : current,
          );
          await store.put(issued);
          return issued;
        } finally {
          await store.unlock().catch(() => undefined);
        }
      }
      if (Date.now() > giveUpAt) throw new Error('no replica logged in in time');
      await sleep(50);
    }
  }

  /** A refresh of a live token, or else a login. */
  private async issue(current: IssuedToken | undefined): Promise<HeldToken> {
    let issued: IssuedToken | undefined;
    if (
      current &&
      (current.expiresAt ?? Infinity) > Date.now() &&
      !this.refused.has(current.token)
    ) {
      issued = await refresh(this.http, current.token).catch(() => undefined);
    }
    issued ??= await login(this.http, this.username, this.password, 'service');
    return held(issued);
  }
}
