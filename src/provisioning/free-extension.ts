import type { OdinClient } from '../odin/client';
import {
  type ExtensionLengths,
  type GroupRef,
  MAX_LIST_SIZE,
  type NumberHolder,
  type User,
} from '../odin/model';

/** Every extension held in a group: its users', and every holder's the number details list. */
export function extensionsInUse(
  users: ReadonlyArray<{ extension: string | null }>,
  holders: ReadonlyMap<string, { extension: string | null }>,
): Set<string> {
  return new Set(
    [...users, ...holders.values()].map((x) => x.extension).filter((e): e is string => !!e),
  );
}

/**
 * The lowest extension of `length` digits that nobody in `used` holds, or null. BroadWorks
 * extensions of one length start at 10…0 (a leading zero is a different, longer-looking one).
 */
export function freeExtension(length: number, taken: ReadonlySet<string>): string | null {
  const first = 10 ** (length - 1);
  for (let n = first; n < first * 10; n++) {
    const candidate = String(n);
    if (!taken.has(candidate)) return candidate;
  }
  return null;
}

/**
 * A group's extension lengths and every extension held in it (its users', and every holder
 * of a number), with the two reads they come from: the one way the layer reads what
 * extensions a group has left.
 */
export async function groupExtensions(
  odin: OdinClient,
  where: GroupRef,
): Promise<{
  lengths: ExtensionLengths | null;
  used: Set<string>;
  users: User[];
  holders: Map<string, NumberHolder>;
}> {
  const [lengths, users, holders] = await Promise.all([
    odin.numbers.extensionLengths(where),
    odin.users.list({ ...where, limit: MAX_LIST_SIZE }),
    odin.numbers.holdersInGroup(where),
  ]);
  return { lengths, used: extensionsInUse(users, holders), users, holders };
}
