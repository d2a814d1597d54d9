import { IsOptional, ValidateNested } from 'class-validator';
import { ArgsType, Field, Int } from 'type-graphql';
import { MAX_LIST_SIZE, NumberStatus } from '../odin/model';
import { UserFilterInput } from '../users/users.args';
import { PageArgs } from '../graphql/connection';
import { ListLimit, TrimmedLength } from '../graphql/validation';

@ArgsType()
export class GroupArgs {
  @Field(() => String) @TrimmedLength(1, 30) serviceProviderId!: string;
  @Field(() => String) @TrimmedLength(1, 30) groupId!: string;
}

const limit = {
  nullable: true,
  description: `1 to ${MAX_LIST_SIZE}; omitted: at most ${MAX_LIST_SIZE}`,
} as const;

@ArgsType()
export class GroupNumbersArgs {
  @Field(() => NumberStatus, { nullable: true, defaultValue: NumberStatus.ALL })
  status?: NumberStatus;

  @Field(() => Int, limit) @ListLimit() limit?: number;
}

@ArgsType()
export class GroupDevicesArgs {
  @Field(() => Int, limit) @ListLimit() limit?: number;
}

@ArgsType()
export class GroupUsersArgs {
  @Field(() => UserFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: UserFilterInput;

  @Field(() => Int, limit) @ListLimit() limit?: number;
}

@ArgsType()
export class GroupUsersPageArgs extends PageArgs {
  @Field(() => UserFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: UserFilterInput;
}

@ArgsType()
export class GroupNumbersPageArgs extends PageArgs {
  @Field(() => NumberStatus, { nullable: true, defaultValue: NumberStatus.ALL })
  status?: NumberStatus;
}
