import { IsBoolean, IsOptional, Matches, ValidateNested } from 'class-validator';
import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import type { User as UserModel } from '../odin/model';
import { CreateUserInput } from '../users/create-user.input';
import { User } from '../users/user.type';
import {
  DEVICE_NAME,
  IsMacAddress,
  IsPhoneNumber,
  IsUserId,
  ServiceNames,
  TrimmedLength,
} from '../graphql/validation';
import type { DeprovisionRequest } from './deprovision';
import { type ProvisionRequest, StepKind, type StepReport, StepStatus } from './model';

registerEnumType(StepKind, {
  name: 'ProvisionStepKind',
  description: 'The steps of an onboarding, in order',
});
registerEnumType(StepStatus, { name: 'ProvisionStepStatus' });

@InputType({ description: 'Which number: a given one, or the first free one of the group.' })
export class NumberChoiceInput {
  @Field(() => String, { nullable: true }) @IsOptional() @IsPhoneNumber() phoneNumber?: string;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() firstFree?: boolean;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: true,
    description: 'Activate it if it is not',
  })
  @IsOptional()
  @IsBoolean()
  activate?: boolean;
}

@InputType({ description: 'The device to create (or, with existing, to use) and the line on it.' })
export class ProvisionDeviceInput {
  @Field(() => String, { nullable: true, description: 'Omitted: <local part>-desk' })
  @IsOptional()
  @Matches(DEVICE_NAME, { message: 'must be 1 to 80 letters, digits or . _ @ -' })
  deviceName?: string;

  @Field(() => String) @TrimmedLength(1, 80) deviceType!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsMacAddress() macAddress?: string;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description: 'true: attach a device that already exists',
  })
  @IsOptional()
  @IsBoolean()
  existing?: boolean;

  @Field(() => String, { nullable: true, description: 'Omitted: the user id' })
  @IsOptional()
  @IsUserId()
  linePort?: string;
}

@InputType({
  description: 'A working phone user in one call: user, number, services, device, SIP.',
})
export class ProvisionUserInput implements ProvisionRequest {
  @Field(() => CreateUserInput, { description: 'phoneNumber and extension may be left out' })
  @ValidateNested()
  user!: CreateUserInput;

  @Field(() => NumberChoiceInput, { nullable: true, description: 'Omitted: no number' })
  @IsOptional()
  @ValidateNested()
  number?: NumberChoiceInput;

  @Field(() => [String], { nullable: true })
  @ServiceNames()
  services?: string[];

  @Field(() => [String], { nullable: true })
  @ServiceNames()
  servicePacks?: string[];

  @Field(() => ProvisionDeviceInput, { nullable: true, description: 'Omitted: no device' })
  @IsOptional()
  @ValidateNested()
  device?: ProvisionDeviceInput;

  @Field(() => Boolean, { nullable: true, description: 'Default: true when a device is given' })
  @IsOptional()
  @IsBoolean()
  sipAuthentication?: boolean;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: reads only; the plan and every problem',
  })
  @IsOptional()
  @IsBoolean()
  dryRun?: boolean;
}

@ObjectType({ description: 'One step of an onboarding and what became of it.' })
export class ProvisionStep implements StepReport {
  @Field(() => StepKind) kind!: StepKind;
  @Field(() => StepStatus) status!: StepStatus;
  @Field(() => String, { nullable: true }) detail!: string | null;
}

@ObjectType({ description: 'What an onboarding did, and the secrets it generated, shown once.' })
export class ProvisionUserPayload {
  @Field(() => Boolean) dryRun!: boolean;
  @Field(() => User, { nullable: true, description: 'null on a dry run' }) user!: UserModel | null;
  @Field(() => [ProvisionStep]) steps!: StepReport[];
  @Field(() => String, { nullable: true }) phoneNumber!: string | null;
  @Field(() => String, { nullable: true }) extension!: string | null;
  @Field(() => String, { nullable: true }) deviceName!: string | null;
  @Field(() => String, { nullable: true }) linePort!: string | null;
  @Field(() => String, { nullable: true }) sipUserName!: string | null;
  @Field(() => String, { nullable: true }) generatedWebAuthPassword!: string | null;
  @Field(() => String, { nullable: true }) generatedSipPassword!: string | null;
  @Field(() => String, { nullable: true }) generatedDevicePassword!: string | null;
}

@InputType({ description: 'The reverse of provisionUser.' })
export class DeprovisionUserInput implements DeprovisionRequest {
  @Field(() => ID) @IsUserId() userId!: string;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: true,
    description: 'Delete the device unless someone else is on it',
  })
  @IsOptional()
  @IsBoolean()
  deleteDevice?: boolean;

  @Field(() => Boolean, { nullable: true, defaultValue: false })
  @IsOptional()
  @IsBoolean()
  deactivateNumber?: boolean;

  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() dryRun?: boolean;
}

@ObjectType()
export class DeprovisionUserPayload {
  @Field(() => ID) userId!: string;
  @Field(() => Boolean) dryRun!: boolean;
  @Field(() => [ProvisionStep]) steps!: StepReport[];
  @Field(() => String, { nullable: true }) freedPhoneNumber!: string | null;
  @Field(() => String, { nullable: true }) deletedDeviceName!: string | null;
}
