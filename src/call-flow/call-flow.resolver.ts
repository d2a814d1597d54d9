import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../graphql/context';
import { inScope } from '../tenancy/scope-rules';
import { BadUserInputError } from '../graphql/errors';
import {
  CallCenterTreatmentKind,
  ForwardingKind,
  type GroupRef,
  NumberHolderKind,
} from '../odin/model';
import { parsePhoneNumber } from '../odin/phone';
import { CallFlow, CallFlowArgs, CallFlowNode, CallFlowNodeKind } from './call-flow.type';
import { type Entity, type FlowSource, type NodeKind, mermaidOf, walk } from './walk';

const HOLDER_KIND: Partial<Record<NumberHolderKind, NodeKind>> = {
  [NumberHolderKind.USER]: 'USER',
  [NumberHolderKind.HUNT_GROUP]: 'HUNT_GROUP',
  [NumberHolderKind.CALL_CENTER]: 'CALL_CENTER',
  [NumberHolderKind.AUTO_ATTENDANT]: 'AUTO_ATTENDANT',
};

/** What the walk reads of one group, through the request's loaders: each thing once. */
async function sourceOf(ctx: Context, ref: GroupRef): Promise<FlowSource> {
  const [users, huntGroups, callCenters, autoAttendants] = await Promise.all([
    ctx.loaders.groupUsers.load(ref),
    ctx.loaders.huntGroupRows.load(ref),
    ctx.loaders.callCenterRows.load(ref),
    ctx.loaders.autoAttendantRows.load(ref),
  ]);
  const entities: Entity[] = [
    ...autoAttendants.map((a) => ({
      kind: 'AUTO_ATTENDANT' as const,
      id: a.serviceUserId,
      name: a.name,
      phoneNumber: a.phoneNumber,
      extension: a.extension,
    })),
    ...callCenters.map((c) => ({
      kind: 'CALL_CENTER' as const,
      id: c.serviceUserId,
      name: c.name,
      phoneNumber: c.phoneNumber,
      extension: c.extension,
    })),
    ...huntGroups.map((h) => ({
      kind: 'HUNT_GROUP' as const,
      id: h.serviceUserId,
      name: h.name,
      phoneNumber: h.phoneNumber,
      extension: h.extension,
    })),
    ...users.map((user) => ({ kind: 'USER' as const, user })),
  ];
  const outsiders = new Map<string, ReturnType<FlowSource['outside']>>();
  const kind = (k: ForwardingKind, userId: string) =>
    ctx.loaders.forwarding[k].load(ref).then((rows) => rows.get(userId) ?? null);
  return {
    entities,
    forwarding: async (userId) => {
      const [ALWAYS, BUSY, NO_ANSWER, NOT_REACHABLE] = await Promise.all(
        Object.values(ForwardingKind).map((k) => kind(k, userId)),
      );
      return { ALWAYS, BUSY, NO_ANSWER, NOT_REACHABLE };
    },
    huntGroup: (id) => ctx.loaders.huntGroup.load(id),
    callCenter: async (id) => {
      const center = await ctx.loaders.callCenter.load(id);
      if (!center) return null;
      const cc = ctx.odin.callCenters;
      const [agents, overflow, stranded, strandedUnavailable, forced] = await Promise.all([
        ctx.loaders.callCenterAgents.load(id),
        cc.treatment(id, CallCenterTreatmentKind.OVERFLOW),
        cc.treatment(id, CallCenterTreatmentKind.STRANDED),
        cc.treatment(id, CallCenterTreatmentKind.STRANDED_UNAVAILABLE),
        cc.forcedForwarding(id),
      ]);
      return { center, agents, overflow, stranded, strandedUnavailable, forced };
    },
    autoAttendant: async (id) => {
      const attendant = await ctx.loaders.autoAttendant.load(id);
      if (!attendant) return null;
      return { attendant, submenus: await ctx.loaders.autoAttendantSubmenus.load(id) };
    },
    outside: (national) => {
      // One lookup per number however many targets name it.
      if (!outsiders.has(national)) outsiders.set(national, holderOutside(national));
      return outsiders.get(national) as ReturnType<FlowSource['outside']>;
    },
  };
  async function holderOutside(
    national: string,
  ): Promise<{ kind: NodeKind; id: string | null; label: string } | null> {
    const number = parsePhoneNumber(national);
    const holder = number ? await ctx.odin.numbers.holderOf(number) : null;
    if (
      !holder?.groupId ||
      (holder.groupId === ref.groupId && holder.serviceProviderId === ref.serviceProviderId)
    )
      return null;
    const name =
      [holder.firstName, holder.lastName].filter(Boolean).join(' ') || holder.id || national;
    return {
      kind: HOLDER_KIND[holder.kind] ?? 'EXTERNAL',
      id: holder.id,
      label: `${name} (${holder.groupId})`,
    };
  }
}

@Resolver(() => CallFlow)
export class CallFlowResolver {
  @Query(() => CallFlow, {
    nullable: true,
    description:
      "Where a number's calls go (a number in any form, or an extension within a group); null when nobody holds it",
  })
  async callFlow(
    @Args(() => CallFlowArgs) args: CallFlowArgs,
    @Ctx() ctx: Context,
  ): Promise<CallFlow | null> {
    let ref: GroupRef;
    let match: (e: Entity) => boolean;
    if (args.phoneNumber) {
      const number = parsePhoneNumber(args.phoneNumber);
      const holder = number ? await ctx.odin.numbers.holderOf(number) : null;
      if (!number || !holder?.serviceProviderId || !holder.groupId) return null;
      // A number held outside a scoped caller's customers has no flow it may see.
      if (!inScope(ctx.caller, holder)) return null;
      ref = { serviceProviderId: holder.serviceProviderId, groupId: holder.groupId };
      match = (e) => (e.kind === 'USER' ? e.user.phoneNumber : e.phoneNumber) === number.national;
    } else if (args.extension && args.serviceProviderId && args.groupId) {
      ref = { serviceProviderId: args.serviceProviderId, groupId: args.groupId };
      match = (e) => (e.kind === 'USER' ? e.user.extension : e.extension) === args.extension;
    } else
      throw new BadUserInputError('Give a phoneNumber, or an extension with its group', [
        { field: 'phoneNumber', message: 'or extension, serviceProviderId and groupId' },
      ]);
    const source = await sourceOf(ctx, ref);
    const start = source.entities.find(match);
    if (!start) return null;
    const flow = await walk(source, start, args.maxDepth);
    return { ...flow, mermaid: mermaidOf(flow) } as CallFlow;
  }
}

@Resolver(() => CallFlowNode)
export class CallFlowNodeResolver {
  @FieldResolver(() => Boolean, {
    nullable: true,
    description:
      'A user with do not disturb on keeps its edges (calls meet busy treatment there); ' +
      'null for other kinds and users without the service. One read per user on the path, ' +
      'made only when asked for',
  })
  async doNotDisturb(@Root() node: CallFlowNode, @Ctx() ctx: Context): Promise<boolean | null> {
    if (node.kind !== CallFlowNodeKind.USER || !node.entityId) return null;
    return (await ctx.loaders.doNotDisturb.load(node.entityId))?.active ?? null;
  }
}
