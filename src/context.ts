import type DataLoader from 'dataloader';
import { type GroupRef, createGroupLoader } from './groups/group.loaders';
import type { Logger } from './logger';
import type { OdinClient } from './odin/client';
import type { Group, User } from './odin/model';
import { createUserLoader } from './users/user.loaders';

export interface Loaders {
  user: DataLoader<string, User | null>;
  group: DataLoader<GroupRef, Group | null, string>;
}

/** What every resolver of one GraphQL request gets. */
export interface Context {
  requestId: string;
  logger: Logger;
  /** The Odin client acting for this request's caller. */
  odin: OdinClient;
  /** Created for this request only: nothing is cached across requests or callers. */
  loaders: Loaders;
}

export interface ContextDeps {
  odin: OdinClient;
  logger: Logger;
}

export function createLoaders(odin: OdinClient): Loaders {
  return { user: createUserLoader(odin), group: createGroupLoader(odin) };
}

export function createContext(deps: ContextDeps, requestId: string): Context {
  return {
    requestId,
    logger: deps.logger.child({ requestId }),
    odin: deps.odin,
    loaders: createLoaders(deps.odin),
  };
}
