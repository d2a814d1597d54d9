import type { Group } from './model';
import { normalizeGroup } from './normalize';
import type { OdinCaller } from './session';
import { isNotFound } from './odin-error';
import type { WireGroup } from './wire';

export class OdinGroups {
  constructor(private readonly odin: OdinCaller) {}

  /** One group, or null when Odin has no such group. */
  async get(serviceProviderId: string, groupId: string): Promise<Group | null> {
    try {
      const wire = await this.odin.call<WireGroup>({
        method: 'GET',
        path: '/groups',
        params: { serviceProviderId, groupId },
      });
      return normalizeGroup(wire);
    } catch (err) {
      if (isNotFound(err)) return null;
      throw err;
    }
  }
}
