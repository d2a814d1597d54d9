import { CreateUsersDocument, type CreateUserInput, GetUserDocument } from '../generated/graphql';
import { startSandboxProcess } from '../helpers/sandbox-process';
import { busiestSecond, expectData, expectError, startLayer, startStack } from '../helpers/stack';

const person = (userId: string, extra: Partial<CreateUserInput> = {}): CreateUserInput => ({
  serviceProviderId: 'acme.sp',
  groupId: 'acme.hq',
  userId,
  firstName: 'Bulk',
  lastName: 'User',
  ...extra,
});

test('25 mixed inputs: one result per input, in order, and only the valid users exist, once', async () => {
  const stack = await startStack();
  try {
    const branch = stack.sandbox.directory.group('acme.sp', 'acme.branch');
    branch.userLimit = stack.sandbox.directory.usersOf(branch).length + 2;
    const inputs: CreateUserInput[] = [];
    const expected: Array<'ok' | string> = [];
    const add = (input: CreateUserInput, outcome: 'ok' | string) => {
      inputs.push(input);
      expected.push(outcome);
    };
    for (let i = 0; i < 12; i++)
      add(
        person(`bulk.${i}@hq.acme.example`, {
          extension: String(6000 + i),
          webAuthPassword: i % 2 ? 'Bulk-Passw0rd!' : undefined,
        }),
        'ok',
      );
    add(person('bad id'), 'BAD_USER_INPUT');
    add(person('bad.ext@hq.acme.example', { extension: '12ab' }), 'BAD_USER_INPUT');
    add(person('bulk.3@hq.acme.example', { firstName: 'Again' }), 'CONFLICT'); // repeats input 3
    add(person('alice.adams@hq.acme.example'), 'CONFLICT'); // exists in Odin
    add(person('bulk.ext@hq.acme.example', { extension: '1001' }), 'CONFLICT'); // alice's extension
    add(person('bulk.dept@hq.acme.example', { department: 'Nope' }), 'BAD_USER_INPUT'); // Odin's rule
    add(person('bulk.nogroup@hq.acme.example', { groupId: 'nope' }), 'NOT_FOUND');
    for (let i = 0; i < 6; i++)
      add(person(`branch.${i}@branch.acme.example`, { groupId: 'acme.branch' }), 'branch');
    expect(inputs).toHaveLength(25);
    const before = stack.sandbox.directory.users.size;

    const { createUsers } = expectData(await stack.gql(CreateUsersDocument, { inputs }));

    expect(createUsers.map((r) => r.index)).toEqual(inputs.map((_, i) => i));
    for (const [i, result] of createUsers.entries()) {
      if (expected[i] === 'ok')
        expect(result).toMatchObject({
          __typename: 'CreateUserSuccess',
          user: { userId: inputs[i].userId },
        });
      else if (expected[i] !== 'branch')
        expect(result).toMatchObject({
          __typename: 'CreateUserFailure',
          userId: inputs[i].userId,
          code: expected[i],
        });
    }
    // The branch group had room for two: two created, four refused by its user limit.
    const branchResults = createUsers.slice(19);
    expect(branchResults.filter((r) => r.__typename === 'CreateUserSuccess')).toHaveLength(2);
    const refused = branchResults.filter((r) => r.__typename === 'CreateUserFailure');
    expect(refused).toHaveLength(4);
    for (const r of refused)
      expect(r).toMatchObject({
        code: 'BAD_USER_INPUT',
        message: expect.stringContaining('user limit'),
      });

    // Generated passwords: one per user that had none, all different.
    const generated = createUsers.flatMap((r) =>
      r.__typename === 'CreateUserSuccess' && r.generatedWebAuthPassword
        ? [r.generatedWebAuthPassword]
        : [],
    );
    expect(new Set(generated).size).toBe(generated.length);
    expect(generated.length).toBeGreaterThanOrEqual(6);

    // Odin holds exactly the created users, once each; invalid inputs never reached it.
    expect(stack.sandbox.directory.users.size).toBe(before + 14);
    const posted = stack.sandbox.app
      .calls('POST', '/users')
      .map((r) => (r.body as { userId: string }).userId);
    expect(posted).not.toContain('bad id');
    expect(posted).not.toContain('bad.ext@hq.acme.example');
    expect(posted.filter((id) => id === 'bulk.3@hq.acme.example')).toHaveLength(1);
  } finally {
    await stack.close();
  }
});

test('ODIN_RATE_LIMIT_PER_SECOND=20: no second of upstream calls holds more than 20', async () => {
  const odin = await startSandboxProcess();
  const layer = await startLayer(odin.baseUrl, {
    ODIN_RATE_LIMIT_PER_SECOND: '20',
    ODIN_MAX_CONCURRENCY: '5',
  });
  try {
    // Logged in and warm first: the measure is of the 45 creates.
    await layer.gql(GetUserDocument, { userId: 'alice.adams@hq.acme.example' });
    await odin.clear();
    const inputs = Array.from({ length: 45 }, (_, i) =>
      person(`rated.${i}@hq.acme.example`, { webAuthPassword: 'Rated-Passw0rd!' }),
    );
    const started = Date.now();
    const { createUsers } = expectData(await layer.gql(CreateUsersDocument, { inputs }));
    expect(createUsers.every((r) => r.__typename === 'CreateUserSuccess')).toBe(true);
    const times = (await odin.requests()).map((r) => r.at);
    expect(times).toHaveLength(45);
    expect(busiestSecond(times)).toBeLessThanOrEqual(20);
    // Not slower than the rate either: 45 calls at 20/s take a little over 2.2 s.
    expect(Date.now() - started).toBeLessThan(4000);
  } finally {
    await layer.close();
    await odin.close();
  }
});

test('more inputs than GRAPHQL_MAX_BULK: BAD_USER_INPUT and no Odin call', async () => {
  const stack = await startStack({ env: { GRAPHQL_MAX_BULK: '5' } });
  try {
    const inputs = Array.from({ length: 6 }, (_, i) => person(`over.${i}@hq.acme.example`));
    const error = expectError(await stack.gql(CreateUsersDocument, { inputs }), 'BAD_USER_INPUT');
    expect(error.extensions.fields).toEqual([
      { field: 'inputs', message: 'has 6 items; the most is 5' },
    ]);
    expect(stack.sandbox.requests).toHaveLength(0);
  } finally {
    await stack.close();
  }
});
