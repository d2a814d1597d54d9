import {
  CreateUserDocument,
  DeprovisionUserDocument,
  ProvisionUserDocument,
  type ProvisionUserInput,
} from '../generated/graphql';
import type { Directory } from '../../src/sandbox/directory';
import { type Stack, expectData, expectError, startStack } from '../helpers/stack';

const HQ = { serviceProviderId: 'acme.sp', groupId: 'acme.hq' };

let stack: Stack;
beforeEach(async () => {
  stack = await startStack();
});
afterEach(async () => {
  await stack.close();
});

const jane = (extra: Partial<ProvisionUserInput> = {}): ProvisionUserInput => ({
  user: { ...HQ, userId: 'jane.roe@hq.acme.example', firstName: 'Jane', lastName: 'Roe' },
  number: { firstFree: true },
  servicePacks: ['Standard'],
  device: { deviceType: 'Polycom VVX 450', macAddress: '0004F2A100AA' },
  ...extra,
});

const provision = (input: ProvisionUserInput) => stack.gql(ProvisionUserDocument, { input });
// The layer's own login is not the operation's.
const calls = () => stack.sandbox.requests.filter((r) => r.path !== '/auth/token');
const writes = () => calls().filter((r) => r.method !== 'GET');
const sorted = (list: string[]) => [...list].sort();

/**
 * Everything a provisioning can touch, as a whole: users (numbers, services, endpoints, SIP),
 * each group's numbers and their activation, devices, the pools.
 */
function snapshot(directory: Directory): string {
  return JSON.stringify({
    users: [...directory.users.values()]
      .map((u) => ({ ...u, services: sorted(u.services), servicePacks: sorted(u.servicePacks) }))
      .sort((a, b) => a.userId.localeCompare(b.userId)),
    groups: [...directory.groups.values()].map((g) => ({
      ...g,
      numbers: sorted(g.numbers),
      inactiveNumbers: sorted(g.inactiveNumbers),
      devices: g.devices.map((d) => ({ ...d, ports: directory.portsInUse(g, d.deviceName) })),
    })),
    serviceProviders: [...directory.serviceProviders.values()].map((sp) => ({
      ...sp,
      numbers: sorted(sp.numbers),
    })),
    system: sorted(directory.systemNumbers),
  });
}

describe('provisionUser', () => {
  test('firstFree, a pack, a new device and SIP credentials: a working phone user in 17 calls', async () => {
    stack.sandbox.requests.length = 0;
    const data = expectData(await provision(jane())).provisionUser;
    expect(data.user).toMatchObject({
      userId: 'jane.roe@hq.acme.example',
      phoneNumber: '2125550104',
      phoneNumberActivated: true,
      extension: '0104',
      sipUserName: 'jane.roe',
      endpoint: {
        linePort: 'jane.roe@hq.acme.example',
        accessDevice: { deviceName: 'jane.roe-desk', numberOfAssignedPorts: 1 },
      },
    });
    expect(data.user?.services.servicePacks.find((p) => p.name === 'Standard')?.assigned).toBe(
      true,
    );
    expect(data.steps.map((s) => `${s.kind} ${s.status}`)).toEqual([
      'CHECK_GROUP DONE',
      'CHOOSE_NUMBER DONE',
      'CHOOSE_EXTENSION DONE',
      'CREATE_USER DONE',
      'ACTIVATE_NUMBER SKIPPED',
      'ASSIGN_SERVICES DONE',
      'CREATE_DEVICE DONE',
      'ATTACH_DEVICE DONE',
      'SET_SIP_AUTHENTICATION DONE',
    ]);
    for (const secret of [
      data.generatedWebAuthPassword,
      data.generatedDevicePassword,
      data.generatedSipPassword,
    ]) {
      expect(secret?.length).toBeGreaterThanOrEqual(8);
      expect(stack.logs.join('')).not.toContain(secret);
    }
    const user = stack.sandbox.directory.user('jane.roe@hq.acme.example');
    expect(user.sipPassword).toBe(data.generatedSipPassword);
    // The calls the onboarding made, in order (docs/api/onboarding.md).
    expect(calls().map((r) => `${r.method} ${r.path}`)).toEqual([
      // plan, under the group's lock
      'GET /groups',
      'GET /groups/dns',
      'GET /groups/extensions',
      'GET /users',
      'GET /groups/dns/details',
      'GET /users',
      'GET /groups/services',
      'GET /groups/devices',
      // the MAC is on no other device of the group
      'GET /groups/devices',
      // run
      'GET /password/generate',
      'POST /users',
      'PUT /users/services',
      'GET /password/generate',
      'POST /groups/devices',
      'PUT /users',
      'GET /sip-password/generate',
      'PUT /users/authentication',
      // the user read back, and the fields asked for in the answer
      'GET /users',
      'GET /users/authentication',
      'GET /users/services',
    ]);
  });

  test('a number that is not activated is activated, and the given extension is used', async () => {
    const data = expectData(
      await provision(
        jane({
          number: { phoneNumber: '+1-2125550145' },
          user: { ...jane().user, extension: '4545' },
          device: null,
          servicePacks: null,
        }),
      ),
    ).provisionUser;
    expect(data.steps.find((s) => s.kind === 'ACTIVATE_NUMBER')).toMatchObject({ status: 'DONE' });
    expect(data.user).toMatchObject({
      phoneNumber: '2125550145',
      phoneNumberActivated: true,
      extension: '4545',
    });
    expect(data.steps.find((s) => s.kind === 'SET_SIP_AUTHENTICATION')?.status).toBe('SKIPPED');
  });

  // The write each step makes, failed once by the sandbox.
  const faults: Array<[string, string, string, ProvisionUserInput]> = [
    ['CREATE_USER', 'POST', '/users', jane()],
    ['ACTIVATE_NUMBER', 'PUT', '/groups/dns', jane({ number: { phoneNumber: '2125550145' } })],
    ['ASSIGN_SERVICES', 'PUT', '/users/services', jane({ number: { phoneNumber: '2125550145' } })],
    ['CREATE_DEVICE', 'POST', '/groups/devices', jane({ number: { phoneNumber: '2125550145' } })],
    ['ATTACH_DEVICE', 'PUT', '/users', jane({ number: { phoneNumber: '2125550145' } })],
    [
      'SET_SIP_AUTHENTICATION',
      'PUT',
      '/users/authentication',
      jane({ number: { phoneNumber: '2125550145' } }),
    ],
  ];
  test.each(faults)(
    'a failure at %s: every earlier step UNDONE, Odin as it was',
    async (kind, method, path, input) => {
      const before = snapshot(stack.sandbox.directory);
      stack.sandbox.app.faults.inject({ method, path, status: 500, times: 1 });
      const error = expectError(await provision(input), 'ODIN_UNAVAILABLE');
      expect(error.message).toMatch(new RegExp(`^${kind} failed`));
      const steps = error.extensions.steps as Array<{ kind: string; status: string }>;
      const at = steps.findIndex((s) => s.kind === kind);
      expect(steps[at].status).toBe('FAILED');
      for (const s of steps.slice(0, at))
        expect([s.kind, s.status]).toEqual([s.kind, s.status === 'SKIPPED' ? 'SKIPPED' : 'UNDONE']);
      expect(steps.slice(0, at).filter((s) => s.status === 'UNDONE').length).toBeGreaterThanOrEqual(
        3,
      );
      for (const s of steps.slice(at + 1)) expect(s.status).toBe('SKIPPED');
      expect(error.extensions.leftovers).toBeUndefined();
      expect(snapshot(stack.sandbox.directory)).toBe(before);
    },
  );

  test('an undo that fails too: UNDO_FAILED, and leftovers name what remains', async () => {
    stack.sandbox.app.faults.inject({ method: 'POST', path: '/groups/devices', status: 500 });
    stack.sandbox.app.faults.inject({ method: 'DELETE', path: '/users', status: 500 });
    const error = expectError(await provision(jane()), 'ODIN_UNAVAILABLE');
    const steps = error.extensions.steps as Array<{ kind: string; status: string }>;
    expect(Object.fromEntries(steps.map((s) => [s.kind, s.status]))).toMatchObject({
      CREATE_USER: 'UNDO_FAILED',
      ASSIGN_SERVICES: 'UNDONE',
      CREATE_DEVICE: 'FAILED',
      ATTACH_DEVICE: 'SKIPPED',
    });
    expect(error.extensions.leftovers).toEqual([
      'user jane.roe@hq.acme.example holding 2125550104',
    ]);
    // Exactly that: the user and its number remain, its services were taken back.
    const user = stack.sandbox.directory.user('jane.roe@hq.acme.example');
    expect(user).toMatchObject({ phoneNumber: '2125550104', servicePacks: [], services: [] });
  });

  test('dry run: reads only, every problem at once', async () => {
    const directory = stack.sandbox.directory;
    const hq = directory.group('acme.sp', 'acme.hq');
    hq.userLimit = directory.usersOf(hq).length;
    stack.sandbox.requests.length = 0;
    const error = expectError(
      await provision(
        jane({
          dryRun: true,
          number: { phoneNumber: '2125550101' },
          servicePacks: ['Premium'],
          device: { deviceName: 'hq-polycom-01', deviceType: 'Polycom VVX 450' },
        }),
      ),
      'CONFLICT',
    );
    expect(error.extensions.fields).toEqual([
      { field: 'user.groupId', message: expect.stringContaining('is full'), code: 'CONFLICT' },
      { field: 'number.phoneNumber', message: '2125550101 is already held', code: 'CONFLICT' },
      { field: 'servicePacks', message: 'Premium has no seats left (2 of 2)', code: 'CONFLICT' },
      { field: 'device.deviceName', message: 'hq-polycom-01 is already taken', code: 'CONFLICT' },
    ]);
    expect(writes()).toEqual([]);
  });

  test('dry run without problems: every step PLANNED or SKIPPED with its detail; a real run re-checks', async () => {
    stack.sandbox.requests.length = 0;
    const plan = expectData(await provision(jane({ dryRun: true }))).provisionUser;
    expect(writes()).toEqual([]);
    expect(plan).toMatchObject({
      dryRun: true,
      user: null,
      phoneNumber: '2125550104',
      extension: '0104',
    });
    expect(plan.steps.map((s) => s.status)).toEqual([
      'PLANNED',
      'PLANNED',
      'PLANNED',
      'PLANNED',
      'SKIPPED',
      'PLANNED',
      'PLANNED',
      'PLANNED',
      'PLANNED',
    ]);
    expect(plan.steps.find((s) => s.kind === 'ASSIGN_SERVICES')?.detail).toBe(
      'Standard (48 left), Authentication (unlimited)',
    );
    // Someone takes that number meanwhile: the real run picks the next free one.
    expectData(
      await stack.gql(CreateUserDocument, {
        input: {
          ...HQ,
          userId: 'quick@hq.acme.example',
          firstName: 'Q',
          lastName: 'Uick',
          phoneNumber: '2125550104',
        },
      }),
    );
    const real = expectData(await provision(jane())).provisionUser;
    expect(real.phoneNumber).toBe('2125550105');
  });

  test('10 concurrent firstFree provisions in one group: 10 distinct numbers and extensions', async () => {
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        provision({
          user: {
            ...HQ,
            userId: `crowd.${i}@hq.acme.example`,
            firstName: 'Crowd',
            lastName: `N${i}`,
          },
          number: { firstFree: true },
        }),
      ),
    );
    const made = answers.map((a) => expectData(a).provisionUser);
    expect(new Set(made.map((m) => m.phoneNumber)).size).toBe(10);
    expect(new Set(made.map((m) => m.extension)).size).toBe(10);
  });
});

describe('deprovisionUser', () => {
  test('the number back to free, the seat back to the pack, the unshared device removed', async () => {
    expectData(await provision(jane()));
    const seats = () =>
      stack.sandbox.directory
        .usersOf(stack.sandbox.directory.group('acme.sp', 'acme.hq'))
        .filter((u) => u.servicePacks.includes('Standard')).length;
    const used = seats();
    stack.sandbox.requests.length = 0;
    const dry = expectData(
      await stack.gql(DeprovisionUserDocument, {
        input: { userId: 'jane.roe@hq.acme.example', dryRun: true },
      }),
    ).deprovisionUser;
    expect(writes()).toEqual([]);
    expect(dry).toMatchObject({
      freedPhoneNumber: '2125550104',
      deletedDeviceName: 'jane.roe-desk',
    });
    const done = expectData(
      await stack.gql(DeprovisionUserDocument, { input: { userId: 'jane.roe@hq.acme.example' } }),
    ).deprovisionUser;
    expect(done.steps.map((s) => `${s.kind} ${s.status}`)).toEqual([
      'DETACH_DEVICE DONE',
      'DELETE_DEVICE DONE',
      'UNASSIGN_SERVICES DONE',
      'DEACTIVATE_NUMBER SKIPPED',
      'DELETE_USER DONE',
    ]);
    // Only removal kinds: a client reading the steps never sees a creating name.
    expect(dry.steps.map((s) => s.kind)).toEqual(done.steps.map((s) => s.kind));
    expect(done).toMatchObject({
      freedPhoneNumber: '2125550104',
      deletedDeviceName: 'jane.roe-desk',
    });
    const directory = stack.sandbox.directory;
    const hq = directory.group('acme.sp', 'acme.hq');
    expect(directory.users.has('jane.roe@hq.acme.example')).toBe(false);
    expect(directory.holderOf(hq, '2125550104')).toBeUndefined();
    expect(hq.devices.map((d) => d.deviceName)).not.toContain('jane.roe-desk');
    expect(seats()).toBe(used - 1);
  });

  test('a shared device is kept', async () => {
    // Grace shares the softphone with the lobby line.
    const done = expectData(
      await stack.gql(DeprovisionUserDocument, {
        input: { userId: 'grace.green@hq.acme.example' },
      }),
    ).deprovisionUser;
    expect(done.steps.find((s) => s.kind === 'DELETE_DEVICE')).toMatchObject({
      status: 'SKIPPED',
      detail: 'hq-softphone kept: shared with 1 more',
    });
    expect(done.deletedDeviceName).toBeNull();
    expect(
      stack.sandbox.directory.group('acme.sp', 'acme.hq').devices.map((d) => d.deviceName),
    ).toContain('hq-softphone');
  });

  test('an unknown user: NOT_FOUND, nothing written', async () => {
    stack.sandbox.requests.length = 0;
    expectError(
      await stack.gql(DeprovisionUserDocument, { input: { userId: 'nobody@hq.acme.example' } }),
      'NOT_FOUND',
    );
    expect(writes()).toEqual([]);
  });
});
