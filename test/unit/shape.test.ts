import { EndpointType, FilterMatch, UserFilterField } from '../../src/odin/model';
import { shapeCreateUser, shapeUpdateUser, shapeUserList } from '../../src/odin/shape';

const base = {
  serviceProviderId: 'acme.sp',
  groupId: 'acme.hq',
  userId: 'john.smith@hq.acme.example',
  firstName: ' John ',
  lastName: 'Smith',
};

describe('shapeCreateUser', () => {
  test('the minimal body: ids, trimmed names, calling line id defaults, password', () => {
    expect(shapeCreateUser(base, 'Secret-123!')).toEqual({
      serviceProviderId: 'acme.sp',
      groupId: 'acme.hq',
      userId: 'john.smith@hq.acme.example',
      firstName: 'John',
      lastName: 'Smith',
      callingLineIdFirstName: 'John',
      callingLineIdLastName: 'Smith',
      password: 'Secret-123!',
    });
  });

  test('department by name, given calling line id names, no nulls, payload underneath', () => {
    const body = shapeCreateUser(
      {
        ...base,
        extension: '1234',
        callingLineIdFirstName: 'Johnny',
        department: 'Sales',
        emailAddress: null,
        address: { city: 'New York', country: null },
        payload: {
          extension: '9999',
          yahooId: 'js@example.com',
          userId: 'evil@x',
          aliases: ['a', null],
        },
      },
      'pw',
    );
    expect(body).toEqual({
      serviceProviderId: 'acme.sp',
      groupId: 'acme.hq',
      userId: 'john.smith@hq.acme.example',
      firstName: 'John',
      lastName: 'Smith',
      callingLineIdFirstName: 'Johnny',
      callingLineIdLastName: 'Smith',
      extension: '1234',
      department: { serviceProviderId: 'acme.sp', groupId: 'acme.hq', name: 'Sales' },
      address: { city: 'New York' },
      yahooId: 'js@example.com',
      aliases: ['a'],
      password: 'pw',
    });
  });
});

describe('defect: payload settings dropped when the typed field is unset', () => {
  test('createUser: payload keys with no typed value set reach the body', () => {
    const body = shapeCreateUser(
      { ...base, payload: { allowVideo: false, language: 'French' } },
      'pw',
    );
    expect(body).toMatchObject({ allowVideo: false, language: 'French' });
  });

  test('createUser: a typed field the caller set still wins over the payload', () => {
    const body = shapeCreateUser(
      { ...base, language: 'English', payload: { allowVideo: false, language: 'French' } },
      'pw',
    );
    expect(body).toMatchObject({ allowVideo: false, language: 'English' });
  });

  test('updateUser: payload keys reach the body, an empty string included (it clears)', () => {
    const body = shapeUpdateUser(
      {
        userId: 'u@d',
        title: undefined,
        payload: { allowVideo: false, language: 'French', phoneNumber: '' },
      },
      { serviceProviderId: 's', groupId: 'g' },
    );
    expect(body).toEqual({
      serviceProviderId: 's',
      groupId: 'g',
      userId: 'u@d',
      allowVideo: false,
      language: 'French',
      phoneNumber: '',
    });
  });
});

describe('shapeUpdateUser', () => {
  test('ids from the user, only the fields set, nothing else of the user leaks in', () => {
    const currentUser = {
      serviceProviderId: 'acme.sp',
      groupId: 'acme.hq',
      endpointType: 'NONE',
      firstName: 'Old',
    };
    expect(
      shapeUpdateUser(
        {
          userId: 'a@hq.acme.example',
          extension: '1234',
          department: 'Sales',
          webAuthPassword: 'pw',
        },
        currentUser,
      ),
    ).toEqual({
      serviceProviderId: 'acme.sp',
      groupId: 'acme.hq',
      userId: 'a@hq.acme.example',
      extension: '1234',
      department: { serviceProviderId: 'acme.sp', groupId: 'acme.hq', name: 'Sales' },
      password: 'pw',
    });
  });

  test('endpoints: device line port defaults to the user id; trunk; none', () => {
    const where = { serviceProviderId: 's', groupId: 'g' };
    expect(
      shapeUpdateUser(
        {
          userId: 'u@d',
          endpoint: { type: EndpointType.ACCESS_DEVICE_ENDPOINT, deviceName: 'dev', linePort: '' },
        },
        where,
      ),
    ).toMatchObject({
      endpointType: 'accessDeviceEndpoint',
      accessDeviceEndpoint: {
        accessDevice: { deviceName: 'dev', deviceLevel: 'Group' },
        linePort: 'u@d',
        contacts: [],
      },
    });
    expect(
      shapeUpdateUser(
        {
          userId: 'u@d',
          endpoint: {
            type: EndpointType.TRUNK_ADDRESSING,
            trunkGroupName: 'pbx',
            linePort: 'lp@d',
            contacts: ['sip:x'],
          },
        },
        where,
      ),
    ).toMatchObject({
      endpointType: 'trunkAddressing',
      trunkAddressing: {
        trunkGroupDeviceEndpoint: {
          name: 'pbx',
          linePort: 'lp@d',
          isPilotUser: false,
          contacts: [{ sipContact: 'sip:x' }],
        },
      },
    });
    expect(
      shapeUpdateUser({ userId: 'u@d', endpoint: { type: EndpointType.NONE } }, where),
    ).toMatchObject({ endpointType: 'none' });
  });
});

describe('shapeUserList', () => {
  test('no limit given: the documented cap of 1000 is sent', () => {
    expect(shapeUserList({ serviceProviderId: 's' }).limit).toBe(1000);
  });

  test.each([
    ['EQUALS', 'smith'],
    ['STARTS_WITH', 'smith*'],
    ['CONTAINS', '*smith*'],
  ] as const)('%s → %s, always extended', (match, sent) => {
    expect(
      shapeUserList({
        serviceProviderId: 's',
        filter: { field: UserFilterField.LAST_NAME, match: FilterMatch[match], value: 'smith' },
        limit: 5,
      }),
    ).toEqual({
      serviceProviderId: 's',
      groupId: undefined,
      limit: 5,
      extended: true,
      lastName: sent,
    });
  });
});
