import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType()
export class DeleteUserPayload {
  @Field(() => ID) userId!: string;
  @Field(() => Boolean) deleted!: boolean;
}
