import type { OdinConfig } from '../config';
import type { Logger } from '../logger';
import { ServiceAccountTokens } from './auth';
import { OdinGroups } from './groups';
import { OdinHttp } from './http';
import { OdinSession } from './session';
import { OdinUsers } from './users';

/** Everything the GraphQL layer may ask of Odin, in the project's own model. */
export class OdinClient {
  readonly groups: OdinGroups;
  readonly users: OdinUsers;

  constructor(readonly session: OdinSession) {
    this.groups = new OdinGroups(session);
    this.users = new OdinUsers(session, this.groups);
  }

  /** Odin answers and accepts this client's session (`GET /auth/session`). */
  async checkSession(): Promise<void> {
    await this.session.call<unknown>({ method: 'GET', path: '/auth/session' });
  }
}

/** The service-mode client: one per process, logged in with the service account. */
export function createServiceOdinClient(config: OdinConfig, logger: Logger): OdinClient {
  if (!config.baseUrl || !config.username || !config.password) {
    throw new Error('The Odin service client needs a base URL, a username and a password');
  }
  const http = new OdinHttp(
    {
      baseUrl: config.baseUrl,
      timeoutMs: config.timeoutMs,
      deadlineMs: config.deadlineMs,
      rateLimitPerSecond: config.rateLimitPerSecond,
      maxConcurrency: config.maxConcurrency,
    },
    logger,
  );
  const tokens = new ServiceAccountTokens(http, config.username, config.password);
  return new OdinClient(new OdinSession(http, tokens, true));
}
