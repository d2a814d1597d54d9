import type { ProvisionContext } from '../model';
import { type Plan, type Step, StepKind, StepStatus, takenMessage } from '../model';

/** The create as sent: a password drawn before the run (a job's batch) goes with it. */
const createRequest = ({ request, state }: ProvisionContext) => ({
  ...request.user,
  phoneNumber: state.phoneNumber ?? request.user.phoneNumber,
  extension: state.extension ?? request.user.extension,
  webAuthPassword: request.user.webAuthPassword ?? state.generatedWebAuthPassword ?? undefined,
});

/** Creates the user, as createUser does: a generated web password, reconcile-by-read. */
export const createUser: Step = {
  kind: StepKind.CREATE_USER,
  async plan({ facts, request }): Promise<Plan> {
    const { userId } = request.user;
    const by = facts.heldBy(request.user, 'user', userId);
    return by || (await facts.userExists(request.user, userId))
      ? {
          status: StepStatus.PLANNED,
          detail: null,
          problems: [
            {
              field: 'user.userId',
              message: takenMessage(userId, by, 'already exists'),
              code: 'CONFLICT',
            },
          ],
        }
      : { status: StepStatus.PLANNED, detail: userId };
  },
  async run(ctx) {
    const created = await ctx.odin.users.create(createRequest(ctx));
    ctx.state.generatedWebAuthPassword ??= created.generatedWebAuthPassword;
    return `${created.user.userId}, extension ${created.user.extension ?? 'none'}`;
  },
  // Read back first: only a user that does not exist is created.
  async rerun(ctx) {
    const created = await ctx.odin.users.createAgain(createRequest(ctx));
    ctx.state.generatedWebAuthPassword ??= created.generatedWebAuthPassword;
    return `${created.user.userId}, extension ${created.user.extension ?? 'none'}`;
  },
  async undo({ odin, request }) {
    await odin.users.delete(request.user.userId);
  },
  leftover: ({ request, state }) =>
    `user ${request.user.userId}${state.phoneNumber ? ` holding ${state.phoneNumber}` : ''}`,
};
