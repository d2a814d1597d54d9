import { DEMO_ACCOUNT } from '../../src/sandbox';
import { CreateUserDocument } from '../generated/graphql';
import { expectData, expectError, startStack } from '../helpers/stack';

test('no Odin password, token or web auth password reaches the logs of a createUser run', async () => {
  const stack = await startStack({ env: { LOG_LEVEL: 'trace' } });
  try {
    const where = {
      serviceProviderId: 'acme.sp',
      groupId: 'acme.hq',
      firstName: 'Log',
      lastName: 'Test',
    };
    expectData(
      await stack.gql(CreateUserDocument, {
        input: {
          ...where,
          userId: 'first.user@hq.acme.example',
          webAuthPassword: 'Given-Secret-77!',
        },
      }),
    );
    const generated = expectData(
      await stack.gql(CreateUserDocument, {
        input: { ...where, userId: 'generated@hq.acme.example' },
      }),
    ).createUser.generatedWebAuthPassword;
    // A rejected password, which Odin could echo back in its error.
    expectError(
      await stack.gql(CreateUserDocument, {
        input: { ...where, userId: 'rejected@hq.acme.example', webAuthPassword: 'weakpass' },
      }),
      'BAD_USER_INPUT',
    );
    // Expired token: a re-login, so two tokens pass through the client.
    stack.sandbox.app.expireTokens();
    expectData(
      await stack.gql(CreateUserDocument, {
        input: {
          ...where,
          userId: 'after.expiry@hq.acme.example',
          webAuthPassword: 'Relogin-Secret-88!',
        },
      }),
    );

    const tokens = [...stack.sandbox.app.sessions.keys()];
    expect(tokens.length).toBeGreaterThanOrEqual(2);
    const secrets = [
      DEMO_ACCOUNT.password,
      'Given-Secret-77!',
      'weakpass',
      'Relogin-Secret-88!',
      generated,
      ...tokens,
    ];
    const output = stack.logs.join('');
    expect(stack.logs.length).toBeGreaterThan(5);
    expect(output).toContain('"operationName":"CreateUser"');
    expect(output).toContain('"path":"/graphql"');
    expect(output).toContain('odin call');
    for (const secret of secrets) {
      expect(secret).toBeTruthy();
      expect(output).not.toContain(secret as string);
    }
  } finally {
    await stack.close();
  }
});
