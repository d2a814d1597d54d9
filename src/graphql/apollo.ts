import type http from 'node:http';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import Negotiator from 'negotiator';
import type { Config } from '../app/config';
import type { Context, ContextDeps } from './context';
import { type ErrorCode, codeOf, formatError, toAppError } from './errors';
import type { RequestReport } from '../app/http/request-log';
import { KnownOperationTypes, queryLimitsPlugin } from './query-limits';
import type { Metrics } from '../app/metrics';
import { RedisQueryCache } from '../app/redis';
import { buildAppSchemas } from './schema';

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
const REQUEST_ERROR_CODES = new Set<unknown>([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
] satisfies ErrorCode[]);
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
          if (!errors.length || !errors.every((e) => REQUEST_ERROR_CODES.has(e.extensions?.code)))
            return;
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

/**
 * Every answer holds one caller's provisioning data: `cache-control: no-store`, always.
 * (Apollo's cache-control plugin would compute the same from no hints, at the cost of a
 * hook on every field resolved; it is off.)
 */
function noStore(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          response.http.headers.set('cache-control', 'no-store');
        },
      };
    },
  };
}

/**
 * `extensions.cache`: how many of the operation's Odin reads were served from the cache,
 * fresh, or coalesced with another; `extensions.stale` when Odin was down and a kept answer
 * stood in.
 */
function cacheReport(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue }) {
      return {
        // A mutation is never answered from what was kept when Odin is down.
        async didResolveOperation({ operation }) {
          if (operation?.operation === 'mutation') contextValue.cacheRead.staleOk = false;
        },
        async willSendResponse({ response }) {
          if (!contextValue.connection.cache || response.body.kind !== 'single') return;
          const stats = contextValue.cacheRead.stats;
          const result = response.body.singleResult;
          result.extensions = {
            ...result.extensions,
            cache: { cached: stats.cached, fresh: stats.fresh, coalesced: stats.coalesced },
            ...(stats.stale ? { stale: true } : {}),
          };
        },
      };
    },
  };
}

/** Apollo Server over the subgraph schema, with the project's limits, errors and reporting. */
export async function createApollo(
  config: Config,
  deps: ContextDeps,
  httpServer: http.Server,
): Promise<ApolloServer<Context>> {
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
    validationRules: [KnownOperationTypes],
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
      ApolloServerPluginCacheControlDisabled(),
      noStore(),
      queryLimitsPlugin(config.limits),
      requestReporting(deps.metrics),
      statusForJsonClients(),
      cacheReport(),
    ],
  });
  await apollo.start();
  return apollo;
}
