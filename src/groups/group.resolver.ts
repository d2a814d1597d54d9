import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../context';
import type { Group as GroupModel } from '../odin/model';
import { Group } from './group.type';

@Resolver(() => Group)
export class GroupResolver {
  @Query(() => Group, { nullable: true, description: 'null when Odin has no such group' })
  group(
    @Arg('serviceProviderId', () => String) serviceProviderId: string,
    @Arg('groupId', () => String) groupId: string,
    @Ctx() ctx: Context,
  ): Promise<GroupModel | null> {
    return ctx.loaders.group.load({ serviceProviderId, groupId });
  }

  @Query(() => String, {
    description: "A web authentication password that satisfies the group's password rules",
  })
  generatedPassword(
    @Arg('serviceProviderId', () => String) serviceProviderId: string,
    @Arg('groupId', () => String) groupId: string,
    @Ctx() ctx: Context,
  ): Promise<string> {
    return ctx.odin.groups.generatePassword(serviceProviderId, groupId);
  }
}
