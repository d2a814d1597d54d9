import { composeServices } from '@apollo/composition';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { printAppSubgraphSchema } from '../../src/graphql/schema';
import { type Stack, startStack } from '../helpers/stack';

/** A second team's subgraph: desks, each with its occupant, a User it does not own. */
const DESKS_SDL = `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
  type User @key(fields: "userId") {
    userId: ID!
    deskLocation: String
  }
  type Desk {
    id: ID!
    occupant: User
  }
  type Query {
    desks(count: Int!): [Desk!]!
  }
`;

async function startDesks(occupants: string[]) {
  const server = new ApolloServer({
    schema: buildSubgraphSchema({
      typeDefs: parse(DESKS_SDL),
      resolvers: {
        Query: {
          desks: (_: unknown, { count }: { count: number }) =>
            Array.from({ length: count }, (_x, i) => ({
              id: `desk-${i}`,
              occupant: { userId: occupants[i % occupants.length] },
            })),
        },
        User: {
          __resolveReference: (ref: { userId: string }) => ({
            userId: ref.userId,
            deskLocation: `Floor 3, desk ${ref.userId.length}`,
          }),
        },
      },
    }),
  });
  const { url } = await startStandaloneServer(server, { listen: { port: 0, host: '127.0.0.1' } });
  return { url, stop: () => server.stop() };
}

let stack: Stack;
let desks: Awaited<ReturnType<typeof startDesks>>;
let gateway: ApolloServer;
let gatewayUrl: string;
const occupants = Array.from({ length: 20 }, (_, i) => `occupant.${i}@hq.acme.example`);

beforeAll(async () => {
  stack = await startStack();
  for (const [i, userId] of occupants.slice(0, 15).entries()) {
    stack.sandbox.directory.createUser({
      serviceProviderId: 'acme.sp',
      groupId: 'acme.hq',
      userId,
      firstName: 'Occ',
      lastName: `U${i}`,
      password: 'Desk-Passw0rd!',
    });
  }
  desks = await startDesks(occupants);
  const composed = composeServices([
    { name: 'odin', typeDefs: parse(await printAppSubgraphSchema()), url: stack.url },
    { name: 'desks', typeDefs: parse(DESKS_SDL), url: desks.url },
  ]);
  if (composed.errors) throw new Error(composed.errors.map((e) => e.message).join('\n'));
  gateway = new ApolloServer({
    gateway: new ApolloGateway({ supergraphSdl: composed.supergraphSdl }),
  });
  const started = await startStandaloneServer(gateway, { listen: { port: 0, host: '127.0.0.1' } });
  gatewayUrl = started.url;
}, 30_000);

afterAll(async () => {
  await gateway.stop();
  await desks.stop();
  await stack.close();
});

async function throughGateway(query: string) {
  const response = await fetch(gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  return (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
}

test('a supergraph composes, and one query gets a user with fields from both subgraphs', async () => {
  const answer = await throughGateway(`{
    user(userId: "alice.adams@hq.acme.example") { firstName extension deskLocation group { groupName } department { name } }
  }`);
  expect(answer.errors).toBeUndefined();
  expect(answer.data).toEqual({
    user: {
      firstName: 'Alice',
      extension: '1001',
      deskLocation: 'Floor 3, desk 27',
      group: { groupName: 'Acme Head Office' },
      department: { name: 'Sales' },
    },
  });
});

test('100 entities from the gateway: one upstream read per distinct id', async () => {
  stack.sandbox.requests.length = 0;
  const answer = await throughGateway(
    '{ desks(count: 100) { id occupant { userId firstName group { groupName } } } }',
  );
  expect(answer.errors).toBeUndefined();
  const list = (answer.data?.desks ?? []) as Array<{
    occupant: { userId: string; firstName: string | null } | null;
  }>;
  expect(list).toHaveLength(100);
  expect(list[0].occupant?.firstName).toBe('Occ');
  // Occupants 15..19 do not exist in Odin: the entity is null, not an error.
  expect(list[15].occupant).toBeNull();
  const reads = stack.sandbox.app.calls('GET', '/users');
  expect(reads).toHaveLength(20);
  expect(new Set(reads.map((r) => r.query.userId)).size).toBe(20);
  expect(stack.sandbox.app.calls('GET', '/groups')).toHaveLength(1);
});

test('the subgraph answers _service { sdl } and _entities directly', async () => {
  const service = await fetch(stack.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ _service { sdl } }' }),
  });
  const sdl = ((await service.json()) as { data: { _service: { sdl: string } } }).data._service.sdl;
  expect(sdl).toContain('@key(fields: "userId")');
  expect(sdl).toContain('@key(fields: "serviceProviderId groupId")');
  const entities = await fetch(stack.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query:
        'query($r: [_Any!]!) { _entities(representations: $r) { ... on Group { groupName userLimit } ... on User { firstName } } }',
      variables: {
        r: [
          { __typename: 'Group', serviceProviderId: 'acme.sp', groupId: 'acme.branch' },
          { __typename: 'User', userId: 'dave.diaz@branch.acme.example' },
          { __typename: 'User', userId: 'not an id' },
        ],
      },
    }),
  });
  expect(await entities.json()).toEqual({
    data: { _entities: [{ groupName: 'Acme Branch', userLimit: 25 }, { firstName: 'Dave' }, null] },
  });
});
