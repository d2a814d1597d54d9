import { createHash, timingSafeEqual } from 'node:crypto';

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
