import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../graphql/context';
import { BadUserInputError } from '../graphql/errors';
import type { User as UserModel, UserServices as UserServicesModel } from '../odin/model';
import { User } from '../users/user.type';
import { UserServices, UserServicesInput } from './service.type';

async function change(
  ctx: Context,
  input: UserServicesInput,
  assigned: boolean,
): Promise<UserServicesModel> {
  if (!input.services?.length && !input.servicePacks?.length)
    throw new BadUserInputError('Nothing to change', [
      { field: 'services', message: 'give services or servicePacks' },
    ]);
  const services = await ctx.odin.services.change(input, assigned);
  ctx.loaders.userServices.clear(input.userId).prime(input.userId, services);
  // Seats used changed in the user's group.
  ctx.loaders.groupServices.clearAll();
  return services;
}

@Resolver(() => User)
export class ServicesResolver {
  @FieldResolver(() => UserServices, {
    description: "What the user's group may give, each with whether the user has it",
  })
  services(@Root() user: UserModel, @Ctx() ctx: Context): Promise<UserServicesModel> {
    return ctx.loaders.userServices.load(user.userId);
  }

  @Mutation(() => UserServices, {
    description:
      'Assigns services and packs: all of them, or none when one is not authorised or out of seats',
  })
  assignUserServices(
    @Arg('input', () => UserServicesInput) input: UserServicesInput,
    @Ctx() ctx: Context,
  ): Promise<UserServicesModel> {
    return change(ctx, input, true);
  }

  @Mutation(() => UserServices, { description: 'Unassigns services and packs' })
  unassignUserServices(
    @Arg('input', () => UserServicesInput) input: UserServicesInput,
    @Ctx() ctx: Context,
  ): Promise<UserServicesModel> {
    return change(ctx, input, false);
  }
}
