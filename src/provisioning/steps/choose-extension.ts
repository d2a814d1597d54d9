import { freeExtension } from '../free-extension';
import { type Plan, type Step, StepKind, StepStatus, takenMessage } from '../model';

/**
 * The given extension, free and within the group's lengths; else the number's last
 * default-length digits when free; else the group's lowest free extension.
 */
export const chooseExtension: Step = {
  kind: StepKind.CHOOSE_EXTENSION,
  async plan({ facts, request, state }): Promise<Plan> {
    const where = {
      serviceProviderId: request.user.serviceProviderId,
      groupId: request.user.groupId,
    };
    const { lengths, used } = await facts.extensions(where);
    if (!lengths)
      return {
        status: StepStatus.PLANNED,
        detail: null,
        problems: [
          {
            field: 'user.groupId',
            message: 'Odin has no extension settings for the group',
            code: 'NOT_FOUND',
          },
        ],
      };
    const given = request.user.extension;
    if (given) {
      if (given.length < lengths.min || given.length > lengths.max)
        return {
          status: StepStatus.PLANNED,
          detail: null,
          problems: [
            {
              field: 'user.extension',
              message: `must be ${lengths.min} to ${lengths.max} digits in this group`,
              code: 'BAD_USER_INPUT',
            },
          ],
        };
      if (used.has(given))
        return {
          status: StepStatus.PLANNED,
          detail: null,
          problems: [
            {
              field: 'user.extension',
              message: takenMessage(given, facts.heldBy(where, 'extension', given)),
              code: 'CONFLICT',
            },
          ],
        };
      state.extension = given;
      return { status: StepStatus.PLANNED, detail: `${given} (given)` };
    }
    const fromNumber = state.phoneNumber?.slice(-lengths.default);
    if (fromNumber && !used.has(fromNumber)) {
      state.extension = fromNumber;
      return {
        status: StepStatus.PLANNED,
        detail: `${fromNumber} (the number's last ${lengths.default} digits)`,
      };
    }
    const free = freeExtension(lengths.default, used);
    if (!free)
      return {
        status: StepStatus.PLANNED,
        detail: null,
        problems: [
          {
            field: 'user.extension',
            message: `no free extension of ${lengths.default} digits`,
            code: 'CONFLICT',
          },
        ],
      };
    state.extension = free;
    return { status: StepStatus.PLANNED, detail: `${free} (lowest free)` };
  },
  run: async ({ state }) => state.extension ?? null,
  undo: async () => undefined,
  leftover: () => '',
};
