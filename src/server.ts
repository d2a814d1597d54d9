import http from 'node:http';
import express from 'express';
import helmet from 'helmet';
import { createApollo } from './apollo';
import type { Config } from './config';
import type { ContextDeps } from './context';
import { graphqlRoute } from './http/graphql-route';
import { probesRouter } from './http/probes';
import { requestLog } from './http/request-log';
import { serveSubscriptions } from './http/subscriptions';

export interface AppServer {
  app: express.Express;
  httpServer: http.Server;
  /** Stops taking connections, lets in-flight operations finish (up to the shutdown timeout). */
  stop(): Promise<void>;
}

/** The express app with Apollo Server mounted; the caller decides where to listen. */
export async function createServer(config: Config, deps: ContextDeps): Promise<AppServer> {
  const app = express();
  app.disable('x-powered-by');
  // Every answer is no-store: an ETag would only cost a hash of each body.
  app.disable('etag');
  app.set('query parser', 'simple');
  const httpServer = http.createServer(app);
  const apollo = await createApollo(config, deps, httpServer);
  const subscriptions = await serveSubscriptions(config, deps, httpServer);
  let draining = false;

  app.use(requestLog(deps.logger));
  // `/graphql` first: its requests never walk the probes' routes.
  app.use(await graphqlRoute(config, deps, apollo));
  app.use(probesRouter(deps, () => draining));
  app.use(helmet());

  return {
    app,
    httpServer,
    async stop() {
      draining = true;
      await deps.imports?.close();
      await subscriptions.close();
      await apollo.stop();
      if (httpServer.listening) {
        await new Promise<void>((resolve) => httpServer.close(() => resolve()));
      }
    },
  };
}
