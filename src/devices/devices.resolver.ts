import { Arg, Args, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../graphql/context';
import { refOf } from '../graphql/loaders';
import type {
  AccessDevice as AccessDeviceModel,
  CreatedDevice,
  SipAuthentication,
  User as UserModel,
} from '../odin/model';
import { User } from '../users/user.type';
import {
  CreateDeviceInput,
  CreateDevicePayload,
  DeleteDevicePayload,
  DeviceArgs,
  SipAuthenticationInput,
  SipAuthenticationPayload,
  UpdateDeviceInput,
} from './device.inputs';
import { AccessDevice } from './device.type';

@Resolver(() => AccessDevice)
export class DevicesResolver {
  @Mutation(() => CreateDevicePayload, {
    description: 'Creates a device with its own credentials (the password generated unless given)',
  })
  async createDevice(
    @Arg('input', () => CreateDeviceInput) input: CreateDeviceInput,
    @Ctx() ctx: Context,
  ): Promise<CreatedDevice> {
    const created = await ctx.odin.devices.create(input);
    ctx.loaders.groupDevices.clear(refOf(input));
    ctx.logger.info({ deviceName: input.deviceName }, 'device created');
    return created;
  }

  @Mutation(() => AccessDevice, { description: 'Changes the fields given; no renaming' })
  async updateDevice(
    @Arg('input', () => UpdateDeviceInput) input: UpdateDeviceInput,
    @Ctx() ctx: Context,
  ): Promise<AccessDeviceModel> {
    const device = await ctx.odin.devices.update(input);
    ctx.loaders.groupDevices.clear(refOf(input));
    return device;
  }

  @Mutation(() => DeleteDevicePayload, { description: 'Refused while a user is on the device' })
  async deleteDevice(
    @Args(() => DeviceArgs) args: DeviceArgs,
    @Ctx() ctx: Context,
  ): Promise<DeleteDevicePayload> {
    await ctx.odin.devices.delete(refOf(args), args.deviceName);
    ctx.loaders.groupDevices.clear(refOf(args));
    ctx.logger.info({ deviceName: args.deviceName }, 'device deleted');
    return { deviceName: args.deviceName, deleted: true };
  }

  @Mutation(() => SipAuthenticationPayload, {
    description: "Sets a user's SIP credentials (the user needs the Authentication service)",
  })
  async setSipAuthentication(
    @Arg('input', () => SipAuthenticationInput) input: SipAuthenticationInput,
    @Ctx() ctx: Context,
  ): Promise<SipAuthentication> {
    const set = await ctx.odin.devices.setSipAuthentication(
      input.userId,
      input.userName,
      input.password,
    );
    ctx.loaders.sipUserName.clear(input.userId).prime(input.userId, set.userName);
    return set;
  }
}

@Resolver(() => User)
export class UserSipResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description: 'The SIP authentication name; null when not set',
  })
  sipUserName(@Root() user: UserModel, @Ctx() ctx: Context): Promise<string | null> {
    return ctx.loaders.sipUserName.load(user.userId);
  }
}
