import {
  AddGroupNumbersDocument,
  AssignUserServicesDocument,
  CreateDeviceDocument,
  CreateUserDocument,
  DeleteDeviceDocument,
  DeleteUserDocument,
  GroupDevicesDocument,
  GroupNumbersDocument,
  GroupServicesDocument,
  NumberHolderDocument,
  RemoveGroupNumbersDocument,
  SetGroupNumbersActivatedDocument,
  SetSipAuthenticationDocument,
  UnassignUserServicesDocument,
  UpdateDeviceDocument,
  UpdateUserDocument,
  UserServicesDocument,
  UsersWithProvisioningDocument,
} from '../generated/graphql';
import { parse } from 'graphql';
import { seedUsers } from '../../src/sandbox/seed';
import { type Stack, expectData, expectError, startStack } from '../helpers/stack';

const HQ = { serviceProviderId: 'acme.sp', groupId: 'acme.hq' };

let stack: Stack;
beforeEach(async () => {
  stack = await startStack();
});
afterEach(async () => {
  await stack.close();
});

const calls = (method: string, path: string) => stack.sandbox.app.calls(method, path);
const writes = () => stack.sandbox.requests.filter((r) => r.method !== 'GET');
const numbers = async (status?: 'ALL' | 'FREE' | 'ASSIGNED') =>
  expectData(await stack.gql(GroupNumbersDocument, { ...HQ, status })).group?.numbers ?? [];

describe('numbers', () => {
  test('free numbers; a user created on one holds it and it is no longer free', async () => {
    const free = await numbers('FREE');
    expect(free.length).toBeGreaterThan(10);
    expect(free.every((n) => !n.assigned && n.holder === null)).toBe(true);
    const chosen = free[0];
    expect(chosen).toMatchObject({ e164: `+1${chosen.phoneNumber}`, countryCode: '1' });

    const user = expectData(
      await stack.gql(CreateUserDocument, {
        input: {
          ...HQ,
          userId: 'on.number@hq.acme.example',
          firstName: 'On',
          lastName: 'Number',
          // Any of the three forms; Odin gets national digits.
          phoneNumber: `+1-${chosen.phoneNumber}`,
        },
      }),
    ).createUser.user;
    expect(user.phoneNumber).toBe(chosen.phoneNumber);
    // No extension given: Odin takes the number's last default-length (4) digits.
    expect(user.extension).toBe(chosen.phoneNumber.slice(-4));
    expect(calls('POST', '/users')[0].body).toMatchObject({ phoneNumber: chosen.phoneNumber });

    const after = await numbers('ALL');
    expect(after.find((n) => n.phoneNumber === chosen.phoneNumber)).toMatchObject({
      assigned: true,
      holder: { kind: 'USER', id: 'on.number@hq.acme.example' },
    });
    expect((await numbers('FREE')).map((n) => n.phoneNumber)).not.toContain(chosen.phoneNumber);
  });

  test('a number of the group held by a hunt group is taken: CONFLICT', async () => {
    expectError(
      await stack.gql(CreateUserDocument, {
        input: {
          ...HQ,
          userId: 'x@hq.acme.example',
          firstName: 'X',
          lastName: 'Y',
          phoneNumber: '2125550140',
        },
      }),
      'CONFLICT',
    );
  });

  test('add a range, activate and deactivate it, refused to remove while held, then removed', async () => {
    const range = { first: '+1-2125550150', last: '+1-2125550152' };
    const added = expectData(
      await stack.gql(AddGroupNumbersDocument, { input: { ...HQ, ranges: [range] } }),
    ).addGroupNumbers;
    const mine = (list: typeof added) =>
      list.filter((n) => ['2125550150', '2125550151', '2125550152'].includes(n.phoneNumber));
    expect(mine(added)).toHaveLength(3);
    // Odin got the range in its inventory form, in one run.
    expect(calls('POST', '/groups/dns')[0].body).toEqual({
      ...HQ,
      dns: [{ min: '+1-2125550150', max: '+1-2125550152' }],
    });

    const off = expectData(
      await stack.gql(SetGroupNumbersActivatedDocument, {
        input: { ...HQ, numbers: ['2125550150', '+12125550151'], activated: false },
      }),
    ).setGroupNumbersActivated;
    expect(mine(off).map((n) => n.activated)).toEqual([false, false, true]);
    expect(calls('PUT', '/groups/dns')[0].body).toEqual({
      ...HQ,
      dns: [
        { activated: false, min: '+1-2125550150', max: null },
        { activated: false, min: '+1-2125550151', max: null },
      ],
    });
    const on = expectData(
      await stack.gql(SetGroupNumbersActivatedDocument, {
        input: { ...HQ, numbers: ['2125550150'], activated: true },
      }),
    ).setGroupNumbersActivated;
    expect(mine(on).map((n) => n.activated)).toEqual([true, false, true]);

    expectData(
      await stack.gql(CreateUserDocument, {
        input: {
          ...HQ,
          userId: 'held@hq.acme.example',
          firstName: 'H',
          lastName: 'Eld',
          phoneNumber: '2125550151',
        },
      }),
    );
    const before = JSON.stringify(await numbers());
    const refused = expectError(
      await stack.gql(RemoveGroupNumbersDocument, { input: { ...HQ, ranges: [range] } }),
      'CONFLICT',
    );
    expect(refused.message).toContain('held@hq.acme.example');
    expect(JSON.stringify(await numbers())).toBe(before);

    expectData(await stack.gql(DeleteUserDocument, { userId: 'held@hq.acme.example' }));
    const left = expectData(
      await stack.gql(RemoveGroupNumbersDocument, { input: { ...HQ, ranges: [range] } }),
    ).removeGroupNumbers;
    expect(mine(left)).toEqual([]);
    // DELETE with a JSON body, as the public client sends it.
    expect(calls('DELETE', '/groups/dns').at(-1)?.body).toEqual({
      ...HQ,
      dns: [{ min: '+1-2125550150', max: '+1-2125550152' }],
    });
    expect(stack.sandbox.directory.serviceProvider('acme.sp').numbers).toContain('2125550151');
  });

  test('numberHolder: a free number, a user’s, a hunt group’s, the group calling line id’s', async () => {
    const holder = async (phoneNumber: string) =>
      expectData(await stack.gql(NumberHolderDocument, { phoneNumber })).numberHolder;
    expect(await holder('2125550131')).toBeNull();
    expect(await holder('+1-2125550101')).toMatchObject({
      kind: 'USER',
      id: 'bob.baker@hq.acme.example',
      extension: '1002',
      ...HQ,
      user: { userId: 'bob.baker@hq.acme.example', phoneNumber: '2125550101' },
    });
    expect(await holder('+12125550140')).toMatchObject({
      kind: 'HUNT_GROUP',
      id: 'sales.hunt@hq.acme.example',
      extension: '1000',
      user: null,
    });
    // Alice's number is also the group's calling line id: its owner is Alice.
    expect(await holder('2125550100')).toMatchObject({
      kind: 'USER',
      id: 'alice.adams@hq.acme.example',
    });
    expect(calls('GET', '/system/dns/search').map((r) => r.query.dn)).toEqual([
      '+2125550131',
      '+2125550101',
      '+2125550140',
      '+2125550100',
    ]);
  });

  test('extension lengths and freeExtension, which skips a hunt group’s extension', async () => {
    const group = expectData(await stack.gql(GroupNumbersDocument, HQ)).group;
    expect(group?.extensionLengths).toEqual({ min: 3, max: 5, default: 4 });
    // 1000 is the hunt group's, 1001 to 1004 users'.
    expect(group?.freeExtension).toBe('1005');
    expectData(
      await stack.gql(CreateUserDocument, {
        input: {
          ...HQ,
          userId: 'ext@hq.acme.example',
          firstName: 'E',
          lastName: 'Xt',
          extension: '1005',
        },
      }),
    );
    expect(expectData(await stack.gql(GroupNumbersDocument, HQ)).group?.freeExtension).toBe('1006');
  });
});

describe('services', () => {
  const packs = async () =>
    expectData(await stack.gql(GroupServicesDocument, HQ)).group?.services.servicePacks ?? [];

  test('a pack with seats: usage grows; when full: CONFLICT and nothing changes; unassign', async () => {
    const standard = (await packs()).find((p) => p.name === 'Standard');
    expect(standard).toMatchObject({ authorized: true, limit: 50, description: 'Standard Pack' });
    const usage = standard?.usage ?? 0;
    expect(standard?.available).toBe(50 - usage);
    expect((await packs()).find((p) => p.name === 'Basic')).toMatchObject({
      limit: null,
      available: null,
    });

    const userId = 'carol.chen@hq.acme.example';
    const assigned = expectData(
      await stack.gql(AssignUserServicesDocument, {
        input: { userId, servicePacks: ['Standard'], services: ['Authentication'] },
      }),
    ).assignUserServices;
    expect(assigned.servicePacks.find((p) => p.name === 'Standard')?.assigned).toBe(true);
    expect(assigned.services.find((s) => s.name === 'Authentication')?.assigned).toBe(true);
    expect(calls('PUT', '/users/services')[0].body).toEqual({
      userId,
      userServices: [{ serviceName: 'Authentication', assigned: true }],
      servicePackServices: [{ serviceName: 'Standard', assigned: true }],
    });
    expect((await packs()).find((p) => p.name === 'Standard')?.usage).toBe(usage + 1);

    // Premium's two seats are taken: the whole call is refused, Authentication included.
    const before = JSON.stringify(await packs());
    expectError(
      await stack.gql(AssignUserServicesDocument, {
        input: {
          userId: 'grace.green@hq.acme.example',
          servicePacks: ['Premium'],
          services: ['Authentication'],
        },
      }),
      'CONFLICT',
    );
    expect(JSON.stringify(await packs())).toBe(before);
    expect(stack.sandbox.directory.user('grace.green@hq.acme.example').services).toEqual([]);
    // Not authorised for the group: CONFLICT too.
    expectError(
      await stack.gql(AssignUserServicesDocument, { input: { userId, servicePacks: ['Webex'] } }),
      'CONFLICT',
    );

    const unassigned = expectData(
      await stack.gql(UnassignUserServicesDocument, {
        input: { userId, servicePacks: ['Standard'] },
      }),
    ).unassignUserServices;
    expect(unassigned.servicePacks.find((p) => p.name === 'Standard')?.assigned).toBe(false);
    expect((await packs()).find((p) => p.name === 'Standard')?.usage).toBe(usage);
  });

  test('a user’s services, packs and SIP name; setSipAuthentication generates a password once', async () => {
    const alice = expectData(
      await stack.gql(UserServicesDocument, { userId: 'alice.adams@hq.acme.example' }),
    ).user;
    expect(alice?.sipUserName).toBe('alice.adams');
    expect(alice?.services.servicePacks.filter((p) => p.assigned).map((p) => p.name)).toEqual([
      'Standard',
      'Premium',
    ]);
    const set = expectData(
      await stack.gql(SetSipAuthenticationDocument, {
        input: { userId: 'alice.adams@hq.acme.example' },
      }),
    ).setSipAuthentication;
    expect(set).toMatchObject({ userName: 'alice.adams' });
    const password = set.generatedPassword ?? '';
    expect(password.length).toBeGreaterThanOrEqual(12);
    expect(stack.sandbox.directory.user('alice.adams@hq.acme.example').sipPassword).toBe(password);
    expect(stack.logs.join('')).not.toContain(password);
    // Carol has no Authentication service.
    expectError(
      await stack.gql(SetSipAuthenticationDocument, {
        input: { userId: 'carol.chen@hq.acme.example', password: 'Sip-Pass-99' },
      }),
      'BAD_USER_INPUT',
    );
  });
});

describe('devices', () => {
  test('create with generated credentials, update, attach, delete refused while attached', async () => {
    const created = expectData(
      await stack.gql(CreateDeviceDocument, {
        input: {
          ...HQ,
          deviceName: 'carol-desk',
          deviceType: 'Polycom VVX 450',
          macAddress: '00:04:f2:a1:00:99',
          description: 'Carol’s desk phone',
        },
      }),
    ).createDevice;
    expect(created.device).toMatchObject({
      deviceName: 'carol-desk',
      ...HQ,
      deviceType: 'Polycom VVX 450',
      deviceLevel: 'Group',
      macAddress: '0004F2A10099',
      userName: 'carol-desk',
      numberOfAssignedPorts: 0,
    });
    const password = created.generatedPassword ?? '';
    expect(password.length).toBeGreaterThanOrEqual(8);
    const [post] = calls('POST', '/groups/devices');
    expect(post.body).toMatchObject({
      deviceName: 'carol-desk',
      macAddress: '0004F2A10099',
      useCustomUserNamePassword: true,
      accessDeviceCredentials: { userName: 'carol-desk', password },
    });
    // Shown once: never in a read, never in a log.
    const listed = expectData(await stack.gql(GroupDevicesDocument, HQ)).group?.devices ?? [];
    expect(JSON.stringify(listed)).not.toContain(password);
    expect(stack.logs.join('')).not.toContain(password);

    const updated = expectData(
      await stack.gql(UpdateDeviceDocument, {
        input: {
          ...HQ,
          deviceName: 'carol-desk',
          physicalLocation: 'Room 4',
          macAddress: '00-04-F2-A1-00-98',
        },
      }),
    ).updateDevice;
    expect(updated).toMatchObject({ physicalLocation: 'Room 4', macAddress: '0004F2A10098' });
    expect(calls('PUT', '/groups/devices')[0].body).toEqual({
      ...HQ,
      deviceName: 'carol-desk',
      physicalLocation: 'Room 4',
      macAddress: '0004F2A10098',
    });

    expectData(
      await stack.gql(UpdateUserDocument, {
        input: {
          userId: 'carol.chen@hq.acme.example',
          endpointType: 'ACCESS_DEVICE_ENDPOINT',
          accessDeviceEndpoint: { deviceName: 'carol-desk' },
        },
      }),
    );
    const attached = (
      expectData(await stack.gql(GroupDevicesDocument, HQ)).group?.devices ?? []
    ).find((d) => d.deviceName === 'carol-desk');
    expect(attached?.numberOfAssignedPorts).toBe(1);

    expectError(
      await stack.gql(DeleteDeviceDocument, { ...HQ, deviceName: 'carol-desk' }),
      'CONFLICT',
    );
    expectData(
      await stack.gql(UpdateUserDocument, {
        input: { userId: 'carol.chen@hq.acme.example', endpointType: 'NONE' },
      }),
    );
    expect(
      expectData(await stack.gql(DeleteDeviceDocument, { ...HQ, deviceName: 'carol-desk' }))
        .deleteDevice,
    ).toEqual({ deviceName: 'carol-desk', deleted: true });
    expect(calls('DELETE', '/groups/devices').at(-1)?.query).toEqual({
      ...HQ,
      deviceName: 'carol-desk',
    });
  });

  test('a device name taken: CONFLICT; a device at its port limit refuses another line', async () => {
    expectError(
      await stack.gql(CreateDeviceDocument, {
        input: { ...HQ, deviceName: 'hq-polycom-01', deviceType: 'Polycom VVX 450' },
      }),
      'CONFLICT',
    );
    expectError(
      await stack.gql(UpdateUserDocument, {
        input: {
          userId: 'carol.chen@hq.acme.example',
          endpointType: 'ACCESS_DEVICE_ENDPOINT',
          accessDeviceEndpoint: { deviceName: 'hq-lobby-phone' },
        },
      }),
      'CONFLICT',
    );
  });

  test('deleting a user frees its number and its device port', async () => {
    const port = () =>
      stack.sandbox.directory.portsInUse(
        stack.sandbox.directory.group('acme.sp', 'acme.hq'),
        'hq-lobby-phone',
      );
    expect(port()).toBe(1);
    expectData(await stack.gql(DeleteUserDocument, { userId: 'frank.fox@hq.acme.example' }));
    expect(port()).toBe(0);
    expect((await numbers('FREE')).map((n) => n.phoneNumber)).toContain('2125550103');
  });
});

describe('batching', () => {
  test('50 users with services, SIP name, and group { numbers services devices }: one read of each per key', async () => {
    const directory = stack.sandbox.directory;
    seedUsers(directory, 50 - directory.usersOf(directory.group('acme.sp', 'acme.hq')).length);
    stack.sandbox.requests.length = 0;
    const users = expectData(await stack.gql(UsersWithProvisioningDocument, HQ)).users;
    expect(users).toHaveLength(50);
    expect(users.every((u) => u.group?.numbers.length === 50)).toBe(true);
    expect(calls('GET', '/users')).toHaveLength(1);
    expect(calls('GET', '/users/services')).toHaveLength(50);
    expect(new Set(calls('GET', '/users/services').map((r) => r.query.userId)).size).toBe(50);
    expect(calls('GET', '/users/authentication')).toHaveLength(50);
    expect(calls('GET', '/groups')).toHaveLength(1);
    expect(calls('GET', '/groups/dns')).toHaveLength(1);
    expect(calls('GET', '/groups/services')).toHaveLength(1);
    expect(calls('GET', '/groups/devices')).toHaveLength(1);
  });
});

describe('validation before Odin', () => {
  test.each([
    [
      'a number that is not one',
      AddGroupNumbersDocument,
      { input: { ...HQ, numbers: ['555-0100'] } },
      'numbers',
    ],
    [
      '+44 without the hyphen',
      AddGroupNumbersDocument,
      { input: { ...HQ, numbers: ['+441632123456'] } },
      'numbers',
    ],
    [
      'a reversed range',
      AddGroupNumbersDocument,
      { input: { ...HQ, ranges: [{ first: '2125550152', last: '2125550150' }] } },
      'ranges.0.last',
    ],
    [
      'a range over two countries',
      AddGroupNumbersDocument,
      { input: { ...HQ, ranges: [{ first: '+1-2125550150', last: '+44-2125550150' }] } },
      'ranges.0.last',
    ],
    [
      '1001 numbers in one range',
      AddGroupNumbersDocument,
      { input: { ...HQ, ranges: [{ first: '2125550000', last: '2125551000' }] } },
      'ranges.0.last',
    ],
    [
      '1001 numbers over two ranges',
      AddGroupNumbersDocument,
      {
        input: {
          ...HQ,
          ranges: [
            { first: '2125550000', last: '2125550999' },
            { first: '2125560000', last: '2125560000' },
          ],
        },
      },
      'ranges',
    ],
    ['no number at all', AddGroupNumbersDocument, { input: { ...HQ } }, 'numbers'],
    [
      'activation of no number',
      SetGroupNumbersActivatedDocument,
      { input: { ...HQ, numbers: [], activated: true } },
      'numbers',
    ],
    [
      'a MAC of 11 digits',
      CreateDeviceDocument,
      {
        input: {
          ...HQ,
          deviceName: 'd1',
          deviceType: 'Generic SIP Phone',
          macAddress: '0004F2A1009',
        },
      },
      'macAddress',
    ],
    [
      'a MAC with a non-hex digit',
      CreateDeviceDocument,
      {
        input: {
          ...HQ,
          deviceName: 'd1',
          deviceType: 'Generic SIP Phone',
          macAddress: '0004F2A1009G',
        },
      },
      'macAddress',
    ],
    [
      'a device name with a space',
      CreateDeviceDocument,
      { input: { ...HQ, deviceName: 'my phone', deviceType: 'Generic SIP Phone' } },
      'deviceName',
    ],
    [
      'a device name of 81 characters',
      CreateDeviceDocument,
      { input: { ...HQ, deviceName: 'd'.repeat(81), deviceType: 'Generic SIP Phone' } },
      'deviceName',
    ],
    [
      'an empty device type',
      CreateDeviceDocument,
      { input: { ...HQ, deviceName: 'd1', deviceType: ' ' } },
      'deviceType',
    ],
    [
      'an unknown transport',
      UpdateDeviceDocument,
      { input: { ...HQ, deviceName: 'd1', transportProtocol: 'SCTP' } },
      'transportProtocol',
    ],
    [
      'an empty pack name',
      AssignUserServicesDocument,
      { input: { userId: 'carol.chen@hq.acme.example', servicePacks: [''] } },
      'servicePacks',
    ],
    [
      'no service and no pack',
      AssignUserServicesDocument,
      { input: { userId: 'carol.chen@hq.acme.example' } },
      'services',
    ],
    [
      'a SIP password of 5',
      SetSipAuthenticationDocument,
      { input: { userId: 'alice.adams@hq.acme.example', password: 'Ab1!x' } },
      'password',
    ],
    [
      'a number holder that is no number',
      NumberHolderDocument,
      { phoneNumber: 'abc' },
      'phoneNumber',
    ],
  ] as const)(
    '%s: BAD_USER_INPUT naming %s, no Odin call',
    async (_name, document, variables, field) => {
      stack.sandbox.requests.length = 0;
      const error = expectError(
        await stack.gql(document as never, variables as never),
        'BAD_USER_INPUT',
      );
      expect((error.extensions.fields as Array<{ field: string }>).map((f) => f.field)).toContain(
        field,
      );
      expect(stack.sandbox.requests).toEqual([]);
      expect(writes()).toEqual([]);
    },
  );
});

describe('Odin’s refusals', () => {
  test('an unknown device, user or group: NOT_FOUND', async () => {
    expectError(
      await stack.gql(DeleteDeviceDocument, { ...HQ, deviceName: 'no-such-device' }),
      'NOT_FOUND',
    );
    expectError(
      await stack.gql(UpdateDeviceDocument, {
        input: { ...HQ, deviceName: 'no-such-device', description: 'x' },
      }),
      'NOT_FOUND',
    );
    expectError(
      await stack.gql(AssignUserServicesDocument, {
        input: { userId: 'nobody@hq.acme.example', servicePacks: ['Standard'] },
      }),
      'NOT_FOUND',
    );
    expectError(
      await stack.gql(AddGroupNumbersDocument, {
        input: { serviceProviderId: 'acme.sp', groupId: 'no.such.group', numbers: ['2125550150'] },
      }),
      'NOT_FOUND',
    );
  });

  test('AccessDevice is a federation entity, resolved through its group’s list', async () => {
    const answer = await stack.gql<{ _entities: unknown[] }, never>(
      parse(`{ _entities(representations: [
        { __typename: "AccessDevice", serviceProviderId: "acme.sp", groupId: "acme.hq", deviceName: "hq-polycom-01" },
        { __typename: "AccessDevice", serviceProviderId: "acme.sp", groupId: "acme.hq", deviceName: "hq-softphone" },
        { __typename: "AccessDevice", serviceProviderId: "acme.sp", groupId: "acme.hq", deviceName: "nope" }
      ]) { ... on AccessDevice { deviceName deviceType numberOfAssignedPorts } } }`),
    );
    expect(expectData(answer)._entities).toEqual([
      { deviceName: 'hq-polycom-01', deviceType: 'Polycom VVX 450', numberOfAssignedPorts: 1 },
      { deviceName: 'hq-softphone', deviceType: 'Generic SIP Phone', numberOfAssignedPorts: 2 },
      null,
    ]);
    expect(calls('GET', '/groups/devices')).toHaveLength(1);
  });
});
