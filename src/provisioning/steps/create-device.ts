import { macKey } from '../facts';
import {
  type Plan,
  type Problem,
  type ProvisionContext,
  type Step,
  StepKind,
  StepStatus,
  takenMessage,
} from '../model';

/** The device's name: the given one, or `<local part>-desk`. */
export const deviceNameFor = (deviceName: string | null | undefined, userId: string) =>
  deviceName || `${userId.split('@')[0]}-desk`.replace(/[^A-Za-z0-9._@-]/g, '-').slice(0, 80);

const whereOf = ({ request }: ProvisionContext) => ({
  serviceProviderId: request.user.serviceProviderId,
  groupId: request.user.groupId,
});

/** The create, with a password drawn before the run (a job's batch) when there is one. */
async function create(ctx: ProvisionContext): Promise<string | null> {
  const { odin, request, state } = ctx;
  const device = request.device;
  if (!device || !state.deviceName) return null;
  const drawn = state.generatedDevicePassword;
  const created = await odin.devices.post({
    ...whereOf(ctx),
    deviceName: state.deviceName,
    deviceType: device.deviceType,
    macAddress: device.macAddress,
    ...(drawn ? { credentials: { userName: state.deviceName, password: drawn } } : {}),
  });
  state.generatedDevicePassword = drawn ?? created.generatedPassword;
  return state.deviceName;
}

/** Creates the device with generated credentials, unless an existing one is named. */
export const createDevice: Step = {
  kind: StepKind.CREATE_DEVICE,
  async plan({ facts, request, state }): Promise<Plan> {
    const device = request.device;
    if (!device) return { status: StepStatus.SKIPPED, detail: 'no device' };
    const where = {
      serviceProviderId: request.user.serviceProviderId,
      groupId: request.user.groupId,
    };
    state.deviceName = deviceNameFor(device.deviceName, request.user.userId);
    const found = await facts.device(where, state.deviceName);
    if (device.existing) {
      if (!found)
        return {
          status: StepStatus.SKIPPED,
          detail: null,
          problems: [
            {
              field: 'device.deviceName',
              message: `no device ${state.deviceName} in the group`,
              code: 'NOT_FOUND',
            },
          ],
        };
      state.device = found;
      return { status: StepStatus.SKIPPED, detail: `${state.deviceName} exists` };
    }
    const problems: Problem[] = [];
    const by = facts.heldBy(where, 'device', state.deviceName);
    if (found || by)
      problems.push({
        field: 'device.deviceName',
        message: takenMessage(state.deviceName, by, 'is already taken'),
        code: 'CONFLICT',
      });
    if (device.macAddress) {
      const mac = macKey(device.macAddress);
      const sheet = facts.heldBy(where, 'mac', mac);
      const on = sheet ? undefined : await facts.deviceWithMac(where, mac);
      if (sheet || on)
        problems.push({
          field: 'device.macAddress',
          message: sheet ? takenMessage(mac, sheet) : `${mac} is already on device ${on}`,
          code: 'CONFLICT',
        });
    }
    if (problems.length) return { status: StepStatus.PLANNED, detail: null, problems };
    return { status: StepStatus.PLANNED, detail: `${state.deviceName} (${device.deviceType})` };
  },
  run: create,
  // Read back first: only a device that does not exist is created.
  async rerun(ctx) {
    const found = await ctx.odin.devices.get(whereOf(ctx), ctx.state.deviceName ?? '');
    return found ? (ctx.state.deviceName ?? null) : create(ctx);
  },
  async undo(ctx) {
    await ctx.odin.devices.delete(whereOf(ctx), ctx.state.deviceName ?? '');
  },
  leftover: ({ state }) => `device ${state.deviceName}`,
};
