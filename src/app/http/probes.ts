import { Router } from 'express';
import helmet from 'helmet';
import type { ContextDeps } from '../../graphql/context';
import { type ErrorCode, toAppError } from '../../graphql/errors';

/** `/healthz` (alive), `/readyz` (Odin, and Redis when set, answer; not draining), `/metrics`. */
export function probesRouter(deps: ContextDeps, draining: () => boolean): Router {
  const router = Router();
  router.use(['/healthz', '/readyz', '/metrics'], helmet());
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/metrics', async (_req, res) => {
    res.type(deps.metrics.registry.contentType).send(await deps.metrics.registry.metrics());
  });
  router.get('/readyz', async (_req, res) => {
    try {
      if (draining()) throw new Error('shutting down');
      if (deps.redis) await deps.redis.ping();
      // Every Odin instance answers (and accepts the layer's session): each reported.
      const all = deps.instances ?? new Map([['default', deps.odin]]);
      const checks = await Promise.all(
        [...all].map(async ([name, odin]) => {
          try {
            await odin.checkReady();
            return [name, 'ready'] as const;
          } catch (err) {
            return [name, toAppError(err)?.code ?? 'INTERNAL_SERVER_ERROR'] as const;
          }
        }),
      );
      const instances = Object.fromEntries(checks);
      // The audit trail's store as last found (changes wait for it; reads do not): reported only.
      const audit = deps.audit?.store.state ?? 'off';
      const down = checks.find(([, state]) => state !== 'ready');
      if (down) {
        deps.logger.warn({ instances }, 'not ready');
        res.status(503).json({ status: 'not ready', code: down[1], instances, audit });
        return;
      }
      res.json({ status: 'ready', instances, audit });
    } catch (err) {
      const code: ErrorCode =
        toAppError(err)?.code ??
        (draining()
          ? 'SHUTTING_DOWN'
          : deps.redis && deps.redis.status !== 'ready'
            ? 'REDIS_UNAVAILABLE'
            : 'INTERNAL_SERVER_ERROR');
      deps.logger.warn({ code }, 'not ready');
      res.status(503).json({ status: 'not ready', code });
    }
  });
  return router;
}
