import { createHash, timingSafeEqual } from 'node:crypto';
import type { RequestInfo } from './context';
import { type Caller, type KeyEntry, Role, Scope } from '../tenancy/scope';

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
  /** Who each digest is: a scoped key's caller; undefined for a key with the whole of default. */
  private readonly callers: Array<Caller | undefined>;
  /** Who each key is, for the audit trail: a file key's name, `api-key-N` for GRAPHQL_API_KEYS' Nth. */
  private readonly names: string[];

  constructor(keys: readonly string[], scoped: readonly KeyEntry[] = []) {
    this.digests = [
      ...keys.map((key) =>
        key.startsWith('sha256:') ? Buffer.from(key.slice(7), 'hex') : sha256(key),
      ),
      ...scoped.map((k) => Buffer.from(k.sha256, 'hex')),
    ];
    this.names = [...keys.map((_, i) => `api-key-${i + 1}`), ...scoped.map((k) => k.name)];
    this.callers = [
      ...keys.map(() => undefined),
      ...scoped.map((k) =>
        // ADMIN of every customer of the default instance: as a GRAPHQL_API_KEYS key.
        k.role === Role.ADMIN && k.scopes.includes('*') && k.instance === 'default'
          ? undefined
          : { name: k.name, instance: k.instance, role: k.role, scope: new Scope(k.scopes) },
      ),
    ];
  }

  get configured(): boolean {
    return this.digests.length > 0;
  }

  /** Whether a caller presenting this may pass: any, when no keys are configured. */
  admits(presented: string | undefined): boolean {
    return !this.configured || this.accepts(presented);
  }

  accepts(presented: string | undefined): boolean {
    return this.match(presented) >= 0;
  }

  /** The scoped caller a key is; undefined for an unscoped key (or none). */
  callerOf(presented: string | undefined): Caller | undefined {
    const at = this.match(presented);
    return at >= 0 ? this.callers[at] : undefined;
  }

  /** The name of the key presented; `anonymous` when no keys are configured. */
  nameOf(presented: string | undefined): string {
    const at = this.match(presented);
    return at >= 0 ? this.names[at] : 'anonymous';
  }

  /** Which key this is, compared with every key in constant time; -1: none. */
  private match(presented: string | undefined): number {
    if (presented === undefined) return -1;
    const digest = sha256(presented);
    let found = -1;
    for (const [i, known] of this.digests.entries())
      if (timingSafeEqual(digest, known) && found < 0) found = i;
    return found;
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
    scopedKeys: readonly KeyEntry[] = [],
  ) {
    this.keys = new ApiKeys(apiKeys, scopedKeys);
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
      // Service mode: a scoped key's caller, whose every operation is confined to its scope.
      caller: this.mode === 'service' ? this.keys.callerOf(token) : undefined,
      // Passthrough: the Odin user, which the audit trail knows from the login.
      callerName: this.mode === 'service' ? this.keys.nameOf(token) : undefined,
      maxBulk: this.limits.maxBulk,
      maxJobRows: this.limits.maxJobRows,
      fresh,
    };
  }
}
