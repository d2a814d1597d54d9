import { type Plan, type Step, StepKind, StepStatus } from '../model';

/** SIP credentials with a generated password; the name is Odin's default for the user. */
export const setSipAuthentication: Step = {
  kind: StepKind.SET_SIP_AUTHENTICATION,
  async plan({ request }): Promise<Plan> {
    const wanted = request.sipAuthentication ?? !!request.device;
    return wanted
      ? { status: StepStatus.PLANNED, detail: 'password generated' }
      : { status: StepStatus.SKIPPED, detail: 'not asked for' };
  },
  async run({ odin, request, state }) {
    // A password drawn before the run (a job's batch) is sent; else one is generated.
    const drawn = state.generatedSipPassword;
    const set = await odin.devices.setSipAuthentication(request.user.userId, null, drawn);
    state.sipUserName = set.userName;
    state.generatedSipPassword = drawn ?? set.generatedPassword;
    return set.userName;
  },
  // The credentials go with the Authentication service and the user, which are undone.
  undo: async () => undefined,
  leftover: ({ request }) => `SIP credentials of ${request.user.userId}`,
};
