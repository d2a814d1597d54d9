/** How a call to Odin failed, before anything decides what a GraphQL caller sees. */
export type OdinFailureKind =
  | 'http' // Odin answered with a non-2xx status
  | 'timeout' // no answer within the timeout
  | 'network' // connection refused, reset, DNS
  | 'login' // Odin refused the credentials on POST /auth/token
  | 'protocol'; // a 2xx answer we cannot read

/**
 * A failed Odin call. Carries only Odin's `{status, error, details}` and the route:
 * never the request body, headers or a URL with credentials.
 */
export class OdinError extends Error {
  constructor(
    readonly kind: OdinFailureKind,
    readonly method: string,
    readonly path: string,
    message: string,
    readonly status?: number,
    readonly error?: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'OdinError';
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
