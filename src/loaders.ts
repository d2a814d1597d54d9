import DataLoader from 'dataloader';
import type { OdinClient } from './odin/client';
import type { Group, User } from './odin/model';

// The per-request DataLoaders (one factory, called from the context): they depend on the
// Odin client only, so the resolver folders import them, never the other way round.

export interface GroupRef {
  serviceProviderId: string;
  groupId: string;
}

export const groupCacheKey = (ref: GroupRef) => `${ref.serviceProviderId}\u0000${ref.groupId}`;

export interface Loaders {
  user: DataLoader<string, User | null>;
  group: DataLoader<GroupRef, Group | null, string>;
}

/** Per request: each user id is read once; lists and mutations prime it. */
function createUserLoader(odin: OdinClient): DataLoader<string, User | null> {
  // Odin has no batch read by id: the win is de-duplication within the request.
  return new DataLoader((userIds) =>
    Promise.all(userIds.map((userId) => odin.users.get(userId).catch((err: Error) => err))),
  );
}

/** Per request: each distinct group is read once, however many users point at it. */
function createGroupLoader(odin: OdinClient): DataLoader<GroupRef, Group | null, string> {
  return new DataLoader(
    (refs) =>
      Promise.all(
        refs.map((ref) =>
          odin.groups.get(ref.serviceProviderId, ref.groupId).catch((err: Error) => err),
        ),
      ),
    { cacheKeyFn: groupCacheKey },
  );
}

export function createLoaders(odin: OdinClient): Loaders {
  return { user: createUserLoader(odin), group: createGroupLoader(odin) };
}
