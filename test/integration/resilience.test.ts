import { CreateUserDocument, DeleteUserDocument, GetUserDocument } from '../generated/graphql';
import { type Stack, expectData, expectError, startStack } from '../helpers/stack';

const newUser = (userId: string) => ({
  input: {
    serviceProviderId: 'acme.sp',
    groupId: 'acme.hq',
    userId,
    firstName: 'Res',
    lastName: 'Ilient',
    webAuthPassword: 'Resilient-Pa55!',
  },
});

describe('token lifecycle', () => {
  let stack: Stack;
  afterEach(() => stack.close());

  test('50 concurrent queries on a cold client make exactly one login', async () => {
    stack = await startStack();
    const ids = [...stack.sandbox.directory.users.keys()];
    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        stack.gql(GetUserDocument, { userId: ids[i % ids.length] }),
      ),
    );
    answers.forEach((a) => expectData(a));
    expect(stack.sandbox.app.calls('POST', '/auth/token')).toHaveLength(1);
  });

  test('tokens expired mid-run: every request succeeds with one re-login', async () => {
    // 40 reads at 40/s take about a second; the tokens expire once 10 have reached Odin.
    stack = await startStack({ env: { ODIN_RATE_LIMIT_PER_SECOND: '40' } });
    const ids = [...stack.sandbox.directory.users.keys()];
    const run = Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        stack.gql(GetUserDocument, { userId: ids[i % ids.length] }),
      ),
    );
    while (stack.sandbox.app.calls('GET', '/users').length < 10)
      await new Promise((resolve) => setTimeout(resolve, 5));
    stack.sandbox.app.expireTokens();
    const answers = await run;
    answers.forEach((a) => expectData(a));
    expect(stack.sandbox.app.calls('POST', '/auth/token')).toHaveLength(2);
    const tokens = new Set(stack.sandbox.app.calls('GET', '/users').map((r) => r.token));
    expect(tokens.size).toBe(2);
  });

  test('a token is refreshed with PUT /auth/token before its known expiry', async () => {
    stack = await startStack({ sandbox: { tokenTtlMs: 1000 } });
    expectData(await stack.gql(GetUserDocument, { userId: 'alice.adams@hq.acme.example' }));
    await new Promise((resolve) => setTimeout(resolve, 850));
    expectData(await stack.gql(GetUserDocument, { userId: 'alice.adams@hq.acme.example' }));
    expect(stack.sandbox.app.calls('PUT', '/auth/token')).toHaveLength(1);
    expect(stack.sandbox.app.calls('POST', '/auth/token')).toHaveLength(1);
    const [first, second] = stack.sandbox.app.calls('GET', '/users');
    expect(second.token).not.toBe(first.token);
  });

  test('logins refused: ODIN_AUTH_FAILED, and /readyz is not ready', async () => {
    stack = await startStack();
    const ready = await fetch(`${stack.origin}/readyz`);
    expect(ready.status).toBe(200);
    stack.sandbox.app.faults.chaos.refuseLogins = true;
    stack.sandbox.app.expireTokens();
    expectError(
      await stack.gql(GetUserDocument, { userId: 'alice.adams@hq.acme.example' }),
      'ODIN_AUTH_FAILED',
    );
    const notReady = await fetch(`${stack.origin}/readyz`);
    expect(notReady.status).toBe(503);
    expect(await notReady.json()).toEqual({
      status: 'not ready',
      code: 'ODIN_AUTH_FAILED',
      instances: { default: 'ODIN_AUTH_FAILED' },
      audit: 'off',
    });
  });
});

describe('timeouts and retries', () => {
  let stack: Stack;
  afterEach(() => stack.close());

  test('two 503s then success on a read: success with 3 upstream attempts', async () => {
    stack = await startStack();
    stack.sandbox.app.faults.inject({ method: 'GET', path: '/users', status: 503, times: 2 });
    const { user } = expectData(
      await stack.gql(GetUserDocument, { userId: 'alice.adams@hq.acme.example' }),
    );
    expect(user?.firstName).toBe('Alice');
    expect(stack.sandbox.app.calls('GET', '/users')).toHaveLength(3);
  });

  test('three 503s on a read: ODIN_UNAVAILABLE after 3 attempts, no fourth', async () => {
    stack = await startStack();
    stack.sandbox.app.faults.inject({ method: 'GET', path: '/users', status: 503, times: 5 });
    const error = expectError(
      await stack.gql(GetUserDocument, { userId: 'alice.adams@hq.acme.example' }),
      'ODIN_UNAVAILABLE',
    );
    expect(error.extensions.odin).toMatchObject({ status: 503 });
    expect(stack.sandbox.app.calls('GET', '/users')).toHaveLength(3);
  });

  test('Retry-After on a 429 is honoured', async () => {
    stack = await startStack();
    stack.sandbox.app.faults.inject({
      method: 'GET',
      path: '/users',
      status: 429,
      retryAfterSeconds: 1,
    });
    expectData(await stack.gql(GetUserDocument, { userId: 'alice.adams@hq.acme.example' }));
    const [first, second] = stack.sandbox.app.calls('GET', '/users');
    expect(second.at - first.at).toBeGreaterThanOrEqual(990);
  });

  test('a 5 s delay with a 1 s timeout: ODIN_UNAVAILABLE in under 5 s', async () => {
    stack = await startStack({ env: { ODIN_TIMEOUT_MS: '1000' } });
    expectData(await stack.gql(GetUserDocument, { userId: 'bob.baker@hq.acme.example' }));
    stack.sandbox.app.faults.inject({ method: 'GET', path: '/users', delayMs: 5000, times: 10 });
    const started = Date.now();
    const error = expectError(
      await stack.gql(GetUserDocument, { userId: 'alice.adams@hq.acme.example' }),
      'ODIN_UNAVAILABLE',
    );
    const elapsed = Date.now() - started;
    expect(elapsed).toBeLessThan(5000);
    expect(error.message).toContain('no answer within');
  });

  test('a delete whose answer is lost is retried, and the 404 that follows counts as deleted', async () => {
    stack = await startStack();
    stack.sandbox.app.faults.inject({ method: 'DELETE', path: '/users', drop: 'after' });
    const data = expectData(
      await stack.gql(DeleteUserDocument, { userId: 'carol.chen@hq.acme.example' }),
    );
    expect(data.deleteUser).toEqual({ userId: 'carol.chen@hq.acme.example', deleted: true });
    expect(stack.sandbox.app.calls('DELETE', '/users')).toHaveLength(2);
    expect(stack.sandbox.directory.users.has('carol.chen@hq.acme.example')).toBe(false);
  });
});

describe('no duplicate users', () => {
  let stack: Stack;
  afterEach(() => stack.close());

  test('the connection drops after the sandbox stored the user: success, one user, no second POST', async () => {
    stack = await startStack();
    stack.sandbox.app.faults.inject({ method: 'POST', path: '/users', drop: 'after' });
    const { createUser } = expectData(
      await stack.gql(CreateUserDocument, newUser('dropped.after@hq.acme.example')),
    );
    expect(createUser.user.userId).toBe('dropped.after@hq.acme.example');
    expect(stack.sandbox.app.calls('POST', '/users')).toHaveLength(1);
    expect(stack.sandbox.app.calls('GET', '/users').map((r) => r.query)).toEqual([
      { userId: 'dropped.after@hq.acme.example' },
    ]);
    expect(stack.sandbox.directory.users.has('dropped.after@hq.acme.example')).toBe(true);
  });

  test('the connection drops before the user was stored: success after one retry', async () => {
    stack = await startStack();
    stack.sandbox.app.faults.inject({ method: 'POST', path: '/users', drop: 'before' });
    expectData(await stack.gql(CreateUserDocument, newUser('dropped.before@hq.acme.example')));
    expect(stack.sandbox.app.calls('POST', '/users')).toHaveLength(2);
    expect(stack.sandbox.directory.users.has('dropped.before@hq.acme.example')).toBe(true);
  });

  test('a 503 on create: read back, not there, one retry', async () => {
    stack = await startStack();
    stack.sandbox.app.faults.inject({ method: 'POST', path: '/users', status: 503 });
    expectData(await stack.gql(CreateUserDocument, newUser('after.503@hq.acme.example')));
    expect(stack.sandbox.app.calls('POST', '/users')).toHaveLength(2);
  });

  test('a CONFLICT on the retry is settled by reading the user back', async () => {
    stack = await startStack({ env: { ODIN_TIMEOUT_MS: '1000' } });
    // The first create lands late (after our timeout and read-back); the retry then conflicts.
    stack.sandbox.app.faults.inject({ method: 'POST', path: '/users', delayMs: 1200 });
    stack.sandbox.app.faults.inject({ method: 'POST', path: '/users', delayMs: 600 });
    const { createUser } = expectData(
      await stack.gql(CreateUserDocument, newUser('late.landing@hq.acme.example')),
    );
    expect(createUser.user.userId).toBe('late.landing@hq.acme.example');
    expect(stack.sandbox.app.calls('POST', '/users')).toHaveLength(2);
    expect(stack.sandbox.app.calls('GET', '/users')).toHaveLength(2);
  });

  test('both attempts unanswered and the user absent: ODIN_UNAVAILABLE saying it does not exist', async () => {
    stack = await startStack();
    stack.sandbox.app.faults.inject({ method: 'POST', path: '/users', drop: 'before', times: 2 });
    const error = expectError(
      await stack.gql(CreateUserDocument, newUser('never.made@hq.acme.example')),
      'ODIN_UNAVAILABLE',
    );
    expect(error.message).toContain('does not exist');
    expect(stack.sandbox.directory.users.has('never.made@hq.acme.example')).toBe(false);
  });

  test('unanswered and Odin cannot be asked: ODIN_UNAVAILABLE saying the user may exist', async () => {
    stack = await startStack();
    stack.sandbox.app.faults.inject({ method: 'POST', path: '/users', drop: 'after' });
    stack.sandbox.app.faults.inject({ method: 'GET', path: '/users', status: 503, times: 20 });
    const error = expectError(
      await stack.gql(CreateUserDocument, newUser('maybe.made@hq.acme.example')),
      'ODIN_UNAVAILABLE',
    );
    expect(error.message).toContain('may exist');
    expect(stack.sandbox.app.calls('POST', '/users')).toHaveLength(1);
  });

  test('the same id already in another group is a CONFLICT, not a success', async () => {
    stack = await startStack();
    stack.sandbox.directory.createUser({
      serviceProviderId: 'acme.sp',
      groupId: 'acme.hq',
      userId: 'twin@acme.example',
      firstName: 'T',
      lastName: 'W',
      password: 'Other-Passw0rd!',
    });
    stack.sandbox.app.faults.inject({ method: 'POST', path: '/users', status: 503 });
    const answer = await stack.gql(CreateUserDocument, {
      input: { ...newUser('twin@acme.example').input, groupId: 'acme.branch' },
    });
    expect(expectError(answer, 'CONFLICT').message).toContain('another group');
  });
});
