import { ArrayMaxSize, IsOptional } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { IsUserId, SafeText, TrimmedLength } from '../graphql/validation';

@InputType({ description: 'A line port on one of the group’s access devices.' })
export class AccessDeviceEndpointInput {
  @Field(() => String) @TrimmedLength(1, 80) deviceName!: string;

  @Field(() => String, { nullable: true, description: 'Omitted: the user id' })
  @IsOptional()
  @IsUserId()
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
  @IsUserId()
  linePort?: string;

  @Field(() => Boolean, { nullable: true }) isPilotUser?: boolean;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(10)
  @SafeText(256, { each: true })
  contacts?: string[];
}
