import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../graphql/context';
import { BadUserInputError, NotFoundError } from '../graphql/errors';
import { refOf } from '../graphql/loaders';
import { Group } from '../groups/group.type';
import {
  type CallCenter as CallCenterModel,
  type CallCenterTreatment as CallCenterTreatmentModel,
  CallCenterTreatmentKind,
  type Forwarding as ForwardingModel,
  type Group as GroupModel,
  type GroupRef,
  type User as UserModel,
} from '../odin/model';
import { User } from '../users/user.type';
import { SetCallCenterAgentsInput, SetCallCenterTreatmentInput } from './call-center.inputs';
import { Forwarding } from './forwarding.type';
import { CallCenter, CallCenterAgent, CallCenterTreatment } from './service-instance.type';

/** A call center as the graph shows it: `active` is in the group's list. */
export type CallCenterView = CallCenterModel & { active?: boolean };

/** What a `CallCenterAgent` resolves from. */
interface AgentView {
  serviceUserId: string;
  userId: string;
  skillLevel: number | null;
  groupRef: GroupRef;
}

/** Every call center of a group: the list, then one read each. */
async function callCentersOf(ctx: Context, ref: GroupRef): Promise<CallCenterView[]> {
  const rows = await ctx.loaders.callCenterRows.load(ref);
  const centers = await Promise.all(rows.map((r) => ctx.loaders.callCenter.load(r.serviceUserId)));
  return centers.flatMap((c, i) => (c ? [{ ...c, ...ref, active: rows[i].active }] : []));
}

export async function callCenterOrNotFound(
  ctx: Context,
  serviceUserId: string,
): Promise<CallCenterModel> {
  const found = await ctx.loaders.callCenter.load(serviceUserId);
  if (!found) throw new NotFoundError(`Odin has no call center ${serviceUserId}`);
  return found;
}

export async function callCenterWithActive(
  ctx: Context,
  center: CallCenterModel,
): Promise<CallCenterView> {
  const rows = await ctx.loaders.callCenterRows.load(refOf(center));
  return {
    ...center,
    active: rows.find((r) => r.serviceUserId === center.serviceUserId)?.active ?? true,
  };
}

const TREATMENTS: Record<
  CallCenterTreatmentKind,
  'overflow' | 'strandedCalls' | 'strandedCallsUnavailable'
> = {
  [CallCenterTreatmentKind.OVERFLOW]: 'overflow',
  [CallCenterTreatmentKind.STRANDED]: 'strandedCalls',
  [CallCenterTreatmentKind.STRANDED_UNAVAILABLE]: 'strandedCallsUnavailable',
};

@Resolver(() => CallCenter)
export class CallCenterResolver {
  @FieldResolver(() => Boolean)
  async active(@Root() center: CallCenterView, @Ctx() ctx: Context): Promise<boolean> {
    return center.active ?? (await callCenterWithActive(ctx, center)).active ?? true;
  }

  @FieldResolver(() => Group)
  async group(@Root() center: CallCenterModel, @Ctx() ctx: Context): Promise<GroupModel> {
    const found = await ctx.loaders.group.load(refOf(center));
    if (!found) throw new NotFoundError(`Odin has no group ${center.groupId}`);
    return found;
  }

  @FieldResolver(() => [CallCenterAgent], { description: 'In order, with skill levels' })
  async agents(@Root() center: CallCenterModel, @Ctx() ctx: Context): Promise<AgentView[]> {
    const agents = await ctx.loaders.callCenterAgents.load(center.serviceUserId);
    return agents.map((a) => ({
      ...a,
      serviceUserId: center.serviceUserId,
      groupRef: refOf(center),
    }));
  }

  @FieldResolver(() => CallCenterTreatment, { description: 'The queue is full or waited too long' })
  overflow(
    @Root() center: CallCenterModel,
    @Ctx() ctx: Context,
  ): Promise<CallCenterTreatmentModel> {
    return ctx.odin.callCenters.treatment(center.serviceUserId, CallCenterTreatmentKind.OVERFLOW);
  }

  @FieldResolver(() => CallCenterTreatment, { description: 'No agent is signed in' })
  strandedCalls(
    @Root() center: CallCenterModel,
    @Ctx() ctx: Context,
  ): Promise<CallCenterTreatmentModel> {
    return ctx.odin.callCenters.treatment(center.serviceUserId, CallCenterTreatmentKind.STRANDED);
  }

  @FieldResolver(() => CallCenterTreatment, { description: 'Every agent is unavailable' })
  strandedCallsUnavailable(
    @Root() center: CallCenterModel,
    @Ctx() ctx: Context,
  ): Promise<CallCenterTreatmentModel> {
    return ctx.odin.callCenters.treatment(
      center.serviceUserId,
      CallCenterTreatmentKind.STRANDED_UNAVAILABLE,
    );
  }

  @FieldResolver(() => Forwarding, { description: 'Every call goes to forwardTo while active' })
  forcedForwarding(@Root() center: CallCenterModel, @Ctx() ctx: Context): Promise<ForwardingModel> {
    return ctx.odin.callCenters.forcedForwarding(center.serviceUserId);
  }

  @Mutation(() => CallCenter, { description: "Replaces a call center's agents, in this order" })
  async setCallCenterAgents(
    @Arg('input', () => SetCallCenterAgentsInput) input: SetCallCenterAgentsInput,
    @Ctx() ctx: Context,
  ): Promise<CallCenterView> {
    const center = await callCenterOrNotFound(ctx, input.serviceUserId);
    const users = new Set((await ctx.loaders.groupUsers.load(refOf(center))).map((u) => u.userId));
    const outside = input.agents.map((a) => a.userId).filter((id) => !users.has(id));
    if (outside.length)
      throw new BadUserInputError(`Agents must be users of group ${center.groupId}`, [
        { field: 'agents', message: `${outside.join(', ')} not in group ${center.groupId}` },
      ]);
    const now = await ctx.loaders.callCenterAgents.load(input.serviceUserId);
    const wanted = input.agents.map((a) => `${a.userId}:${a.skillLevel ?? 1}`).join('\n');
    // The same list again changes nothing in Odin: no write.
    if (wanted !== now.map((a) => `${a.userId}:${a.skillLevel ?? 1}`).join('\n')) {
      await ctx.odin.callCenters.setAgents(input.serviceUserId, input.agents);
      ctx.loaders.callCenterAgents.clear(input.serviceUserId);
      ctx.logger.info({ serviceUserId: input.serviceUserId }, 'call center agents set');
    }
    return callCenterWithActive(ctx, center);
  }

  @Mutation(() => CallCenter, { description: 'Sets one of the three treatments of a call center' })
  async setCallCenterTreatment(
    @Arg('input', () => SetCallCenterTreatmentInput) input: SetCallCenterTreatmentInput,
    @Ctx() ctx: Context,
  ): Promise<CallCenterView> {
    const center = await callCenterOrNotFound(ctx, input.serviceUserId);
    const now = await ctx.odin.callCenters.treatment(input.serviceUserId, input.treatment);
    const same =
      now.action === input.action &&
      (input.transferTo == null || input.transferTo === now.transferTo) &&
      (input.afterSeconds == null || input.afterSeconds === now.afterSeconds);
    if (!same) {
      await ctx.odin.callCenters.setTreatment(input.serviceUserId, input.treatment, input);
      ctx.logger.info(
        { serviceUserId: input.serviceUserId, treatment: TREATMENTS[input.treatment] },
        'call center treatment set',
      );
    }
    return callCenterWithActive(ctx, center);
  }
}

@Resolver(() => CallCenterAgent)
export class CallCenterAgentResolver {
  @FieldResolver(() => CallCenter)
  async callCenter(@Root() agent: AgentView, @Ctx() ctx: Context): Promise<CallCenterView> {
    return callCenterWithActive(ctx, await callCenterOrNotFound(ctx, agent.serviceUserId));
  }

  @FieldResolver(() => User, { description: "From one read of the group's users" })
  async user(@Root() agent: AgentView, @Ctx() ctx: Context): Promise<UserModel> {
    const user = (await ctx.loaders.groupUsers.load(agent.groupRef)).find(
      (u) => u.userId === agent.userId,
    );
    if (!user) throw new NotFoundError(`Odin has no user ${agent.userId}`);
    return user;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Sign-In, Available, Unavailable…' })
  async acdState(@Root() agent: AgentView, @Ctx() ctx: Context): Promise<string | null> {
    return (await ctx.loaders.agentSide.load(agent.userId))?.acdState ?? null;
  }

  @FieldResolver(() => Boolean, { nullable: true, description: "Takes this call center's calls" })
  async available(@Root() agent: AgentView, @Ctx() ctx: Context): Promise<boolean | null> {
    const side = await ctx.loaders.agentSide.load(agent.userId);
    return (
      side?.callCenters.find((c) => c.serviceUserId === agent.serviceUserId)?.available ?? null
    );
  }
}

@Resolver(() => Group)
export class GroupCallCentersResolver {
  @FieldResolver(() => [CallCenter])
  callCenters(@Root() group: GroupModel, @Ctx() ctx: Context): Promise<CallCenterView[]> {
    return callCentersOf(ctx, refOf(group));
  }
}

@Resolver(() => User)
export class UserCallCentersResolver {
  @FieldResolver(() => [CallCenterAgent], {
    description: 'Call centers this user is an agent of, with its state there',
  })
  async callCenters(@Root() user: UserModel, @Ctx() ctx: Context): Promise<AgentView[]> {
    const side = await ctx.loaders.agentSide.load(user.userId);
    return (side?.callCenters ?? []).map((c) => ({
      serviceUserId: c.serviceUserId,
      userId: user.userId,
      skillLevel: c.skillLevel,
      groupRef: refOf(user),
    }));
  }
}
