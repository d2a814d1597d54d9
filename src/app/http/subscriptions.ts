import type http from 'node:http';
import { randomUUID } from 'node:crypto';
import {
  type DocumentNode,
  type ExecutionArgs,
  GraphQLError,
  getOperationAST,
  parse,
  specifiedRules,
  validate,
} from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { formatError } from '../../graphql/errors';
import { CallerGate, bearerToken } from '../../graphql/caller';
import type { Config } from '../config';
import { type ContextDeps, createContext } from '../../graphql/context';
import { operationLimitError } from '../../graphql/query-limits';
import { buildAppSchemas } from '../../graphql/schema';
import { originPolicy } from './origins';

/** What a WebSocket client sends in `connectionParams`: the HTTP header, or the key alone. */
type ConnectionParams = Record<string, unknown> & {
  authorization?: unknown;
  apiKey?: unknown;
};

/**
 * Subscriptions over WebSocket (graphql-ws) on the HTTP server's `/graphql`. The caller check
 * is HTTP's: an API key in service mode, an Odin token in passthrough, in `connectionParams`.
 * Operations meet the same limits as over HTTP.
 */
export async function serveSubscriptions(
  config: Config,
  deps: ContextDeps,
  callers: CallerGate,
  httpServer: http.Server,
): Promise<{ close(): Promise<void> }> {
  const schema = (await buildAppSchemas()).subgraph;
  const allows = originPolicy(config, deps.logger);
  const wss = new WebSocketServer({
    server: httpServer,
    path: '/graphql',
    // Browsers send their origin: the layer's own (the playground) and CORS_ORIGINS only.
    verifyClient: ({ origin, req }: { origin?: string; req: http.IncomingMessage }) =>
      !origin || new URL(origin).host === req.headers.host || allows(origin),
  });
  const tokenOf = (params: ConnectionParams | undefined) => {
    // Header names from a playground's headers tab come in any case.
    const header = Object.entries(params ?? {}).find(([k]) => k.toLowerCase() === 'authorization');
    if (typeof header?.[1] === 'string') return bearerToken(header[1]);
    // An empty key is no key: in passthrough it would otherwise pass for a token.
    return typeof params?.apiKey === 'string' && params.apiKey ? params.apiKey : undefined;
  };
  const server = useServer<ConnectionParams>(
    {
      schema,
      onConnect: (ctx) => callers.admits(tokenOf(ctx.connectionParams), 'websocket'),
      onSubscribe: (ctx, _id, payload) => {
        let document: DocumentNode;
        try {
          document = parse(payload.query, { maxTokens: config.limits.maxTokens });
        } catch (err) {
          return [err instanceof GraphQLError ? err : new GraphQLError(String(err))];
        }
        const errors = validate(schema, document, specifiedRules);
        if (errors.length) return errors;
        const operation = getOperationAST(document, payload.operationName);
        if (!operation) return [new GraphQLError('No operation to run')];
        const variables = payload.variables ?? {};
        const exceeded = operationLimitError(
          config.limits,
          payload.query.length,
          schema,
          document,
          operation,
          variables,
        );
        if (exceeded) return [exceeded];
        const token = tokenOf(ctx.connectionParams);
        const args: ExecutionArgs = {
          schema,
          document,
          operationName: payload.operationName,
          variableValues: variables,
          contextValue: createContext(deps, callers.requestInfo(token, randomUUID())),
        };
        return args;
      },
      onNext: (_ctx, _id, _payload, _args, result) =>
        'errors' in result && result.errors
          ? { ...result, errors: result.errors.map((e) => formatError(e.toJSON(), e)) }
          : result,
    },
    wss,
  );
  return {
    close: async () => {
      await server.dispose();
      wss.close();
    },
  };
}
