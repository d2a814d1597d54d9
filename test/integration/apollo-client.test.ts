import { ApolloClient, ApolloError, HttpLink, InMemoryCache, gql } from '@apollo/client/core';
import { CreateUserDocument, GetUserDocument } from '../generated/graphql';
import { type Stack, startStack } from '../helpers/stack';

// Apollo Client 3 reads errors only from a 2xx answer; from a 4xx it reports a network
// error with empty graphQLErrors, and the caller never sees extensions.code.
let stack: Stack;
let client: ApolloClient<unknown>;
beforeAll(async () => {
  stack = await startStack();
  client = new ApolloClient({
    link: new HttpLink({ uri: stack.url, fetch }),
    cache: new InMemoryCache(),
    defaultOptions: { query: { fetchPolicy: 'no-cache' } },
  });
});
afterAll(async () => {
  await client.clearStore();
  client.stop();
  await stack.close();
});

/** The codes Apollo Client hands its caller for an operation that fails. */
async function codesOf(run: () => Promise<unknown>): Promise<unknown[]> {
  try {
    await run();
  } catch (err) {
    if (!(err instanceof ApolloError)) throw err;
    return err.graphQLErrors.map((e) => e.extensions?.code);
  }
  throw new Error('the operation succeeded');
}

describe('defect: Apollo Client users lose error codes on variable errors', () => {
  test('a variable of the wrong type: BAD_USER_INPUT in graphQLErrors', async () => {
    const codes = await codesOf(() =>
      client.query({ query: GetUserDocument, variables: { userId: { not: 'an id' } as never } }),
    );
    expect(codes).toEqual(['BAD_USER_INPUT']);
  });

  test('a validation error: GRAPHQL_VALIDATION_FAILED in graphQLErrors', async () => {
    const codes = await codesOf(() => client.query({ query: gql('{ user { nope } }') }));
    expect(codes).toEqual(['GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_VALIDATION_FAILED']);
  });

  test("the layer's own BAD_USER_INPUT: in graphQLErrors, no Odin call", async () => {
    stack.sandbox.requests.length = 0;
    const codes = await codesOf(() =>
      client.mutate({
        mutation: CreateUserDocument,
        variables: {
          input: {
            serviceProviderId: 'acme.sp',
            groupId: 'acme.hq',
            userId: 'not an id',
            firstName: 'A',
            lastName: 'B',
          },
        },
      }),
    );
    expect(codes).toEqual(['BAD_USER_INPUT']);
    expect(stack.sandbox.requests).toHaveLength(0);
  });
});
