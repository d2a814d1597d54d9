import { IsOptional, ValidateNested } from 'class-validator';
import { ArgsType, Field, InputType, Int, registerEnumType } from 'type-graphql';
import { FilterMatch, MAX_LIST_SIZE, UserFilterField, type UserListQuery } from '../odin/model';
import {
  Check,
  ListLimit,
  TrimmedLength,
  hasTrimmedLength,
  trimmedLengthMessage,
} from '../graphql/validation';

const absent = (v: unknown) => v === undefined || v === null;

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
    (v, args) => !absent(v) || !!args.filter,
    'is required unless a filter is given',
  )
  @Check((v) => absent(v) || hasTrimmedLength(v, 1, 30), trimmedLengthMessage(1, 30))
  serviceProviderId?: string;

  @Field(() => String, { nullable: true, description: 'Only together with serviceProviderId' })
  @Check<UsersArgs>((v, args) => absent(v) || !!args.serviceProviderId, 'needs serviceProviderId')
  @Check((v) => absent(v) || hasTrimmedLength(v, 1, 30), trimmedLengthMessage(1, 30))
  groupId?: string;

  @Field(() => UserFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: UserFilterInput;

  @Field(() => Int, {
    nullable: true,
    description: `1 to ${MAX_LIST_SIZE}; omitted: at most ${MAX_LIST_SIZE} matches`,
  })
  @ListLimit()
  limit?: number;
}
