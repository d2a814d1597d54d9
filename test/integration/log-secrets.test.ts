import { DEMO_ACCOUNT } from '../../src/sandbox';
import { buildAppSchemas } from '../../src/graphql/schema';
import { schemaCases } from '../helpers/schema-cases';
import { CreateUserDocument, LoginDocument } from '../generated/graphql';
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
    // A resolver's line carries the id of the request it served (its logger is made on use).
    const lines = output
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    const created = lines.find(
      (l) => l.msg === 'user created' && l.userId === 'first.user@hq.acme.example',
    );
    expect(created?.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(lines.filter((l) => l.msg === 'request' && l.requestId === created?.requestId)).toEqual([
      expect.objectContaining({ operationName: 'CreateUser', status: 200 }),
    ]);
    for (const secret of secrets) {
      expect(secret).toBeTruthy();
      expect(output).not.toContain(secret as string);
    }
  } finally {
    await stack.close();
  }
});

test('request bodies logged at trace level: no secret from variables, payload or headers', async () => {
  const apiKey = 'api-key-that-must-not-leak-1234567890';
  const service = await startStack({ env: { LOG_LEVEL: 'trace', GRAPHQL_API_KEYS: apiKey } });
  const passthrough = await startStack({
    env: { LOG_LEVEL: 'trace', ODIN_AUTH_MODE: 'passthrough' },
  });
  try {
    const headers = { authorization: `Bearer ${apiKey}`, cookie: 'session=cookie-secret-42' };
    expectData(
      await service.gql(
        CreateUserDocument,
        {
          input: {
            serviceProviderId: 'acme.sp',
            groupId: 'acme.hq',
            userId: 'trace.body@hq.acme.example',
            firstName: 'Trace',
            lastName: 'Body',
            webAuthPassword: 'Variable-Secret-55!',
            payload: { password: 'Payload-Secret-66!', yahooId: 'x@example.com' },
          },
        },
        headers,
      ),
    );
    // A password given as a literal in the document, not as a variable.
    await fetch(passthrough.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `mutation { login(username: "${DEMO_ACCOUNT.username}", password: "${DEMO_ACCOUNT.password}") { token } }`,
      }),
    });
    const answer = expectData(await passthrough.gql(LoginDocument, DEMO_ACCOUNT));
    const output = service.logs.join('') + passthrough.logs.join('');
    // Bodies are logged, so redaction is what keeps the secrets out.
    expect(output.match(/"msg":"request body"/g)?.length).toBeGreaterThanOrEqual(3);
    expect(output).toContain('trace.body@hq.acme.example');
    for (const secret of [
      apiKey,
      'cookie-secret-42',
      'Variable-Secret-55!',
      'Payload-Secret-66!',
      DEMO_ACCOUNT.password,
      answer.login.token,
    ])
      expect(output).not.toContain(secret);
  } finally {
    await service.close();
    await passthrough.close();
  }
});

// The rule as the issue states it, independent of the code's own: a field whose name says
// password, passcode, secret or token; and CSV text.
const SECRET_FIELD = /password|passcode|secret|token/i;

test('every secret-named input field of every mutation, at any depth, stays out of the trace log', async () => {
  const { plain } = await buildAppSchemas();
  const MARK = 'MARK-VALUE';
  const cases = schemaCases(plain, { string: [['marked', MARK]], int: [] })
    .filter((c) => c.query.startsWith('mutation'))
    .filter((c) => {
      const leaf = c.path.split('.').at(-1) ?? '';
      return SECRET_FIELD.test(leaf) || leaf === 'csv';
    })
    .map((c, i) => ({ ...c, secret: `leak-${i}-Zq9x` }));
  // The generator reaches the fields that leaked before the rule: a guard on the guard.
  const named = cases.map((c) => `${c.field}:${c.path}`);
  for (const expected of [
    'startUserImport:inputs.webAuthPassword',
    'startUserImport:csv',
    'createDevice:credentials.password',
    'setSipAuthentication:password',
    'createUsers:webAuthPassword',
    'login:password',
    'provisionUser:user.webAuthPassword',
  ])
    expect(named).toContain(expected);
  const stack = await startStack({ env: { LOG_LEVEL: 'trace' } });
  try {
    for (const c of cases) {
      const variables = JSON.parse(JSON.stringify(c.variables).replaceAll(MARK, c.secret));
      // A CSV holds its secret in a cell; the log shows only its length.
      await fetch(stack.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: c.query, variables }),
      });
    }
    const output = stack.logs.join('');
    expect(output.match(/"msg":"request body"/g)?.length).toBe(cases.length);
    const leaked = cases.filter((c) => output.includes(c.secret)).map((c) => c.name);
    expect(leaked).toEqual([]);
  } finally {
    await stack.close();
  }
});
