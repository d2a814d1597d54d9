import DataLoader from 'dataloader';
import type { OdinClient } from '../odin/client';
import type { User } from '../odin/model';

/** Per request: each user id is read once; lists and mutations prime it. */
export function createUserLoader(odin: OdinClient): DataLoader<string, User | null> {
  // Odin has no batch read by id: the win is de-duplication within the request.
  return new DataLoader((userIds) =>
    Promise.all(userIds.map((userId) => odin.users.get(userId).catch((err: Error) => err))),
  );
}
