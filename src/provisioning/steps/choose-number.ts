import { parsePhoneNumber } from '../../odin/phone';
import { type Plan, type Step, StepKind, StepStatus, takenMessage } from '../model';

/** The given number, free in the group; or, with firstFree, the group's first free one. */
export const chooseNumber: Step = {
  kind: StepKind.CHOOSE_NUMBER,
  async plan({ facts, request, state }): Promise<Plan> {
    const choice = request.number;
    if (!choice) return { status: StepStatus.SKIPPED, detail: 'no number asked for' };
    const where = {
      serviceProviderId: request.user.serviceProviderId,
      groupId: request.user.groupId,
    };
    const numbers = await facts.numbers(where);
    if (choice.phoneNumber) {
      const wanted = parsePhoneNumber(choice.phoneNumber)?.national;
      const number = numbers.find((n) => n.phoneNumber === wanted);
      if (!number)
        return {
          status: StepStatus.PLANNED,
          detail: null,
          problems: [
            {
              field: 'number.phoneNumber',
              message: `is not a number of group ${where.groupId}`,
              code: 'BAD_USER_INPUT',
            },
          ],
        };
      if (number.assigned)
        return {
          status: StepStatus.PLANNED,
          detail: null,
          problems: [
            {
              field: 'number.phoneNumber',
              message: takenMessage(
                number.phoneNumber,
                facts.heldBy(where, 'number', number.phoneNumber),
                'is already held',
              ),
              code: 'CONFLICT',
            },
          ],
        };
      state.phoneNumber = number.phoneNumber;
      state.wasActivated = number.activated;
    } else {
      // Activated numbers first: one less step, and calls reach it at once.
      const free = numbers.filter((n) => !n.assigned);
      const number = free.find((n) => n.activated) ?? free[0];
      if (!number)
        return {
          status: StepStatus.PLANNED,
          detail: null,
          problems: [
            {
              field: 'number.firstFree',
              message: `group ${where.groupId} has no free number`,
              code: 'CONFLICT',
            },
          ],
        };
      state.phoneNumber = number.phoneNumber;
      state.wasActivated = number.activated;
    }
    const free = numbers.filter((n) => !n.assigned).length;
    return {
      status: StepStatus.PLANNED,
      detail: `${state.phoneNumber}${state.wasActivated ? '' : ' (not activated)'}; ${free} free`,
    };
  },
  run: async ({ state }) => state.phoneNumber ?? null,
  undo: async () => undefined,
  leftover: () => '',
};
