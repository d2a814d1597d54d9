import type { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express, { type NextFunction, type Request, type Response, Router } from 'express';
import { Kind, parse } from 'graphql';
import { ApiKeys, bearerToken } from '../caller';
import type { Config } from '../config';
import { type Context, type ContextDeps, createContext } from '../context';
import { type ErrorCode, UnauthenticatedError } from '../errors';
import { loggableBody } from '../logger';
import type { RequestReport } from './request-log';

const bodyError = (status: number, message: string, code: ErrorCode) => (res: Response) =>
  res.status(status).json({ errors: [{ message, extensions: { code } }] });

const TOO_LARGE = bodyError(413, 'Request body too large', 'PAYLOAD_TOO_LARGE');
const MALFORMED = bodyError(400, 'Malformed JSON body', 'BAD_REQUEST');
const MALFORMED_TYPES = new Set([
  'entity.parse.failed',
  'charset.unsupported',
  'encoding.unsupported',
]);

/** JSON for what express's body parser refuses: a body too large, or not JSON. */
function bodyErrors(err: unknown, _req: Request, res: Response, next: NextFunction): void {
  const type = err && typeof err === 'object' && 'type' in err ? err.type : undefined;
  if (type === 'entity.too.large') TOO_LARGE(res);
  else if (MALFORMED_TYPES.has(String(type))) MALFORMED(res);
  else next(err);
}

/** A request whose every operation is a mutation selecting only startUserImport. */
function onlyImports(body: unknown): boolean {
  const query = (body as { query?: unknown } | undefined)?.query;
  if (typeof query !== 'string') return false;
  try {
    const operations = parse(query, { maxTokens: 1000 }).definitions;
    return operations.every(
      (d) =>
        d.kind === Kind.OPERATION_DEFINITION &&
        d.operation === 'mutation' &&
        d.selectionSet.selections.every(
          (s) => s.kind === Kind.FIELD && s.name.value === 'startUserImport',
        ),
    );
  } catch {
    return false;
  }
}

/** `/graphql`: CORS, the playground, the body, the caller check, then Apollo with a context. */
export async function graphqlRoute(
  config: Config,
  deps: ContextDeps,
  apollo: ApolloServer<Context>,
): Promise<Router> {
  const router = Router();
  const apiKeys = new ApiKeys(config.apiKeys);
  const allowed = new Set(config.corsOrigins);
  // CORS first: it answers preflights, which the playground's router would otherwise take.
  router.use(
    '/graphql',
    cors({
      origin: (origin, done) => done(null, origin !== undefined && allowed.has(origin)),
      maxAge: 600,
    }),
  );
  // Loaded only when served: production does not load the playground and its assets.
  if (config.playground) router.use((await import('../playground')).playgroundRouter(config));
  router.use(
    '/graphql',
    // Up to the import limit while reading; past the usual limit only for startUserImport.
    express.json({
      limit: config.jobs.bodyLimitBytes,
      verify: (req, _res, buf) => void ((req as { bodyBytes?: number }).bodyBytes = buf.length),
    }),
    bodyErrors,
    (req: Request, res: Response, next: NextFunction) => {
      const bytes = (req as { bodyBytes?: number }).bodyBytes ?? 0;
      if (bytes > config.bodyLimitBytes && !onlyImports(req.body)) TOO_LARGE(res);
      else next();
    },
    (req: Request, res: Response, next: NextFunction) => {
      // For debugging a client: the request as received, its secrets redacted by the logger.
      if (deps.logger.isLevelEnabled('trace'))
        deps.logger.trace(
          { requestId: res.locals.requestId, headers: req.headers, body: loggableBody(req.body) },
          'request body',
        );
      next();
    },
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const token = bearerToken(req.header('authorization'));
        if (deps.odin.mode === 'service' && !apiKeys.admits(token)) {
          const error = new UnauthenticatedError(
            'Send a valid API key as Authorization: Bearer <key>',
          );
          error.extensions.http = {
            status: 401,
            headers: new Map([['www-authenticate', 'Bearer']]),
          };
          throw error;
        }
        const context = createContext(deps, {
          requestId: String(res.locals.requestId),
          callerToken: deps.odin.mode === 'passthrough' ? token : undefined,
          maxBulk: config.maxBulk,
          maxJobRows: config.jobs.maxRows,
          fresh: /\bno-cache\b/i.test(req.header('cache-control') ?? ''),
        });
        return Object.assign(context, { report: res.locals.report as RequestReport });
      },
    }),
  );
  return router;
}
