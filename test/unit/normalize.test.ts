import { EndpointType } from '../../src/odin/model';
import { normalizeGroup, normalizeUser, unwrapOne } from '../../src/odin/normalize';
import type { WireUser } from '../../src/odin/wire';
import getUserById from '../fixtures/odin/get-user-by-id-response.json';
import getUsers from '../fixtures/odin/get-users-response.json';
import group from '../fixtures/odin/group.json';
import postUser from '../fixtures/odin/post-user-response.json';
import putUser from '../fixtures/odin/put-user-response.json';
import userAccessDevice from '../fixtures/odin/user-access-device.json';

const wire = (value: unknown) => value as WireUser;

describe('normalizeUser', () => {
  test('post-user answer: array-wrapped, empty strings, empty department, sentinel, no endpoint', () => {
    const user = normalizeUser(wire(unwrapOne(postUser)));
    expect(user).toEqual({
      userId: 'john.smith@testdomain.net',
      serviceProviderId: 'my_service_provider_id',
      groupId: 'my_group_id',
      firstName: 'John',
      lastName: 'Smith',
      callingLineIdFirstName: 'John',
      callingLineIdLastName: 'Smith',
      hiraganaFirstName: 'John',
      hiraganaLastName: 'Smith',
      extension: '1234',
      phoneNumber: null,
      callingLineIdPhoneNumber: null,
      phoneNumberActivated: false,
      emailAddress: null,
      language: 'English',
      timeZone: 'Europe/London',
      timeZoneDisplayName: '(GMT+01:00) Greenwich Mean Time',
      defaultAlias: 'john.smith@testdomain.net',
      domain: 'testdomain.net',
      countryCode: '1',
      nationalPrefix: null,
      title: null,
      mobilePhoneNumber: null,
      pagerPhoneNumber: null,
      yahooId: null,
      addressLocation: null,
      address: null,
      networkClassOfService: null,
      allowVideo: true,
      isEnterprise: true,
      passwordExpiresDays: null,
      aliases: [],
      alternateUserIds: [],
      department: null,
      endpointType: EndpointType.NONE,
      endpoint: null,
    });
  });

  test('put-user answer: array-wrapped, address, aliases, a real passwordExpiresDays', () => {
    const user = normalizeUser(wire(unwrapOne(putUser)));
    expect(user.address).toEqual({
      addressLine1: 'Bldg 1',
      addressLine2: 'Suite 2',
      city: 'Cincinnat',
      stateOrProvince: 'Ohio',
      zipOrPostalCode: '45204',
      country: 'US',
    });
    expect(user.aliases).toEqual(['11@testdomain.net']);
    expect(user.passwordExpiresDays).toBe(-107);
    expect(user.department).toBeNull();
    expect(user.endpointType).toBe(EndpointType.NONE);
    expect(user.endpoint).toBeNull();
    expect(user.phoneNumber).toBeNull();
    expect(user.emailAddress).toBeNull();
  });

  test('get-user-by-id: access device endpoint, string booleans, contacts, unlimited ports', () => {
    const user = normalizeUser(wire(getUserById));
    expect(user.userId).toBe('testdept@lab.tekvoice.net');
    expect(user.firstName).toBe('dsd');
    expect(user.callingLineIdFirstName).toBe('ddsdsd');
    expect(user.phoneNumber).toBe('5136549859');
    expect(user.extension).toBe('9859');
    expect(user.callingLineIdPhoneNumber).toBe('9871515000');
    expect(user.department).toEqual({
      serviceProviderId: 'ent.odin',
      groupId: 'grp.odin',
      name: 'mayur',
      fullPath: 'mayur (grp.odin)',
    });
    expect(user.timeZone).toBe('America/Denver');
    expect(user.networkClassOfService).toBe('testncos1');
    expect(user.passwordExpiresDays).toBeNull();
    expect(user.endpointType).toBe(EndpointType.ACCESS_DEVICE_ENDPOINT);
    expect(user.endpoint).toEqual({
      kind: 'accessDevice',
      linePort: 'testdept_lin1@lab.tekvoice.net',
      contacts: ['sip1', 'sip2', 'sip3', 'sip4', 'sip5'],
      staticRegistrationCapable: true,
      useDomain: true,
      supportVisualDeviceManagement: true,
      accessDevice: {
        deviceName: 'broadworks-media-server',
        deviceType: 'BroadWorks Media Server',
        deviceLevel: 'Group',
        protocol: 'SIP 2.0',
        macAddress: null,
        status: 'Online',
        transportProtocol: 'Unspecified',
        version: null,
        numberOfPorts: null,
        unlimitedPorts: true,
        numberOfAssignedPorts: 1,
        serviceProviderId: 'ent.odin',
        groupId: 'grp.odin',
        serialNumber: null,
        description: null,
        physicalLocation: null,
        userName: null,
      },
    });
  });

  test('user-access-device: numeric pager and mobile numbers, alternate ids, password ignored', () => {
    const user = normalizeUser(wire(userAccessDevice));
    expect(user.pagerPhoneNumber).toBe('9871515000');
    expect(user.mobilePhoneNumber).toBe('9871515000');
    expect(user.yahooId).toBe('mreverman@gmail.com');
    expect(user.title).toBe('mreverman@parkbenchsolutions.com');
    expect(user.addressLocation).toBe('1234 Main Street');
    expect(user.networkClassOfService).toBe('testncosuu');
    expect(user.alternateUserIds).toEqual([
      {
        alternateUserId: 'mreverman-2@parkbenchsolutions.com',
        description: 'mreverman-2@parkbenchsolutions.com',
      },
      {
        alternateUserId: 'mark.reverman-2@parkbenchsolutions.com',
        description: 'mark.reverman-2@parkbenchsolutions.com',
      },
      { alternateUserId: 'mreverman-2@odinweb.net', description: 'mreverman-2@odinweb.net' },
    ]);
    expect(user.endpoint).toMatchObject({
      kind: 'accessDevice',
      staticRegistrationCapable: true,
      supportVisualDeviceManagement: false,
      accessDevice: {
        deviceName: 'generic_sip',
        unlimitedPorts: true,
        numberOfPorts: null,
        macAddress: null,
      },
    });
    expect(JSON.stringify(user)).not.toContain('Test12341234');
  });

  describe('get-users list', () => {
    const [numeric, trunk, single] = (getUsers as unknown[]).map((u) => normalizeUser(wire(u)));

    test('numeric last names become strings; "-2147483648" is the never sentinel', () => {
      expect(numeric.lastName).toBe('1');
      expect(numeric.callingLineIdLastName).toBe('1');
      expect(numeric.hiraganaLastName).toBe('1');
      expect(numeric.firstName).toBe('user_');
      expect(numeric.department).toBeNull();
      expect(numeric.passwordExpiresDays).toBeNull();
      expect(numeric.endpoint).toMatchObject({
        kind: 'accessDevice',
        staticRegistrationCapable: false,
        useDomain: true,
        contacts: [],
        accessDevice: {
          deviceName: '5136549857',
          deviceType: 'Polycom VVX 400 DM',
          numberOfPorts: 12,
          unlimitedPorts: false,
          transportProtocol: 'TCP',
        },
      });
    });

    test('trunk addressing: only the trunk endpoint, its string booleans, two alternate ids', () => {
      expect(trunk.endpointType).toBe(EndpointType.TRUNK_ADDRESSING);
      expect(trunk.endpoint).toEqual({
        kind: 'trunkAddressing',
        linePort: '9871515000_trunk@odinapi.net',
        contacts: [],
        staticRegistrationCapable: true,
        useDomain: true,
        trunkGroupName: '9871515000',
        isPilotUser: false,
        alternateTrunkIdentity: null,
      });
      expect(trunk.pagerPhoneNumber).toBe('9871515000');
      expect(trunk.mobilePhoneNumber).toBe('9871515000');
      expect(trunk.department?.name).toBe('department1');
      expect(trunk.address?.city).toBe('Cincinnati');
      expect(trunk.alternateUserIds).toHaveLength(2);
    });

    test('a single alternate id arrives as a bare object and becomes a list of one', () => {
      expect(single.alternateUserIds).toEqual([
        {
          alternateUserId: 'scott.latsa@gmail.com',
          description: 'Test gamil.com for single sign on',
        },
      ]);
      expect(single.callingLineIdPhoneNumber).toBe('+19871514002');
      expect(single.endpoint).toMatchObject({
        accessDevice: { version: expect.stringContaining('Kapanga') },
      });
    });
  });
});

describe('normalizeGroup', () => {
  test('group sample', () => {
    expect(normalizeGroup(group)).toEqual({
      serviceProviderId: 'ent.odin',
      groupId: 'grp.odin',
      groupName: 'grp.odin',
      defaultDomain: 'lab.tekvoice.net',
      userLimit: 50,
      userCount: 13,
      timeZone: 'America/Denver',
      callingLineIdName: 'grp.odin',
    });
  });
});
