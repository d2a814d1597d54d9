import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../graphql/context';
import { BadUserInputError, NotFoundError } from '../graphql/errors';
import { Group } from '../groups/group.type';
import type { CreatedUser, Group as GroupModel, User as UserModel } from '../odin/model';
import { CreateUserInput } from './create-user.input';
import { CreateUserPayload } from './create-user.payload';
import { type BulkResult, bulkResults, checkBulkInputs } from './bulk-create';
import { CreateUserResult } from './create-users.result';
import { DeleteUserPayload } from './delete-user.payload';
import { UpdateUserInput } from './update-user.input';
import { UserIdArgs } from './user-id.args';
import { User } from './user.type';
import { UsersArgs } from './users.args';

@Resolver(() => User)
export class UserResolver {
  @Query(() => User, { nullable: true, description: 'null when Odin has no such user' })
  user(
    @Args(() => UserIdArgs) { userId }: UserIdArgs,
    @Ctx() ctx: Context,
  ): Promise<UserModel | null> {
    return ctx.loaders.user.load(userId);
  }

  @Query(() => [User], {
    description: "A group's or service provider's users, optionally filtered",
  })
  async users(@Args(() => UsersArgs) args: UsersArgs, @Ctx() ctx: Context): Promise<UserModel[]> {
    const users = await ctx.odin.users.list(args);
    for (const user of users) ctx.loaders.user.prime(user.userId, user);
    return users;
  }

  @FieldResolver(() => Group, { nullable: true, description: "The user's group" })
  group(@Root() user: UserModel, @Ctx() ctx: Context): Promise<GroupModel | null> {
    return ctx.loaders.group.load({
      serviceProviderId: user.serviceProviderId,
      groupId: user.groupId,
    });
  }

  @Mutation(() => CreateUserPayload, {
    description: 'Creates a user in a group (Odin POST /users).',
  })
  async createUser(
    @Arg('input', () => CreateUserInput) input: CreateUserInput,
    @Ctx() ctx: Context,
  ): Promise<CreatedUser> {
    const result = await ctx.odin.users.create(input.toRequest());
    this.changed(ctx, result.user.userId, result.user);
    ctx.logger.info({ userId: result.user.userId }, 'user created');
    return result;
  }

  @Mutation(() => [CreateUserResult], {
    description: 'Creates many users at the rate Odin allows; one result per input, in order.',
  })
  async createUsers(
    @Arg('inputs', () => [CreateUserInput]) inputs: CreateUserInput[],
    @Ctx() ctx: Context,
  ): Promise<BulkResult[]> {
    const check = await checkBulkInputs(inputs, ctx.maxBulk);
    const requests = inputs.map((input) => input.toRequest());
    const outcomes = await ctx.odin.users.createEach(
      check.valid.map((i) => requests[i]),
      ctx.connection.bulkParallelism,
    );
    const results = bulkResults(requests, check, outcomes, (e) =>
      ctx.logger.error({ err: { message: e.message, stack: e.stack } }, 'unexpected error'),
    );
    const created = results.filter((r) => 'user' in r);
    for (const r of created) this.changed(ctx, r.user.userId, r.user);
    ctx.logger.info({ inputs: inputs.length, created: created.length }, 'users created');
    return results;
  }

  @Mutation(() => User, { description: 'Changes the fields given (Odin PUT /users).' })
  async updateUser(
    @Arg('input', () => UpdateUserInput) input: UpdateUserInput,
    @Ctx() ctx: Context,
  ): Promise<UserModel> {
    if (input.isEmpty()) throw new BadUserInputError('Nothing to update: set at least one field');
    const current = await ctx.loaders.user.load(input.userId);
    if (!current) throw new NotFoundError(`Odin has no user ${input.userId}`);
    const user = await ctx.odin.users.update(input.toRequest(), current);
    this.changed(ctx, user.userId, user);
    ctx.logger.info({ userId: user.userId }, 'user updated');
    return user;
  }

  @Mutation(() => DeleteUserPayload, {
    description: 'Deletes a user and frees its numbers; irreversible.',
  })
  async deleteUser(
    @Args(() => UserIdArgs) { userId }: UserIdArgs,
    @Ctx() ctx: Context,
  ): Promise<DeleteUserPayload> {
    await ctx.odin.users.delete(userId);
    this.changed(ctx, userId, null);
    ctx.logger.info({ userId }, 'user deleted');
    return { userId, deleted: true };
  }

  /** After a mutation: the loaders hold the new truth, and group counts are re-read. */
  private changed(ctx: Context, userId: string, user: UserModel | null): void {
    ctx.loaders.user.clear(userId).prime(userId, user);
    if (user)
      ctx.loaders.group.clear({ serviceProviderId: user.serviceProviderId, groupId: user.groupId });
    else ctx.loaders.group.clearAll();
  }
}
