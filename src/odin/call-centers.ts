import type {
  CallCenter,
  CallCenterAgentRow,
  CallCenterRow,
  CallCenterTreatment,
  CallCenterTreatmentKind,
  AgentSide,
  Forwarding,
  GroupRef,
} from './model';
import {
  normalizeAgentSide,
  normalizeCallCenter,
  normalizeCallCenterAgents,
  normalizeCallCenterRows,
  normalizeForcedForwarding,
  normalizeTreatment,
} from './normalize-routing';
import { OdinError, isNotFound } from './odin-error';
import type { OdinCaller } from './session';
import type {
  WireAgentSide,
  WireCallCenter,
  WireCallCenterAgents,
  WireCallCenterRow,
  WireForcedForwarding,
  WireTreatment,
} from './wire';

/** Each treatment's path. */
export const TREATMENT_PATH: Record<CallCenterTreatmentKind, string> = {
  OVERFLOW: 'overflow',
  STRANDED: 'stranded-calls',
  STRANDED_UNAVAILABLE: 'stranded-calls-unavailable',
};

/** `TRANSFER` → `Transfer`, `NIGHT_SERVICE` → `Night Service`: Odin's spelling. */
const odinAction = (action: string) =>
  action
    .split('_')
    .map((w) => w.charAt(0) + w.slice(1).toLowerCase())
    .join(' ');

/** A group's call centers (docs/odin/routing.md, section c). */
export class OdinCallCenters {
  constructor(private readonly odin: OdinCaller) {}

  async ofGroup(where: GroupRef): Promise<CallCenterRow[]> {
    const rows = await this.odin.call<WireCallCenterRow[]>({
      method: 'GET',
      path: '/groups/call-centers',
      params: { ...where },
    });
    return normalizeCallCenterRows(rows, where);
  }

  /** One call center; null when Odin has none with that id. Its group comes from the caller. */
  async get(serviceUserId: string, where?: GroupRef): Promise<CallCenter | null> {
    try {
      const wire = await this.odin.call<WireCallCenter>({
        method: 'GET',
        path: '/groups/call-centers',
        params: { serviceUserId },
      });
      return normalizeCallCenter(wire, where);
    } catch (err) {
      if (isNotFound(err)) return null;
      throw err;
    }
  }

  async agents(serviceUserId: string): Promise<CallCenterAgentRow[]> {
    const wire = await this.odin.call<WireCallCenterAgents>({
      method: 'GET',
      path: '/groups/call-centers/agents',
      params: { serviceUserId },
    });
    return normalizeCallCenterAgents(wire);
  }

  /** Replaces the agents, in order, with their skill levels. */
  async setAgents(
    serviceUserId: string,
    agents: Array<{ userId: string; skillLevel?: number | null }>,
  ): Promise<void> {
    await this.odin.call<unknown>({
      method: 'PUT',
      path: '/groups/call-centers/agents',
      body: {
        serviceUserId,
        agents: agents.map((a) => ({
          userId: a.userId,
          ...(a.skillLevel ? { skillLevel: a.skillLevel } : {}),
        })),
      },
    });
  }

  async treatment(
    serviceUserId: string,
    kind: CallCenterTreatmentKind,
  ): Promise<CallCenterTreatment> {
    const wire = await this.odin.call<WireTreatment>({
      method: 'GET',
      path: `/groups/call-centers/${TREATMENT_PATH[kind]}`,
      params: { serviceUserId },
    });
    return normalizeTreatment(wire);
  }

  /** The PUTs name the call center `serviceUserID`, as the released client sends it. */
  async setTreatment(
    serviceUserId: string,
    kind: CallCenterTreatmentKind,
    change: { action: string; transferTo?: string | null; afterSeconds?: number | null },
  ): Promise<void> {
    const body: Record<string, unknown> = {
      serviceUserID: serviceUserId,
      action: odinAction(change.action),
    };
    if (change.transferTo !== undefined && change.transferTo !== null)
      body.transferPhoneNumber = change.transferTo;
    if (kind === 'OVERFLOW' && change.afterSeconds !== undefined && change.afterSeconds !== null) {
      body.overflowAfterTimeout = true;
      body.timeoutSeconds = change.afterSeconds;
    }
    await this.odin.call<unknown>({
      method: 'PUT',
      path: `/groups/call-centers/${TREATMENT_PATH[kind]}`,
      body,
    });
  }

  async forcedForwarding(serviceUserId: string): Promise<Forwarding> {
    const wire = await this.odin.call<WireForcedForwarding>({
      method: 'GET',
      path: '/groups/call-centers/forced-forwarding',
      params: { serviceUserId },
    });
    return normalizeForcedForwarding(wire);
  }

  async setActive(serviceUserId: string, active: boolean): Promise<void> {
    await this.odin.call<unknown>({
      method: 'PUT',
      path: '/groups/call-centers/status',
      body: { instances: [{ serviceUserId, isActive: active }] },
    });
  }

  /** The agent's side; null when the user is no call center's agent (Odin's 4xx). */
  async agentSide(userId: string): Promise<AgentSide | null> {
    try {
      const wire = await this.odin.call<WireAgentSide>({
        method: 'GET',
        path: '/users/call-center',
        params: { userId },
      });
      return normalizeAgentSide(wire);
    } catch (err) {
      if (err instanceof OdinError && err.kind === 'http' && (err.status === 400 || err.notFound))
        return null;
      throw err;
    }
  }
}
