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
  'variables.input.webAuthPassword',
  'variables.inputs[*].webAuthPassword',
  'variables.password',
];

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
