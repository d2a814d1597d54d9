import { CallerGate } from '../graphql/caller';
import http from 'node:http';
import express from 'express';
import helmet from 'helmet';
import { createApollo } from '../graphql/apollo';
import type { Config } from './config';
import type { ContextDeps } from '../graphql/context';
import { graphqlRoute } from './http/graphql-route';
import { probesRouter } from './http/probes';
import { requestLog } from './http/request-log';
import { serveSubscriptions } from './http/subscriptions';

export interface AppServer {
  httpServer: http.Server;
  /** Stops taking connections, lets in-flight operations finish (up to the shutdown timeout). */
  stop(): Promise<void>;
}

/** `/graphql`, with or without a query string or a final slash. */
const GRAPHQL_PATH = /^\/graphql\/?(?:\?|$)/i;

/** `/graphql` served by Apollo, the other routes by express; the caller decides where to listen. */
export async function createServer(config: Config, deps: ContextDeps): Promise<AppServer> {
  const app = express();
  app.disable('x-powered-by');
  // Probes and metrics change on every read: an ETag would only cost a hash of each body.
  app.disable('etag');
  app.set('query parser', 'simple');
  const httpServer = http.createServer();
  const apollo = await createApollo(config, deps, httpServer);
  // One check of who may call, for both ways in.
  const callers = new CallerGate(
    deps.odin.mode,
    config.apiKeys,
    { maxBulk: config.maxBulk, maxJobRows: config.jobs.maxRows },
    config.scopedKeys,
  );
  const subscriptions = await serveSubscriptions(config, deps, callers, httpServer);
  let draining = false;

  // Loaded only when served: production does not load the playground and its assets.
  const playground = config.playground
    ? (await import('../graphql/playground')).playground(config)
    : undefined;
  if (playground) app.use(playground.assets);
  app.use(probesRouter(deps, () => draining));
  app.use(helmet());

  const log = requestLog(deps.logger);
  const graphql = graphqlRoute(config, deps, callers, apollo, playground);
  httpServer.on('request', (req: http.IncomingMessage, res: http.ServerResponse) => {
    const trace = log(req, res);
    if (GRAPHQL_PATH.test(req.url ?? '')) graphql(req, res, trace);
    else app(req, res);
  });

  return {
    httpServer,
    async stop() {
      draining = true;
      await deps.imports?.close();
      await subscriptions.close();
      await apollo.stop();
      await deps.audit?.store.close();
      if (httpServer.listening) {
        await new Promise<void>((resolve) => httpServer.close(() => resolve()));
      }
    },
  };
}
