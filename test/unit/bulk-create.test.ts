import { NotFoundError } from '../../src/graphql/errors';
import { OdinError } from '../../src/odin/odin-error';
import { EndpointType, type User } from '../../src/odin/model';
import { bulkResults, checkBulkInputs } from '../../src/users/bulk-create';
import { CreateUserInput } from '../../src/users/create-user.input';

const input = (userId: string, extra: Partial<CreateUserInput> = {}) =>
  Object.assign(new CreateUserInput(), {
    serviceProviderId: 'acme.sp',
    groupId: 'acme.hq',
    userId,
    firstName: 'A',
    lastName: 'B',
    ...extra,
  });

describe('checkBulkInputs', () => {
  test('invalid inputs and repeats of an earlier userId fail; the rest go on, in order', async () => {
    const inputs = [
      input('a@hq.acme.example'),
      input('not an id'),
      input('b@hq.acme.example', { extension: 'x1' }),
      input('a@hq.acme.example'),
      input('c@hq.acme.example'),
    ];
    const check = await checkBulkInputs(inputs, 10);
    expect(check.valid).toEqual([0, 4]);
    expect(Object.fromEntries([...check.failures].map(([i, f]) => [i, f.code]))).toEqual({
      1: 'BAD_USER_INPUT',
      2: 'BAD_USER_INPUT',
      3: 'CONFLICT',
    });
    expect(check.failures.get(2)?.message).toBe('Invalid input: extension must be 2 to 20 digits');
    expect(check.failures.get(3)?.message).toBe('The same userId as input 0');
  });

  test('an invalid repeat is reported as invalid, not as a repeat', async () => {
    const check = await checkBulkInputs([input('x'), input('x')], 10);
    expect([...check.failures.values()].map((f) => f.code)).toEqual([
      'BAD_USER_INPUT',
      'BAD_USER_INPUT',
    ]);
  });

  test('more inputs than the most refuses the whole call', async () => {
    await expect(
      checkBulkInputs([input('a@x.example'), input('b@x.example')], 1),
    ).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'inputs', message: 'has 2 items; the most is 1' }],
    });
  });
});

describe('bulkResults', () => {
  const user = { userId: 'a@hq.acme.example', endpointType: EndpointType.NONE } as User;

  test("one result per input: check failures, creates, Odin's codes, masked surprises", async () => {
    const inputs = [
      input('a@hq.acme.example'),
      input('bad'),
      input('b@hq.acme.example'),
      input('c@hq.acme.example'),
      input('d@hq.acme.example'),
    ];
    const check = await checkBulkInputs(inputs, 10);
    const surprises: Error[] = [];
    const taken = new OdinError({
      kind: 'http',
      method: 'POST',
      path: '/users',
      message: 'm',
      status: 409,
      error: 'User already exists',
    });
    const results = bulkResults(
      inputs,
      check,
      [
        { user, generatedWebAuthPassword: 'pw' },
        taken,
        new NotFoundError('no group'),
        new TypeError('oops'),
      ],
      (e) => surprises.push(e),
    );
    expect(results.map((r) => ('user' in r ? 'ok' : r.code))).toEqual([
      'ok',
      'BAD_USER_INPUT',
      'CONFLICT',
      'NOT_FOUND',
      'INTERNAL_SERVER_ERROR',
    ]);
    expect(results.map((r) => r.index)).toEqual([0, 1, 2, 3, 4]);
    expect(results[4]).toMatchObject({
      userId: 'd@hq.acme.example',
      message: 'Internal server error',
    });
    expect(surprises.map((e) => e.message)).toEqual(['oops']);
  });
});
