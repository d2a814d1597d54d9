import { parse } from 'graphql';
import {
  CreateUserDocument,
  DeleteUserDocument,
  GetUserDocument,
  UpdateUserDocument,
  type UpdateUserInput,
} from '../generated/graphql';
import { type Stack, expectData, expectError, startStack } from '../helpers/stack';

let stack: Stack;
beforeEach(async () => {
  stack = await startStack();
});
afterEach(async () => {
  await stack.close();
});

const update = (input: UpdateUserInput) => stack.gql(UpdateUserDocument, { input });

test('create → read → update → read → delete → read', async () => {
  const userId = 'life.cycle@hq.acme.example';
  const created = expectData(
    await stack.gql(CreateUserDocument, {
      input: {
        serviceProviderId: 'acme.sp',
        groupId: 'acme.hq',
        userId,
        firstName: 'Life',
        lastName: 'Cycle',
        extension: '4000',
      },
    }),
  ).createUser.user;
  expect(created).toMatchObject({ extension: '4000', department: null, endpointType: 'NONE' });

  expect(expectData(await stack.gql(GetUserDocument, { userId })).user).toMatchObject({
    firstName: 'Life',
    extension: '4000',
  });

  const updated = expectData(
    await update({
      userId,
      firstName: 'Lifelong',
      extension: '4001',
      department: 'Engineering',
      phoneNumber: '2125550121',
    }),
  ).updateUser;
  expect(updated).toMatchObject({
    firstName: 'Lifelong',
    lastName: 'Cycle',
    extension: '4001',
    phoneNumber: '2125550121',
    department: { name: 'Engineering' },
  });

  expect(expectData(await stack.gql(GetUserDocument, { userId })).user).toMatchObject({
    firstName: 'Lifelong',
    extension: '4001',
    department: { name: 'Engineering' },
  });

  expect(expectData(await stack.gql(DeleteUserDocument, { userId })).deleteUser).toEqual({
    userId,
    deleted: true,
  });
  const [del] = stack.sandbox.app.calls('DELETE', '/users');
  expect(del.query).toEqual({ userId });
  expect(del.body).toEqual({ userId });

  const final = await stack.gql(GetUserDocument, { userId });
  expect(final.errors).toBeUndefined();
  expect(final.data?.user).toBeNull();

  // Deleting the user freed its number and extension for someone else.
  expectData(
    await stack.gql(CreateUserDocument, {
      input: {
        serviceProviderId: 'acme.sp',
        groupId: 'acme.hq',
        userId: 'next@hq.acme.example',
        firstName: 'Next',
        lastName: 'One',
        extension: '4001',
        phoneNumber: '2125550121',
      },
    }),
  );
});

describe('updateUser', () => {
  test('sends the ids and only the fields set, payload underneath', async () => {
    expectData(
      await update({
        userId: 'carol.chen@hq.acme.example',
        lastName: ' Chen-Li ',
        title: 'Director',
        address: { city: 'Boston' },
        payload: { yahooId: 'carol@example.com', title: 'ignored' },
      }),
    );
    const [put] = stack.sandbox.app.calls('PUT', '/users');
    expect(put.body).toEqual({
      serviceProviderId: 'acme.sp',
      groupId: 'acme.hq',
      userId: 'carol.chen@hq.acme.example',
      lastName: 'Chen-Li',
      title: 'Director',
      address: { city: 'Boston' },
      yahooId: 'carol@example.com',
    });
  });

  test('defect: payload settings dropped when the typed field is unset', async () => {
    const userId = 'alice.adams@hq.acme.example';
    const user = expectData(
      await update({ userId, payload: { allowVideo: false, language: 'French', phoneNumber: '' } }),
    ).updateUser;
    const [put] = stack.sandbox.app.calls('PUT', '/users');
    expect(put.body).toEqual({
      serviceProviderId: 'acme.sp',
      groupId: 'acme.hq',
      userId,
      allowVideo: false,
      language: 'French',
      phoneNumber: '',
    });
    // docs/api/users.md's promise: an empty string in payload clears the value.
    expect(user).toMatchObject({ phoneNumber: null, language: 'French' });
  });

  test('moves a user to a device line port, then to a trunk, then to none', async () => {
    const userId = 'carol.chen@hq.acme.example';
    const device = expectData(
      await update({
        userId,
        endpointType: 'ACCESS_DEVICE_ENDPOINT',
        accessDeviceEndpoint: { deviceName: 'hq-polycom-02', contacts: ['sip:carol@10.0.0.9'] },
      }),
    ).updateUser;
    expect(device.endpoint).toMatchObject({
      __typename: 'AccessDeviceEndpoint',
      linePort: userId,
      contacts: ['sip:carol@10.0.0.9'],
      accessDevice: { deviceName: 'hq-polycom-02' },
    });
    expect(stack.sandbox.app.calls('PUT', '/users')[0].body).toMatchObject({
      endpointType: 'accessDeviceEndpoint',
      accessDeviceEndpoint: {
        accessDevice: { deviceName: 'hq-polycom-02', deviceLevel: 'Group' },
        linePort: userId,
        contacts: [{ sipContact: 'sip:carol@10.0.0.9' }],
      },
    });
    const trunk = expectData(
      await update({
        userId,
        endpointType: 'TRUNK_ADDRESSING',
        trunkAddressing: { trunkGroupName: 'hq-pbx', linePort: 'carol_trunk@hq.acme.example' },
      }),
    ).updateUser;
    expect(trunk.endpoint).toMatchObject({
      __typename: 'TrunkAddressingEndpoint',
      trunkGroupName: 'hq-pbx',
      linePort: 'carol_trunk@hq.acme.example',
      isPilotUser: false,
    });
    const none = expectData(await update({ userId, endpointType: 'NONE' })).updateUser;
    expect(none).toMatchObject({ endpointType: 'NONE', endpoint: null });
  });

  test.each([
    ['extension used by another user', { extension: '1001' }, 'CONFLICT'],
    ['number assigned to another user', { phoneNumber: '2125550100' }, 'CONFLICT'],
    ['number outside the inventory', { phoneNumber: '3125550150' }, 'BAD_USER_INPUT'],
    ['unknown department', { department: 'Marketing' }, 'BAD_USER_INPUT'],
    ['extension outside the range', { extension: '123456' }, 'BAD_USER_INPUT'],
    [
      'unknown device',
      { endpointType: 'ACCESS_DEVICE_ENDPOINT', accessDeviceEndpoint: { deviceName: 'nope' } },
      'BAD_USER_INPUT',
    ],
    [
      'line port of another user',
      {
        endpointType: 'ACCESS_DEVICE_ENDPOINT',
        accessDeviceEndpoint: {
          deviceName: 'hq-polycom-01',
          linePort: 'alice.adams_lp@hq.acme.example',
        },
      },
      'CONFLICT',
    ],
  ] as const)('Odin rule: %s → %s, and nothing changes', async (_name, change, code) => {
    const before = structuredClone(stack.sandbox.directory.users.get('carol.chen@hq.acme.example'));
    const error = expectError(
      await update({ userId: 'carol.chen@hq.acme.example', ...change } as UpdateUserInput),
      code,
    );
    expect(error.extensions.odin).toMatchObject({ status: 400 });
    expect(stack.sandbox.directory.users.get('carol.chen@hq.acme.example')).toEqual(before);
  });

  test('keeping its own extension is not a conflict', async () => {
    expectData(
      await update({ userId: 'alice.adams@hq.acme.example', extension: '1001', title: 'VP' }),
    );
  });

  test('an unknown user is NOT_FOUND and nothing is sent to PUT', async () => {
    expectError(await update({ userId: 'ghost@hq.acme.example', firstName: 'Ghost' }), 'NOT_FOUND');
    expect(stack.sandbox.app.calls('PUT', '/users')).toHaveLength(0);
  });

  test.each([
    ['nothing to change', { userId: 'carol.chen@hq.acme.example' }, undefined],
    ['a bad extension', { userId: 'carol.chen@hq.acme.example', extension: 'x1' }, 'extension'],
    ['a blank name', { userId: 'carol.chen@hq.acme.example', firstName: '  ' }, 'firstName'],
    [
      'a device without endpointType',
      {
        userId: 'carol.chen@hq.acme.example',
        accessDeviceEndpoint: { deviceName: 'hq-polycom-02' },
      },
      'accessDeviceEndpoint',
    ],
    [
      'ACCESS_DEVICE_ENDPOINT without a device',
      { userId: 'carol.chen@hq.acme.example', endpointType: 'ACCESS_DEVICE_ENDPOINT' },
      'accessDeviceEndpoint',
    ],
    [
      'a trunk with endpointType NONE',
      {
        userId: 'carol.chen@hq.acme.example',
        endpointType: 'NONE',
        trunkAddressing: { trunkGroupName: 'hq-pbx' },
      },
      'trunkAddressing',
    ],
    [
      'a line port with a space',
      {
        userId: 'carol.chen@hq.acme.example',
        endpointType: 'TRUNK_ADDRESSING',
        trunkAddressing: { trunkGroupName: 'hq-pbx', linePort: 'a b@hq' },
      },
      'trunkAddressing.linePort',
    ],
    ['a malformed user id', { userId: 'carol', title: 'x' }, 'userId'],
  ] as const)('layer rule: %s → BAD_USER_INPUT with no Odin call', async (_name, input, field) => {
    const error = expectError(await update(input as UpdateUserInput), 'BAD_USER_INPUT');
    if (field)
      expect(error.extensions.fields).toEqual(
        expect.arrayContaining([{ field, message: expect.any(String) }]),
      );
    expect(stack.sandbox.requests).toHaveLength(0);
  });
});

describe('deleteUser', () => {
  test('an unknown user is NOT_FOUND', async () => {
    const error = expectError(
      await stack.gql(DeleteUserDocument, { userId: 'ghost@hq.acme.example' }),
      'NOT_FOUND',
    );
    expect(error.extensions.odin).toMatchObject({ status: 404 });
  });
});

test('mutations keep the loaders true: a create is primed, an update reads no user again', async () => {
  const doc = parse(`mutation {
    createUser(input: { serviceProviderId: "acme.sp", groupId: "acme.hq", userId: "primed@hq.acme.example", firstName: "Pri", lastName: "Med" }) { user { userId } }
    updateUser(input: { userId: "primed@hq.acme.example", title: "Tester" }) { title group { userCount } }
    deleteUser(userId: "primed@hq.acme.example") { deleted }
  }`);
  const groupBefore = stack.sandbox.directory.usersOf(
    stack.sandbox.directory.group('acme.sp', 'acme.hq'),
  ).length;
  const data = expectData(
    await stack.gql<{ updateUser: { title: string; group: { userCount: number } } }, never>(doc),
  );
  expect(data.updateUser.title).toBe('Tester');
  expect(data.updateUser.group.userCount).toBe(groupBefore + 1);
  expect(stack.sandbox.app.calls('GET', '/users')).toHaveLength(0);
});
