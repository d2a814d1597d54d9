import { readFileSync } from 'node:fs';
import path from 'node:path';
import { NumberHolderKind } from '../../src/odin/model';
import {
  accessDevice,
  normalizeExtensionLengths,
  normalizeGroupNumbers,
  normalizeGroupServices,
  normalizeNumberHolders,
  normalizeUser,
  normalizeUserServices,
  runNumbers,
  text,
} from '../../src/odin/normalize';
import { expandRange, foldRuns, parsePhoneNumber } from '../../src/odin/phone';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const sample = (name: string): any =>
  JSON.parse(readFileSync(path.join(__dirname, '..', 'fixtures', 'odin', name), 'utf8'));

describe('phone numbers', () => {
  test('national, E.164 and inventory forms all read the same', () => {
    for (const form of ['2125550142', '+12125550142', '+1-2125550142', ' 2125550142 '])
      expect(parsePhoneNumber(form)).toEqual({ countryCode: '1', national: '2125550142' });
    expect(parsePhoneNumber('+44-1632123456')).toEqual({
      countryCode: '44',
      national: '1632123456',
    });
  });

  test('what cannot be split safely is refused', () => {
    for (const bad of ['+441632123456', '212555014', '21255501422', 'abc', '', '+1-21a'])
      expect(parsePhoneNumber(bad)).toBeNull();
  });

  test('ranges expand and fold back; reversed, mixed or oversized ranges are refused', () => {
    const n = (s: string) => {
      const parsed = parsePhoneNumber(s);
      if (!parsed) throw new Error(`unreadable ${s}`);
      return parsed;
    };
    expect(expandRange(n('2125550108'), n('2125550111'))?.map((x) => x.national)).toEqual([
      '2125550108',
      '2125550109',
      '2125550110',
      '2125550111',
    ]);
    expect(expandRange(n('2125550111'), n('2125550108'))).toBeNull();
    expect(expandRange(n('+1-2125550100'), n('+44-2125550100'))).toBeNull();
    expect(expandRange(n('2125550000'), n('2125551000'))).toBeNull(); // 1001 numbers
    expect(expandRange(n('2125550000'), n('2125550999'))).toHaveLength(1000);
    const runs = foldRuns([n('2125550103'), n('2125550100'), n('2125550101'), n('2125550105')]);
    expect(runs.map((r) => [r.first.national, r.last.national])).toEqual([
      ['2125550100', '2125550101'],
      ['2125550103', '2125550103'],
      ['2125550105', '2125550105'],
    ]);
  });

  test('a single number as max null, "", or equal to min; a list when Odin sends one', () => {
    for (const max of [null, '', '+1-2125550100', undefined])
      expect(runNumbers('+1-2125550100', max).map((x) => x.national)).toEqual(['2125550100']);
    expect(runNumbers('+1-2125550100', null, ['+1-2125550107', '+1-2125550109'])).toEqual([
      { countryCode: '1', national: '2125550107' },
      { countryCode: '1', national: '2125550109' },
    ]);
    // A leading space is a `+` that travelled unencoded in a query string.
    expect(runNumbers(' 1-2125550100', null)).toEqual([
      { countryCode: '1', national: '2125550100' },
    ]);
  });
});

describe('GET /groups/dns', () => {
  test('group-dns.json: runs expanded, national and E.164 out', () => {
    const numbers = normalizeGroupNumbers(sample('group-dns.json'));
    expect(numbers).toHaveLength(5);
    expect(numbers[0]).toEqual({
      phoneNumber: '3015550100',
      e164: '+13015550100',
      countryCode: '1',
      activated: true,
      assigned: true,
    });
    expect(numbers[4]).toEqual({
      phoneNumber: '3015550104',
      e164: '+13015550104',
      countryCode: '1',
      activated: false,
      assigned: false,
    });
  });

  test('put-group-dns.json: the activation answer, single numbers with max null', () => {
    const wire = sample('put-group-dns.json');
    const numbers = normalizeGroupNumbers(wire);
    const expected = wire.dns.reduce(
      (sum: number, r: { min: string; max: string | null }) =>
        sum + (r.max ? Number(r.max.slice(-4)) - Number(r.min.slice(-4)) + 1 : 1),
      0,
    );
    expect(numbers).toHaveLength(expected);
    expect(numbers.find((n) => n.phoneNumber === '2185550104')).toMatchObject({
      assigned: false,
      activated: true,
    });
    expect(numbers.find((n) => n.phoneNumber === '2195550101')).toMatchObject({
      assigned: true,
      activated: false,
    });
  });
});

describe('GET /groups/dns/details', () => {
  const holders = normalizeNumberHolders(sample('group-dns-details.json').dns, {
    serviceProviderId: 'ent.odin',
    groupId: 'grp.odin',
  });

  test('a number listed twice (group calling line id and its owner) is held by its owner', () => {
    expect(holders.get('2085550100')).toEqual({
      kind: NumberHolderKind.GROUP_PAGING,
      id: 'group.paging2@sandbox-a.example',
      firstName: 'Group Paging',
      lastName: 'group.paging2',
      extension: '78900',
      serviceProviderId: 'ent.odin',
      groupId: 'grp.odin',
    });
  });

  test('kinds from userType; extension as number, string with its zero, or null', () => {
    expect(holders.get('2085550103')).toMatchObject({
      kind: NumberHolderKind.HUNT_GROUP,
      extension: null,
    });
    expect(holders.get('2165550100')?.kind).toBe(NumberHolderKind.AUTO_ATTENDANT);
    expect(holders.get('2625550100')?.kind).toBe(NumberHolderKind.FLEXIBLE_SEATING_HOST);
    // A last name that is all digits arrives as a JSON number.
    expect(holders.get('2255550103')).toMatchObject({
      kind: NumberHolderKind.USER,
      lastName: '4003',
      extension: '04003',
    });
    expect(holders.get('2315550100')?.extension).toBe('64000');
  });

  test('a range held by one owner gives each of its numbers that owner; free ones none', () => {
    for (const n of ['2625550105', '2625550106', '2625550107'])
      expect(holders.get(n)?.id).toBe('huntgroup1@sandbox-a.example');
    expect(holders.has('2085550106')).toBe(false);
    expect(holders.has('2255550101')).toBe(false);
  });
});

describe('number searches', () => {
  test('group-dns-search.json: the nested dns object, extension as a string, "" as null', () => {
    const holders = normalizeNumberHolders(sample('group-dns-search.json'));
    expect(holders.get('2085550100')).toMatchObject({
      kind: NumberHolderKind.GROUP_PAGING,
      extension: '78900',
      serviceProviderId: 'ent.odin',
      groupId: 'grp.odin',
    });
    expect(holders.get('2085550103')?.extension).toBeNull();
  });

  test('system-dns-search.json: the holder of a number anywhere', () => {
    const holders = normalizeNumberHolders(sample('system-dns-search.json'));
    expect([...holders.values()]).toEqual([
      {
        kind: NumberHolderKind.USER,
        id: 'userID',
        firstName: 'John',
        lastName: 'Smith',
        extension: '6666',
        serviceProviderId: 'serviceProviderID',
        groupId: 'gorupID',
      },
    ]);
  });
});

test('group-extensions.json and put-group-extensions.json', () => {
  expect(normalizeExtensionLengths(sample('group-extensions.json'))).toEqual({
    min: 3,
    max: 5,
    default: 4,
  });
  expect(normalizeExtensionLengths(sample('put-group-extensions.json'))).toEqual({
    min: 2,
    max: 6,
    default: 4,
  });
});

describe('services', () => {
  test('group-services.json: -1 is unlimited, usage kept, "None" reseller ignored', () => {
    const services = normalizeGroupServices(sample('group-services.json'));
    expect(services.userServices).toHaveLength(9);
    expect(services.userServices[1]).toEqual({
      name: 'Authentication',
      description: null,
      authorized: false,
      limit: null,
      usage: 0,
      available: null,
    });
    expect(services.groupServices).toEqual([]);
    expect(services.servicePacks).toEqual([]);
  });

  test('packs with limits as strings, "Limited"/"Unlimited" and -1', () => {
    const services = normalizeGroupServices({
      servicePackServices: [
        {
          servicePackName: 'Standard',
          serviceName: 'Standard',
          description: 'None',
          authorized: 'true',
          limited: 'Limited',
          quantity: '50',
          usage: '3',
          allowed: 50,
        },
        { servicePackName: 'Free', authorized: true, limited: 'Unlimited', quantity: -1, usage: 9 },
      ],
    });
    expect(services.servicePacks).toEqual([
      {
        name: 'Standard',
        description: null,
        authorized: true,
        limit: 50,
        usage: 3,
        available: 47,
      },
      { name: 'Free', description: null, authorized: true, limit: null, usage: 9, available: null },
    ]);
  });

  test('user-services.json: what the user could have, with assigned', () => {
    const services = normalizeUserServices(sample('user-services.json'));
    expect(services.services).toEqual([
      { name: 'Call Forwarding Not Reachable', assigned: false, description: null },
    ]);
    expect(services.servicePacks.find((p) => p.assigned)).toEqual({
      name: 'SIP-DID',
      assigned: true,
      description: 'SIP DID',
    });
  });

  test('user-services-assigned.json and -viewable.json: only assigned, isActive "false" kept apart', () => {
    const assigned = normalizeUserServices(sample('user-services-assigned.json'));
    expect(assigned.services.map((s) => s.name)).toContain('Authentication');
    expect(assigned.services.every((s) => s.assigned)).toBe(true);
    const viewable = normalizeUserServices(sample('user-services-viewable.json'));
    expect(viewable.services.map((s) => s.name)).toContain('BroadWorks Mobility');
  });
});

describe('devices and SIP authentication', () => {
  test('group-devices.json: the create answer, unlimited ports as the string "true"', () => {
    expect(accessDevice(sample('group-devices.json'))).toEqual({
      deviceName: 'device_name',
      serviceProviderId: 'service_provider_id',
      groupId: 'group_id',
      deviceType: 'device_type',
      deviceLevel: 'Group',
      protocol: 'SIP 2.0',
      macAddress: null,
      status: 'Online',
      transportProtocol: 'Unspecified',
      version: null,
      numberOfPorts: null,
      unlimitedPorts: true,
      numberOfAssignedPorts: 0,
      serialNumber: null,
      description: null,
      physicalLocation: null,
      userName: null,
    });
  });

  test('user-authentication.json: a SIP user name sent as a JSON number', () => {
    expect(text(sample('user-authentication.json').userName)).toBe('3015550100');
    expect(text(sample('put-user-authentication.json').userName)).toBe('john.smith');
  });
});

describe('samples of calls read through the same normalizers', () => {
  test('service-provider-services.json and -authorized.json: the group-services shape', () => {
    const sp = normalizeGroupServices(sample('service-provider-services.json'));
    expect(sp.userServices[1]).toEqual({
      name: 'Authentication',
      description: null,
      authorized: true,
      limit: null,
      usage: 0,
      available: null,
    });
    const authorized = normalizeGroupServices(sample('service-provider-services-authorized.json'));
    expect(authorized.userServices.every((s) => s.authorized)).toBe(true);
    expect(normalizeGroupServices(sample('group-services-authorized.json')).userServices).toEqual([
      {
        name: 'Anonymous Call Rejection',
        description: null,
        authorized: false,
        limit: null,
        usage: 0,
        available: null,
      },
      {
        name: 'Authentication',
        description: null,
        authorized: false,
        limit: null,
        usage: 0,
        available: null,
      },
    ]);
  });

  test('system-services.json: assigned flags, empty group and pack lists', () => {
    const system = normalizeUserServices(sample('system-services.json'));
    expect(system.services).toEqual([
      { name: '900 Calling', assigned: false, description: null },
      { name: 'Anonymous Call Rejection', assigned: true, description: null },
      { name: 'Authentication', assigned: true, description: null },
    ]);
    expect(system.servicePacks).toEqual([]);
  });

  test('user-report.json: the user entity under the report fields, "None" strings and all', () => {
    const report = sample('user-report.json');
    const user = normalizeUser(report);
    expect(user).toMatchObject({
      userId: 'user@domain.example',
      extension: '1234',
      department: { name: 'Name Name', fullPath: 'Office Office' },
      endpointType: 'ACCESS_DEVICE_ENDPOINT',
    });
    expect(user.endpoint).toMatchObject({
      accessDevice: { macAddress: 'DEADBEEFCAFE', numberOfPorts: 12, unlimitedPorts: false },
    });
  });
});
