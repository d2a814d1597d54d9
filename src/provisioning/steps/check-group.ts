import { type Plan, type Step, StepKind, StepStatus } from '../model';

/** The group exists, has room for a user, and the user id is in its default domain. */
export const checkGroup: Step = {
  kind: StepKind.CHECK_GROUP,
  async plan({ facts, request }): Promise<Plan> {
    const { groupId, userId } = request.user;
    const group = await facts.group(request.user);
    if (!group)
      return {
        status: StepStatus.PLANNED,
        detail: null,
        problems: [
          { field: 'user.groupId', message: `Odin has no group ${groupId}`, code: 'NOT_FOUND' },
        ],
      };
    const problems: NonNullable<Plan['problems']> = [];
    const count = group.userCount ?? 0;
    if (group.userLimit !== null && count >= group.userLimit)
      problems.push({
        field: 'user.groupId',
        message: `group ${groupId} is full: ${count} of ${group.userLimit} users`,
        code: 'CONFLICT',
      });
    const domain = userId.split('@')[1];
    if (group.defaultDomain && domain !== group.defaultDomain)
      problems.push({
        field: 'user.userId',
        message: `must be in the group's domain ${group.defaultDomain}`,
        code: 'BAD_USER_INPUT',
      });
    const left =
      group.userLimit === null ? 'no user limit' : `${group.userLimit - count} users left`;
    return { status: StepStatus.PLANNED, detail: `${groupId}: ${left}`, problems };
  },
  run: async () => null,
  undo: async () => undefined,
  leftover: () => '',
};
