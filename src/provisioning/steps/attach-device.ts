import { type Plan, type Step, StepKind, StepStatus } from '../model';
import { setLine } from '../writes';

/** Puts the user on a line port of the device (the user id unless given). */
export const attachDevice: Step = {
  kind: StepKind.ATTACH_DEVICE,
  async plan({ request, state }): Promise<Plan> {
    if (!request.device) return { status: StepStatus.SKIPPED, detail: 'no device' };
    state.linePort = request.device.linePort || request.user.userId;
    const d = state.device;
    if (
      d &&
      !d.unlimitedPorts &&
      d.numberOfPorts !== null &&
      (d.numberOfAssignedPorts ?? 0) >= d.numberOfPorts
    )
      return {
        status: StepStatus.PLANNED,
        detail: null,
        problems: [
          {
            field: 'device.deviceName',
            message: `${d.deviceName} has no free port`,
            code: 'CONFLICT',
          },
        ],
      };
    return { status: StepStatus.PLANNED, detail: `${state.linePort} on ${state.deviceName}` };
  },
  async run({ odin, request, state }) {
    const line = { deviceName: state.deviceName ?? '', linePort: state.linePort ?? '' };
    await setLine(odin, request.user, line);
    return `${state.linePort} on ${state.deviceName}`;
  },
  // Read back first: a user found on the device's line is not attached again.
  async rerun(ctx) {
    const { odin, request, state } = ctx;
    const user = await odin.users.get(request.user.userId);
    const endpoint = user?.endpoint?.kind === 'accessDevice' ? user.endpoint : null;
    if (endpoint?.accessDevice?.deviceName === state.deviceName)
      return `${state.linePort} on ${state.deviceName}`;
    return this.run(ctx);
  },
  async undo({ odin, request }) {
    await setLine(odin, request.user, null);
  },
  leftover: ({ request, state }) => `${request.user.userId} on device ${state.deviceName}`,
};
