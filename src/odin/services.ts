import type { GroupRef, GroupServices, UserServices, UserServicesChange } from './model';
import { normalizeGroupServices, normalizeUserServices } from './normalize';
import type { OdinCaller } from './session';
import { shapeUserServices } from './shape';
import type { WireGroupServices, WireUserServices } from './wire';

/** Services and service packs: what a group is authorised for, what a user has. */
export class OdinServices {
  constructor(private readonly odin: OdinCaller) {}

  async ofGroup(where: GroupRef): Promise<GroupServices> {
    const wire = await this.odin.call<WireGroupServices>({
      method: 'GET',
      path: '/groups/services',
      params: { ...where },
    });
    return normalizeGroupServices(wire);
  }

  /** What the user could have, each with `assigned`. */
  async ofUser(userId: string): Promise<UserServices> {
    const wire = await this.odin.call<WireUserServices>({
      method: 'GET',
      path: '/users/services',
      params: { userId },
    });
    return normalizeUserServices(wire);
  }

  /** Assigns (or unassigns) all of them or none; the user's services, re-read. */
  async change(change: UserServicesChange, assigned: boolean): Promise<UserServices> {
    await this.send(change, assigned);
    return this.ofUser(change.userId);
  }

  /** The change alone, not read back: for callers that do not answer the user's services. */
  async send(change: UserServicesChange, assigned: boolean): Promise<void> {
    await this.odin.call<unknown>({
      method: 'PUT',
      path: '/users/services',
      body: shapeUserServices(change, assigned),
    });
  }
}
