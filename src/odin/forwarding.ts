import {
  type DoNotDisturb,
  type Forwarding,
  type ForwardingChange,
  ForwardingKind,
  type GroupRef,
  type SelectiveForwarding,
} from './model';
import {
  normalizeDoNotDisturb,
  normalizeForwarding,
  normalizeForwardingRows,
  normalizeSelective,
} from './normalize-routing';
import { OdinError } from './odin-error';
import type { OdinCaller } from './session';
import type { WireDoNotDisturb, WireForwarding, WireForwardingRow, WireSelective } from './wire';

/** Each kind's path and the service's display name (its key in the services settings). */
export const FORWARDING: Record<ForwardingKind, { path: string; service: string }> = {
  [ForwardingKind.ALWAYS]: { path: 'call-forwarding-always', service: 'Call Forwarding Always' },
  [ForwardingKind.BUSY]: { path: 'call-forwarding-busy', service: 'Call Forwarding Busy' },
  [ForwardingKind.NO_ANSWER]: {
    path: 'call-forwarding-no-answer',
    service: 'Call Forwarding No Answer',
  },
  [ForwardingKind.NOT_REACHABLE]: {
    path: 'call-forwarding-not-reachable',
    service: 'Call Forwarding Not Reachable',
  },
};

/** Odin answers a user without the service with a 4xx: read as "not there". */
const lacksService = (err: unknown) =>
  err instanceof OdinError && err.kind === 'http' && (err.status === 400 || err.notFound);

async function orNull<T>(read: Promise<T>): Promise<T | null> {
  try {
    return await read;
  } catch (err) {
    if (lacksService(err)) return null;
    throw err;
  }
}

/** A user's forwarding and do not disturb (docs/odin/routing.md, section a). */
export class OdinForwarding {
  constructor(private readonly odin: OdinCaller) {}

  /** One kind for one user; null when the user lacks the service. */
  async ofUser(userId: string, kind: ForwardingKind): Promise<Forwarding | null> {
    const wire = await orNull(
      this.odin.call<WireForwarding>({
        method: 'GET',
        path: `/users/${FORWARDING[kind].path}`,
        params: { userId },
      }),
    );
    return wire === null ? null : normalizeForwarding(wire);
  }

  /** One kind for every user of a group in one read: by user id, null where not assigned. */
  async ofGroup(where: GroupRef, kind: ForwardingKind): Promise<Map<string, Forwarding | null>> {
    const rows = await this.odin.call<WireForwardingRow[]>({
      method: 'GET',
      path: `/users/${FORWARDING[kind].path}/bulk`,
      params: { ...where },
    });
    return normalizeForwardingRows(rows);
  }

  /** Through the services settings, the released way to write it; absent fields are kept. */
  async set(change: ForwardingChange): Promise<void> {
    const settings: Record<string, unknown> = { isActive: change.active };
    if (change.forwardTo !== undefined && change.forwardTo !== null)
      settings.forwardToPhoneNumber = change.forwardTo;
    if (change.numberOfRings !== undefined && change.numberOfRings !== null)
      settings.numberOfRings = change.numberOfRings;
    if (change.ringSplash !== undefined && change.ringSplash !== null)
      settings.isRingSplashActive = change.ringSplash;
    await this.odin.call<unknown>({
      method: 'PUT',
      path: '/users/services/settings',
      body: { userId: change.userId, [FORWARDING[change.kind].service]: settings },
    });
  }

  /** Selective forwarding, read only; null when the user lacks the service. */
  async selective(userId: string): Promise<SelectiveForwarding | null> {
    const wire = await orNull(
      this.odin.call<WireSelective>({
        method: 'GET',
        path: '/users/call-forwarding-selective',
        params: { userId },
      }),
    );
    return wire === null ? null : normalizeSelective(wire);
  }

  async doNotDisturb(userId: string): Promise<DoNotDisturb | null> {
    const wire = await orNull(
      this.odin.call<WireDoNotDisturb>({
        method: 'GET',
        path: '/users/do-not-disturb',
        params: { userId },
      }),
    );
    return wire === null ? null : normalizeDoNotDisturb(wire);
  }

  /** Both flags are always sent, as the released client does; the answer is the new state. */
  async setDoNotDisturb(
    userId: string,
    active: boolean,
    ringSplash: boolean,
  ): Promise<DoNotDisturb> {
    const wire = await this.odin.call<WireDoNotDisturb>({
      method: 'PUT',
      path: '/users/do-not-disturb',
      body: { isActive: active, ringSplash, userId },
    });
    return normalizeDoNotDisturb(wire);
  }
}
