import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../graphql/context';
import { AccessDevice } from '../devices/device.type';
import { NotFoundError } from '../graphql/errors';
import { refOf } from '../graphql/loaders';
import { ExtensionLengths, GroupNumber } from '../numbers/number.type';
import { type GroupNumberInGroup, inGroup } from '../numbers/numbers.resolver';
import {
  type AccessDevice as AccessDeviceModel,
  type ExtensionLengths as ExtensionLengthsModel,
  type Group as GroupModel,
  type GroupServices as GroupServicesModel,
  MAX_LIST_SIZE,
  NumberStatus,
  type User as UserModel,
} from '../odin/model';
import { GroupServices } from '../services/service.type';
import { User } from '../users/user.type';
import {
  GroupArgs,
  GroupDevicesArgs,
  GroupNumbersArgs,
  GroupNumbersPageArgs,
  GroupUsersArgs,
  GroupUsersPageArgs,
} from './group.args';
import { type Connection, PageArgs, connectionType, paginate } from '../graphql/connection';
import { freeExtension, groupExtensions } from '../provisioning/free-extension';
import { Group } from './group.type';

/** The group's numbers of a status (all, free, assigned), in the group's order. */
async function numbersOf(
  ctx: Context,
  group: GroupModel,
  status: NumberStatus | undefined,
): Promise<GroupNumberInGroup[]> {
  const all = await ctx.loaders.groupNumbers.load(refOf(group));
  const wanted = all.filter(
    (n) =>
      (status ?? NumberStatus.ALL) === NumberStatus.ALL ||
      n.assigned === (status === NumberStatus.ASSIGNED),
  );
  return inGroup(group, wanted);
}

const UserConnection = connectionType('User', User);
const GroupNumberConnection = connectionType('GroupNumber', GroupNumber);
const AccessDeviceConnection = connectionType('AccessDevice', AccessDevice);

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

  @FieldResolver(() => [GroupNumber], {
    description: "The group's numbers; FREE ones are what createUser.phoneNumber accepts",
  })
  async numbers(
    @Root() group: GroupModel,
    @Args(() => GroupNumbersArgs) { status, limit }: GroupNumbersArgs,
    @Ctx() ctx: Context,
  ): Promise<GroupNumberInGroup[]> {
    return (await numbersOf(ctx, group, status)).slice(0, limit ?? MAX_LIST_SIZE);
  }

  @FieldResolver(() => ExtensionLengths)
  async extensionLengths(
    @Root() group: GroupModel,
    @Ctx() ctx: Context,
  ): Promise<ExtensionLengthsModel> {
    const lengths = await ctx.loaders.extensionLengths.load(refOf(group));
    if (!lengths) throw new NotFoundError(`Odin has no extension settings for ${group.groupId}`);
    return lengths;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'The lowest free extension of the default length, past every user and every holder of a number; null when none',
  })
  async freeExtension(@Root() group: GroupModel, @Ctx() ctx: Context): Promise<string | null> {
    const { lengths, used } = await groupExtensions(ctx.odin, refOf(group));
    if (!lengths) throw new NotFoundError(`Odin has no extension settings for ${group.groupId}`);
    return freeExtension(lengths.default, used);
  }

  @FieldResolver(() => GroupServices, {
    description: 'User services, group services and packs, with limit, usage and what is left',
  })
  services(@Root() group: GroupModel, @Ctx() ctx: Context): Promise<GroupServicesModel> {
    return ctx.loaders.groupServices.load(refOf(group));
  }

  @FieldResolver(() => [AccessDevice], { description: "The group's access devices" })
  async devices(
    @Root() group: GroupModel,
    @Args(() => GroupDevicesArgs) { limit }: GroupDevicesArgs,
    @Ctx() ctx: Context,
  ): Promise<AccessDeviceModel[]> {
    return (await ctx.loaders.groupDevices.load(refOf(group))).slice(0, limit ?? MAX_LIST_SIZE);
  }

  @FieldResolver(() => [User], { description: "The group's users, optionally filtered" })
  async users(
    @Root() group: GroupModel,
    @Args(() => GroupUsersArgs) args: GroupUsersArgs,
    @Ctx() ctx: Context,
  ): Promise<UserModel[]> {
    const users = await ctx.odin.users.list({ ...refOf(group), ...args });
    for (const user of users) ctx.loaders.user.prime(user.userId, user);
    return users;
  }

  @FieldResolver(() => UserConnection, {
    description:
      "The group's users a page at a time, by user id; the whole list is read once within the cache's life",
  })
  async usersConnection(
    @Root() group: GroupModel,
    @Args(() => GroupUsersPageArgs) { filter, ...page }: GroupUsersPageArgs,
    @Ctx() ctx: Context,
  ): Promise<Connection<UserModel>> {
    const users = await ctx.odin.users.list({ ...refOf(group), filter, all: true });
    for (const user of users) ctx.loaders.user.prime(user.userId, user);
    return paginate(users, (u) => u.userId, page);
  }

  @FieldResolver(() => GroupNumberConnection, {
    description: "The group's numbers a page at a time, by number",
  })
  async numbersConnection(
    @Root() group: GroupModel,
    @Args(() => GroupNumbersPageArgs) { status, ...page }: GroupNumbersPageArgs,
    @Ctx() ctx: Context,
  ): Promise<Connection<GroupNumberInGroup>> {
    return paginate(await numbersOf(ctx, group, status), (n) => n.phoneNumber, page);
  }

  @FieldResolver(() => AccessDeviceConnection, {
    description: "The group's devices a page at a time, by name",
  })
  async devicesConnection(
    @Root() group: GroupModel,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<Connection<AccessDeviceModel>> {
    return paginate(await ctx.loaders.groupDevices.load(refOf(group)), (d) => d.deviceName, page);
  }
}
