import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from '../logger';

/** What the one log line of a GraphQL request says of it, filled in by an Apollo plugin. */
export interface RequestReport {
  operationName?: string | null;
  codes?: string[];
}

/** The request's id (sent back as `x-request-id`) and the report its log line will carry. */
export interface RequestTrace {
  requestId: string;
  report: RequestReport;
}

const REQUEST_ID = /^[\w.-]{1,64}$/;
const PROBES = new Set(['/healthz', '/readyz']);

/** One log line per request, whatever answers it, written when the answer is sent. */
export function requestLog(
  logger: Logger,
): (req: IncomingMessage, res: ServerResponse) => RequestTrace {
  return (req, res) => {
    const given = req.headers['x-request-id'];
    const requestId = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    const started = performance.now();
    // Taken now: express rewrites `req.url` while a mounted router handles the request.
    const url = req.url ?? '/';
    const report: RequestReport = {};
    res.setHeader('x-request-id', requestId);
    res.on('finish', () => {
      // The path only: a query string can carry GraphQL variables.
      const path = url.split('?')[0];
      const level = PROBES.has(path) ? 'debug' : 'info';
      if (!logger.isLevelEnabled(level)) return;
      logger[level](
        {
          requestId,
          method: req.method,
          path,
          status: res.statusCode,
          durationMs: Math.round(performance.now() - started),
          ...report,
          outcome: res.statusCode >= 400 || report.codes?.length ? 'error' : 'ok',
        },
        'request',
      );
    });
    return { requestId, report };
  };
}
