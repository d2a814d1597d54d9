import { Matches, MaxLength } from 'class-validator';
import { ArgsType, Field, ID } from 'type-graphql';
import { USER_ID } from '../validation';

@ArgsType()
export class UserIdArgs {
  @Field(() => ID, { description: 'Full user id including the domain' })
  @MaxLength(161)
  @Matches(USER_ID, { message: 'must be local@domain without spaces' })
  userId!: string;
}
