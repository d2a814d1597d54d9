import { createHash, timingSafeEqual } from 'node:crypto';
import type { RequestInfo } from './context';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest();

/** `Authorization: Bearer <token>`; anything else is no token. */
export function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer ([\x21-\x7e]{1,4096})$/.exec(header ?? '');
  return match?.[1];
}

/**
 * The API keys callers present in service mode. Plain keys are hashed at start and
 * `sha256:<hex>` entries are hashes already, so every comparison is of 32 bytes, in
 * constant time, against every key.
 */
export class ApiKeys {
  private readonly digests: Buffer[];

  constructor(keys: readonly string[]) {
    this.digests = keys.map((key) =>
      key.startsWith('sha256:') ? Buffer.from(key.slice(7), 'hex') : sha256(key),
    );
  }

  get configured(): boolean {
    return this.digests.length > 0;
  }

  /** Whether a caller presenting this may pass: any, when no keys are configured. */
  admits(presented: string | undefined): boolean {
    return !this.configured || this.accepts(presented);
  }

  accepts(presented: string | undefined): boolean {
    if (presented === undefined) return false;
    const digest = sha256(presented);
    let match = false;
    for (const known of this.digests) match = timingSafeEqual(digest, known) || match;
    return match;
  }
}

/**
 * The one check of who may call, for HTTP requests and WebSocket connections alike, and the
 * request information an admitted caller's operations run with.
 */
export class CallerGate {
  private readonly keys: ApiKeys;

  constructor(
    private readonly mode: 'service' | 'passthrough',
    apiKeys: readonly string[],
    private readonly limits: { maxBulk: number; maxJobRows: number },
  ) {
    this.keys = new ApiKeys(apiKeys);
  }

  /**
   * Service mode: a configured API key (anyone when none is configured). Passthrough: an
   * Odin token, except over HTTP, where `login` is how a caller gets one.
   */
  admits(token: string | undefined, over: 'http' | 'websocket'): boolean {
    if (this.mode === 'service') return this.keys.admits(token);
    return over === 'http' || token !== undefined;
  }

  /** What an admitted caller's operation runs with. */
  requestInfo(token: string | undefined, requestId: string, fresh = false): RequestInfo {
    return {
      requestId,
      // Passthrough: the token is the caller's Odin identity, for this request only.
      callerToken: this.mode === 'passthrough' ? token : undefined,
      maxBulk: this.limits.maxBulk,
      maxJobRows: this.limits.maxJobRows,
      fresh,
    };
  }
}
