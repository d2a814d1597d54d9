import { type Plan, type Step, StepKind, StepStatus } from '../model';

/** Creates the user, as createUser does: a generated web password, reconcile-by-read. */
export const createUser: Step = {
  kind: StepKind.CREATE_USER,
  async plan({ odin, request }): Promise<Plan> {
    const existing = await odin.users.get(request.user.userId);
    return existing
      ? {
          status: StepStatus.PLANNED,
          detail: null,
          problems: [
            {
              field: 'user.userId',
              message: `${request.user.userId} already exists`,
              code: 'CONFLICT',
            },
          ],
        }
      : { status: StepStatus.PLANNED, detail: request.user.userId };
  },
  async run({ odin, request, state }) {
    const created = await odin.users.create({
      ...request.user,
      phoneNumber: state.phoneNumber ?? request.user.phoneNumber,
      extension: state.extension ?? request.user.extension,
    });
    state.generatedWebAuthPassword = created.generatedWebAuthPassword;
    return `${created.user.userId}, extension ${created.user.extension ?? 'none'}`;
  },
  async undo({ odin, request }) {
    await odin.users.delete(request.user.userId);
  },
  leftover: ({ request, state }) =>
    `user ${request.user.userId}${state.phoneNumber ? ` holding ${state.phoneNumber}` : ''}`,
};
