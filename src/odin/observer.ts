/** What the Odin client reports about its calls; named hooks, so calls need no metric code. */
export interface OdinObserver {
  /** `outcome`: the HTTP status, or `timeout` / `network`. */
  call(method: string, route: string, outcome: string, seconds: number): void;
  /** Time a call waited for the limiter. */
  waited(seconds: number): void;
  /** `account`: the layer's service account, or a passthrough caller's own credentials. */
  login(outcome: 'ok' | 'refused' | 'failed', account: LoginAccount): void;
  refresh(outcome: 'ok' | 'failed'): void;
  /** A GET answered from the cache, by Odin (miss, or bypass for no-cache), or stale. */
  cache?(outcome: CacheOutcome): void;
  cacheInvalidated?(tags: number): void;
}

export type CacheOutcome = 'hit' | 'miss' | 'coalesced' | 'stale' | 'bypass';

export type LoginAccount = 'service' | 'caller';
