import { Field, ObjectType } from 'type-graphql';
import type { CreatedUser, User as UserModel } from '../odin/model';
import { User } from './user.type';

@ObjectType()
export class CreateUserPayload implements CreatedUser {
  @Field(() => User) user!: UserModel;

  @Field(() => String, {
    nullable: true,
    description: 'Set only when the layer generated the password; shown this once',
  })
  generatedWebAuthPassword!: string | null;
}
