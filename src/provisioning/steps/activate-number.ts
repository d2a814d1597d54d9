import { parsePhoneNumber } from '../../odin/phone';
import { type Plan, type Step, StepKind, StepStatus } from '../types';

const numberOf = (national: string) => {
  const parsed = parsePhoneNumber(national);
  return parsed ? [parsed] : [];
};

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
    const where = {
      serviceProviderId: request.user.serviceProviderId,
      groupId: request.user.groupId,
    };
    await odin.numbers.setActivated(where, numberOf(state.phoneNumber ?? ''), true);
    return state.phoneNumber ?? null;
  },
  async undo({ odin, request, state }) {
    const where = {
      serviceProviderId: request.user.serviceProviderId,
      groupId: request.user.groupId,
    };
    await odin.numbers.setActivated(where, numberOf(state.phoneNumber ?? ''), false);
  },
  leftover: ({ state }) => `number ${state.phoneNumber} activated`,
};
