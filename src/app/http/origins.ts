import type { Config } from '../config';
import type { Logger } from '../logger';

/** Refused origins logged at most once each, and this many at most, so a scan cannot flood the log. */
const MAX_LOGGED = 100;

/**
 * Whether a browser origin may call the API (CORS_ORIGINS). A refusal is logged once per
 * origin with the variable that would allow it: the browser shows the caller only a CORS
 * failure, so the log is where the reason is found.
 */
export function originPolicy(config: Config, logger: Logger): (origin: string) => boolean {
  const allowed = new Set(config.corsOrigins);
  const logged = new Set<string>();
  return (origin) => {
    if (allowed.has(origin)) return true;
    if (!logged.has(origin) && logged.size < MAX_LOGGED) {
      logged.add(origin);
      logger.warn(
        { origin, variable: 'CORS_ORIGINS' },
        `CORS refused origin ${origin}: add it to CORS_ORIGINS (comma-separated) to allow it`,
      );
    }
    return false;
  };
}
