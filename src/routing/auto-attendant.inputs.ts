import { ArrayMaxSize, IsOptional, ValidateNested } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { Check, IsUserId, TrimmedLength, hasTrimmedLength } from '../graphql/validation';
import { AutoAttendantAction, AutoAttendantMenuKind } from '../odin/model';
import { isForwardTarget } from './forwarding.inputs';

const KEY = /^[0-9*#]$/;
/** The actions that send the call to `phoneNumber`. */
export const TRANSFERS = new Set([
  AutoAttendantAction.TRANSFER_WITH_PROMPT,
  AutoAttendantAction.TRANSFER_WITHOUT_PROMPT,
  AutoAttendantAction.TRANSFER_TO_OPERATOR,
]);

@InputType({ description: 'One key of a menu.' })
export class AutoAttendantKeyInput {
  @Field(() => String, { description: '0 to 9, * or #' })
  @Check((v) => typeof v === 'string' && KEY.test(v), 'must be one of 0 to 9, * or #')
  key!: string;
  @Field(() => AutoAttendantAction)
  @Check((v) => v !== AutoAttendantAction.OTHER, 'OTHER is read only')
  action!: AutoAttendantAction;
  @Field(() => String, { nullable: true }) @IsOptional() @TrimmedLength(1, 40) description?: string;
  @Field(() => String, { nullable: true, description: 'Required for the transfers' })
  @Check<AutoAttendantKeyInput>(
    (v, input) =>
      v === undefined || v === null ? !TRANSFERS.has(input.action) : isForwardTarget(v),
    'is required for a transfer, and must be 1 to 161 characters: digits with an optional leading +, * or #, or a SIP URI',
  )
  phoneNumber?: string;
  @Field(() => String, { nullable: true, description: 'Required for TRANSFER_TO_SUBMENU' })
  @Check<AutoAttendantKeyInput>(
    (v, input) =>
      v === undefined || v === null
        ? input.action !== AutoAttendantAction.TRANSFER_TO_SUBMENU
        : hasTrimmedLength(v, 1, 40),
    'is required for TRANSFER_TO_SUBMENU: a submenu id of 1 to 40 characters',
  )
  submenuId?: string;
}

@InputType({ description: "One menu's keys: replaces them." })
export class SetAutoAttendantKeysInput {
  @Field(() => ID) @IsUserId() serviceUserId!: string;
  @Field(() => AutoAttendantMenuKind) menu!: AutoAttendantMenuKind;
  @Field(() => [AutoAttendantKeyInput])
  @ArrayMaxSize(12)
  @ValidateNested()
  @Check(
    (v) => Array.isArray(v) && new Set(v.map((k: { key?: unknown }) => k?.key)).size === v.length,
    'must name each key once',
  )
  keys!: AutoAttendantKeyInput[];
}
