import {
  GeneratedPasswordDocument,
  GetGroupDocument,
  GetUserDocument,
  ListUsersDocument,
  ListUsersWithGroupDocument,
  SameUserThriceDocument,
} from '../generated/graphql';
import { seedUsers } from '../../src/sandbox/seed';
import { type Stack, expectData, expectError, startStack } from '../helpers/stack';

let stack: Stack;
beforeEach(async () => {
  stack = await startStack();
});
afterEach(async () => {
  await stack.close();
});

const reads = () => ({
  users: stack.sandbox.app.calls('GET', '/users').length,
  groups: stack.sandbox.app.calls('GET', '/groups').length,
});

describe('user(userId)', () => {
  test('a seeded user with every kind of field', async () => {
    const { user } = expectData(
      await stack.gql(GetUserDocument, { userId: 'alice.adams@hq.acme.example' }),
    );
    expect(user).toMatchObject({
      userId: 'alice.adams@hq.acme.example',
      firstName: 'Alice',
      extension: '1001',
      department: { name: 'Sales', fullPath: 'Sales (acme.hq)' },
      alternateUserIds: [{ alternateUserId: 'aadams@acme.example', description: 'single sign-on' }],
      endpointType: 'ACCESS_DEVICE_ENDPOINT',
      endpoint: {
        __typename: 'AccessDeviceEndpoint',
        linePort: 'alice.adams_lp@hq.acme.example',
        contacts: ['sip:alice@10.0.0.21'],
        accessDevice: { deviceName: 'hq-polycom-01', numberOfPorts: 12, unlimitedPorts: false },
      },
    });
    expect(stack.sandbox.app.calls('GET', '/users')[0].query).toEqual({
      userId: 'alice.adams@hq.acme.example',
    });
  });

  test('a trunk user and an all-digit last name', async () => {
    const bob = expectData(
      await stack.gql(GetUserDocument, { userId: 'bob.baker@hq.acme.example' }),
    ).user;
    expect(bob?.endpoint).toMatchObject({
      __typename: 'TrunkAddressingEndpoint',
      trunkGroupName: 'hq-pbx',
      isPilotUser: true,
    });
    const lobby = expectData(
      await stack.gql(GetUserDocument, { userId: 'lobby.1004@hq.acme.example' }),
    ).user;
    expect(lobby?.lastName).toBe('1004');
    expect(lobby?.endpoint).toMatchObject({
      accessDevice: { unlimitedPorts: true, numberOfPorts: null },
    });
  });

  test('null, not an error, for an unknown user', async () => {
    const answer = await stack.gql(GetUserDocument, { userId: 'nobody@hq.acme.example' });
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.user).toBeNull();
  });

  test('the same user under three aliases is one upstream read', async () => {
    const data = expectData(
      await stack.gql(SameUserThriceDocument, { userId: 'carol.chen@hq.acme.example' }),
    );
    expect(data.first?.userId).toBe('carol.chen@hq.acme.example');
    expect(data.second?.firstName).toBe('Carol');
    expect(data.third?.group?.groupName).toBe('Acme Head Office');
    expect(reads()).toEqual({ users: 1, groups: 1 });
  });

  test('loaders live for one request: a second request reads again', async () => {
    await stack.gql(GetUserDocument, { userId: 'carol.chen@hq.acme.example' });
    await stack.gql(GetUserDocument, { userId: 'carol.chen@hq.acme.example' });
    expect(reads().users).toBe(2);
  });
});

describe('users(...)', () => {
  test('50 users of one group with group and department: one GET /users, one GET /groups', async () => {
    seedUsers(
      stack.sandbox.directory,
      50 -
        stack.sandbox.directory.usersOf(stack.sandbox.directory.group('acme.sp', 'acme.hq')).length,
    );
    stack.sandbox.requests.length = 0;
    const { users } = expectData(
      await stack.gql(ListUsersWithGroupDocument, {
        serviceProviderId: 'acme.sp',
        groupId: 'acme.hq',
      }),
    );
    expect(users).toHaveLength(50);
    expect(users.every((u) => u.group?.groupName === 'Acme Head Office')).toBe(true);
    expect(users.filter((u) => u.department?.name === 'Sales').length).toBeGreaterThan(10);
    expect(reads()).toEqual({ users: 1, groups: 1 });
    expect(stack.sandbox.app.calls('GET', '/users')[0].query).toEqual({
      serviceProviderId: 'acme.sp',
      groupId: 'acme.hq',
      limit: '1000',
      extended: 'true',
    });
  });

  test('defect: users without limit returns every match', async () => {
    seedUsers(stack.sandbox.directory, 1001);
    stack.sandbox.requests.length = 0;
    const { users } = expectData(
      await stack.gql(ListUsersDocument, { serviceProviderId: 'acme.sp', groupId: 'acme.hq' }),
    );
    expect(users).toHaveLength(1000);
    expect(stack.sandbox.app.calls('GET', '/users').map((r) => r.query.limit)).toEqual(['1000']);
  });

  test('users over two groups: exactly two GET /groups', async () => {
    const { users } = expectData(
      await stack.gql(ListUsersWithGroupDocument, { serviceProviderId: 'acme.sp' }),
    );
    expect(new Set(users.map((u) => u.group?.groupId))).toEqual(
      new Set(['acme.hq', 'acme.branch']),
    );
    expect(reads()).toEqual({ users: 1, groups: 2 });
  });

  test.each([
    ['LAST_NAME', 'EQUALS', 'adams', 'adams', ['alice.adams@hq.acme.example']],
    ['FIRST_NAME', 'STARTS_WITH', 'Ca', 'Ca*', ['carol.chen@hq.acme.example']],
    ['USER_ID', 'CONTAINS', 'baker', '*baker*', ['bob.baker@hq.acme.example']],
    ['DN', 'EQUALS', '2125550101', '2125550101', ['bob.baker@hq.acme.example']],
    [
      'EXTENSION',
      'STARTS_WITH',
      '100',
      '100*',
      [
        'alice.adams@hq.acme.example',
        'bob.baker@hq.acme.example',
        'carol.chen@hq.acme.example',
        'lobby.1004@hq.acme.example',
      ],
    ],
    ['MAC_ADDRESS', 'EQUALS', '0004F2A10001', '0004F2A10001', ['alice.adams@hq.acme.example']],
    // A MAC as printed on a phone's label is a MAC: Odin is asked in its own form.
    ['MAC_ADDRESS', 'EQUALS', '00:04:f2:a1:00:01', '0004F2A10001', ['alice.adams@hq.acme.example']],
    [
      'MAC_ADDRESS',
      'STARTS_WITH',
      '00-04-f2-a1-00-0',
      '0004F2A1000*',
      ['alice.adams@hq.acme.example', 'frank.fox@hq.acme.example'],
    ],
    ['EMAIL_ADDRESS', 'CONTAINS', 'alice', '*alice*', ['alice.adams@hq.acme.example']],
  ] as const)('filter %s %s %s → Odin %s', async (field, match, value, sent, expected) => {
    const wire = {
      LAST_NAME: 'lastName',
      FIRST_NAME: 'firstName',
      USER_ID: 'userId',
      DN: 'dn',
      EXTENSION: 'extension',
      MAC_ADDRESS: 'macAddress',
      EMAIL_ADDRESS: 'emailAddress',
    }[field];
    const { users } = expectData(
      await stack.gql(ListUsersDocument, {
        serviceProviderId: 'acme.sp',
        groupId: 'acme.hq',
        filter: { field, match, value },
      }),
    );
    expect(users.map((u) => u.userId).sort()).toEqual([...expected].sort());
    expect(stack.sandbox.app.calls('GET', '/users')[0].query).toMatchObject({ [wire]: sent });
  });

  test('a filter without a service provider searches the whole system', async () => {
    const { users } = expectData(
      await stack.gql(ListUsersDocument, {
        filter: { field: 'LAST_NAME', match: 'EQUALS', value: 'Diaz' },
      }),
    );
    expect(users.map((u) => u.userId)).toEqual(['dave.diaz@branch.acme.example']);
  });

  test('limit caps the count and is sent to Odin', async () => {
    const { users } = expectData(
      await stack.gql(ListUsersDocument, { serviceProviderId: 'acme.sp', limit: 2 }),
    );
    expect(users).toHaveLength(2);
    expect(stack.sandbox.app.calls('GET', '/users')[0].query.limit).toBe('2');
  });

  test.each([
    ['groupId without serviceProviderId', { groupId: 'acme.hq' }, 'groupId'],
    ['no service provider and no filter', {}, 'serviceProviderId'],
    ['limit 0', { serviceProviderId: 'acme.sp', limit: 0 }, 'limit'],
    ['limit 1001', { serviceProviderId: 'acme.sp', limit: 1001 }, 'limit'],
    [
      'a * in the filter value',
      {
        serviceProviderId: 'acme.sp',
        filter: { field: 'LAST_NAME', match: 'EQUALS', value: 'a*' },
      },
      'filter.value',
    ],
    [
      'an empty filter value',
      { serviceProviderId: 'acme.sp', filter: { field: 'LAST_NAME', match: 'EQUALS', value: ' ' } },
      'filter.value',
    ],
  ] as const)('%s is BAD_USER_INPUT with no Odin call', async (_name, variables, field) => {
    const error = expectError(
      await stack.gql(ListUsersDocument, variables as never),
      'BAD_USER_INPUT',
    );
    expect(error.extensions.fields).toEqual(
      expect.arrayContaining([{ field, message: expect.any(String) }]),
    );
    expect(stack.sandbox.requests).toHaveLength(0);
  });

  test('an unknown group is NOT_FOUND with Odin’s answer', async () => {
    const error = expectError(
      await stack.gql(ListUsersDocument, { serviceProviderId: 'acme.sp', groupId: 'nope' }),
      'NOT_FOUND',
    );
    expect(error.extensions.odin).toMatchObject({ status: 404 });
  });
});

describe('group and generatedPassword', () => {
  test('group: typed, and null when unknown', async () => {
    const { group } = expectData(
      await stack.gql(GetGroupDocument, { serviceProviderId: 'acme.sp', groupId: 'acme.branch' }),
    );
    expect(group).toEqual({
      serviceProviderId: 'acme.sp',
      groupId: 'acme.branch',
      groupName: 'Acme Branch',
      defaultDomain: 'branch.acme.example',
      userLimit: 25,
      userCount: 2,
      timeZone: 'America/Chicago',
      callingLineIdName: 'Acme Branch',
    });
    const missing = await stack.gql(GetGroupDocument, {
      serviceProviderId: 'acme.sp',
      groupId: 'nope',
    });
    expect(missing.errors).toBeUndefined();
    expect(missing.data?.group).toBeNull();
  });

  test('generatedPassword satisfies the group rules; unknown group is NOT_FOUND', async () => {
    const { generatedPassword } = expectData(
      await stack.gql(GeneratedPasswordDocument, {
        serviceProviderId: 'acme.sp',
        groupId: 'acme.hq',
      }),
    );
    expect(generatedPassword).toMatch(/^(?=.*\d)(?=.*[a-z])(?=.*[A-Z])(?=.*[^A-Za-z0-9]).{8,}$/);
    expect(stack.sandbox.app.calls('GET', '/password/generate')[0].query).toEqual({
      serviceProviderId: 'acme.sp',
      groupId: 'acme.hq',
    });
    expectError(
      await stack.gql(GeneratedPasswordDocument, { serviceProviderId: 'acme.sp', groupId: 'nope' }),
      'NOT_FOUND',
    );
  });
});
