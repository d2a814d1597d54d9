import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../context';
import type { Group as GroupModel } from '../odin/model';
import { GroupArgs } from './group.args';
import { Group } from './group.type';

@Resolver(() => Group)
export class GroupResolver {
  @Query(() => Group, { nullable: true, description: 'null when Odin has no such group' })
  group(@Args(() => GroupArgs) where: GroupArgs, @Ctx() ctx: Context): Promise<GroupModel | null> {
    return ctx.loaders.group.load({
      serviceProviderId: where.serviceProviderId,
      groupId: where.groupId,
    });
  }

  @Query(() => String, {
    description: "A web authentication password that satisfies the group's password rules",
  })
  generatedPassword(@Args(() => GroupArgs) where: GroupArgs, @Ctx() ctx: Context): Promise<string> {
    return ctx.odin.passwords.group(where.serviceProviderId, where.groupId);
  }
}
