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
