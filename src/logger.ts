import pino, { type DestinationStream, type Logger } from 'pino';

export type { Logger };

/**
 * Every path where a secret can sit. Redaction is configuration so that no call site
 * has to remember it; `censor` keeps the key visible so a reader knows it was there.
 */
export const REDACT_PATHS = [
  'password',
  'webAuthPassword',
  'generatedWebAuthPassword',
  'token',
  'apiKey',
  'authorization',
  '*.password',
  '*.webAuthPassword',
  '*.generatedWebAuthPassword',
  '*.token',
  '*.apiKey',
  '*.authorization',
  '*.*.password',
  '*.*.webAuthPassword',
  '*.*.token',
  '*.*.authorization',
  'req.headers.authorization',
  'req.headers.cookie',
  'headers.authorization',
  'headers.Authorization',
  'headers.cookie',
  'variables.input.webAuthPassword',
  'variables.inputs[*].webAuthPassword',
  'variables.password',
  // A request body as the trace log shows it; payload may carry any Odin secret, whole.
  'body.variables.password',
  'body.variables.input.webAuthPassword',
  'body.variables.input.payload',
  'body.variables.inputs[*].webAuthPassword',
  'body.variables.inputs[*].payload',
];

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
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    },
    destination,
  );
}
