import {
  type SbAuthorization,
  type SbGroup,
  type SbServiceProvider,
  type SbUser,
  UNSET_USER_FIELDS,
} from './model';

/** The sandbox's demo account; documented in docs/sandbox.md. */
export const DEMO_ACCOUNT = { username: 'odin-demo', password: 'sandbox-demo-Pa55!' } as const;

const rules = {
  minLength: 8,
  requireDigit: true,
  requireUppercase: true,
  requireLowercase: true,
  requireSymbol: true,
};

/** Fictional 555-01xx numbers, `count` of them from `first`. */
function numbers(areaCode: string, first: number, count: number): string[] {
  return Array.from(
    { length: count },
    (_, i) => `${areaCode}55501${String(first + i).padStart(2, '0')}`,
  );
}

export interface Seed {
  serviceProviders: SbServiceProvider[];
  groups: SbGroup[];
  users: SbUser[];
  /** The system pool: numbers no service provider holds yet. */
  systemNumbers: string[];
}

// What the demo groups are authorised for. Packs: Standard with seats, Premium full (its two
// seats taken by Alice and Bob), Basic unlimited, Webex not authorised.
const userServices = (): SbAuthorization[] => [
  { name: 'Authentication', authorized: true, quantity: -1, allowed: -1 },
  { name: 'Call Waiting', authorized: true, quantity: -1, allowed: -1 },
  { name: 'Voice Messaging User', authorized: true, quantity: 20, allowed: 50 },
  { name: 'Shared Call Appearance', authorized: true, quantity: -1, allowed: -1 },
  { name: 'Anonymous Call Rejection', authorized: false, quantity: 0, allowed: -1 },
  { name: 'Call Forwarding Always', authorized: true, quantity: -1, allowed: -1 },
  { name: 'Call Forwarding Busy', authorized: true, quantity: -1, allowed: -1 },
  { name: 'Call Forwarding No Answer', authorized: true, quantity: -1, allowed: -1 },
  { name: 'Call Forwarding Not Reachable', authorized: true, quantity: -1, allowed: -1 },
  { name: 'Call Forwarding Selective', authorized: true, quantity: -1, allowed: -1 },
  { name: 'Do Not Disturb', authorized: true, quantity: -1, allowed: -1 },
];

// What a pack's user can forward, and do not disturb.
const ROUTING_SERVICES = [
  'Call Forwarding Always',
  'Call Forwarding Busy',
  'Call Forwarding No Answer',
  'Call Forwarding Not Reachable',
  'Do Not Disturb',
];
const groupServices = (): SbAuthorization[] => [
  { name: 'Hunt Group', authorized: true, quantity: 10, allowed: 10 },
  { name: 'Music On Hold', authorized: true, quantity: -1, allowed: -1 },
  { name: 'Call Center - Standard', authorized: true, quantity: 5, allowed: 5 },
  { name: 'Auto Attendant', authorized: true, quantity: 5, allowed: 5 },
  { name: 'Auto Attendant - Standard', authorized: true, quantity: 5, allowed: 5 },
];

const key = (
  k: string,
  action: string,
  phoneNumber: string | null = null,
  submenuId: string | null = null,
) => ({ key: k, action, description: null, phoneNumber, submenuId });

/** The main number's menus (docs/odin/routing.md, "What the sandbox seeds"). */
const mainLineAfterHours = () => ({
  announcementSelection: 'Default',
  enableFirstMenuLevelExtensionDialing: false,
  keys: [
    key('0', 'Transfer To Operator', '2125550199'),
    key('1', 'Transfer Without Prompt', '1002'),
    key('*', 'Exit'),
  ],
});
const servicePacks = (): SbAuthorization[] => [
  {
    name: 'Standard',
    description: 'Standard Pack',
    authorized: true,
    quantity: 50,
    allowed: 50,
    services: ['Call Waiting', 'Voice Messaging User', ...ROUTING_SERVICES],
  },
  {
    name: 'Premium',
    description: 'Premium Pack',
    authorized: true,
    quantity: 2,
    allowed: 2,
    services: [
      'Call Waiting',
      'Voice Messaging User',
      'Shared Call Appearance',
      ...ROUTING_SERVICES,
    ],
  },
  { name: 'Basic', description: 'None', authorized: true, quantity: -1, allowed: -1, services: [] },
  {
    name: 'Webex',
    description: 'Webex for BroadWorks',
    authorized: false,
    quantity: 0,
    allowed: 0,
  },
];

export function demoSeed(): Seed {
  const serviceProviders: SbServiceProvider[] = [
    {
      serviceProviderId: 'acme.sp',
      serviceProviderName: 'Acme Telecom (demo)',
      defaultDomain: 'acme.example',
      isEnterprise: true,
      // The service provider's own pool, outside its groups.
      numbers: numbers('212', 50, 10),
    },
    // Another enterprise on the same platform: what a key scoped to acme.sp must not reach.
    {
      serviceProviderId: 'globex.sp',
      serviceProviderName: 'Globex (demo)',
      defaultDomain: 'globex.example',
      isEnterprise: true,
      numbers: [],
    },
  ];
  const groups: SbGroup[] = [
    {
      serviceProviderId: 'acme.sp',
      groupId: 'acme.hq',
      groupName: 'Acme Head Office',
      defaultDomain: 'hq.acme.example',
      domains: ['hq.acme.example', 'acme.example'],
      userLimit: 1000,
      extensionLength: { min: 3, max: 5, default: 4 },
      numbers: numbers('212', 0, 50),
      // One free number not activated yet.
      inactiveNumbers: ['2125550145'],
      schedules: [
        {
          name: 'Office Hours',
          type: 'Time',
          events: [
            {
              eventName: 'Weekdays',
              startTime: '2024-01-01T09:00:00',
              endTime: '2024-01-01T17:00:00',
              allDayEvent: false,
              rrule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR',
            },
          ],
        },
        {
          name: 'Public Holidays',
          type: 'Holiday',
          events: [
            {
              eventName: 'New Year',
              startTime: '2024-01-01T00:00:00',
              endTime: '2024-01-02T00:00:00',
              allDayEvent: true,
              rrule: 'FREQ=YEARLY',
            },
            {
              eventName: 'Christmas',
              startTime: '2024-12-25T00:00:00',
              endTime: '2024-12-26T00:00:00',
              allDayEvent: true,
              rrule: 'FREQ=YEARLY',
            },
          ],
        },
      ],
      serviceInstances: [
        {
          id: 'sales.hunt@hq.acme.example',
          kind: 'Hunt Group',
          name: 'Sales Hunt Group',
          extension: '1000',
          phoneNumber: '2125550140',
          huntGroup: {
            policy: 'Circular',
            agents: ['carol.chen@hq.acme.example', 'grace.green@hq.acme.example'],
            huntAfterNoAnswer: true,
            noAnswerNumberOfRings: 3,
            forwardAfterTimeout: true,
            forwardTimeoutSeconds: 20,
            forwardToPhoneNumber: '1001',
            enableNotReachableForwarding: false,
            notReachableForwardToPhoneNumber: '',
            callingLineIdFirstName: 'Acme',
            callingLineIdLastName: 'Sales',
          },
        },
        {
          id: 'support.cc@hq.acme.example',
          kind: 'Call Center',
          name: 'Acme Support',
          extension: '1200',
          phoneNumber: '2125550130',
          callCenter: {
            type: 'Standard',
            policy: 'Circular',
            routingType: 'Priority Based',
            queueLength: 10,
            agents: [
              { userId: 'bob.baker@hq.acme.example', skillLevel: 1 },
              { userId: 'frank.fox@hq.acme.example', skillLevel: 1 },
            ],
            // Full or waited a minute: to Alice's mailbox by the direct voice mail code.
            overflow: {
              action: 'Transfer',
              transferPhoneNumber: '*551001',
              overflowAfterTimeout: true,
              timeoutSeconds: 60,
            },
            stranded: { action: 'None', transferPhoneNumber: '' },
            strandedUnavailable: { action: 'None', transferPhoneNumber: '' },
            forcedForwarding: { enabled: false, forwardToPhoneNumber: '' },
            acd: { 'frank.fox@hq.acme.example': { state: 'Unavailable', available: false } },
          },
        },
        {
          id: 'main.aa@hq.acme.example',
          kind: 'Auto Attendant',
          name: 'Acme Main Line',
          extension: '1800',
          phoneNumber: '2125550120',
          autoAttendant: {
            type: 'Standard',
            businessHours: 'Office Hours',
            holidaySchedule: 'Public Holidays',
            businessHoursMenu: {
              announcementSelection: 'Default',
              enableFirstMenuLevelExtensionDialing: true,
              keys: [
                key('0', 'Transfer To Operator', '1001'),
                key('1', 'Transfer With Prompt', '1000'),
                key('2', 'Transfer Without Prompt', '2125550130'),
                key('3', 'Transfer To Submenu', null, 'Directory'),
                key('9', 'Repeat Menu'),
              ],
            },
            afterHoursMenu: mainLineAfterHours(),
            holidayMenu: mainLineAfterHours(),
            submenus: {
              Directory: {
                announcementSelection: 'Default',
                enableFirstMenuLevelExtensionDialing: false,
                keys: [
                  key('1', 'Name Dialing'),
                  key('2', 'Extension Dialing'),
                  key('*', 'Return to Previous Menu'),
                ],
              },
            },
          },
        },
      ],
      userServices: userServices(),
      groupServices: groupServices(),
      servicePacks: servicePacks(),
      departments: ['Sales', 'Support', 'Engineering'],
      devices: [
        {
          deviceName: 'hq-polycom-01',
          deviceType: 'Polycom VVX 450',
          macAddress: '0004F2A10001',
          ports: 12,
          protocol: 'SIP 2.0',
          transportProtocol: 'TCP',
          version: 'PolycomVVX-VVX_450-UA/6.4.3',
        },
        {
          deviceName: 'hq-polycom-02',
          deviceType: 'Polycom VVX 450',
          macAddress: '0004F2A10002',
          ports: 12,
          protocol: 'SIP 2.0',
          transportProtocol: 'TCP',
        },
        {
          deviceName: 'hq-softphone',
          deviceType: 'Generic SIP Phone',
          macAddress: '',
          ports: 'unlimited',
          protocol: 'SIP 2.0',
          transportProtocol: 'Unspecified',
        },
        {
          // One port, taken: a device at its port limit.
          deviceName: 'hq-lobby-phone',
          deviceType: 'Polycom VVX 150',
          macAddress: '0004F2A10003',
          ports: 1,
          protocol: 'SIP 2.0',
          transportProtocol: 'UDP',
          physicalLocation: 'Lobby',
        },
      ],
      trunkGroups: ['hq-pbx'],
      timeZone: 'America/New_York',
      callingLineIdName: 'Acme HQ',
      callingLineIdPhoneNumber: '+12125550100',
      passwordRules: rules,
    },
    {
      serviceProviderId: 'acme.sp',
      groupId: 'acme.branch',
      groupName: 'Acme Branch',
      defaultDomain: 'branch.acme.example',
      domains: ['branch.acme.example'],
      userLimit: 25,
      extensionLength: { min: 4, max: 4, default: 4 },
      numbers: numbers('312', 50, 50),
      inactiveNumbers: [],
      serviceInstances: [],
      userServices: userServices(),
      groupServices: groupServices(),
      servicePacks: servicePacks(),
      departments: ['Front Desk'],
      devices: [
        {
          deviceName: 'branch-yealink-01',
          deviceType: 'Yealink T54W',
          macAddress: '805EC0B20001',
          ports: 16,
          protocol: 'SIP 2.0',
          transportProtocol: 'UDP',
        },
      ],
      trunkGroups: ['branch-pbx'],
      timeZone: 'America/Chicago',
      callingLineIdName: 'Acme Branch',
      callingLineIdPhoneNumber: '+13125550150',
      passwordRules: rules,
    },
    {
      serviceProviderId: 'globex.sp',
      groupId: 'globex.main',
      groupName: 'Globex Main',
      defaultDomain: 'globex.example',
      domains: ['globex.example'],
      userLimit: 25,
      extensionLength: { min: 4, max: 4, default: 4 },
      numbers: numbers('415', 0, 10),
      inactiveNumbers: [],
      serviceInstances: [],
      userServices: userServices(),
      groupServices: groupServices(),
      servicePacks: servicePacks(),
      departments: [],
      devices: [],
      trunkGroups: [],
      timeZone: 'America/Los_Angeles',
      callingLineIdName: 'Globex',
      callingLineIdPhoneNumber: '+14155550100',
      passwordRules: rules,
    },
  ];
  const base = {
    ...UNSET_USER_FIELDS,
    serviceProviderId: 'acme.sp',
    webAuthPassword: 'Seeded-Passw0rd!',
    passwordExpiresDays: 2147483647,
  };
  const person = (first: string, last: string) => ({
    firstName: first,
    lastName: last,
    callingLineIdFirstName: first,
    callingLineIdLastName: last,
    hiraganaFirstName: first,
    hiraganaLastName: last,
  });
  const users: SbUser[] = [
    {
      ...base,
      ...person('Alice', 'Adams'),
      groupId: 'acme.hq',
      userId: 'alice.adams@hq.acme.example',
      extension: '1001',
      phoneNumber: '2125550100',
      callingLineIdPhoneNumber: '2125550100',
      department: 'Sales',
      timeZone: 'America/New_York',
      emailAddress: 'alice.adams@acme.example',
      title: 'Sales Lead',
      mobilePhoneNumber: '2125550199',
      address: {
        addressLine1: '1 Example Plaza',
        city: 'New York',
        stateOrProvince: 'NY',
        zipOrPostalCode: '10001',
        country: 'US',
      },
      alternateUserIds: [{ alternateUserId: 'aadams@acme.example', description: 'single sign-on' }],
      endpoint: {
        type: 'accessDeviceEndpoint',
        deviceName: 'hq-polycom-01',
        linePort: 'alice.adams_lp@hq.acme.example',
        contacts: ['sip:alice@10.0.0.21'],
      },
    },
    {
      ...base,
      ...person('Bob', 'Baker'),
      groupId: 'acme.hq',
      userId: 'bob.baker@hq.acme.example',
      extension: '1002',
      phoneNumber: '2125550101',
      callingLineIdPhoneNumber: '2125550101',
      department: 'Support',
      timeZone: 'America/New_York',
      endpoint: {
        type: 'trunkAddressing',
        trunkGroupName: 'hq-pbx',
        linePort: 'bob.baker_trunk@hq.acme.example',
        isPilotUser: true,
        contacts: [],
      },
    },
    {
      ...base,
      ...person('Carol', 'Chen'),
      groupId: 'acme.hq',
      userId: 'carol.chen@hq.acme.example',
      extension: '1003',
      phoneNumber: '',
      callingLineIdPhoneNumber: '',
      department: '',
      timeZone: 'America/New_York',
      passwordExpiresDays: '-2147483648',
      endpoint: { type: 'none' },
    },
    {
      ...base,
      // BroadWorks lets a last name be all digits; Odin then sends it as a JSON number.
      ...person('Lobby', '1004'),
      groupId: 'acme.hq',
      userId: 'lobby.1004@hq.acme.example',
      extension: '1004',
      phoneNumber: '2125550102',
      callingLineIdPhoneNumber: '2125550102',
      department: '',
      timeZone: 'America/New_York',
      pagerPhoneNumber: '2125550198',
      endpoint: {
        type: 'accessDeviceEndpoint',
        deviceName: 'hq-softphone',
        linePort: 'lobby.1004@hq.acme.example',
        contacts: [],
      },
    },
    {
      // On the one-port lobby phone: that device is at its port limit.
      ...base,
      ...person('Frank', 'Fox'),
      groupId: 'acme.hq',
      userId: 'frank.fox@hq.acme.example',
      extension: '1010',
      phoneNumber: '2125550103',
      callingLineIdPhoneNumber: '2125550103',
      department: 'Support',
      timeZone: 'America/New_York',
      endpoint: {
        type: 'accessDeviceEndpoint',
        deviceName: 'hq-lobby-phone',
        linePort: 'frank.fox@hq.acme.example',
        contacts: [],
      },
    },
    {
      // Shares the softphone with the lobby line.
      ...base,
      ...person('Grace', 'Green'),
      groupId: 'acme.hq',
      userId: 'grace.green@hq.acme.example',
      extension: '1011',
      phoneNumber: '',
      callingLineIdPhoneNumber: '',
      department: '',
      timeZone: 'America/New_York',
      endpoint: {
        type: 'accessDeviceEndpoint',
        deviceName: 'hq-softphone',
        linePort: 'grace.green@hq.acme.example',
        contacts: [],
      },
    },
    {
      ...base,
      ...person('Dave', 'Diaz'),
      groupId: 'acme.branch',
      userId: 'dave.diaz@branch.acme.example',
      extension: '2001',
      phoneNumber: '3125550150',
      callingLineIdPhoneNumber: '3125550150',
      department: 'Front Desk',
      timeZone: 'America/Chicago',
      endpoint: {
        type: 'accessDeviceEndpoint',
        deviceName: 'branch-yealink-01',
        linePort: 'dave.diaz@branch.acme.example',
        contacts: [],
      },
    },
    {
      ...base,
      ...person('Erin', 'Ellis'),
      groupId: 'acme.branch',
      userId: 'erin.ellis@branch.acme.example',
      extension: '2002',
      phoneNumber: '',
      callingLineIdPhoneNumber: '',
      department: '',
      timeZone: 'America/Chicago',
      endpoint: {
        type: 'trunkAddressing',
        trunkGroupName: 'branch-pbx',
        linePort: 'erin.ellis_trunk@branch.acme.example',
        isPilotUser: false,
        contacts: [],
      },
    },
    {
      ...base,
      ...person('Wile', 'Coyote'),
      serviceProviderId: 'globex.sp',
      groupId: 'globex.main',
      userId: 'wile.coyote@globex.example',
      extension: '2001',
      phoneNumber: '4155550100',
      callingLineIdPhoneNumber: '4155550100',
      timeZone: 'America/Los_Angeles',
    },
  ];
  // Who has what: Standard and Premium for Alice, Premium for Bob (Premium is now full),
  // Basic for the lobby line; Authentication, and so SIP credentials, for those with devices.
  const grants: Record<string, Partial<SbUser>> = {
    'alice.adams@hq.acme.example': {
      servicePacks: ['Standard', 'Premium'],
      services: ['Authentication'],
      // Busy to the sales hunt group; not reachable to her mobile, held by nobody.
      settings: {
        'Call Forwarding Busy': { isActive: true, forwardToPhoneNumber: '1000' },
        'Call Forwarding Not Reachable': { isActive: true, forwardToPhoneNumber: '2125550199' },
      },
      sipUserName: 'alice.adams',
      sipPassword: 'Sip-Seeded-1a',
    },
    'bob.baker@hq.acme.example': {
      servicePacks: ['Premium'],
      settings: {
        'Call Forwarding No Answer': {
          isActive: true,
          forwardToPhoneNumber: '2125550130',
          numberOfRings: 3,
        },
      },
    },
    'frank.fox@hq.acme.example': {
      servicePacks: ['Standard'],
      settings: { 'Do Not Disturb': { isActive: true, ringSplash: false } },
      services: ['Authentication'],
      sipUserName: 'frank.fox',
      sipPassword: 'Sip-Seeded-4d',
    },
    'lobby.1004@hq.acme.example': {
      servicePacks: ['Basic'],
      services: ['Authentication'],
      sipUserName: 'lobby.1004',
      sipPassword: 'Sip-Seeded-2b',
    },
    'dave.diaz@branch.acme.example': {
      services: ['Authentication'],
      sipUserName: 'dave.diaz',
      sipPassword: 'Sip-Seeded-3c',
    },
  };
  for (const user of users) Object.assign(user, grants[user.userId] ?? {});
  return { serviceProviders, groups, users, systemNumbers: numbers('212', 60, 40) };
}

/** `count` more users in a group (its user limit raised to fit), for lists and benchmarks. */
export function seedUsers(
  directory: {
    createUser(body: Record<string, unknown>): unknown;
    group(sp: string, g: string): { userLimit: number };
  },
  count: number,
  where = { serviceProviderId: 'acme.sp', groupId: 'acme.hq', domain: 'hq.acme.example' },
): void {
  const group = directory.group(where.serviceProviderId, where.groupId);
  group.userLimit += count;
  const departments = ['Sales', 'Support', 'Engineering', ''];
  for (let i = 0; i < count; i++) {
    directory.createUser({
      serviceProviderId: where.serviceProviderId,
      groupId: where.groupId,
      userId: `seeded.${i}@${where.domain}`,
      firstName: 'Seeded',
      lastName: `User${i}`,
      extension: String(30000 + i),
      department: departments[i % departments.length],
      password: 'Seeded-Passw0rd!',
    });
  }
}

/**
 * Room in a group for a site of `count` phone users: that many more free, activated numbers
 * (2127770000 on), Standard seats and users.
 */
export function siteRoom(
  group: { numbers: string[]; userLimit: number; servicePacks: SbAuthorization[] },
  count: number,
): void {
  for (let i = 0; i < count; i++) group.numbers.push(`212777${String(i).padStart(4, '0')}`);
  group.userLimit += count;
  const standard = group.servicePacks.find((p) => p.name === 'Standard');
  if (standard) {
    standard.quantity += count;
    standard.allowed += count;
  }
}
