import { type Stack, expectData, expectError, startStack, writesTo } from '../helpers/stack';
import {
  CreateHuntGroupDocument,
  DeleteHuntGroupDocument,
  DeleteUserDocument,
  GroupHuntGroupsDocument,
  GroupNumbersDocument,
  ServiceInstanceDocument,
  SetServiceInstanceActiveDocument,
  UpdateHuntGroupDocument,
  UserHuntGroupsDocument,
} from '../generated/graphql';

let stack: Stack;
beforeEach(async () => {
  stack = await startStack();
});
afterEach(() => stack.close());

const HQ = { serviceProviderId: 'acme.sp', groupId: 'acme.hq' };
const SALES = 'sales.hunt@hq.acme.example';
const CAROL = 'carol.chen@hq.acme.example';
const GRACE = 'grace.green@hq.acme.example';
const ALICE = 'alice.adams@hq.acme.example';
const writes = () => writesTo(stack);
/** The hunt group as the sandbox (Odin's side) holds it. */
const held = (id: string) =>
  stack.sandbox.directory.group('acme.sp', 'acme.hq').serviceInstances.find((i) => i.id === id);
const huntGroups = async () =>
  expectData(await stack.gql(GroupHuntGroupsDocument, HQ)).group?.huntGroups ?? [];

test('the seeded sales hunt group: its settings, agents in hunt order, targets as text', async () => {
  expect(await huntGroups()).toEqual([
    {
      serviceUserId: SALES,
      name: 'Sales Hunt Group',
      phoneNumber: '2125550140',
      extension: '1000',
      active: true,
      policy: 'CIRCULAR',
      agents: [{ userId: CAROL }, { userId: GRACE }],
      huntAfterNoAnswer: true,
      noAnswerRings: 3,
      forwardAfterTimeout: true,
      forwardTimeoutSeconds: 20,
      forwardTo: '1001',
      notReachableForwarding: false,
      notReachableForwardTo: null,
    },
  ]);
  const carol = expectData(await stack.gql(UserHuntGroupsDocument, { userId: CAROL })).user;
  expect(carol?.huntGroups).toEqual([{ serviceUserId: SALES }]);
  const alice = expectData(await stack.gql(UserHuntGroupsDocument, { userId: ALICE })).user;
  expect(alice?.huntGroups).toEqual([]);
  const one = expectData(await stack.gql(ServiceInstanceDocument, { serviceUserId: SALES }));
  expect(one.serviceInstance).toEqual({
    __typename: 'HuntGroup',
    serviceUserId: SALES,
    name: 'Sales Hunt Group',
    active: true,
    group: { groupId: 'acme.hq' },
    policy: 'CIRCULAR',
  });
  expect(
    expectData(await stack.gql(ServiceInstanceDocument, { serviceUserId: 'none@hq.acme.example' }))
      .serviceInstance,
  ).toBeNull();
});

test('updateHuntGroup(agentUserIds: [c, a, b]) leaves them in that order in Odin; the same again writes nothing', async () => {
  const input = { serviceUserId: SALES, agentUserIds: [GRACE, ALICE, CAROL], noAnswerRings: 4 };
  const updated = expectData(await stack.gql(UpdateHuntGroupDocument, { input })).updateHuntGroup;
  expect(updated.agents.map((a) => a.userId)).toEqual([GRACE, ALICE, CAROL]);
  expect(updated.noAnswerRings).toBe(4);
  expect(held(SALES)?.huntGroup?.agents).toEqual([GRACE, ALICE, CAROL]);
  expect(held(SALES)?.huntGroup?.noAnswerNumberOfRings).toBe(4);
  stack.sandbox.requests.length = 0;
  const again = expectData(await stack.gql(UpdateHuntGroupDocument, { input })).updateHuntGroup;
  expect(again).toEqual(updated);
  expect(writes()).toEqual([]);
});

test('agents outside the group: BAD_USER_INPUT naming agentUserIds, nothing written', async () => {
  stack.sandbox.requests.length = 0;
  const answer = await stack.gql(UpdateHuntGroupDocument, {
    input: { serviceUserId: SALES, agentUserIds: [CAROL, 'dave.diaz@branch.acme.example'] },
  });
  expectError(answer, 'BAD_USER_INPUT');
  expect(answer.errors?.[0].extensions?.fields).toEqual([
    { field: 'agentUserIds', message: 'dave.diaz@branch.acme.example not in group acme.hq' },
  ]);
  expect(writes()).toEqual([]);
});

test('createHuntGroup: made as asked; a taken number or extension is CONFLICT and makes nothing', async () => {
  const input = {
    ...HQ,
    serviceUserId: 'support.hunt@hq.acme.example',
    name: 'Support',
    phoneNumber: '+1-2125550141',
    extension: '1100',
    policy: 'REGULAR' as const,
    agentUserIds: [ALICE, CAROL],
    forwardTo: '*551001',
    forwardTimeoutSeconds: 30,
  };
  const made = expectData(await stack.gql(CreateHuntGroupDocument, { input })).createHuntGroup;
  expect(made).toMatchObject({
    serviceUserId: 'support.hunt@hq.acme.example',
    name: 'Support',
    phoneNumber: '2125550141',
    extension: '1100',
    active: true,
    policy: 'REGULAR',
    agents: [{ userId: ALICE }, { userId: CAROL }],
    forwardAfterTimeout: true,
    forwardTimeoutSeconds: 30,
    forwardTo: '*551001',
  });
  expect(held('support.hunt@hq.acme.example')).toMatchObject({
    kind: 'Hunt Group',
    phoneNumber: '2125550141',
    extension: '1100',
  });
  // The same create again (a retried request): the same answer, no write.
  stack.sandbox.requests.length = 0;
  const again = expectData(await stack.gql(CreateHuntGroupDocument, { input })).createHuntGroup;
  expect(again).toEqual(made);
  expect(writes()).toEqual([]);
  const before = stack.sandbox.directory.group('acme.sp', 'acme.hq').serviceInstances.length;
  for (const taken of [
    { serviceUserId: 'x1.hunt@hq.acme.example', phoneNumber: '2125550100' },
    { serviceUserId: 'x2.hunt@hq.acme.example', extension: '1001' },
  ]) {
    expectError(
      await stack.gql(CreateHuntGroupDocument, { input: { ...HQ, name: 'Taken', ...taken } }),
      'CONFLICT',
    );
  }
  expect(stack.sandbox.directory.group('acme.sp', 'acme.hq').serviceInstances).toHaveLength(before);
});

test('deleteHuntGroup answers the freed number, which Group.numbers then lists as free', async () => {
  const deleted = expectData(await stack.gql(DeleteHuntGroupDocument, { serviceUserId: SALES }));
  expect(deleted.deleteHuntGroup).toEqual({
    serviceUserId: SALES,
    deleted: true,
    freedPhoneNumber: '2125550140',
  });
  expect(held(SALES)).toBeUndefined();
  const free = expectData(await stack.gql(GroupNumbersDocument, { ...HQ, status: 'FREE' })).group;
  expect(free?.numbers.map((n) => n.phoneNumber)).toContain('2125550140');
  expectError(await stack.gql(DeleteHuntGroupDocument, { serviceUserId: SALES }), 'NOT_FOUND');
});

test('setServiceInstanceActive: Odin holds it; the same again writes nothing', async () => {
  const off = expectData(
    await stack.gql(SetServiceInstanceActiveDocument, { serviceUserId: SALES, active: false }),
  );
  expect(off.setServiceInstanceActive).toEqual({ serviceUserId: SALES, active: false });
  expect(held(SALES)?.active).toBe(false);
  stack.sandbox.requests.length = 0;
  expectData(
    await stack.gql(SetServiceInstanceActiveDocument, { serviceUserId: SALES, active: false }),
  );
  expect(writes()).toEqual([]);
});

test("every hunt group's agents resolve from one read of the group's users", async () => {
  expectData(
    await stack.gql(CreateHuntGroupDocument, {
      input: {
        ...HQ,
        serviceUserId: 'two.hunt@hq.acme.example',
        name: 'Two',
        agentUserIds: [ALICE],
      },
    }),
  );
  stack.sandbox.requests.length = 0;
  const groups = await huntGroups();
  expect(groups.map((g) => g.agents.length)).toEqual([2, 1]);
  expect(stack.sandbox.requests.map((r) => `${r.method} ${r.path}`).sort()).toEqual(
    [
      'GET /groups',
      'GET /groups/hunt-groups',
      'GET /groups/hunt-groups',
      'GET /groups/hunt-groups',
      'GET /users',
    ].sort(),
  );
});

test('deleting a user drops it from the agents, as BroadWorks does', async () => {
  expectData(await stack.gql(DeleteUserDocument, { userId: CAROL }));
  const [sales] = await huntGroups();
  expect(sales.agents).toEqual([{ userId: GRACE }]);
});
