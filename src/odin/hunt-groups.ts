import type { GroupRef, HuntGroup, HuntGroupChange, HuntGroupRow, HuntPolicy } from './model';
import { normalizeHuntGroup, normalizeHuntGroupRows } from './normalize-routing';
import { isNotFound } from './odin-error';
import { parsePhoneNumber } from './phone';
import type { OdinCaller } from './session';
import type { WireBody, WireHuntGroup, WireHuntGroupRow } from './wire';

/** `CIRCULAR` → `Circular`, Odin's spelling. */
const odinPolicy = (policy: HuntPolicy) => policy.charAt(0) + policy.slice(1).toLowerCase();

/** The profile part of a create or an update: only what the change sets. */
function profileOf(change: HuntGroupChange): WireBody {
  const profile: WireBody = {};
  if (change.name) {
    profile.name = change.name;
    // Odin's client names the calling line `<first> <last>`; the layer keeps the name whole.
    profile.callingLineIdFirstName = change.name;
    profile.callingLineIdLastName = 'Hunt Group';
  }
  if (change.extension !== undefined && change.extension !== null)
    profile.extension = change.extension;
  if (change.phoneNumber !== undefined && change.phoneNumber !== null)
    profile.phoneNumber = parsePhoneNumber(change.phoneNumber)?.national ?? change.phoneNumber;
  return profile;
}

/** The settings part: only what the change sets. */
function settingsOf(change: HuntGroupChange): WireBody {
  const body: WireBody = {};
  if (change.policy) body.policy = odinPolicy(change.policy);
  if (change.agentUserIds) body.agents = change.agentUserIds.map((userId) => ({ userId }));
  if (change.noAnswerRings !== undefined && change.noAnswerRings !== null)
    body.noAnswerNumberOfRings = change.noAnswerRings;
  if (change.forwardTimeoutSeconds !== undefined && change.forwardTimeoutSeconds !== null)
    body.forwardTimeoutSeconds = change.forwardTimeoutSeconds;
  if (change.forwardTo !== undefined && change.forwardTo !== null)
    body.forwardToPhoneNumber = change.forwardTo;
  if (change.forwardAfterTimeout !== undefined && change.forwardAfterTimeout !== null)
    body.forwardAfterTimeout = change.forwardAfterTimeout;
  return body;
}

/** A group's hunt groups (docs/odin/routing.md, section b). */
export class OdinHuntGroups {
  constructor(private readonly odin: OdinCaller) {}

  async ofGroup(where: GroupRef): Promise<HuntGroupRow[]> {
    const rows = await this.odin.call<WireHuntGroupRow[]>({
      method: 'GET',
      path: '/groups/hunt-groups',
      params: { ...where },
    });
    return normalizeHuntGroupRows(rows);
  }

  /** One hunt group; null when Odin has none with that id. */
  async get(serviceUserId: string): Promise<HuntGroup | null> {
    try {
      const wire = await this.odin.call<WireHuntGroup | WireHuntGroup[]>({
        method: 'GET',
        path: '/groups/hunt-groups',
        params: { serviceUserId },
      });
      return normalizeHuntGroup(wire);
    } catch (err) {
      if (isNotFound(err)) return null;
      throw err;
    }
  }

  /** Odin's defaults where the change is silent: Regular, 5 rings, no timeout. */
  async create(change: HuntGroupChange & GroupRef): Promise<HuntGroup | null> {
    const wire = await this.odin.call<WireHuntGroup | WireHuntGroup[]>({
      method: 'POST',
      path: '/groups/hunt-groups',
      body: {
        serviceProviderId: change.serviceProviderId,
        groupId: change.groupId,
        serviceUserId: change.serviceUserId,
        policy: 'Regular',
        noAnswerNumberOfRings: 5,
        forwardTimeoutSeconds: 0,
        ...settingsOf({
          ...change,
          forwardAfterTimeout: change.forwardAfterTimeout ?? !!change.forwardTo,
        }),
        serviceInstanceProfile: profileOf(change),
      },
    });
    return normalizeHuntGroup(wire);
  }

  async update(change: HuntGroupChange & GroupRef): Promise<void> {
    await this.odin.call<unknown>({
      method: 'PUT',
      path: '/groups/hunt-groups',
      body: {
        ...settingsOf(change),
        serviceProviderId: change.serviceProviderId,
        groupId: change.groupId,
        serviceUserId: change.serviceUserId,
        serviceInstanceProfile: profileOf(change),
      },
    });
  }

  /** The deleted hunt group, as Odin answers it. */
  async delete(serviceUserId: string): Promise<HuntGroup | null> {
    const wire = await this.odin.call<WireHuntGroup | WireHuntGroup[]>({
      method: 'DELETE',
      path: '/groups/hunt-groups',
      params: { serviceUserId },
    });
    return normalizeHuntGroup(wire);
  }

  async setActive(serviceUserId: string, active: boolean): Promise<void> {
    await this.odin.call<unknown>({
      method: 'PUT',
      path: '/groups/hunt-groups/status',
      body: { instances: [{ serviceUserId, isActive: active }] },
    });
  }
}
