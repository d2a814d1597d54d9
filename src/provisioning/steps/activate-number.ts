import { type Plan, type Step, StepKind, StepStatus } from '../model';
import { setNumberActivated } from '../writes';

/** Activates the chosen number when asked (the default) and it is not activated yet. */
export const activateNumber: Step = {
  kind: StepKind.ACTIVATE_NUMBER,
  async plan({ request, state }): Promise<Plan> {
    if (!state.phoneNumber) return { status: StepStatus.SKIPPED, detail: 'no number' };
    if (request.number?.activate === false)
      return { status: StepStatus.SKIPPED, detail: 'not asked for' };
    if (state.wasActivated)
      return { status: StepStatus.SKIPPED, detail: `${state.phoneNumber} is already activated` };
    return { status: StepStatus.PLANNED, detail: state.phoneNumber };
  },
  async run({ odin, request, state }) {
    await setNumberActivated(odin, request.user, state.phoneNumber ?? '', true);
    return state.phoneNumber ?? null;
  },
  // Read back first: a number found activated is not activated again.
  async rerun(ctx) {
    const { odin, request, state } = ctx;
    const numbers = await odin.numbers.ofGroup(request.user);
    if (numbers.find((n) => n.phoneNumber === state.phoneNumber)?.activated)
      return state.phoneNumber ?? null;
    return this.run(ctx);
  },
  async undo({ odin, request, state }) {
    await setNumberActivated(odin, request.user, state.phoneNumber ?? '', false);
  },
  leftover: ({ state }) => `number ${state.phoneNumber} activated`,
};
