import { shapeCreateUser } from '../../src/odin/shape';

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
