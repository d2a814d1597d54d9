import 'reflect-metadata';
import { type GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { GroupResolver } from './groups/group.resolver';
import { SessionResolver } from './session/session.resolver';
import { UserResolver } from './users/user.resolver';
import { validateArgument } from './validation';

export const resolvers = [UserResolver, GroupResolver, SessionResolver] as const;

let cached: Promise<GraphQLSchema> | undefined;

/** The executable schema; built once per process, since type-graphql's metadata is global. */
export function buildAppSchema(): Promise<GraphQLSchema> {
  cached ??= buildSchema({
    resolvers,
    validateFn: validateArgument,
    emitSchemaFile: false,
  });
  return cached;
}

export async function printAppSchema(): Promise<string> {
  return printSchema(lexicographicSortSchema(await buildAppSchema())) + '\n';
}
