/** An Odin-shaped error answer: `{details, status, error}` with that HTTP status. */
export class OdinFault extends Error {
  constructor(
    readonly status: number,
    readonly error: string,
    readonly details: unknown = error,
  ) {
    super(error);
  }

  get body(): { details: unknown; status: number; error: string } {
    return { details: this.details, status: this.status, error: this.error };
  }
}

export const badRequest = (error: string, details?: unknown) => new OdinFault(400, error, details);
export const notFound = (error: string) => new OdinFault(404, error);
