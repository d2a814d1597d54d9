import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../graphql/context';
import { BadUserInputError, NotFoundError } from '../graphql/errors';
import { refOf } from '../graphql/loaders';
import { FORWARDING } from '../odin/forwarding';
import {
  type DoNotDisturb as DoNotDisturbModel,
  type Forwarding as ForwardingModel,
  ForwardingKind,
  type SelectiveForwarding as SelectiveForwardingModel,
  type User as UserModel,
} from '../odin/model';
import { User } from '../users/user.type';
import {
  CallForwarding,
  type CallForwardingSource,
  DoNotDisturb,
  Forwarding,
  SelectiveForwarding,
} from './forwarding.type';
import { SetCallForwardingInput, SetDoNotDisturbInput } from './forwarding.inputs';

/** A user's forwarding of one kind, from its group's `/bulk` read (one per group and kind). */
async function forwardingOf(
  ctx: Context,
  user: CallForwardingSource,
  kind: ForwardingKind,
): Promise<ForwardingModel | null> {
  const rows = await ctx.loaders.forwarding[kind].load(refOf(user));
  return rows.get(user.userId) ?? null;
}

async function userOrNotFound(ctx: Context, userId: string): Promise<UserModel> {
  const user = await ctx.loaders.user.load(userId);
  if (!user) throw new NotFoundError(`Odin has no user ${userId}`);
  return user;
}

const lacks = (field: string, service: string, userId: string) =>
  new BadUserInputError(`User ${userId} does not have the service ${service}`, [
    { field, message: `needs the ${service} service on the user` },
  ]);

@Resolver(() => CallForwarding)
export class CallForwardingResolver {
  @FieldResolver(() => Forwarding, { nullable: true })
  always(@Root() root: CallForwarding, @Ctx() ctx: Context) {
    return forwardingOf(ctx, root.source, ForwardingKind.ALWAYS);
  }

  @FieldResolver(() => Forwarding, { nullable: true })
  busy(@Root() root: CallForwarding, @Ctx() ctx: Context) {
    return forwardingOf(ctx, root.source, ForwardingKind.BUSY);
  }

  @FieldResolver(() => Forwarding, { nullable: true })
  noAnswer(@Root() root: CallForwarding, @Ctx() ctx: Context) {
    return forwardingOf(ctx, root.source, ForwardingKind.NO_ANSWER);
  }

  @FieldResolver(() => Forwarding, { nullable: true })
  notReachable(@Root() root: CallForwarding, @Ctx() ctx: Context) {
    return forwardingOf(ctx, root.source, ForwardingKind.NOT_REACHABLE);
  }

  @FieldResolver(() => SelectiveForwarding, { nullable: true, description: 'Read only' })
  selective(
    @Root() root: CallForwarding,
    @Ctx() ctx: Context,
  ): Promise<SelectiveForwardingModel | null> {
    return ctx.odin.forwarding.selective(root.source.userId);
  }

  @Mutation(() => CallForwarding, {
    description:
      'Sets one forwarding of a user; what is left out keeps its value, and a target is kept when it is turned off',
  })
  async setCallForwarding(
    @Arg('input', () => SetCallForwardingInput) input: SetCallForwardingInput,
    @Ctx() ctx: Context,
  ): Promise<CallForwarding> {
    const user = await userOrNotFound(ctx, input.userId);
    const now = await ctx.odin.forwarding.ofUser(input.userId, input.kind);
    if (!now) throw lacks('kind', FORWARDING[input.kind].service, input.userId);
    const same =
      now.active === input.active &&
      (input.forwardTo == null || input.forwardTo === now.forwardTo) &&
      (input.numberOfRings == null || input.numberOfRings === now.numberOfRings) &&
      (input.ringSplash == null || input.ringSplash === now.ringSplash);
    // The same again changes nothing in Odin: no write.
    if (!same) {
      await ctx.odin.forwarding.set({ ...input });
      ctx.logger.info({ userId: input.userId, kind: input.kind }, 'call forwarding set');
    }
    ctx.loaders.forwarding[input.kind].clear(refOf(user));
    return { source: user };
  }

  @Mutation(() => DoNotDisturb, { description: 'Turns do not disturb on or off for a user' })
  async setDoNotDisturb(
    @Arg('input', () => SetDoNotDisturbInput) input: SetDoNotDisturbInput,
    @Ctx() ctx: Context,
  ): Promise<DoNotDisturbModel> {
    await userOrNotFound(ctx, input.userId);
    const now = await ctx.odin.forwarding.doNotDisturb(input.userId);
    if (!now) throw lacks('userId', 'Do Not Disturb', input.userId);
    const ringSplash = input.ringSplash ?? false;
    if (now.active === input.active && now.ringSplash === ringSplash) return now;
    const set = await ctx.odin.forwarding.setDoNotDisturb(input.userId, input.active, ringSplash);
    ctx.loaders.doNotDisturb.clear(input.userId).prime(input.userId, set);
    ctx.logger.info({ userId: input.userId, active: input.active }, 'do not disturb set');
    return set;
  }
}

@Resolver(() => User)
export class UserRoutingResolver {
  @FieldResolver(() => CallForwarding, {
    description: "Where the user's calls are forwarded; a kind is null without its service",
  })
  callForwarding(@Root() user: UserModel): CallForwarding {
    return { source: user };
  }

  @FieldResolver(() => DoNotDisturb, {
    nullable: true,
    description: 'Null when the user lacks the service',
  })
  doNotDisturb(@Root() user: UserModel, @Ctx() ctx: Context): Promise<DoNotDisturbModel | null> {
    return ctx.loaders.doNotDisturb.load(user.userId);
  }
}
