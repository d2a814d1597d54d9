import { type Stack, expectData, expectError, startStack, writesTo } from '../helpers/stack';
import {
  GroupCallCentersDocument,
  ServiceInstanceDocument,
  SetCallCenterAgentsDocument,
  SetCallCenterTreatmentDocument,
  SetServiceInstanceActiveDocument,
  UserCallCentersDocument,
} from '../generated/graphql';

let stack: Stack;
beforeEach(async () => {
  stack = await startStack();
});
afterEach(() => stack.close());

const HQ = { serviceProviderId: 'acme.sp', groupId: 'acme.hq' };
const SUPPORT = 'support.cc@hq.acme.example';
const BOB = 'bob.baker@hq.acme.example';
const FRANK = 'frank.fox@hq.acme.example';
const ALICE = 'alice.adams@hq.acme.example';
const writes = () => writesTo(stack);
/** The call center as the sandbox (Odin's side) holds it. */
const held = () =>
  stack.sandbox.directory.group('acme.sp', 'acme.hq').serviceInstances.find((i) => i.id === SUPPORT)
    ?.callCenter;
const centers = async () =>
  expectData(await stack.gql(GroupCallCentersDocument, HQ)).group?.callCenters ?? [];

test('the seeded support call center: agents with their state, the treatments, targets as text', async () => {
  expect(await centers()).toEqual([
    {
      serviceUserId: SUPPORT,
      name: 'Acme Support',
      phoneNumber: '2125550130',
      extension: '1200',
      active: true,
      type: 'Standard',
      policy: 'CIRCULAR',
      queueLength: 10,
      agents: [
        { user: { userId: BOB }, skillLevel: 1, acdState: 'Available', available: true },
        { user: { userId: FRANK }, skillLevel: 1, acdState: 'Unavailable', available: false },
      ],
      overflow: { action: 'TRANSFER', transferTo: '*551001', afterSeconds: 60 },
      strandedCalls: { action: 'NONE', transferTo: null, afterSeconds: null },
      strandedCallsUnavailable: { action: 'NONE', transferTo: null, afterSeconds: null },
      forcedForwarding: { active: false, forwardTo: null },
    },
  ]);
  const frank = expectData(await stack.gql(UserCallCentersDocument, { userId: FRANK })).user;
  expect(frank?.callCenters).toEqual([
    {
      callCenter: { serviceUserId: SUPPORT },
      skillLevel: 1,
      acdState: 'Unavailable',
      available: false,
    },
  ]);
  // Not an agent anywhere: Odin answers 4xx, the graph an empty list.
  const alice = expectData(await stack.gql(UserCallCentersDocument, { userId: ALICE })).user;
  expect(alice?.callCenters).toEqual([]);
  const one = expectData(await stack.gql(ServiceInstanceDocument, { serviceUserId: SUPPORT }));
  expect(one.serviceInstance).toMatchObject({ __typename: 'CallCenter', active: true });
});

test('setCallCenterAgents replaces them in order with skill levels; the same again writes nothing', async () => {
  const input = {
    serviceUserId: SUPPORT,
    agents: [{ userId: ALICE, skillLevel: 5 }, { userId: BOB }],
  };
  const set = expectData(await stack.gql(SetCallCenterAgentsDocument, { input }));
  expect(set.setCallCenterAgents.agents.map((a) => [a.user.userId, a.skillLevel])).toEqual([
    [ALICE, 5],
    [BOB, 1],
  ]);
  expect(held()?.agents).toEqual([
    { userId: ALICE, skillLevel: 5 },
    { userId: BOB, skillLevel: 1 },
  ]);
  stack.sandbox.requests.length = 0;
  expect(expectData(await stack.gql(SetCallCenterAgentsDocument, { input }))).toEqual(set);
  expect(writes()).toEqual([]);
});

test('agents outside the group and bad skill levels: BAD_USER_INPUT naming the field, nothing written', async () => {
  stack.sandbox.requests.length = 0;
  const outside = await stack.gql(SetCallCenterAgentsDocument, {
    input: { serviceUserId: SUPPORT, agents: [{ userId: 'dave.diaz@branch.acme.example' }] },
  });
  expectError(outside, 'BAD_USER_INPUT');
  expect(outside.errors?.[0].extensions?.fields).toEqual([
    { field: 'agents', message: 'dave.diaz@branch.acme.example not in group acme.hq' },
  ]);
  const skill = await stack.gql(SetCallCenterAgentsDocument, {
    input: { serviceUserId: SUPPORT, agents: [{ userId: BOB, skillLevel: 21 }] },
  });
  expectError(skill, 'BAD_USER_INPUT');
  expect(JSON.stringify(skill.errors?.[0].extensions?.fields)).toContain('skillLevel');
  expect(writes()).toEqual([]);
});

test('setCallCenterTreatment: Odin holds each kind; the same again writes nothing; rules before Odin', async () => {
  const overflow = {
    serviceUserId: SUPPORT,
    treatment: 'OVERFLOW' as const,
    action: 'TRANSFER' as const,
    transferTo: '1001',
    afterSeconds: 90,
  };
  const set = expectData(await stack.gql(SetCallCenterTreatmentDocument, { input: overflow }));
  expect(set.setCallCenterTreatment.overflow).toEqual({
    action: 'TRANSFER',
    transferTo: '1001',
    afterSeconds: 90,
  });
  expect(held()?.overflow).toMatchObject({
    action: 'Transfer',
    transferPhoneNumber: '1001',
    timeoutSeconds: 90,
  });
  const stranded = expectData(
    await stack.gql(SetCallCenterTreatmentDocument, {
      input: {
        serviceUserId: SUPPORT,
        treatment: 'STRANDED',
        action: 'NIGHT_SERVICE',
      },
    }),
  );
  expect(stranded.setCallCenterTreatment.strandedCalls.action).toBe('NIGHT_SERVICE');
  expect(held()?.stranded.action).toBe('Night Service');
  stack.sandbox.requests.length = 0;
  expectData(await stack.gql(SetCallCenterTreatmentDocument, { input: overflow }));
  expect(writes()).toEqual([]);
  for (const [input, field] of [
    [{ ...overflow, transferTo: undefined }, 'transferTo'],
    [{ ...overflow, action: 'NIGHT_SERVICE' }, 'action'],
    [{ ...overflow, treatment: 'STRANDED', action: 'BUSY', afterSeconds: 5 }, 'afterSeconds'],
    [{ ...overflow, afterSeconds: 7201 }, 'afterSeconds'],
  ] as const) {
    const answer = await stack.gql(SetCallCenterTreatmentDocument, { input: input as never });
    expectError(answer, 'BAD_USER_INPUT');
    expect(
      (answer.errors?.[0].extensions?.fields as Array<{ field: string }>).map((f) => f.field),
    ).toContain(field);
  }
  expect(writes()).toEqual([]);
});

test('setServiceInstanceActive turns a call center off in Odin; unknown ids are NOT_FOUND', async () => {
  const off = expectData(
    await stack.gql(SetServiceInstanceActiveDocument, { serviceUserId: SUPPORT, active: false }),
  );
  expect(off.setServiceInstanceActive).toEqual({ serviceUserId: SUPPORT, active: false });
  expect(
    stack.sandbox.directory
      .group('acme.sp', 'acme.hq')
      .serviceInstances.find((i) => i.id === SUPPORT)?.active,
  ).toBe(false);
  expectError(
    await stack.gql(SetServiceInstanceActiveDocument, {
      serviceUserId: 'none@hq.acme.example',
      active: false,
    }),
    'NOT_FOUND',
  );
});
