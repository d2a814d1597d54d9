/**
 * The lowest extension of `length` digits that nobody in `used` holds, or null. BroadWorks
 * extensions of one length start at 10…0 (a leading zero is a different, longer-looking one).
 */
export function freeExtension(length: number, used: Array<string | null>): string | null {
  const taken = new Set(used.filter((e): e is string => !!e));
  const first = 10 ** (length - 1);
  for (let n = first; n < first * 10; n++) {
    const candidate = String(n);
    if (!taken.has(candidate)) return candidate;
  }
  return null;
}
