import { ArrayMaxSize, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { Check, IsUserId } from '../graphql/validation';
import { CallCenterAction, CallCenterTreatmentKind } from '../odin/model';
import { isForwardTarget } from './forwarding.inputs';

@InputType({ description: 'One agent of a call center.' })
export class CallCenterAgentInput {
  @Field(() => ID) @IsUserId() userId!: string;
  @Field(() => Int, { nullable: true, description: '1 to 20; omitted: 1' })
  @IsOptional()
  @Min(1)
  @Max(20)
  skillLevel?: number;
}

@InputType({ description: "A call center's agents: replaces them, in this order." })
export class SetCallCenterAgentsInput {
  @Field(() => ID) @IsUserId() serviceUserId!: string;
  @Field(() => [CallCenterAgentInput])
  @ArrayMaxSize(200)
  @ValidateNested()
  @Check(
    (v) =>
      Array.isArray(v) && new Set(v.map((a: { userId?: unknown }) => a?.userId)).size === v.length,
    'must name each user once',
  )
  agents!: CallCenterAgentInput[];
}

@InputType({ description: 'What a call center does with calls it cannot place.' })
export class SetCallCenterTreatmentInput {
  @Field(() => ID) @IsUserId() serviceUserId!: string;
  @Field(() => CallCenterTreatmentKind) treatment!: CallCenterTreatmentKind;
  @Field(() => CallCenterAction)
  @Check<SetCallCenterTreatmentInput>(
    (v, input) =>
      input.treatment !== CallCenterTreatmentKind.OVERFLOW ||
      [CallCenterAction.BUSY, CallCenterAction.TRANSFER, CallCenterAction.RINGING].includes(
        v as CallCenterAction,
      ),
    'OVERFLOW takes BUSY, TRANSFER or RINGING',
  )
  action!: CallCenterAction;
  @Field(() => String, { nullable: true, description: 'Required for TRANSFER' })
  @Check<SetCallCenterTreatmentInput>(
    (v, input) =>
      v === undefined || v === null
        ? input.action !== CallCenterAction.TRANSFER
        : isForwardTarget(v),
    'is required for TRANSFER, and must be 1 to 161 characters: digits with an optional leading +, * or #, or a SIP URI',
  )
  transferTo?: string;
  @Field(() => Int, {
    nullable: true,
    description: 'OVERFLOW only: 0 to 7200 seconds in the queue',
  })
  @IsOptional()
  @Min(0)
  @Max(7200)
  @Check<SetCallCenterTreatmentInput>(
    (v, input) =>
      v === undefined || v === null || input.treatment === CallCenterTreatmentKind.OVERFLOW,
    'applies to OVERFLOW only',
  )
  afterSeconds?: number;
}
