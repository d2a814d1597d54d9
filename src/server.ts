import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { GraphQLFormattedError } from 'graphql';
import type { Config } from './config';
import { type Context, type ContextDeps, createContext } from './context';
import { toAppError } from './errors';
import { buildAppSchema } from './schema';

export interface AppServer {
  app: express.Express;
  httpServer: http.Server;
  stop(): Promise<void>;
}

const REQUEST_ID = /^[\w.-]{1,64}$/;

/** Anything that is not the project's own error, nor Apollo's request error, is masked. */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
): GraphQLFormattedError {
  const appError = toAppError(unwrapResolverError(error));
  if (appError) {
    return {
      message: appError.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: appError.extensions,
    };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR') {
    return {
      message: formatted.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code },
    };
  }
  return {
    message: 'Internal server error',
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}

/** One log line per GraphQL request, and the unexpected errors with their stack. */
function requestLogging(): ApolloServerPlugin<Context> {
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
          const codes = [
            ...new Set(
              (errors ?? []).map(
                (e) =>
                  toAppError(unwrapResolverError(e))?.code ??
                  e.extensions?.code ??
                  'INTERNAL_SERVER_ERROR',
              ),
            ),
          ];
          contextValue.logger.info(
            {
              operationName: operationName ?? null,
              durationMs: Math.round(performance.now() - started),
              outcome: codes.length ? 'error' : 'ok',
              ...(codes.length ? { codes } : {}),
            },
            'graphql request',
          );
        },
      };
    },
  };
}

/** The express app with Apollo Server mounted; the caller decides where to listen. */
export async function createServer(config: Config, deps: ContextDeps): Promise<AppServer> {
  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer<Context>({
    schema: await buildAppSchema(),
    introspection: config.introspection,
    includeStacktraceInErrorResponses: false,
    formatError,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      config.playground
        ? ApolloServerPluginLandingPageLocalDefault({ footer: false })
        : ApolloServerPluginLandingPageDisabled(),
      requestLogging(),
    ],
  });
  await apollo.start();

  app.use((req, res, next) => {
    const given = req.header('x-request-id');
    const requestId = given && REQUEST_ID.test(given) ? given : randomUUID();
    res.locals.requestId = requestId;
    res.setHeader('x-request-id', requestId);
    next();
  });
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    try {
      await deps.odin.checkSession();
      res.json({ status: 'ready' });
    } catch (err) {
      const code = toAppError(err)?.code ?? 'INTERNAL_SERVER_ERROR';
      deps.logger.warn({ code }, 'not ready');
      res.status(503).json({ status: 'not ready', code });
    }
  });
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ res }) => createContext(deps, String(res.locals.requestId)),
    }),
  );

  return {
    app,
    httpServer,
    async stop() {
      await apollo.stop();
      if (httpServer.listening) {
        await new Promise<void>((resolve) => httpServer.close(() => resolve()));
      }
    },
  };
}
