import { IsIn, IsOptional, Matches, MinLength, ValidateNested } from 'class-validator';
import { GraphQLJSONObject } from 'graphql-scalars';
import { ArgsType, Field, InputType, ObjectType } from 'type-graphql';
import type {
  AccessDevice as AccessDeviceModel,
  CreateDeviceRequest,
  CreatedDevice,
  DeviceSettings,
  SipAuthentication,
  UpdateDeviceRequest,
} from '../odin/model';
import {
  DEVICE_NAME,
  IsMacAddress,
  IsUserId,
  OdinPayload,
  SafeText,
  TrimmedLength,
} from '../graphql/validation';
import { AccessDevice } from './device.type';

const deviceName = { message: 'must be 1 to 80 letters, digits or . _ @ -' };
const TRANSPORTS = ['UDP', 'TCP', 'TLS', 'Unspecified'];

@InputType()
abstract class DeviceSettingsInput implements DeviceSettings {
  @Field(() => String) @TrimmedLength(1, 30) serviceProviderId!: string;
  @Field(() => String) @TrimmedLength(1, 30) groupId!: string;
  @Field(() => String) @Matches(DEVICE_NAME, deviceName) deviceName!: string;

  @Field(() => String, {
    nullable: true,
    description: '12 hex digits; : and - separators are removed, stored upper case',
  })
  @IsOptional()
  @IsMacAddress()
  macAddress?: string;

  @Field(() => String, { nullable: true }) @IsOptional() @SafeText(80) serialNumber?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @SafeText(80) description?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @SafeText(80) physicalLocation?: string;

  @Field(() => String, { nullable: true, description: 'UDP, TCP, TLS or Unspecified' })
  @IsOptional()
  @IsIn(TRANSPORTS, { message: `must be one of ${TRANSPORTS.join(', ')}` })
  transportProtocol?: string;

  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description: 'Any further Odin device configuration; the typed fields win',
  })
  @IsOptional()
  @OdinPayload()
  payload?: Record<string, unknown>;
}

@InputType({ description: "The device's own SIP credentials." })
export class DeviceCredentialsInput {
  @Field(() => String) @TrimmedLength(1, 80) userName!: string;

  @Field(() => String, { nullable: true, description: 'Omitted: generated and returned once' })
  @IsOptional()
  @MinLength(6)
  @SafeText(60)
  password?: string;
}

@InputType({ description: 'A new access device in a group.' })
export class CreateDeviceInput extends DeviceSettingsInput implements CreateDeviceRequest {
  @Field(() => String) @TrimmedLength(1, 80) deviceType!: string;

  @Field(() => DeviceCredentialsInput, {
    nullable: true,
    description: 'Omitted: user name = deviceName, password generated',
  })
  @IsOptional()
  @ValidateNested()
  credentials?: DeviceCredentialsInput;
}

@InputType({ description: 'What to change on a device; fields left out stay as they are.' })
export class UpdateDeviceInput extends DeviceSettingsInput implements UpdateDeviceRequest {}

@ArgsType()
export class DeviceArgs {
  @Field(() => String) @TrimmedLength(1, 30) serviceProviderId!: string;
  @Field(() => String) @TrimmedLength(1, 30) groupId!: string;
  @Field(() => String) @Matches(DEVICE_NAME, deviceName) deviceName!: string;
}

@InputType({ description: "A user's SIP authentication credentials." })
export class SipAuthenticationInput {
  @Field(() => String) @IsUserId() userId!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Omitted: the current one, or the local part of userId',
  })
  @IsOptional()
  @TrimmedLength(1, 80)
  userName?: string;

  @Field(() => String, { nullable: true, description: 'Omitted: generated and returned once' })
  @IsOptional()
  @MinLength(6)
  @SafeText(60)
  password?: string;
}

@ObjectType({ description: 'A created device, and its password when the layer generated it.' })
export class CreateDevicePayload implements CreatedDevice {
  @Field(() => AccessDevice) device!: AccessDeviceModel;
  @Field(() => String, { nullable: true, description: 'Shown once: set only when generated' })
  generatedPassword!: string | null;
}

@ObjectType()
export class DeleteDevicePayload {
  @Field(() => String) deviceName!: string;
  @Field(() => Boolean) deleted!: boolean;
}

@ObjectType({ description: 'SIP credentials set; the password shown once when generated.' })
export class SipAuthenticationPayload implements SipAuthentication {
  @Field(() => String) userId!: string;
  @Field(() => String) userName!: string;
  @Field(() => String, { nullable: true, description: 'Shown once: set only when generated' })
  generatedPassword!: string | null;
}
