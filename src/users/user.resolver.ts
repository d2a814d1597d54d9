import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../context';
import type { CreateUserResult, User as UserModel } from '../odin/model';
import { CreateUserInput } from './create-user.input';
import { CreateUserPayload } from './create-user.payload';
import { User } from './user.type';

@Resolver(() => User)
export class UserResolver {
  @Query(() => User, { nullable: true, description: 'null when Odin has no such user' })
  user(@Arg('userId', () => ID) userId: string, @Ctx() ctx: Context): Promise<UserModel | null> {
    return ctx.odin.users.get(userId);
  }

  @Mutation(() => CreateUserPayload, {
    description: 'Creates a user in a group (Odin POST /users).',
  })
  async createUser(
    @Arg('input', () => CreateUserInput) input: CreateUserInput,
    @Ctx() ctx: Context,
  ): Promise<CreateUserResult> {
    const result = await ctx.odin.users.create(input);
    ctx.logger.info({ userId: result.user.userId }, 'user created');
    return result;
  }
}
