import { ArrayMaxSize, IsOptional, Matches, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import {
  Check,
  EXTENSION,
  IsPhoneNumber,
  IsUserId,
  TrimmedLength,
  isUserId,
} from '../graphql/validation';
import { HuntPolicy } from '../odin/model';
import { isForwardTarget } from './forwarding.inputs';

const agentsRule = (v: unknown) =>
  v === undefined ||
  v === null ||
  (Array.isArray(v) && v.every(isUserId) && new Set(v).size === v.length);
const AGENTS_MESSAGE = 'must be distinct user ids (local@domain)';
const target = (v: unknown) => v === undefined || v === null || isForwardTarget(v);
const TARGET_MESSAGE =
  'must be 1 to 161 characters: digits with an optional leading +, * or #, or a SIP URI';

@InputType({ description: 'A new hunt group of a group.' })
export class CreateHuntGroupInput {
  @Field(() => String) @TrimmedLength(1, 30) serviceProviderId!: string;
  @Field(() => String) @TrimmedLength(1, 30) groupId!: string;
  @Field(() => ID, { description: "Its id: local@domain, in one of the group's domains" })
  @IsUserId()
  serviceUserId!: string;
  @Field(() => String) @TrimmedLength(1, 30) name!: string;
  @Field(() => String, { nullable: true, description: "A free number of the group's inventory" })
  @IsOptional()
  @IsPhoneNumber()
  phoneNumber?: string;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(EXTENSION, { message: 'must be 2 to 20 digits' })
  extension?: string;
  @Field(() => HuntPolicy, { nullable: true, defaultValue: HuntPolicy.CIRCULAR })
  policy?: HuntPolicy;
  @Field(() => [ID], { nullable: true, description: 'Users of the group, in hunt order' })
  @IsOptional()
  @ArrayMaxSize(200)
  @Check(agentsRule, AGENTS_MESSAGE)
  agentUserIds?: string[];
  @Field(() => Int, { nullable: true, description: '1 to 20' })
  @IsOptional()
  @Min(1)
  @Max(20)
  noAnswerRings?: number;
  @Field(() => Int, { nullable: true, description: '0 to 7200' })
  @IsOptional()
  @Min(0)
  @Max(7200)
  forwardTimeoutSeconds?: number;
  @Field(() => String, { nullable: true, description: 'Unanswered calls go here' })
  @Check(target, TARGET_MESSAGE)
  forwardTo?: string;
}

@InputType({ description: 'Changes to a hunt group; what is left out keeps its value.' })
export class UpdateHuntGroupInput {
  @Field(() => ID) @IsUserId() serviceUserId!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @TrimmedLength(1, 30) name?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsPhoneNumber() phoneNumber?: string;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(EXTENSION, { message: 'must be 2 to 20 digits' })
  extension?: string;
  @Field(() => HuntPolicy, { nullable: true }) policy?: HuntPolicy;
  @Field(() => [ID], { nullable: true, description: 'Replaces the agents, in this order' })
  @IsOptional()
  @ArrayMaxSize(200)
  @Check(agentsRule, AGENTS_MESSAGE)
  agentUserIds?: string[];
  @Field(() => Int, { nullable: true }) @IsOptional() @Min(1) @Max(20) noAnswerRings?: number;
  @Field(() => Boolean, { nullable: true }) forwardAfterTimeout?: boolean;
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(0)
  @Max(7200)
  forwardTimeoutSeconds?: number;
  @Field(() => String, { nullable: true })
  @Check(target, TARGET_MESSAGE)
  forwardTo?: string;
}
