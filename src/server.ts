import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import {
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express, { type NextFunction, type Request, type Response } from 'express';
import type { GraphQLFormattedError } from 'graphql';
import helmet from 'helmet';
import Negotiator from 'negotiator';
import { ApiKeys, bearerToken } from './caller';
import type { Config } from './config';
import { type Context, type ContextDeps, createContext } from './context';
import { UnauthenticatedError, toAppError } from './errors';
import { queryLimitsPlugin } from './limits';
import type { Metrics } from './metrics';
import { playgroundRouter } from './playground';
import { RedisQueryCache } from './redis';
import { buildAppSchemas } from './schema';

export interface AppServer {
  app: express.Express;
  httpServer: http.Server;
  /** Stops taking connections, lets in-flight operations finish (up to the shutdown timeout). */
  stop(): Promise<void>;
}

/** What the one log line of a GraphQL request says of it, filled in by the plugin. */
interface RequestReport {
  operationName?: string | null;
  codes?: string[];
}

const REQUEST_ID = /^[\w.-]{1,64}$/;

const codeOf = (error: unknown, formatted?: GraphQLFormattedError): string => {
  const app = toAppError(unwrapResolverError(error));
  const code = app?.code ?? formatted?.extensions?.code;
  return typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR';
};

/** Anything that is not the project's own error, nor Apollo's request error, is masked. */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
): GraphQLFormattedError {
  const appError = toAppError(unwrapResolverError(error));
  if (appError) {
    // `http` sets the status; it is not for the caller.
    const { http: _http, ...extensions } = appError.extensions;
    return {
      message: appError.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions,
    };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR') return formatted;
  return {
    message: 'Internal server error',
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}

/** Fills the request's report and logs the unexpected errors, with their stack. */
function requestReporting(
  metrics: Metrics,
): ApolloServerPlugin<Context & { report?: RequestReport }> {
  return {
    async requestDidStart({ contextValue }) {
      const started = performance.now();
      return {
        async didEncounterErrors({ errors }) {
          for (const error of errors) {
            const original = unwrapResolverError(error);
            if (!toAppError(original) && !error.extensions?.code) {
              const e = original instanceof Error ? original : new Error(String(original));
              contextValue.logger.error(
                { err: { message: e.message, stack: e.stack } },
                'unexpected error',
              );
            }
          }
        },
        async willSendResponse({ operationName, errors }) {
          const codes = errors?.length ? [...new Set(errors.map((e) => codeOf(e)))] : [];
          metrics.operation(operationName, codes[0] ?? 'ok', (performance.now() - started) / 1000);
          if (!contextValue.report) return;
          contextValue.report.operationName = operationName ?? null;
          if (codes.length) contextValue.report.codes = codes;
        },
      };
    },
  };
}

// Errors of a well-formed request that never reached execution: a document that does not
// parse or validate, or variables that do not coerce.
const REQUEST_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
]);
const RESPONSE_TYPES = ['application/json', 'application/graphql-response+json'];

/**
 * GraphQL over HTTP: a client that accepts only `application/json` gets 200 for errors of a
 * well-formed request (clients such as Apollo Client read errors only from a 2xx), and
 * `application/graphql-response+json` keeps 4xx.
 */
export function statusForJsonClients(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ request, response }) {
          if (response.http.status !== 400 || response.body.kind !== 'single') return;
          const errors = response.body.singleResult.errors ?? [];
          const requestErrors = errors.every((e) =>
            REQUEST_ERROR_CODES.has(String(e.extensions?.code)),
          );
          if (!errors.length || !requestErrors) return;
          const accept = request.http?.headers.get('accept');
          const type = accept
            ? new Negotiator({ headers: { accept } }).mediaType(RESPONSE_TYPES)
            : 'application/json';
          if (type === 'application/json') response.http.status = 200;
        },
      };
    },
  };
}

/** JSON for what express's body parser refuses: a body too large, or not JSON. */
function bodyErrors(err: unknown, _req: Request, res: Response, next: NextFunction): void {
  const type = err && typeof err === 'object' && 'type' in err ? err.type : undefined;
  if (type === 'entity.too.large') {
    res.status(413).json({
      errors: [{ message: 'Request body too large', extensions: { code: 'PAYLOAD_TOO_LARGE' } }],
    });
  } else if (
    type === 'entity.parse.failed' ||
    type === 'charset.unsupported' ||
    type === 'encoding.unsupported'
  ) {
    res
      .status(400)
      .json({ errors: [{ message: 'Malformed JSON body', extensions: { code: 'BAD_REQUEST' } }] });
  } else {
    next(err);
  }
}

/** The express app with Apollo Server mounted; the caller decides where to listen. */
export async function createServer(config: Config, deps: ContextDeps): Promise<AppServer> {
  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  const httpServer = http.createServer(app);
  const apiKeys = new ApiKeys(config.apiKeys);
  const apollo = new ApolloServer<Context>({
    schema: (await buildAppSchemas()).subgraph,
    introspection: config.introspection,
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: config.production,
    allowBatchedHttpRequests: config.batching,
    csrfPrevention: true,
    // Signals are index.ts's: Apollo's own handler re-raises SIGTERM after stopping, which
    // would kill the process before Redis is closed and it exits 0.
    stopOnTerminationSignals: false,
    parseOptions: { maxTokens: config.limits.maxTokens },
    persistedQueries: deps.redis
      ? { cache: new RedisQueryCache(deps.redis, 'odin-graphql:apq:') }
      : undefined,
    formatError,
    plugins: [
      ApolloServerPluginDrainHttpServer({
        httpServer,
        stopGracePeriodMillis: config.shutdownTimeoutMs,
      }),
      // The playground is ours (src/playground.ts), served without internet.
      ApolloServerPluginLandingPageDisabled(),
      // Per-field timings are not for whoever asks; /metrics is where timings go.
      ApolloServerPluginInlineTraceDisabled(),
      queryLimitsPlugin(config.limits),
      requestReporting(deps.metrics),
      statusForJsonClients(),
    ],
  });
  await apollo.start();

  // One log line per request, whatever answered it.
  app.use((req, res, next) => {
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
      const probe = path === '/healthz' || path === '/readyz';
      deps.logger[probe ? 'debug' : 'info'](
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
  });

  const secured = helmet();
  app.get('/healthz', secured, (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/metrics', secured, async (_req, res) => {
    res.type(deps.metrics.registry.contentType).send(await deps.metrics.registry.metrics());
  });
  let draining = false;
  app.get('/readyz', secured, async (_req, res) => {
    try {
      if (draining) throw new Error('shutting down');
      if (deps.redis) await deps.redis.ping();
      await deps.odin.checkReady();
      res.json({ status: 'ready' });
    } catch (err) {
      const code =
        toAppError(err)?.code ??
        (draining
          ? 'SHUTTING_DOWN'
          : deps.redis && deps.redis.status !== 'ready'
            ? 'REDIS_UNAVAILABLE'
            : 'INTERNAL_SERVER_ERROR');
      deps.logger.warn({ code }, 'not ready');
      res.status(503).json({ status: 'not ready', code });
    }
  });

  // CORS first: it answers preflights, which the playground's router would otherwise take.
  const allowed = new Set(config.corsOrigins);
  app.use(
    '/graphql',
    cors({
      origin: (origin, done) => done(null, origin !== undefined && allowed.has(origin)),
      maxAge: 600,
    }),
  );
  if (config.playground) app.use(playgroundRouter(config));
  app.use(
    '/graphql',
    express.json({ limit: config.bodyLimitBytes }),
    bodyErrors,
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const token = bearerToken(req.header('authorization'));
        if (deps.odin.mode === 'service' && apiKeys.configured && !apiKeys.accepts(token)) {
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
        });
        return Object.assign(context, { report: res.locals.report as RequestReport });
      },
    }),
  );
  app.use(helmet());

  return {
    app,
    httpServer,
    async stop() {
      draining = true;
      await apollo.stop();
      if (httpServer.listening) {
        await new Promise<void>((resolve) => httpServer.close(() => resolve()));
      }
    },
  };
}
