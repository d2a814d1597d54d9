import DataLoader from 'dataloader';
import type { OdinClient } from '../odin/client';
import type { Group } from '../odin/model';

export interface GroupRef {
  serviceProviderId: string;
  groupId: string;
}

export const groupCacheKey = (ref: GroupRef) => `${ref.serviceProviderId}\u0000${ref.groupId}`;

/** Per request: each distinct group is read once, however many users point at it. */
export function createGroupLoader(odin: OdinClient): DataLoader<GroupRef, Group | null, string> {
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
