import type { Request } from 'express';

// How the sandbox reads what a client sent: Odin takes numbers where strings belong, and
// a query parameter given twice is not a value.

export type Json = Record<string, unknown>;

/** A string field of a body: numbers become strings; null and undefined stay absent. */
export function str(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  return typeof value === 'string' ? value : String(value);
}

/** The query parameters that are single strings. */
export function query(req: Request): Record<string, string | undefined> {
  return Object.fromEntries(
    Object.entries(req.query).map(([k, v]) => [k, typeof v === 'string' ? v : undefined]),
  );
}

/** The JSON body, or an empty one. */
export const bodyOf = (req: Request) => (req.body ?? {}) as Json;
