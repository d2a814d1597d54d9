import { Field, Int, ObjectType, createUnionType } from 'type-graphql';
import { type ErrorCode, ErrorCodeEnum } from '../graphql/errors';
import type { User as UserModel } from '../odin/model';
import { User } from './user.type';

@ObjectType({ description: 'One input of createUsers that was created.' })
export class CreateUserSuccess {
  @Field(() => Int, { description: 'Its position in inputs' }) index!: number;
  @Field(() => Int, {
    nullable: true,
    description: 'A job read from CSV: the line the row is on (the header is line 1)',
  })
  line?: number | null;
  @Field(() => User) user!: UserModel;
  @Field(() => String, { nullable: true, description: 'Set only when the layer generated it' })
  generatedWebAuthPassword!: string | null;
}

@ObjectType({ description: 'One input of createUsers that was not created, and why.' })
export class CreateUserFailure {
  @Field(() => Int, { description: 'Its position in inputs' }) index!: number;
  @Field(() => Int, {
    nullable: true,
    description: 'A job read from CSV: the line the row is on (the header is line 1)',
  })
  line?: number | null;
  @Field(() => String) userId!: string;
  @Field(() => ErrorCodeEnum, { description: 'The error code createUser would have answered' })
  code!: ErrorCode;
  @Field(() => String) message!: string;
}

export const CreateUserResult = createUnionType({
  name: 'CreateUserResult',
  types: () => [CreateUserSuccess, CreateUserFailure] as const,
  resolveType: (value) => ('user' in value ? CreateUserSuccess : CreateUserFailure),
});
