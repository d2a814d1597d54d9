import type { Logger } from './logger';
import type { OdinClient } from './odin/client';

/** What every resolver of one GraphQL request gets. */
export interface Context {
  requestId: string;
  logger: Logger;
  /** The Odin client acting for this request's caller. */
  odin: OdinClient;
}

export interface ContextDeps {
  odin: OdinClient;
  logger: Logger;
}

export function createContext(deps: ContextDeps, requestId: string): Context {
  return {
    requestId,
    logger: deps.logger.child({ requestId }),
    odin: deps.odin,
  };
}
