import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';
import type { Logger } from '../logger';

/** What the one log line of a GraphQL request says of it, filled in by an Apollo plugin. */
export interface RequestReport {
  operationName?: string | null;
  codes?: string[];
}

const REQUEST_ID = /^[\w.-]{1,64}$/;
const PROBES = new Set(['/healthz', '/readyz']);

/** One log line per request, whatever answered it; sets `res.locals.requestId` and `.report`. */
export function requestLog(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const given = req.header('x-request-id');
    const requestId = given && REQUEST_ID.test(given) ? given : randomUUID();
    const started = performance.now();
    const report: RequestReport = {};
    res.locals.requestId = requestId;
    res.locals.report = report;
    res.setHeader('x-request-id', requestId);
    res.on('finish', () => {
      // The path only: a query string can carry GraphQL variables.
      const path = req.originalUrl.split('?')[0];
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
    next();
  };
}
