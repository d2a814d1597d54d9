import { ArgsType, Field } from 'type-graphql';
import { TrimmedLength } from '../validation';

@ArgsType()
export class GroupArgs {
  @Field(() => String) @TrimmedLength(1, 30) serviceProviderId!: string;
  @Field(() => String) @TrimmedLength(1, 30) groupId!: string;
}
