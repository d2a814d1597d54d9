import { ArrayMaxSize, IsOptional, Matches, MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { SafeText, TrimmedLength, USER_ID } from '../validation';

const linePort = { message: 'must be user@domain without spaces' };

@InputType({ description: 'A line port on one of the group’s access devices.' })
export class AccessDeviceEndpointInput {
  @Field(() => String) @TrimmedLength(1, 80) deviceName!: string;

  @Field(() => String, { nullable: true, description: 'Omitted: the user id' })
  @IsOptional()
  @MaxLength(161)
  @Matches(USER_ID, linePort)
  linePort?: string;

  @Field(() => [String], { nullable: true, description: 'SIP contacts, e.g. sip:host' })
  @IsOptional()
  @ArrayMaxSize(10)
  @SafeText(256, { each: true })
  contacts?: string[];
}

@InputType({ description: 'A line port on one of the group’s trunk groups.' })
export class TrunkAddressingEndpointInput {
  @Field(() => String) @TrimmedLength(1, 80) trunkGroupName!: string;

  @Field(() => String, { nullable: true, description: 'Omitted: the user id' })
  @IsOptional()
  @MaxLength(161)
  @Matches(USER_ID, linePort)
  linePort?: string;

  @Field(() => Boolean, { nullable: true }) isPilotUser?: boolean;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(10)
  @SafeText(256, { each: true })
  contacts?: string[];
}
