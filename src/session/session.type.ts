import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';

@ObjectType({
  description: 'An Odin session for passthrough mode: send the token as a bearer token.',
})
export class Session {
  @Field(() => String) token!: string;

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: 'When Odin said it expires' })
  expiresAt!: Date | null;
}
