import type { OdinClient } from '../odin/client';
import type { User } from '../odin/model';
import { type ProvisionOutcome, ProvisionRefused, newContext, planSteps, runSteps } from './engine';
import {
  type Plan,
  type ProvisionRequest,
  type Step,
  type StepContext,
  StepKind,
  StepStatus,
} from './model';
import { setLine, setNumberActivated, setServices } from './writes';

// The reverse of an onboarding, under removal kinds of its own: detach, delete the device unless
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

type Ctx = StepContext & { found: Found; deprovision: DeprovisionRequest };

const where = (u: User) => ({ serviceProviderId: u.serviceProviderId, groupId: u.groupId });

const detach: Step = {
  kind: StepKind.DETACH_DEVICE,
  async plan(c): Promise<Plan> {
    const { found } = c as Ctx;
    return found.deviceName
      ? { status: StepStatus.PLANNED, detail: `${found.linePort} off ${found.deviceName}` }
      : { status: StepStatus.SKIPPED, detail: 'no device' };
  },
  async run(c) {
    const { odin, found } = c as Ctx;
    await setLine(odin, found.user, null);
    return `${found.linePort} off ${found.deviceName}`;
  },
  async undo(c) {
    const { odin, found } = c as Ctx;
    const line = { deviceName: found.deviceName ?? '', linePort: found.linePort ?? '' };
    await setLine(odin, found.user, line);
  },
  leftover: (c) => `${(c as Ctx).found.user.userId} detached from ${(c as Ctx).found.deviceName}`,
};

const deleteDevice: Step = {
  kind: StepKind.DELETE_DEVICE,
  async plan(c): Promise<Plan> {
    const { found, deprovision } = c as Ctx;
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
  async run(c) {
    const { odin, found } = c as Ctx;
    await odin.devices.delete(where(found.user), found.deviceName ?? '');
    return `deleted ${found.deviceName}`;
  },
  // A deleted device cannot be made again as it was (its credentials are gone).
  async undo() {
    throw new Error('a deleted device cannot be restored');
  },
  leftover: (c) => `device ${(c as Ctx).found.deviceName} deleted`,
};

const unassignServices: Step = {
  kind: StepKind.UNASSIGN_SERVICES,
  async plan(c): Promise<Plan> {
    const { odin, found, state } = c as Ctx;
    const services = await odin.services.ofUser(found.user.userId);
    state.services = services.services.filter((s) => s.assigned).map((s) => s.name);
    state.servicePacks = services.servicePacks.filter((s) => s.assigned).map((s) => s.name);
    const all = [...state.servicePacks, ...state.services];
    return all.length
      ? { status: StepStatus.PLANNED, detail: `unassign ${all.join(', ')}` }
      : { status: StepStatus.SKIPPED, detail: 'none assigned' };
  },
  async run(c) {
    const { odin, found, state } = c as Ctx;
    await setServices(odin, found.user.userId, state, false);
    return `unassigned ${[...state.servicePacks, ...state.services].join(', ')}`;
  },
  async undo(c) {
    const { odin, found, state } = c as Ctx;
    await setServices(odin, found.user.userId, state, true);
  },
  leftover: (c) => `services of ${(c as Ctx).found.user.userId} unassigned`,
};

const deactivateNumber: Step = {
  kind: StepKind.DEACTIVATE_NUMBER,
  async plan(c): Promise<Plan> {
    const { found, deprovision } = c as Ctx;
    if (!found.user.phoneNumber) return { status: StepStatus.SKIPPED, detail: 'no number' };
    if (!deprovision.deactivateNumber)
      return { status: StepStatus.SKIPPED, detail: 'not asked for' };
    return { status: StepStatus.PLANNED, detail: `deactivate ${found.user.phoneNumber}` };
  },
  async run(c) {
    const { odin, found } = c as Ctx;
    await setNumberActivated(odin, found.user, found.user.phoneNumber ?? '', false);
    return `deactivated ${found.user.phoneNumber}`;
  },
  async undo(c) {
    const { odin, found } = c as Ctx;
    await setNumberActivated(odin, found.user, found.user.phoneNumber ?? '', true);
  },
  leftover: (c) => `number ${(c as Ctx).found.user.phoneNumber} deactivated`,
};

const deleteUser: Step = {
  kind: StepKind.DELETE_USER,
  async plan(c): Promise<Plan> {
    const { found } = c as Ctx;
    return {
      status: StepStatus.PLANNED,
      detail: `delete ${found.user.userId}${found.user.phoneNumber ? `, freeing ${found.user.phoneNumber}` : ''}`,
    };
  },
  async run(c) {
    const { odin, found } = c as Ctx;
    await odin.users.delete(found.user.userId);
    return `deleted ${found.user.userId}`;
  },
  async undo() {
    throw new Error('a deleted user cannot be restored');
  },
  leftover: (c) => `user ${(c as Ctx).found.user.userId} deleted`,
};

export const DEPROVISION_STEPS: readonly Step[] = [
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

/** Plans, or with `dryRun: false` runs, the deprovisioning of one user. */
export async function deprovisionUser(
  odin: OdinClient,
  request: DeprovisionRequest,
  dryRun: boolean,
): Promise<DeprovisionOutcome> {
  const found = await find(odin, request.userId);
  if (!found)
    throw new ProvisionRefused(
      [{ field: 'userId', message: `Odin has no user ${request.userId}`, code: 'NOT_FOUND' }],
      [],
    );
  // The deprovision steps read their own context; the user request only carries the ids.
  const asRequest = {
    user: { ...where(found.user), userId: found.user.userId, firstName: '', lastName: '' },
  } satisfies ProvisionRequest;
  const ctx: Ctx = { ...newContext(odin, asRequest), found, deprovision: request };
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
