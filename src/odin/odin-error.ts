/** How a call to Odin failed, before anything decides what a GraphQL caller sees. */
export type OdinFailureKind =
  | 'http' // Odin answered with a non-2xx status
  | 'timeout' // no answer within the timeout, or the deadline passed in the queue
  | 'network' // connection refused, reset, DNS
  | 'login' // Odin refused the service account
  | 'credentials' // the caller brought no Odin token, or one Odin refused
  | 'protocol'; // a 2xx answer we cannot read

export interface OdinErrorInit {
  kind: OdinFailureKind;
  method: string;
  path: string;
  message: string;
  status?: number;
  error?: string;
  details?: unknown;
  /** False when the request certainly never reached Odin (refused, still queued). */
  sent?: boolean;
  retryAfterMs?: number;
}

// Statuses after which Odin may or may not have performed the request.
const UNKNOWN_OUTCOME_STATUSES = new Set([502, 503, 504]);
const RETRYABLE_STATUSES = new Set([429, 502, 503, 504]);
// Odin's BroadWorks failures say "already exists" / "already in use" in a 400 as often
// as they use 409.
const CONFLICT_TEXT = /already (exists|in use|assigned|taken)|duplicate/i;

/**
 * A failed Odin call. Carries only Odin's `{status, error, details}` and the route:
 * never the request body, headers or a URL with credentials.
 */
export class OdinError extends Error {
  readonly kind: OdinFailureKind;
  readonly method: string;
  readonly path: string;
  readonly status?: number;
  readonly error?: string;
  readonly details?: unknown;
  readonly sent: boolean;
  readonly retryAfterMs?: number;
  /** An earlier attempt of the same call ended with an unknown outcome. */
  afterUnknownOutcome = false;

  constructor(init: OdinErrorInit) {
    super(init.message);
    this.name = 'OdinError';
    this.kind = init.kind;
    this.method = init.method;
    this.path = init.path;
    this.status = init.status;
    this.error = init.error;
    this.details = init.details;
    this.sent = init.sent ?? true;
    this.retryAfterMs = init.retryAfterMs;
  }

  /** Worth another attempt for a call that is safe to repeat. */
  get retryable(): boolean {
    if (this.kind === 'timeout' || this.kind === 'network') return true;
    return this.kind === 'http' && RETRYABLE_STATUSES.has(this.status ?? 0);
  }

  /** Odin may have performed the request although we got no answer saying so. */
  get outcomeUnknown(): boolean {
    if (!this.sent) return false;
    if (this.kind === 'timeout' || this.kind === 'network') return true;
    return this.kind === 'http' && UNKNOWN_OUTCOME_STATUSES.has(this.status ?? 0);
  }

  /** The user id, extension or number is taken. */
  get conflict(): boolean {
    if (this.kind !== 'http') return false;
    if (this.status === 409) return true;
    if (this.status !== 400 && this.status !== 422) return false;
    const details =
      typeof this.details === 'string' ? this.details : JSON.stringify(this.details ?? '');
    return CONFLICT_TEXT.test(`${this.error ?? ''} ${details}`);
  }

  get notFound(): boolean {
    return this.kind === 'http' && this.status === 404;
  }

  /** Odin refused the token the call carried (HTTP 401). */
  get unauthorized(): boolean {
    return this.kind === 'http' && this.status === 401;
  }

  /** Odin could not answer (no answer, 429, 5xx), as opposed to refusing: worth a stale answer. */
  get unavailable(): boolean {
    if (this.kind === 'timeout' || this.kind === 'network') return true;
    return this.kind === 'http' && (this.status === 429 || (this.status ?? 0) >= 500);
  }

  /** What a client may be shown of Odin's answer. */
  get odin(): { status: number | null; error: string | null; details: unknown } {
    return {
      status: this.status ?? null,
      error: this.error ?? null,
      details: this.details ?? null,
    };
  }
}

/** Odin answered that the thing asked for does not exist. */
export function isNotFound(err: unknown): boolean {
  return err instanceof OdinError && err.notFound;
}
