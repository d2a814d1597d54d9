import { type Stack, expectData, expectError, startStack, writesTo } from '../helpers/stack';
import {
  GroupAutoAttendantsDocument,
  ServiceInstanceDocument,
  SetAutoAttendantKeysDocument,
  SetServiceInstanceActiveDocument,
} from '../generated/graphql';

let stack: Stack;
beforeEach(async () => {
  stack = await startStack();
});
afterEach(() => stack.close());

const HQ = { serviceProviderId: 'acme.sp', groupId: 'acme.hq' };
const MAIN = 'main.aa@hq.acme.example';
const writes = () => writesTo(stack);
const held = () =>
  stack.sandbox.directory.group('acme.sp', 'acme.hq').serviceInstances.find((i) => i.id === MAIN)
    ?.autoAttendant;
const key = (
  k: string,
  action: string,
  phoneNumber: string | null = null,
  submenuId: string | null = null,
) => ({
  key: k,
  action,
  description: null,
  phoneNumber,
  submenuId,
});

test('the main line: its menus, submenu and schedules; the schedules with their events', async () => {
  const group = expectData(await stack.gql(GroupAutoAttendantsDocument, HQ)).group;
  expect(group?.autoAttendants).toEqual([
    {
      serviceUserId: MAIN,
      name: 'Acme Main Line',
      phoneNumber: '2125550120',
      extension: '1800',
      active: true,
      type: 'Standard',
      businessHours: 'Office Hours',
      holidaySchedule: 'Public Holidays',
      businessHoursMenu: {
        extensionDialing: true,
        keys: [
          key('0', 'TRANSFER_TO_OPERATOR', '1001'),
          key('1', 'TRANSFER_WITH_PROMPT', '1000'),
          key('2', 'TRANSFER_WITHOUT_PROMPT', '2125550130'),
          key('3', 'TRANSFER_TO_SUBMENU', null, 'Directory'),
          key('9', 'REPEAT_MENU'),
        ],
      },
      afterHoursMenu: {
        keys: [
          key('0', 'TRANSFER_TO_OPERATOR', '2125550199'),
          key('1', 'TRANSFER_WITHOUT_PROMPT', '1002'),
          key('*', 'EXIT'),
        ],
      },
      holidayMenu: { keys: [{ key: '0' }, { key: '1' }, { key: '*' }] },
      submenus: [
        {
          id: 'Directory',
          keys: [
            key('1', 'NAME_DIALING'),
            key('2', 'EXTENSION_DIALING'),
            key('*', 'RETURN_TO_PREVIOUS_MENU'),
          ],
        },
      ],
    },
  ]);
  expect(group?.schedules).toEqual([
    {
      name: 'Office Hours',
      type: 'TIME',
      events: [
        {
          name: 'Weekdays',
          start: '2024-01-01T09:00:00',
          end: '2024-01-01T17:00:00',
          allDay: false,
          recurrence: 'DTSTART:20240101T090000\nRRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR',
        },
      ],
    },
    {
      name: 'Public Holidays',
      type: 'HOLIDAY',
      events: [
        expect.objectContaining({ name: 'New Year', allDay: true }),
        expect.objectContaining({ name: 'Christmas', allDay: true }),
      ],
    },
  ]);
  const one = expectData(await stack.gql(ServiceInstanceDocument, { serviceUserId: MAIN }));
  expect(one.serviceInstance).toMatchObject({ __typename: 'AutoAttendant', active: true });
});

test('setAutoAttendantKeys replaces one menu in Odin; the same again writes nothing', async () => {
  const input = {
    serviceUserId: MAIN,
    menu: 'BUSINESS_HOURS' as const,
    keys: [
      { key: '0', action: 'TRANSFER_TO_OPERATOR' as const, phoneNumber: '1001' },
      {
        key: '2',
        action: 'TRANSFER_WITHOUT_PROMPT' as const,
        phoneNumber: '1200',
        description: 'Billing',
      },
      { key: '3', action: 'TRANSFER_TO_SUBMENU' as const, submenuId: 'Directory' },
    ],
  };
  const set = expectData(await stack.gql(SetAutoAttendantKeysDocument, { input }));
  expect(set.setAutoAttendantKeys.businessHoursMenu.keys).toEqual([
    key('0', 'TRANSFER_TO_OPERATOR', '1001'),
    { ...key('2', 'TRANSFER_WITHOUT_PROMPT', '1200'), description: 'Billing' },
    key('3', 'TRANSFER_TO_SUBMENU', null, 'Directory'),
  ]);
  expect(held()?.businessHoursMenu.keys.map((k) => [k.key, k.action, k.phoneNumber])).toEqual([
    ['0', 'Transfer To Operator', '1001'],
    ['2', 'Transfer Without Prompt', '1200'],
    ['3', 'Transfer To Submenu', null],
  ]);
  // The after-hours menu is untouched.
  expect(held()?.afterHoursMenu.keys).toHaveLength(3);
  stack.sandbox.requests.length = 0;
  expect(expectData(await stack.gql(SetAutoAttendantKeysDocument, { input }))).toEqual(set);
  expect(writes()).toEqual([]);
});

test('checked before Odin: a submenu that does not exist, a transfer without a number, a bad key', async () => {
  stack.sandbox.requests.length = 0;
  const missing = await stack.gql(SetAutoAttendantKeysDocument, {
    input: {
      serviceUserId: MAIN,
      menu: 'AFTER_HOURS',
      keys: [{ key: '4', action: 'TRANSFER_TO_SUBMENU', submenuId: 'Billing' }],
    },
  });
  expectError(missing, 'BAD_USER_INPUT');
  expect(missing.errors?.[0].extensions?.fields).toEqual([
    { field: 'keys.0.submenuId', message: 'no submenu Billing' },
  ]);
  for (const [keys, field] of [
    [[{ key: '1', action: 'TRANSFER_WITH_PROMPT' }], 'phoneNumber'],
    [[{ key: '11', action: 'EXIT' }], 'key'],
    [
      [
        { key: '1', action: 'EXIT' },
        { key: '1', action: 'REPEAT_MENU' },
      ],
      'keys',
    ],
    [[{ key: '1', action: 'TRANSFER_TO_SUBMENU' }], 'submenuId'],
  ] as const) {
    const answer = await stack.gql(SetAutoAttendantKeysDocument, {
      input: { serviceUserId: MAIN, menu: 'BUSINESS_HOURS', keys: keys as never },
    });
    expectError(answer, 'BAD_USER_INPUT');
    expect(JSON.stringify(answer.errors?.[0].extensions?.fields)).toContain(field);
  }
  expect(writes()).toEqual([]);
});

test('setServiceInstanceActive turns an auto attendant off in Odin', async () => {
  const off = expectData(
    await stack.gql(SetServiceInstanceActiveDocument, { serviceUserId: MAIN, active: false }),
  );
  expect(off.setServiceInstanceActive).toEqual({ serviceUserId: MAIN, active: false });
  expect(
    stack.sandbox.directory.group('acme.sp', 'acme.hq').serviceInstances.find((i) => i.id === MAIN)
      ?.active,
  ).toBe(false);
});
