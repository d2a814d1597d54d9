import { seedUsers } from '../../src/sandbox/seed';
import {
  CallFlowDoNotDisturbDocument,
  CallFlowDocument,
  SetCallForwardingDocument,
} from '../generated/graphql';
import { type Stack, expectData, expectError, startStack } from '../helpers/stack';

let stack: Stack;
beforeEach(async () => {
  stack = await startStack();
});
afterEach(() => stack.close());

const AA = 'AUTO_ATTENDANT:main.aa@hq.acme.example';
const HG = 'HUNT_GROUP:sales.hunt@hq.acme.example';
const CC = 'CALL_CENTER:support.cc@hq.acme.example';
const ALICE = 'user:alice.adams@hq.acme.example';
const BOB = 'user:bob.baker@hq.acme.example';
const CAROL = 'user:carol.chen@hq.acme.example';
const GRACE = 'user:grace.green@hq.acme.example';
const FRANK = 'user:frank.fox@hq.acme.example';
const MOBILE = 'EXTERNAL:2125550199';
const MAILBOX = 'VOICE_MAIL:user:alice.adams@hq.acme.example';
const DIRECTORY = 'SUBMENU:main.aa@hq.acme.example:Directory';

const flowOf = async (variables: Record<string, unknown>) =>
  expectData(await stack.gql(CallFlowDocument, variables)).callFlow;
const edgeList = (flow: NonNullable<Awaited<ReturnType<typeof flowOf>>>) =>
  flow.edges.map((e) => `${e.from} ${e.kind} ${e.when}${e.key ? ` ${e.key}` : ''} ${e.to}`).sort();

const DEMO_EDGES = [
  `${AA} MENU_KEY BUSINESS_HOURS 0 ${ALICE}`,
  `${AA} MENU_KEY BUSINESS_HOURS 1 ${HG}`,
  `${AA} MENU_KEY BUSINESS_HOURS 2 ${CC}`,
  `${AA} MENU_KEY BUSINESS_HOURS 3 ${DIRECTORY}`,
  `${AA} MENU_KEY AFTER_HOURS 0 ${MOBILE}`,
  `${AA} MENU_KEY AFTER_HOURS 1 ${BOB}`,
  `${AA} MENU_KEY HOLIDAY 0 ${MOBILE}`,
  `${AA} MENU_KEY HOLIDAY 1 ${BOB}`,
  `${HG} HUNT_AGENT ALWAYS ${CAROL}`,
  `${HG} HUNT_AGENT ALWAYS ${GRACE}`,
  `${HG} HUNT_NO_ANSWER ALWAYS ${ALICE}`,
  `${ALICE} FORWARD_BUSY ALWAYS ${HG}`,
  `${ALICE} FORWARD_NOT_REACHABLE ALWAYS ${MOBILE}`,
  `${CC} CALL_CENTER_AGENT ALWAYS ${BOB}`,
  `${CC} CALL_CENTER_AGENT ALWAYS ${FRANK}`,
  `${CC} OVERFLOW ALWAYS ${MAILBOX}`,
  `${BOB} FORWARD_NO_ANSWER ALWAYS ${CC}`,
].sort();

test('the main number: every node kind once, every edge, the two loops, and the Odin calls counted', async () => {
  // Logged in first: the count is of the query.
  await flowOf({ phoneNumber: '2125550100' });
  stack.sandbox.requests.length = 0;
  const flow = await flowOf({ phoneNumber: '2125550120' });
  expect(flow?.start).toEqual({ id: AA, kind: 'AUTO_ATTENDANT' });
  expect(flow?.nodes.map((n) => `${n.kind} ${n.id} ${n.label}`).sort()).toEqual(
    [
      `AUTO_ATTENDANT ${AA} Acme Main Line`,
      `USER ${ALICE} Alice Adams`,
      `HUNT_GROUP ${HG} Sales Hunt Group`,
      `USER ${CAROL} Carol Chen`,
      `USER ${GRACE} Grace Green`,
      `EXTERNAL ${MOBILE} 2125550199`,
      `CALL_CENTER ${CC} Acme Support`,
      `USER ${BOB} Bob Baker`,
      `USER ${FRANK} Frank Fox`,
      `VOICE_MAIL ${MAILBOX} Voice mail: Alice Adams`,
      `SUBMENU ${DIRECTORY} Directory`,
    ].sort(),
  );
  expect(edgeList(flow as never)).toEqual(DEMO_EDGES);
  // The call center reached from key 2 and from Bob is one node with two edges into it.
  expect(flow?.edges.filter((e) => e.to === CC)).toHaveLength(2);
  expect(flow?.loops).toEqual([
    [HG, ALICE],
    [CC, BOB],
  ]);
  expect(flow?.truncated).toBe(false);
  expect(flow?.edges.find((e) => e.kind === 'OVERFLOW')?.afterSeconds).toBe(60);
  expect(flow?.edges.find((e) => e.kind === 'FORWARD_NO_ANSWER')?.numberOfRings).toBe(3);
  // The start's holder, the group's lists and users, the four /bulk reads, then one read
  // per instance on the path with its routing objects, and one lookup of the outside number.
  expect(stack.sandbox.requests.map((r) => `${r.method} ${r.path}`).sort()).toEqual(
    [
      'GET /system/dns/search',
      'GET /users',
      'GET /groups/hunt-groups',
      'GET /groups/call-centers',
      'GET /groups/auto-attendants',
      'GET /groups/auto-attendants',
      'GET /groups/auto-attendants/submenus',
      'GET /groups/auto-attendants/submenus',
      'GET /users/call-forwarding-always/bulk',
      'GET /users/call-forwarding-busy/bulk',
      'GET /users/call-forwarding-no-answer/bulk',
      'GET /users/call-forwarding-not-reachable/bulk',
      'GET /groups/hunt-groups',
      'GET /groups/call-centers',
      'GET /groups/call-centers/agents',
      'GET /groups/call-centers/overflow',
      'GET /groups/call-centers/stranded-calls',
      'GET /groups/call-centers/stranded-calls-unavailable',
      'GET /groups/call-centers/forced-forwarding',
      'GET /system/dns/search',
    ].sort(),
  );
  expect(flow?.mermaid.split('\n')[0]).toBe('flowchart LR');
  // The same state gives the same text.
  expect((await flowOf({ phoneNumber: '+1-2125550120' }))?.mermaid).toBe(flow?.mermaid);
});

test('the same graph whatever form the targets are written in', async () => {
  const before = edgeList((await flowOf({ phoneNumber: '2125550120' })) as never);
  const bob = stack.sandbox.directory.user('bob.baker@hq.acme.example');
  for (const form of ['+1-2125550130', '+12125550130', '1200']) {
    bob.settings = {
      ...bob.settings,
      'Call Forwarding No Answer': { isActive: true, forwardToPhoneNumber: form, numberOfRings: 3 },
    };
    expect({
      form,
      edges: edgeList((await flowOf({ phoneNumber: '2125550120' })) as never),
    }).toEqual({
      form,
      edges: before,
    });
  }
});

test('an extension within its group starts there; maxDepth truncates and says so; bad depths and unknown numbers', async () => {
  const fromExtension = await flowOf({
    serviceProviderId: 'acme.sp',
    groupId: 'acme.hq',
    extension: '1000',
  });
  expect(fromExtension?.start).toEqual({ id: HG, kind: 'HUNT_GROUP' });
  // Depth counts nodes from the start: 1 is the start alone, 2 what it leads to directly.
  const one = await flowOf({ phoneNumber: '2125550120', maxDepth: 1 });
  expect(one).toMatchObject({ truncated: true, nodes: [{ id: AA }], edges: [] });
  const two = await flowOf({ phoneNumber: '2125550120', maxDepth: 2 });
  expect(two?.truncated).toBe(true);
  expect(two?.nodes.map((n) => n.id).sort()).toEqual(
    [AA, ALICE, HG, CC, DIRECTORY, MOBILE, BOB].sort(),
  );
  expect(two?.edges.every((e) => e.from === AA)).toBe(true);
  expect((await flowOf({ phoneNumber: '2125550120', maxDepth: 3 }))?.truncated).toBe(false);
  for (const maxDepth of [0, 51])
    expectError(
      await stack.gql(CallFlowDocument, { phoneNumber: '2125550120', maxDepth }),
      'BAD_USER_INPUT',
    );
  expect(await flowOf({ phoneNumber: '2125550131' })).toBeNull();
  expectError(await stack.gql(CallFlowDocument, {}), 'BAD_USER_INPUT');
});

test('an alias without digits does not break the walk; two flows in one request share nothing', async () => {
  stack.sandbox.directory.user('carol.chen@hq.acme.example').aliases = ['support@hq.acme.example'];
  const both = expectData(
    await stack.gql(
      // Two roots of one request: the hunt group's flow and Frank's.
      (await import('graphql')).parse(`{
        a: callFlow(phoneNumber: "2125550140") { nodes { id } }
        b: callFlow(serviceProviderId: "acme.sp", groupId: "acme.hq", extension: "1010") { nodes { id } }
      }`),
    ),
  ) as { a: { nodes: Array<{ id: string }> }; b: { nodes: Array<{ id: string }> } };
  expect(both.b.nodes.map((n) => n.id)).toEqual([FRANK]);
  expect(both.a.nodes.map((n) => n.id)).toContain(CAROL);
});

test('reads are bounded by the group: 1000 users with 50 forwardings make as many calls as the demo group of 6', async () => {
  const count = async () => {
    await flowOf({ phoneNumber: '2125550100' });
    stack.sandbox.requests.length = 0;
    await flowOf({ phoneNumber: '2125550120' });
    return stack.sandbox.requests.length;
  };
  const few = await count();
  seedUsers(stack.sandbox.directory, 1000);
  const directory = stack.sandbox.directory;
  const hq = directory.group('acme.sp', 'acme.hq');
  for (const user of directory.usersOf(hq).slice(0, 50)) {
    user.servicePacks = [...user.servicePacks, 'Standard'];
    user.settings = {
      ...user.settings,
      'Call Forwarding Always': { isActive: true, forwardToPhoneNumber: '2125550199' },
    };
  }
  expect(await count()).toBe(few);
});

test('a second callFlow within the cache life makes no Odin call, and sees a change made through the layer', async () => {
  await stack.close();
  stack = await startStack({ env: { ODIN_CACHE_TTL_MS: '15000' } });
  const first = await flowOf({ phoneNumber: '2125550120' });
  stack.sandbox.requests.length = 0;
  const again = await flowOf({ phoneNumber: '2125550120' });
  expect(stack.sandbox.requests).toEqual([]);
  expect(again).toEqual(first);
  // Alice's busy forwarding changed through the layer: the next flow walks the new target.
  expectData(
    await stack.gql(SetCallForwardingDocument, {
      input: {
        userId: 'alice.adams@hq.acme.example',
        kind: 'BUSY',
        active: true,
        forwardTo: '*551001',
      },
    }),
  );
  const changed = await flowOf({ phoneNumber: '2125550120' });
  expect(changed?.edges.find((e) => e.kind === 'FORWARD_BUSY')?.to).toBe(MAILBOX);
  expect(changed?.loops).toEqual([[CC, BOB]]);
});

test('a number held in another group: as the start, the walk begins at its holder there; as a target, it is labelled with its group and not walked', async () => {
  const branch = await flowOf({ phoneNumber: '+1-3125550150' });
  expect(branch?.start.kind).toBe('USER');
  expect(branch?.nodes[0]).toMatchObject({ kind: 'USER', phoneNumber: '3125550150' });
  expect(branch?.nodes[0].entityId).toMatch(/@branch\.acme\.example$/);

  expectData(
    await stack.gql(SetCallForwardingDocument, {
      input: {
        userId: 'alice.adams@hq.acme.example',
        kind: 'NOT_REACHABLE',
        active: true,
        forwardTo: '+13125550150',
      },
    }),
  );
  const flow = await flowOf({ phoneNumber: '2125550120' });
  const edge = flow?.edges.find((e) => e.kind === 'FORWARD_NOT_REACHABLE');
  const node = flow?.nodes.find((n) => n.id === edge?.to);
  expect(node).toMatchObject({
    kind: 'USER',
    phoneNumber: '3125550150',
    entityId: branch?.nodes[0].entityId,
  });
  expect(node?.label).toMatch(/\(acme\.branch\)$/);
  // Not walked: nothing leaves it.
  expect(flow?.edges.filter((e) => e.from === node?.id)).toEqual([]);
});

test('doNotDisturb on nodes: Frank (DND on) keeps his edges and is marked; one read per user on the path, only when asked for', async () => {
  await flowOf({ phoneNumber: '2125550100' });
  stack.sandbox.requests.length = 0;
  const flow = expectData(
    await stack.gql(CallFlowDoNotDisturbDocument, { phoneNumber: '2125550120' }),
  ).callFlow;
  const marks = Object.fromEntries(flow?.nodes.map((n) => [n.id, n.doNotDisturb]) ?? []);
  expect(marks).toEqual({
    [AA]: null,
    [ALICE]: false,
    [HG]: null,
    [CC]: null,
    // Carol and Grace have no Do Not Disturb service: nothing to say.
    [CAROL]: null,
    [GRACE]: null,
    [BOB]: false,
    [FRANK]: true,
    [MOBILE]: null,
    [MAILBOX]: null,
    [DIRECTORY]: null,
  });
  const dnd = stack.sandbox.requests.filter((r) => r.path === '/users/do-not-disturb');
  expect(dnd.map((r) => r.query.userId).sort()).toEqual(
    [ALICE, BOB, CAROL, FRANK, GRACE].map((id) => id.replace('user:', '')).sort(),
  );
  // The walk's own 20 calls, and the five reads: nothing else.
  expect(stack.sandbox.requests).toHaveLength(25);
});
