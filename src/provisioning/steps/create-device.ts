import { type Plan, type Step, StepKind, StepStatus } from '../model';

/** The device's name: the given one, or `<local part>-desk`. */
export const deviceNameFor = (deviceName: string | null | undefined, userId: string) =>
  deviceName || `${userId.split('@')[0]}-desk`.replace(/[^A-Za-z0-9._@-]/g, '-').slice(0, 80);

/** Creates the device with generated credentials, unless an existing one is named. */
export const createDevice: Step = {
  kind: StepKind.CREATE_DEVICE,
  async plan({ odin, request, state }): Promise<Plan> {
    const device = request.device;
    if (!device) return { status: StepStatus.SKIPPED, detail: 'no device' };
    const where = {
      serviceProviderId: request.user.serviceProviderId,
      groupId: request.user.groupId,
    };
    state.deviceName = deviceNameFor(device.deviceName, request.user.userId);
    const found = await odin.devices.get(where, state.deviceName);
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
    if (found)
      return {
        status: StepStatus.PLANNED,
        detail: null,
        problems: [
          {
            field: 'device.deviceName',
            message: `${state.deviceName} is already taken`,
            code: 'CONFLICT',
          },
        ],
      };
    return { status: StepStatus.PLANNED, detail: `${state.deviceName} (${device.deviceType})` };
  },
  async run({ odin, request, state }) {
    const device = request.device;
    if (!device || !state.deviceName) return null;
    const created = await odin.devices.create({
      serviceProviderId: request.user.serviceProviderId,
      groupId: request.user.groupId,
      deviceName: state.deviceName,
      deviceType: device.deviceType,
      macAddress: device.macAddress,
    });
    state.device = created.device;
    state.generatedDevicePassword = created.generatedPassword;
    return state.deviceName;
  },
  async undo({ odin, request, state }) {
    const where = {
      serviceProviderId: request.user.serviceProviderId,
      groupId: request.user.groupId,
    };
    await odin.devices.delete(where, state.deviceName ?? '');
  },
  leftover: ({ state }) => `device ${state.deviceName}`,
};
