import { Arg, Args, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../graphql/context';
import { BadUserInputError, NotFoundError } from '../graphql/errors';
import { refOf } from '../graphql/loaders';
import { Group } from '../groups/group.type';
import type {
  Group as GroupModel,
  GroupRef,
  HuntGroup as HuntGroupModel,
  User as UserModel,
} from '../odin/model';
import { parsePhoneNumber } from '../odin/phone';
import { User } from '../users/user.type';
import { CreateHuntGroupInput, UpdateHuntGroupInput } from './hunt-group.inputs';
import {
  DeleteServiceInstancePayload,
  HuntGroup,
  ServiceUserIdArgs,
} from './service-instance.type';

/** A hunt group as the graph shows it: `active` is in the group's list, not in the one read. */
export type HuntGroupView = HuntGroupModel & { active?: boolean };

/** Every hunt group of a group: the list, then one read each. */
async function huntGroupsOf(ctx: Context, ref: GroupRef): Promise<HuntGroupView[]> {
  const rows = await ctx.loaders.huntGroupRows.load(ref);
  const groups = await Promise.all(rows.map((r) => ctx.loaders.huntGroup.load(r.serviceUserId)));
  return groups.flatMap((g, i) => (g ? [{ ...g, active: rows[i].active }] : []));
}

/** Agents named by the input are users of the group: read once, no write when not. */
async function checkAgents(ctx: Context, ref: GroupRef, agentUserIds: string[] | undefined) {
  if (!agentUserIds?.length) return;
  const users = new Set((await ctx.loaders.groupUsers.load(ref)).map((u) => u.userId));
  const outside = agentUserIds.filter((id) => !users.has(id));
  if (outside.length)
    throw new BadUserInputError(`Agents must be users of group ${ref.groupId}`, [
      { field: 'agentUserIds', message: `${outside.join(', ')} not in group ${ref.groupId}` },
    ]);
}

export async function huntGroupOrNotFound(
  ctx: Context,
  serviceUserId: string,
): Promise<HuntGroupModel> {
  const found = await ctx.loaders.huntGroup.load(serviceUserId);
  if (!found) throw new NotFoundError(`Odin has no hunt group ${serviceUserId}`);
  return found;
}

/** After a write: the loaders forget what they held, and the group's list is read again. */
export function forget(ctx: Context, ref: GroupRef, serviceUserId: string) {
  ctx.loaders.huntGroup.clear(serviceUserId);
  ctx.loaders.huntGroupRows.clear(ref);
  ctx.loaders.groupNumbers.clear(ref);
  ctx.loaders.numberHolders.clear(ref);
}

/** Every field the input sets is what Odin holds. */
function unchanged(
  now: HuntGroupModel,
  input: Omit<UpdateHuntGroupInput, 'serviceUserId'>,
): boolean {
  const phone = input.phoneNumber == null ? null : parsePhoneNumber(input.phoneNumber)?.national;
  const same = <T>(given: T | null | undefined, held: T) => given == null || given === held;
  return (
    same(input.name, now.name) &&
    (input.phoneNumber == null || phone === now.phoneNumber) &&
    same(input.extension, now.extension) &&
    same(input.policy, now.policy) &&
    (input.agentUserIds == null || input.agentUserIds.join('\n') === now.agentUserIds.join('\n')) &&
    same(input.noAnswerRings, now.noAnswerRings) &&
    same(input.forwardAfterTimeout, now.forwardAfterTimeout) &&
    same(input.forwardTimeoutSeconds, now.forwardTimeoutSeconds) &&
    same(input.forwardTo, now.forwardTo)
  );
}

export async function withActive(ctx: Context, group: HuntGroupModel): Promise<HuntGroupView> {
  const rows = await ctx.loaders.huntGroupRows.load(refOf(group));
  return {
    ...group,
    active: rows.find((r) => r.serviceUserId === group.serviceUserId)?.active ?? true,
  };
}

@Resolver(() => HuntGroup)
export class HuntGroupResolver {
  @FieldResolver(() => Boolean, {
    description: 'Receiving calls; set with setServiceInstanceActive',
  })
  async active(@Root() group: HuntGroupView, @Ctx() ctx: Context): Promise<boolean> {
    return group.active ?? (await withActive(ctx, group)).active ?? true;
  }

  @FieldResolver(() => [User], { description: 'In hunt order' })
  async agents(@Root() group: HuntGroupModel, @Ctx() ctx: Context): Promise<UserModel[]> {
    const users = new Map(
      (await ctx.loaders.groupUsers.load(refOf(group))).map((u) => [u.userId, u]),
    );
    return group.agentUserIds.map((id) => users.get(id)).filter((u): u is UserModel => !!u);
  }

  @FieldResolver(() => Group)
  async group(@Root() group: HuntGroupModel, @Ctx() ctx: Context): Promise<GroupModel> {
    const found = await ctx.loaders.group.load(refOf(group));
    if (!found) throw new NotFoundError(`Odin has no group ${group.groupId}`);
    return found;
  }

  @Mutation(() => HuntGroup, {
    description: 'Makes a hunt group; its number and extension must be free',
  })
  async createHuntGroup(
    @Arg('input', () => CreateHuntGroupInput) input: CreateHuntGroupInput,
    @Ctx() ctx: Context,
  ): Promise<HuntGroupView> {
    const ref = refOf(input);
    // Made already, as asked (a retried request): answered as it is, with no write.
    const existing = await ctx.loaders.huntGroup.load(input.serviceUserId);
    if (
      existing &&
      existing.serviceProviderId === ref.serviceProviderId &&
      existing.groupId === ref.groupId &&
      unchanged(existing, { ...input, forwardAfterTimeout: input.forwardTo ? true : undefined })
    )
      return withActive(ctx, existing);
    await checkAgents(ctx, ref, input.agentUserIds);
    await ctx.odin.huntGroups.create({ ...input, ...ref });
    ctx.logger.info({ serviceUserId: input.serviceUserId }, 'hunt group created');
    forget(ctx, ref, input.serviceUserId);
    return withActive(ctx, await huntGroupOrNotFound(ctx, input.serviceUserId));
  }

  @Mutation(() => HuntGroup, {
    description: 'Changes a hunt group; agentUserIds replaces the agents',
  })
  async updateHuntGroup(
    @Arg('input', () => UpdateHuntGroupInput) input: UpdateHuntGroupInput,
    @Ctx() ctx: Context,
  ): Promise<HuntGroupView> {
    const now = await huntGroupOrNotFound(ctx, input.serviceUserId);
    const ref = refOf(now);
    // What Odin holds already is not written again: the same call twice writes once.
    if (unchanged(now, input)) return withActive(ctx, now);
    await checkAgents(ctx, ref, input.agentUserIds);
    await ctx.odin.huntGroups.update({ ...input, ...ref });
    ctx.logger.info({ serviceUserId: input.serviceUserId }, 'hunt group updated');
    forget(ctx, ref, input.serviceUserId);
    return withActive(ctx, await huntGroupOrNotFound(ctx, input.serviceUserId));
  }

  @Mutation(() => DeleteServiceInstancePayload, {
    description: 'Deletes a hunt group; its number goes back to the free numbers of its group',
  })
  async deleteHuntGroup(
    @Args(() => ServiceUserIdArgs) { serviceUserId }: ServiceUserIdArgs,
    @Ctx() ctx: Context,
  ): Promise<DeleteServiceInstancePayload> {
    const now = await huntGroupOrNotFound(ctx, serviceUserId);
    await ctx.odin.huntGroups.delete(serviceUserId);
    ctx.logger.info({ serviceUserId }, 'hunt group deleted');
    forget(ctx, refOf(now), serviceUserId);
    return { serviceUserId, deleted: true, freedPhoneNumber: now.phoneNumber };
  }
}

@Resolver(() => Group)
export class GroupHuntGroupsResolver {
  @FieldResolver(() => [HuntGroup])
  huntGroups(@Root() group: GroupModel, @Ctx() ctx: Context): Promise<HuntGroupView[]> {
    return huntGroupsOf(ctx, refOf(group));
  }
}

@Resolver(() => User)
export class UserHuntGroupsResolver {
  @FieldResolver(() => [HuntGroup], { description: 'Hunt groups this user is an agent of' })
  async huntGroups(@Root() user: UserModel, @Ctx() ctx: Context): Promise<HuntGroupView[]> {
    return (await huntGroupsOf(ctx, refOf(user))).filter((g) =>
      g.agentUserIds.includes(user.userId),
    );
  }
}
