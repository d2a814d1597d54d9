import { ApolloClient, HttpLink, InMemoryCache, gql } from '@apollo/client/core';
import { relayStylePagination } from '@apollo/client/utilities';
import { parse } from 'graphql';
import { seedUsers } from '../../src/sandbox/seed';
import { type Stack, startStack } from '../helpers/stack';

const HQ = { serviceProviderId: 'acme.sp', groupId: 'acme.hq' };
const USERS = `query($first: Int, $after: String) {
  group(serviceProviderId: "acme.sp", groupId: "acme.hq") {
    usersConnection(first: $first, after: $after) {
      totalCount
      edges { cursor node { userId } }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    }
  }
}`;

interface Page<N = { userId: string }> {
  totalCount: number;
  edges: Array<{ cursor: string; node: N }>;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
}

let stack: Stack;
beforeAll(async () => {
  // The cache on, as deployed: the pages of one list read Odin once within its life.
  stack = await startStack({ env: { ODIN_CACHE_TTL_MS: '15000' } });
  // A group of 2500 users: the six of the demo and 2494 more.
  seedUsers(stack.sandbox.directory, 2494);
});
afterAll(() => stack.close());

const calls = () => stack.sandbox.requests.filter((r) => r.path !== '/auth/token');

async function page(first: number, after?: string | null): Promise<Page> {
  const answer = await stack.gql<{ group: { usersConnection: Page } }, Record<string, unknown>>(
    parse(USERS),
    { first, after },
  );
  expect(answer.errors).toBeUndefined();
  return (answer.data as { group: { usersConnection: Page } }).group.usersConnection;
}

test('2500 users in pages of 1000, 1000 and 500; page 2 makes no Odin call', async () => {
  const one = await page(1000);
  expect([
    one.totalCount,
    one.edges.length,
    one.pageInfo.hasNextPage,
    one.pageInfo.hasPreviousPage,
  ]).toEqual([2500, 1000, true, false]);
  stack.sandbox.requests.length = 0;
  const two = await page(1000, one.pageInfo.endCursor);
  expect(calls()).toEqual([]);
  expect([two.edges.length, two.pageInfo.hasNextPage, two.pageInfo.hasPreviousPage]).toEqual([
    1000,
    true,
    true,
  ]);
  const three = await page(1000, two.pageInfo.endCursor);
  expect([three.edges.length, three.pageInfo.hasNextPage]).toEqual([500, false]);
  const ids = [...one.edges, ...two.edges, ...three.edges].map((e) => e.node.userId);
  expect(new Set(ids).size).toBe(2500);
  expect(ids).toEqual([...ids].sort());
});

test('a user created between page 1 and page 2 does not shift page 2', async () => {
  const one = await page(1000);
  const before = await page(1000, one.pageInfo.endCursor);
  // Sorts before every user of page 2 (and of page 1).
  const created = await stack.gql(
    parse(`mutation { createUser(input: { serviceProviderId: "acme.sp", groupId: "acme.hq",
      userId: "aaa.first@hq.acme.example", firstName: "A", lastName: "First" }) { user { userId } } }`),
  );
  expect(created.errors).toBeUndefined();
  const after = await page(1000, one.pageInfo.endCursor);
  expect(after.edges.map((e) => e.node.userId)).toEqual(before.edges.map((e) => e.node.userId));
  expect(after.totalCount).toBe(before.totalCount + 1);
});

test('a cursor this API did not answer, and first past 1000, are BAD_USER_INPUT', async () => {
  const bad = await stack.gql(parse(USERS), { first: 10, after: 'not-a-cursor' });
  expect(bad.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([
    ['BAD_USER_INPUT', 'Not a cursor of this list'],
  ]);
  const many = await stack.gql(parse(USERS), { first: 1001 });
  expect(many.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
});

test('numbers, devices and jobs page the same way', async () => {
  const numbers = await stack.gql(
    parse(`{ group(serviceProviderId: "acme.sp", groupId: "acme.hq") {
      numbersConnection(status: FREE, first: 5) { totalCount edges { node { phoneNumber } } pageInfo { hasNextPage } }
      devicesConnection(first: 3) { totalCount edges { node { deviceName } } pageInfo { hasNextPage endCursor } } } }`),
  );
  expect(numbers.errors).toBeUndefined();
  const group = (numbers.data as { group: Record<string, Page<Record<string, string>>> }).group;
  expect(group.numbersConnection.edges).toHaveLength(5);
  expect(group.numbersConnection.pageInfo.hasNextPage).toBe(true);
  expect(group.devicesConnection.edges.map((e) => e.node.deviceName)).toEqual([
    'hq-lobby-phone',
    'hq-polycom-01',
    'hq-polycom-02',
  ]);
  expect(group.devicesConnection.totalCount).toBe(4);
  // Three jobs: newest first, two a page.
  const ids: string[] = [];
  for (let i = 0; i < 3; i++) {
    const started = await stack.gql(
      parse(
        `mutation { startUserImport(input: { ...HQ_ROWS, dryRun: true }) { id } }`.replace(
          '...HQ_ROWS',
          `serviceProviderId: "${HQ.serviceProviderId}", groupId: "${HQ.groupId}", inputs: [{ serviceProviderId: "acme.sp", groupId: "acme.hq", userId: "job.${i}@hq.acme.example", firstName: "J", lastName: "${i}" }]`,
        ),
      ),
    );
    ids.push((started.data as { startUserImport: { id: string } }).startUserImport.id);
    await new Promise((r) => setTimeout(r, 5));
  }
  const JOBS = `query($after: String) { bulkJobsConnection(first: 2, after: $after) {
    totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } }`;
  const first = (await stack.gql(parse(JOBS), {})).data as {
    bulkJobsConnection: Page<{ id: string }>;
  };
  expect(first.bulkJobsConnection.edges.map((e) => e.node.id)).toEqual([ids[2], ids[1]]);
  expect(first.bulkJobsConnection.pageInfo.hasNextPage).toBe(true);
  const second = (
    await stack.gql(parse(JOBS), { after: first.bulkJobsConnection.pageInfo.endCursor })
  ).data as { bulkJobsConnection: Page<{ id: string }> };
  expect(second.bulkJobsConnection.edges.map((e) => e.node.id)).toEqual([ids[0]]);
});

test("Apollo Client's relayStylePagination pages through them", async () => {
  const client = new ApolloClient({
    link: new HttpLink({ uri: stack.url, fetch }),
    cache: new InMemoryCache({
      typePolicies: {
        Group: {
          keyFields: ['serviceProviderId', 'groupId'],
          fields: { usersConnection: relayStylePagination() },
        },
      },
    }),
  });
  const query = gql(`query Users($first: Int, $after: String) {
    group(serviceProviderId: "acme.sp", groupId: "acme.hq") {
      serviceProviderId groupId
      usersConnection(first: $first, after: $after) {
        totalCount edges { cursor node { userId } } pageInfo { hasNextPage endCursor }
      }
    }
  }`);
  type Data = { group: { usersConnection: Page } };
  // As a front end pages: fetchMore with the end cursor, the cache merging the pages.
  const watched = client.watchQuery<Data>({ query, variables: { first: 1000 } });
  let connection = (await watched.result()).data.group.usersConnection;
  const seen = [connection.edges.length];
  for (let i = 0; connection.pageInfo.hasNextPage && i < 5; i++) {
    await watched.fetchMore({ variables: { after: connection.pageInfo.endCursor } });
    connection = watched.getCurrentResult().data.group.usersConnection;
    seen.push(connection.edges.length);
  }
  // 2500 and the user the test above created.
  const total = connection.totalCount;
  expect([total, seen]).toEqual([2501, [1000, 2000, total]]);
  expect(connection.pageInfo.hasNextPage).toBe(false);
  expect(new Set(connection.edges.map((e) => e.node.userId)).size).toBe(total);
  client.stop();
});
