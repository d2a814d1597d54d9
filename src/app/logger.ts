import pino, { type DestinationStream, type Logger } from 'pino';

export type { Logger };

/**
 * The rule for secrets: a key whose name says so, at any depth of anything logged (request
 * bodies, variables, payloads, headers), has its value replaced. A rule and not a list of
 * paths, so that a new input field is covered the day it joins the schema.
 */
export const SECRET_KEY =
  /password|passcode|secret|token|authorization|cookie|api[-_]?key|database[-_]?url/i;
export const REDACTED = '[redacted]';

/** Deeper than any request body the layer accepts: past it, nothing is logged. */
const MAX_DEPTH = 32;

/**
 * `value` with every secret-named key's value replaced by `mark` (the audit trail's is
 * "[set]"), and CSV text as its length only.
 */
export function redactSecrets(value: unknown, depth = 0, mark = REDACTED): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (depth > MAX_DEPTH) return '[too deep]';
  if (Array.isArray(value)) return value.map((item) => redactSecrets(item, depth + 1, mark));
  // Errors, dates and buffers are pino's serializers' to write (tags hold across realms).
  const tag = Object.prototype.toString.call(value);
  if (tag === '[object Error]' || tag === '[object Date]' || ArrayBuffer.isView(value))
    return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    if (SECRET_KEY.test(key) && item !== null && typeof item !== 'boolean') out[key] = mark;
    else if (key === 'csv' && typeof item === 'string') out[key] = `[${item.length} characters]`;
    else out[key] = redactSecrets(item, depth + 1, mark);
  }
  return out;
}

// String literals of a GraphQL document may hold secrets too; they are not logged.
const STRING_LITERALS = /"""[\s\S]*?"""|"(?:[^"\\\n]|\\.)*"/g;

/** A GraphQL request body as the trace log shows it: the document without its literals. */
export function loggableBody(body: unknown): unknown {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return body;
  const { query, ...rest } = body as { query?: unknown };
  return typeof query === 'string'
    ? { ...rest, query: query.replace(STRING_LITERALS, '"…"') }
    : rest;
}

export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'odin-graphql' },
      // Every line passes the rule: no call site has to remember a secret.
      formatters: { log: (object) => redactSecrets(object) as Record<string, unknown> },
    },
    destination,
  );
}
