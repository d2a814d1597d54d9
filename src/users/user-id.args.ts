import { ArgsType, Field, ID } from 'type-graphql';
import { IsUserId } from '../graphql/validation';

@ArgsType()
export class UserIdArgs {
  @Field(() => ID, { description: 'Full user id including the domain' })
  @IsUserId()
  userId!: string;
}
