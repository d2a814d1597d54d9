// Phone numbers in the three forms Odin and its clients use: national digits
// (`2125550142`, the user entity's form), E.164 (`+12125550142`) and Odin's inventory
// form (`+1-2125550142`). One parser for all of them, one writer per form.

export interface PhoneNumber {
  /** Country calling code, digits only: `1`. */
  countryCode: string;
  /** The national number, digits only: `2125550142`. */
  national: string;
}

/** The most numbers one call may name, ranges expanded. */
export const MAX_NUMBERS_PER_CALL = 1000;

const INVENTORY = /^\+(\d{1,3})-(\d{4,14})$/;
const E164_NANP = /^\+1(\d{10})$/;
const NATIONAL_NANP = /^\d{10}$/;

/**
 * Reads `2125550142`, `+12125550142` or `+1-2125550142`. Without the hyphen only the
 * North American plan (+1, ten national digits) can be split without a numbering
 * table; any other country must be written `+cc-number`. Null when unreadable.
 */
export function parsePhoneNumber(input: string): PhoneNumber | null {
  const s = input.trim();
  const inventory = INVENTORY.exec(s);
  if (inventory) return { countryCode: inventory[1], national: inventory[2] };
  const e164 = E164_NANP.exec(s);
  if (e164) return { countryCode: '1', national: e164[1] };
  if (NATIONAL_NANP.test(s)) return { countryCode: '1', national: s };
  return null;
}

/** `+1-2125550142`: how inventory calls (`/groups/dns` and friends) write a number. */
export const inventoryForm = (n: PhoneNumber) => `+${n.countryCode}-${n.national}`;

/** `+12125550142`. */
export const e164Form = (n: PhoneNumber) => `+${n.countryCode}${n.national}`;

/**
 * The numbers from `first` to `last`, both included; null when they are not one run of
 * the same country and length, or the run is reversed.
 */
export function expandRange(first: PhoneNumber, last: PhoneNumber): PhoneNumber[] | null {
  if (first.countryCode !== last.countryCode || first.national.length !== last.national.length)
    return null;
  const from = BigInt(first.national);
  const to = BigInt(last.national);
  if (to < from) return null;
  if (to - from >= BigInt(MAX_NUMBERS_PER_CALL)) return null;
  const out: PhoneNumber[] = [];
  for (let n = from; n <= to; n++)
    out.push({
      countryCode: first.countryCode,
      national: n.toString().padStart(first.national.length, '0'),
    });
  return out;
}

/** Consecutive numbers folded back into `{first, last}` runs, in ascending order. */
export function foldRuns(numbers: PhoneNumber[]): Array<{ first: PhoneNumber; last: PhoneNumber }> {
  const sorted = [...numbers].sort((a, b) =>
    a.countryCode === b.countryCode
      ? a.national.length - b.national.length || (BigInt(a.national) < BigInt(b.national) ? -1 : 1)
      : a.countryCode < b.countryCode
        ? -1
        : 1,
  );
  const runs: Array<{ first: PhoneNumber; last: PhoneNumber }> = [];
  for (const n of sorted) {
    const run = runs[runs.length - 1];
    if (
      run &&
      run.last.countryCode === n.countryCode &&
      run.last.national.length === n.national.length &&
      BigInt(n.national) === BigInt(run.last.national) + 1n
    )
      run.last = n;
    else runs.push({ first: n, last: n });
  }
  return runs;
}
