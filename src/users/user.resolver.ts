import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { BadUserInputError, type FieldProblem, NotFoundError, toAppError } from '../errors';
import { Group } from '../groups/group.type';
import type { CreatedUser, Group as GroupModel, User as UserModel } from '../odin/model';
import { CreateUserInput } from './create-user.input';
import { CreateUserPayload } from './create-user.payload';
import { CreateUserFailure, CreateUserResult, CreateUserSuccess } from './create-users.result';
import { DeleteUserPayload } from './delete-user.payload';
import { UpdateUserInput } from './update-user.input';
import { UserIdArgs } from './user-id.args';
import { User } from './user.type';
import { UsersArgs } from './users.args';
import { inputProblems } from '../validation';

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
    const result = await ctx.odin.users.create(input);
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
  ): Promise<Array<CreateUserSuccess | CreateUserFailure>> {
    if (inputs.length > ctx.maxBulk) {
      throw new BadUserInputError(`At most ${ctx.maxBulk} inputs per createUsers call`, [
        { field: 'inputs', message: `has ${inputs.length} items; the most is ${ctx.maxBulk}` },
      ]);
    }
    const results = new Array<CreateUserSuccess | CreateUserFailure>(inputs.length);
    const valid: number[] = [];
    const firstOf = new Map<string, number>();
    for (const [index, input] of inputs.entries()) {
      const problems = await inputProblems(input);
      const earlier = firstOf.get(input.userId);
      if (problems.length) {
        const error = new BadUserInputError('Invalid input', problems);
        results[index] = failure(
          index,
          input.userId,
          'BAD_USER_INPUT',
          `${error.message}: ${describe(problems)}`,
        );
      } else if (earlier !== undefined) {
        results[index] = failure(
          index,
          input.userId,
          'CONFLICT',
          `The same userId as input ${earlier}`,
        );
      } else {
        firstOf.set(input.userId, index);
        valid.push(index);
      }
    }
    const outcomes = await ctx.odin.users.createEach(
      valid.map((i) => inputs[i]),
      ctx.connection.bulkParallelism,
    );
    for (const [n, outcome] of outcomes.entries()) {
      const index = valid[n];
      if (outcome instanceof Error) {
        const error = toAppError(outcome);
        if (!error)
          ctx.logger.error(
            { err: { message: outcome.message, stack: outcome.stack } },
            'unexpected error',
          );
        results[index] = failure(
          index,
          inputs[index].userId,
          error?.code ?? 'INTERNAL_SERVER_ERROR',
          error?.message ?? 'Internal server error',
        );
      } else {
        this.changed(ctx, outcome.user.userId, outcome.user);
        results[index] = { index, ...outcome };
      }
    }
    ctx.logger.info(
      { inputs: inputs.length, created: outcomes.filter((o) => !(o instanceof Error)).length },
      'users created',
    );
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

const failure = (
  index: number,
  userId: string,
  code: string,
  message: string,
): CreateUserFailure => ({
  index,
  userId,
  code,
  message,
});

const describe = (problems: FieldProblem[]) =>
  problems.map((p) => `${p.field} ${p.message}`).join('; ');
