import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../graphql/context';
import { refOf } from '../graphql/loaders';
import {
  type GroupNumber as GroupNumberModel,
  type GroupRef,
  type NumberHolder as NumberHolderModel,
  NumberHolderKind,
  type User as UserModel,
} from '../odin/model';
import { parsePhoneNumber } from '../odin/phone';
import { User } from '../users/user.type';
import { GroupNumber, NumberHolder } from './number.type';
import {
  GroupNumbersActivationInput,
  GroupNumbersInput,
  NumberHolderArgs,
  numbersOf,
} from './numbers.inputs';

/** A number as the graph carries it: with its group, so its holder can be looked up. */
export type GroupNumberInGroup = GroupNumberModel & { group: GroupRef };

export const inGroup = (group: GroupRef, numbers: GroupNumberModel[]): GroupNumberInGroup[] =>
  numbers.map((n) => ({ ...n, group: refOf(group) }));

/** After a change to a group's numbers: its lists are read again. */
function numbersChanged(ctx: Context, group: GroupRef): void {
  ctx.loaders.groupNumbers.clear(group);
  ctx.loaders.numberHolders.clear(group);
}

@Resolver(() => GroupNumber)
export class NumbersResolver {
  @Query(() => NumberHolder, {
    nullable: true,
    description: 'Who holds a number anywhere in the system; null when nobody does',
  })
  numberHolder(
    @Args(() => NumberHolderArgs) { phoneNumber }: NumberHolderArgs,
    @Ctx() ctx: Context,
  ): Promise<NumberHolderModel | null> {
    const number = parsePhoneNumber(phoneNumber);
    return number ? ctx.odin.numbers.holderOf(number) : Promise.resolve(null);
  }

  @FieldResolver(() => NumberHolder, {
    nullable: true,
    description: 'null when the number is free',
  })
  async holder(
    @Root() n: GroupNumberInGroup,
    @Ctx() ctx: Context,
  ): Promise<NumberHolderModel | null> {
    return (await ctx.loaders.numberHolders.load(n.group)).get(n.phoneNumber) ?? null;
  }

  @Mutation(() => [GroupNumber], {
    description:
      "Moves numbers from the service provider's pool to the group (all or none); the group's numbers after it",
  })
  async addGroupNumbers(
    @Arg('input', () => GroupNumbersInput) input: GroupNumbersInput,
    @Ctx() ctx: Context,
  ): Promise<GroupNumberInGroup[]> {
    const numbers = await ctx.odin.numbers.addToGroup(refOf(input), numbersOf(input));
    numbersChanged(ctx, input);
    return inGroup(input, numbers);
  }

  @Mutation(() => [GroupNumber], {
    description:
      "Gives numbers back to the service provider (refused while one is held); the group's numbers after it",
  })
  async removeGroupNumbers(
    @Arg('input', () => GroupNumbersInput) input: GroupNumbersInput,
    @Ctx() ctx: Context,
  ): Promise<GroupNumberInGroup[]> {
    const numbers = await ctx.odin.numbers.removeFromGroup(refOf(input), numbersOf(input));
    numbersChanged(ctx, input);
    return inGroup(input, numbers);
  }

  @Mutation(() => [GroupNumber], {
    description: "Activates or deactivates numbers of the group; the group's numbers after it",
  })
  async setGroupNumbersActivated(
    @Arg('input', () => GroupNumbersActivationInput) input: GroupNumbersActivationInput,
    @Ctx() ctx: Context,
  ): Promise<GroupNumberInGroup[]> {
    const numbers = await ctx.odin.numbers.setActivated(
      refOf(input),
      numbersOf(input),
      input.activated,
    );
    numbersChanged(ctx, input);
    // A user's phoneNumberActivated follows the number's flag.
    ctx.loaders.user.clearAll();
    return inGroup(input, numbers);
  }
}

@Resolver(() => NumberHolder)
export class NumberHolderResolver {
  @FieldResolver(() => User, { nullable: true, description: 'Set when kind is USER' })
  user(@Root() holder: NumberHolderModel, @Ctx() ctx: Context): Promise<UserModel | null> {
    return holder.kind === NumberHolderKind.USER && holder.id
      ? ctx.loaders.user.load(holder.id)
      : Promise.resolve(null);
  }
}
