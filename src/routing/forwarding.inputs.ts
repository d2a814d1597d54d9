import { IsOptional, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { Check, IsUserId } from '../graphql/validation';
import { ForwardingKind } from '../odin/model';

registerEnumType(ForwardingKind, { name: 'ForwardingKind' });

/** A target: 1 to 161 characters of digits with an optional leading +, * or #, or a SIP URI. */
const TARGET = /^[+*#]?\d{1,160}$/;
const SIP_URI = /^sips?:[^\s@]+@[^\s@]+$/i;
export const isForwardTarget = (value: unknown): boolean =>
  typeof value === 'string' &&
  value.length >= 1 &&
  value.length <= 161 &&
  (TARGET.test(value) || SIP_URI.test(value));
const TARGET_MESSAGE =
  'must be 1 to 161 characters: digits with an optional leading +, * or #, or a SIP URI';

@InputType({ description: 'One forwarding of a user; what is left out keeps its value.' })
export class SetCallForwardingInput {
  @Field(() => ID) @IsUserId() userId!: string;
  @Field(() => ForwardingKind) kind!: ForwardingKind;
  @Field(() => Boolean) active!: boolean;

  @Field(() => String, { nullable: true, description: 'Required to turn it on' })
  @Check<SetCallForwardingInput>(
    (v, input) => (v === undefined || v === null ? !input.active : isForwardTarget(v)),
    `is required when active, and ${TARGET_MESSAGE}`,
  )
  forwardTo?: string;

  @Field(() => Int, { nullable: true, description: 'No answer only: 0 to 20' })
  @IsOptional()
  @Min(0)
  @Max(20)
  @Check<SetCallForwardingInput>(
    (v, input) => v === undefined || v === null || input.kind === ForwardingKind.NO_ANSWER,
    'applies to NO_ANSWER only',
  )
  numberOfRings?: number;

  @Field(() => Boolean, { nullable: true, description: 'Always and busy only' })
  @Check<SetCallForwardingInput>(
    (v, input) =>
      v === undefined ||
      v === null ||
      input.kind === ForwardingKind.ALWAYS ||
      input.kind === ForwardingKind.BUSY,
    'applies to ALWAYS and BUSY only',
  )
  ringSplash?: boolean;
}

@InputType({ description: 'Do not disturb for a user.' })
export class SetDoNotDisturbInput {
  @Field(() => ID) @IsUserId() userId!: string;
  @Field(() => Boolean) active!: boolean;
  @Field(() => Boolean, { nullable: true, defaultValue: false }) ringSplash?: boolean;
}
