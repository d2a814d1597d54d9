import { IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { ArgsType, Field, InputType, Int, registerEnumType } from 'type-graphql';
import { FilterMatch, MAX_LIST_SIZE, UserFilterField, type UserListQuery } from '../odin/model';
import { Check, TrimmedLength } from '../validation';

registerEnumType(UserFilterField, { name: 'UserFilterField', description: 'DN is a phone number' });
registerEnumType(FilterMatch, { name: 'FilterMatch', description: 'Case-insensitive' });

@InputType({ description: 'One field to match users on.' })
export class UserFilterInput {
  @Field(() => UserFilterField) field!: UserFilterField;
  @Field(() => FilterMatch) match!: FilterMatch;

  @Field(() => String)
  @TrimmedLength(1, 80)
  @Check((v) => typeof v === 'string' && !v.includes('*'), 'must not contain *: use match instead')
  value!: string;
}

@ArgsType()
export class UsersArgs implements UserListQuery {
  @Field(() => String, { nullable: true })
  @Check<UsersArgs>(
    (v, args) =>
      v === undefined || v === null ? !!args.filter : typeof v === 'string' && v.trim() !== '',
    'is required unless a filter is given',
  )
  serviceProviderId?: string;

  @Field(() => String, { nullable: true, description: 'Only together with serviceProviderId' })
  @Check<UsersArgs>(
    (v, args) => v === undefined || v === null || !!args.serviceProviderId,
    'needs serviceProviderId',
  )
  groupId?: string;

  @Field(() => UserFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: UserFilterInput;

  @Field(() => Int, {
    nullable: true,
    description: `1 to ${MAX_LIST_SIZE}; omitted: at most ${MAX_LIST_SIZE} matches`,
  })
  @IsOptional()
  @Min(1)
  @Max(MAX_LIST_SIZE)
  limit?: number;
}
