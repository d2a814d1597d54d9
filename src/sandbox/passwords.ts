import { randomInt } from 'node:crypto';

// The generators Odin offers (docs/odin/provisioning.md, section e): strings that pass the
// rules that will check them.

/** A random string of `length` with at least one character of each set, shuffled. */
export function randomSecret(sets: string[], length: number): string {
  const all = sets.join('');
  const chars = sets.map((set) => set[randomInt(set.length)]);
  while (chars.length < length) chars.push(all[randomInt(all.length)]);
  for (let i = chars.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [chars[i], chars[j]] = [chars[j], chars[i]];
  }
  return chars.join('');
}

/** `GET /sip-password/generate`: 12 characters of every kind SIP credentials allow. */
export function generateSipPassword(): string {
  return randomSecret(
    ['ABCDEFGHJKLMNPQRSTUVWXYZ', 'abcdefghijkmnopqrstuvwxyz', '23456789', '!_{}#'],
    12,
  );
}

/** `GET /passcode/generate`: 8 digits. */
export function generatePasscode(): string {
  return Array.from({ length: 8 }, () => randomInt(10)).join('');
}
