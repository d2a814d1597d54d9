import type { OdinClient } from '../odin/client';
import type { User } from '../odin/model';
import { type ProvisionOutcome, ProvisionRefused, planSteps, runSteps } from './engine';
import { type Plan, type Step, type StepContext, StepKind, StepStatus, newState } from './model';
import { setLine, setNumberActivated, setServices } from './writes';

// The reverse of an onboarding, under removal kinds of its own (the same engine, its own context): detach, delete the device unless
// someone else is on it, unassign services, optionally deactivate the number, delete the user.

export interface DeprovisionRequest {
  userId: string;
  deleteDevice?: boolean | null;
  deactivateNumber?: boolean | null;
}

interface Found {
  user: User;
  deviceName: string | null;
  linePort: string | null;
  /** Users on the device, this one included. */
  deviceUsers: number;
}

/** A deprovisioning's steps read the user as found, and what was asked. */
interface Ctx extends StepContext {
  found: Found;
  deprovision: DeprovisionRequest;
}

const where = (u: User) => ({ serviceProviderId: u.serviceProviderId, groupId: u.groupId });

const detach: Step<Ctx> = {
  kind: StepKind.DETACH_DEVICE,
  async plan({ found }): Promise<Plan> {
    return found.deviceName
      ? { status: StepStatus.PLANNED, detail: `${found.linePort} off ${found.deviceName}` }
      : { status: StepStatus.SKIPPED, detail: 'no device' };
  },
  async run({ odin, found }) {
    await setLine(odin, found.user, null);
    return `${found.linePort} off ${found.deviceName}`;
  },
  async undo({ odin, found }) {
    const line = { deviceName: found.deviceName ?? '', linePort: found.linePort ?? '' };
    await setLine(odin, found.user, line);
  },
  leftover: (c) => `${c.found.user.userId} detached from ${c.found.deviceName}`,
};

const deleteDevice: Step<Ctx> = {
  kind: StepKind.DELETE_DEVICE,
  async plan({ found, deprovision }): Promise<Plan> {
    if (!found.deviceName) return { status: StepStatus.SKIPPED, detail: 'no device' };
    if (deprovision.deleteDevice === false)
      return { status: StepStatus.SKIPPED, detail: `${found.deviceName} kept, as asked` };
    if (found.deviceUsers > 1)
      return {
        status: StepStatus.SKIPPED,
        detail: `${found.deviceName} kept: shared with ${found.deviceUsers - 1} more`,
      };
    return { status: StepStatus.PLANNED, detail: `delete ${found.deviceName}` };
  },
  async run({ odin, found }) {
    await odin.devices.delete(where(found.user), found.deviceName ?? '');
    return `deleted ${found.deviceName}`;
  },
  // A deleted device cannot be made again as it was (its credentials are gone).
  async undo() {
    throw new Error('a deleted device cannot be restored');
  },
  leftover: (c) => `device ${c.found.deviceName} deleted`,
};

const unassignServices: Step<Ctx> = {
  kind: StepKind.UNASSIGN_SERVICES,
  async plan({ odin, found, state }): Promise<Plan> {
    const services = await odin.services.ofUser(found.user.userId);
    state.services = services.services.filter((s) => s.assigned).map((s) => s.name);
    state.servicePacks = services.servicePacks.filter((s) => s.assigned).map((s) => s.name);
    const all = [...state.servicePacks, ...state.services];
    return all.length
      ? { status: StepStatus.PLANNED, detail: `unassign ${all.join(', ')}` }
      : { status: StepStatus.SKIPPED, detail: 'none assigned' };
  },
  async run({ odin, found, state }) {
    await setServices(odin, found.user.userId, state, false);
    return `unassigned ${[...state.servicePacks, ...state.services].join(', ')}`;
  },
  async undo({ odin, found, state }) {
    await setServices(odin, found.user.userId, state, true);
  },
  leftover: (c) => `services of ${c.found.user.userId} unassigned`,
};

const deactivateNumber: Step<Ctx> = {
  kind: StepKind.DEACTIVATE_NUMBER,
  async plan({ found, deprovision }): Promise<Plan> {
    if (!found.user.phoneNumber) return { status: StepStatus.SKIPPED, detail: 'no number' };
    if (!deprovision.deactivateNumber)
      return { status: StepStatus.SKIPPED, detail: 'not asked for' };
    return { status: StepStatus.PLANNED, detail: `deactivate ${found.user.phoneNumber}` };
  },
  async run({ odin, found }) {
    await setNumberActivated(odin, found.user, found.user.phoneNumber ?? '', false);
    return `deactivated ${found.user.phoneNumber}`;
  },
  async undo({ odin, found }) {
    await setNumberActivated(odin, found.user, found.user.phoneNumber ?? '', true);
  },
  leftover: (c) => `number ${c.found.user.phoneNumber} deactivated`,
};

const deleteUser: Step<Ctx> = {
  kind: StepKind.DELETE_USER,
  async plan({ found }): Promise<Plan> {
    return {
      status: StepStatus.PLANNED,
      detail: `delete ${found.user.userId}${found.user.phoneNumber ? `, freeing ${found.user.phoneNumber}` : ''}`,
    };
  },
  async run({ odin, found }) {
    await odin.users.delete(found.user.userId);
    return `deleted ${found.user.userId}`;
  },
  async undo() {
    throw new Error('a deleted user cannot be restored');
  },
  leftover: (c) => `user ${c.found.user.userId} deleted`,
};

export const DEPROVISION_STEPS: readonly Step<Ctx>[] = [
  detach,
  deleteDevice,
  unassignServices,
  deactivateNumber,
  deleteUser,
];

export interface DeprovisionOutcome extends ProvisionOutcome {
  freedPhoneNumber: string | null;
  deletedDeviceName: string | null;
}

/** The user as it is now, and who else is on its device. */
async function find(odin: OdinClient, userId: string): Promise<Found | null> {
  const user = await odin.users.get(userId);
  if (!user) return null;
  const endpoint = user.endpoint?.kind === 'accessDevice' ? user.endpoint : null;
  return {
    user,
    deviceName: endpoint?.accessDevice?.deviceName ?? null,
    linePort: endpoint?.linePort ?? null,
    deviceUsers: endpoint?.accessDevice?.numberOfAssignedPorts ?? 1,
  };
}

/**
 * Plans, or with `dryRun: false` runs, the deprovisioning of one user. A user `reaches` says
 * the caller may not reach is answered as absent.
 */
export async function deprovisionUser(
  odin: OdinClient,
  request: DeprovisionRequest,
  dryRun: boolean,
  reaches: (user: User) => boolean = () => true,
): Promise<DeprovisionOutcome> {
  const found = await find(odin, request.userId);
  if (!found || !reaches(found.user))
    throw new ProvisionRefused(
      [{ field: 'userId', message: `Odin has no user ${request.userId}`, code: 'NOT_FOUND' }],
      [],
    );
  const ctx: Ctx = {
    odin,
    state: newState(),
    found,
    deprovision: request,
  };
  const plan = await planSteps(DEPROVISION_STEPS, ctx);
  const freed = found.user.phoneNumber;
  const deletes = plan.steps[1].status === StepStatus.PLANNED ? found.deviceName : null;
  if (dryRun)
    return {
      steps: plan.steps,
      state: plan.state,
      freedPhoneNumber: freed,
      deletedDeviceName: deletes,
    };
  const reports = plan.steps;
  await runSteps(DEPROVISION_STEPS, ctx, reports, [], 0, DEPROVISION_STEPS.length);
  return { steps: reports, state: ctx.state, freedPhoneNumber: freed, deletedDeviceName: deletes };
}
