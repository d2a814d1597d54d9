import { type SbGroup, type SbServiceProvider, type SbUser, UNSET_USER_FIELDS } from './model';

/** The sandbox's demo account; documented in the README. */
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
}

export function demoSeed(): Seed {
  const serviceProviders: SbServiceProvider[] = [
    {
      serviceProviderId: 'acme.sp',
      serviceProviderName: 'Acme Telecom (demo)',
      defaultDomain: 'acme.example',
      isEnterprise: true,
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
      extensionLength: { min: 3, max: 5 },
      numbers: numbers('212', 0, 50),
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
      extensionLength: { min: 4, max: 4 },
      numbers: numbers('312', 50, 50),
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
  ];
  return { serviceProviders, groups, users };
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
