import { ArrayMaxSize, IsBoolean, IsOptional, ValidateNested } from 'class-validator';
import { ArgsType, Field, InputType } from 'type-graphql';
import { BadUserInputError } from '../graphql/errors';
import type { GroupRef, NumberRange } from '../odin/model';
import {
  MAX_NUMBERS_PER_CALL,
  type PhoneNumber,
  expandRange,
  parsePhoneNumber,
} from '../odin/phone';
import { Check, IsPhoneNumber, TrimmedLength } from '../graphql/validation';

@InputType({ description: 'The numbers from first to last, both included.' })
export class NumberRangeInput implements NumberRange {
  @Field(() => String) @IsPhoneNumber() first!: string;

  @Field(() => String)
  @IsPhoneNumber()
  @Check<NumberRangeInput>((last, range) => {
    const first = parsePhoneNumber(range.first);
    const end = typeof last === 'string' ? parsePhoneNumber(last) : null;
    return !first || !end || expandRange(first, end) !== null;
  }, `must be in the same country and length as first, not before it, at most ${MAX_NUMBERS_PER_CALL} numbers on`)
  last!: string;
}

@InputType({ description: 'Numbers and ranges of a group.' })
export class GroupNumbersInput implements GroupRef {
  @Field(() => String) @TrimmedLength(1, 30) serviceProviderId!: string;
  @Field(() => String) @TrimmedLength(1, 30) groupId!: string;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(MAX_NUMBERS_PER_CALL)
  @IsPhoneNumber({ each: true })
  numbers?: string[];

  @Field(() => [NumberRangeInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(MAX_NUMBERS_PER_CALL)
  @ValidateNested()
  ranges?: NumberRangeInput[];
}

@InputType({ description: 'Numbers of a group to activate or deactivate.' })
export class GroupNumbersActivationInput implements GroupRef {
  @Field(() => String) @TrimmedLength(1, 30) serviceProviderId!: string;
  @Field(() => String) @TrimmedLength(1, 30) groupId!: string;

  @Field(() => [String])
  @ArrayMaxSize(MAX_NUMBERS_PER_CALL)
  @IsPhoneNumber({ each: true })
  @Check((v) => Array.isArray(v) && v.length > 0, 'must name at least one number')
  numbers!: string[];

  @Field(() => Boolean) @IsBoolean() activated!: boolean;
}

@ArgsType()
export class NumberHolderArgs {
  @Field(() => String, { description: 'In any of the three forms' })
  @IsPhoneNumber()
  phoneNumber!: string;
}

/**
 * Every number an input names, ranges expanded, once each; BAD_USER_INPUT unless that is 1
 * to MAX_NUMBERS_PER_CALL numbers. Run after the input's own rules, so each parses.
 */
export function numbersOf(input: GroupNumbersInput): PhoneNumber[] {
  const all = new Map<string, PhoneNumber>();
  const add = (n: PhoneNumber | null) => n && all.set(`${n.countryCode}-${n.national}`, n);
  for (const s of input.numbers ?? []) add(parsePhoneNumber(s));
  for (const r of input.ranges ?? []) {
    const first = parsePhoneNumber(r.first);
    const last = parsePhoneNumber(r.last);
    for (const n of (first && last && expandRange(first, last)) || []) add(n);
    if (all.size > MAX_NUMBERS_PER_CALL) break;
  }
  if (all.size === 0 || all.size > MAX_NUMBERS_PER_CALL)
    throw new BadUserInputError('Invalid input', [
      {
        field: all.size === 0 ? 'numbers' : 'ranges',
        message: `must name, together, 1 to ${MAX_NUMBERS_PER_CALL} numbers`,
      },
    ]);
  return [...all.values()];
}
