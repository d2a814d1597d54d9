import { type ExtensionLengths, type GroupNumber, type GroupRef, type NumberHolder } from './model';
import {
  normalizeExtensionLengths,
  normalizeGroupNumbers,
  normalizeNumberHolders,
} from './normalize';
import { isNotFound } from './odin-error';
import type { PhoneNumber } from './phone';
import type { OdinCaller } from './session';
import { shapeActivation, shapeNumberRuns } from './shape';
import type { WireDnRow, WireExtensions, WireGroupDns } from './wire';

/** A group's number inventory, who holds each number, and its extension lengths. */
export class OdinNumbers {
  constructor(private readonly odin: OdinCaller) {}

  /** Every number of the group, with `assigned` and `activated`. */
  async ofGroup(where: GroupRef): Promise<GroupNumber[]> {
    const wire = await this.odin.call<WireGroupDns>({
      method: 'GET',
      path: '/groups/dns',
      params: { ...where },
    });
    return normalizeGroupNumbers(wire);
  }

  /** Who holds each held number of the group, keyed by national digits. */
  async holdersInGroup(where: GroupRef): Promise<Map<string, NumberHolder>> {
    const wire = await this.odin.call<{ dns?: WireDnRow[] }>({
      method: 'GET',
      path: '/groups/dns/details',
      params: { ...where },
    });
    return normalizeNumberHolders(wire?.dns, where);
  }

  /** Who holds a number anywhere in the system; null when nobody does. */
  async holderOf(number: PhoneNumber): Promise<NumberHolder | null> {
    const rows = await this.odin.call<WireDnRow[]>({
      method: 'GET',
      path: '/system/dns/search',
      // The public client glues `+` to the digits it is given.
      params: { dn: `+${number.national}` },
    });
    return normalizeNumberHolders(Array.isArray(rows) ? rows : []).get(number.national) ?? null;
  }

  /** Numbers from the service provider's pool to the group; the group's list, re-read. */
  async addToGroup(where: GroupRef, numbers: PhoneNumber[]): Promise<GroupNumber[]> {
    await this.odin.call<unknown>({
      method: 'POST',
      path: '/groups/dns',
      body: { ...where, dns: shapeNumberRuns(numbers) },
      // All or nothing: a replay after a lost answer finds the numbers taken, nothing doubles.
      idempotent: true,
    });
    return this.ofGroup(where);
  }

  /** Numbers back to the service provider: DELETE with a JSON body. */
  async removeFromGroup(where: GroupRef, numbers: PhoneNumber[]): Promise<GroupNumber[]> {
    await this.odin.call<unknown>({
      method: 'DELETE',
      path: '/groups/dns',
      body: { ...where, dns: shapeNumberRuns(numbers) },
    });
    return this.ofGroup(where);
  }

  async setActivated(
    where: GroupRef,
    numbers: PhoneNumber[],
    activated: boolean,
  ): Promise<GroupNumber[]> {
    await this.odin.call<unknown>({
      method: 'PUT',
      path: '/groups/dns',
      body: shapeActivation(where, numbers, activated),
    });
    // The answer is the list, but `[]` is a success too: read it again.
    return this.ofGroup(where);
  }

  async extensionLengths(where: GroupRef): Promise<ExtensionLengths | null> {
    try {
      const wire = await this.odin.call<WireExtensions>({
        method: 'GET',
        path: '/groups/extensions',
        params: { ...where },
      });
      return normalizeExtensionLengths(wire);
    } catch (err) {
      if (isNotFound(err)) return null;
      throw err;
    }
  }
}
