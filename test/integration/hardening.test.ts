import { ApolloServer } from '@apollo/server';
import { DEMO_ACCOUNT } from '../../src/sandbox';
import {
  CreateUserDocument,
  DeleteUserDocument,
  GetUserDocument,
  LoginDocument,
  UpdateUserDocument,
} from '../generated/graphql';
import { type Stack, expectData, expectError, startStack } from '../helpers/stack';

const post = (stack: Stack, body: unknown, headers: Record<string, string> = {}) =>
  fetch(stack.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

describe('HTTP hardening', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({
      env: { CORS_ORIGINS: 'https://console.acme.example', HTTP_BODY_LIMIT_BYTES: '1000000' },
    });
  });
  afterAll(() => stack.close());

  test('a body over 1 MB is 413 with a JSON error', async () => {
    const response = await post(stack, {
      query: '{ __typename }',
      variables: { pad: 'x'.repeat(1_000_001) },
    });
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({
      errors: [
        {
          message: 'Request body too large: the limit is 1000000 bytes (HTTP_BODY_LIMIT_BYTES)',
          extensions: { code: 'PAYLOAD_TOO_LARGE' },
        },
      ],
    });
  });

  test('a gzip body that does not inflate is 400 with a JSON error', async () => {
    const response = await post(stack, 'not gzip at all', { 'content-encoding': 'gzip' });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      errors: [{ message: 'Unreadable request body', extensions: { code: 'BAD_REQUEST' } }],
    });
  });

  test('every answer carries its request id, and so does its log line: /graphql and others', async () => {
    const lineOf = (requestId: string) =>
      stack.logs
        .map((line) => JSON.parse(line) as Record<string, unknown>)
        .filter((line) => line.msg === 'request' && line.requestId === requestId);
    const graphql = await post(stack, { query: '{ __typename }' }, { 'x-request-id': 'gql-1' });
    const health = await fetch(`${stack.origin}/healthz`, { headers: { 'x-request-id': 'hz-1' } });
    const missing = await fetch(`${stack.origin}/nowhere?secret=1`);
    expect(graphql.headers.get('x-request-id')).toBe('gql-1');
    expect(health.headers.get('x-request-id')).toBe('hz-1');
    const made = missing.headers.get('x-request-id') ?? '';
    expect(made).toMatch(/^[0-9a-f-]{36}$/);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(lineOf('gql-1')).toMatchObject([{ level: 30, path: '/graphql', status: 200 }]);
    expect(lineOf('hz-1')).toMatchObject([{ level: 20, path: '/healthz', status: 200 }]);
    expect(lineOf(made)).toMatchObject([{ level: 30, path: '/nowhere', status: 404 }]);
  });

  test('a failure outside Apollo is a 500 in JSON, logged with its request id', async () => {
    const failing = jest
      .spyOn(ApolloServer.prototype, 'executeHTTPGraphQLRequest')
      .mockRejectedValueOnce(new Error('the integration broke'));
    try {
      const response = await post(stack, { query: '{ __typename }' }, { 'x-request-id': 'x-500' });
      expect(response.status).toBe(500);
      expect(await response.json()).toEqual({
        errors: [{ message: 'Unexpected error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
      });
    } finally {
      failing.mockRestore();
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
    const logged = stack.logs
      .map((line) => JSON.parse(line) as { msg: string; requestId?: string; err?: unknown })
      .filter((line) => line.requestId === 'x-500');
    expect(logged.map((line) => line.msg)).toEqual(['unexpected error', 'request']);
    expect(logged[0].err).toMatchObject({ message: 'the integration broke' });
  });

  test('the GraphQL route is /graphql, with or without a final slash; below it is 404', async () => {
    const at = (path: string) =>
      fetch(`${stack.origin}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
    expect(await (await at('/graphql/')).json()).toEqual({ data: { __typename: 'Query' } });
    expect(await (await at('/graphql?op=1')).json()).toEqual({ data: { __typename: 'Query' } });
    expect((await at('/graphql/x')).status).toBe(404);
    expect((await at('/graphqlx')).status).toBe(404);
  });

  test('CORS: an allowed origin gets the header, any other gets none', async () => {
    const allowed = await fetch(stack.url, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://console.acme.example',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://console.acme.example');
    const other = await fetch(stack.url, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  test('CSRF prevention: a simple cross-site GET is refused', async () => {
    const response = await fetch(`${stack.url}?query=${encodeURIComponent('{ __typename }')}`);
    expect(response.status).toBe(400);
    const ok = await fetch(`${stack.url}?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(ok.status).toBe(200);
  });

  test('answers are cache-control: no-store: data, errors and GET reads alike', async () => {
    const data = await post(stack, { query: '{ __typename }' });
    expect(data.headers.get('cache-control')).toBe('no-store');
    const error = await post(stack, { query: '{ user(userId: "nobody@x.example") { userId } }' });
    expect(error.headers.get('cache-control')).toBe('no-store');
    const get = await fetch(`${stack.url}?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(get.status).toBe(200);
    expect(get.headers.get('cache-control')).toBe('no-store');
    // Nothing is kept, so nothing is revalidated: no ETag (a hash of every body).
    expect(data.headers.get('etag')).toBeNull();
    expect(get.headers.get('etag')).toBeNull();
  });

  test('batching is off', async () => {
    const response = await post(stack, [{ query: '{ __typename }' }, { query: '{ __typename }' }]);
    expect(response.status).toBe(400);
  });

  test('security headers on non-GraphQL routes', async () => {
    const response = await fetch(`${stack.origin}/healthz`);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(response.headers.get('x-powered-by')).toBeNull();
  });

  test('query limits answer before any Odin call, naming the limit', async () => {
    stack.sandbox.requests.length = 0;
    const aliases = Array.from(
      { length: 31 },
      (_, i) => `a${i}: user(userId: "u${i}@hq.acme.example") { userId }`,
    ).join(' ');
    // GraphQL over HTTP: 200 for a client of application/json, 4xx for graphql-response+json.
    const strict = await post(
      stack,
      { query: `{ ${aliases} }` },
      { accept: 'application/graphql-response+json' },
    );
    expect(strict.status).toBe(400);
    const response = await post(stack, { query: `{ ${aliases} }` });
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      errors: Array<{ extensions: Record<string, unknown> }>;
    };
    expect(body.errors[0].extensions).toEqual({
      code: 'GRAPHQL_VALIDATION_FAILED',
      limit: 'aliases',
      max: 30,
      actual: 31,
    });
    expect(stack.sandbox.requests).toHaveLength(0);
  });
});

test('GRAPHQL_MAX_TOKENS: a document of exactly that many tokens passes, one more fails', async () => {
  const stack = await startStack({ env: { GRAPHQL_MAX_TOKENS: '10' } });
  try {
    // `{ __typename × n }`: n + 2 tokens.
    const doc = (fields: number) => `{ ${Array(fields).fill('__typename').join(' ')} }`;
    expect(await (await post(stack, { query: doc(8) })).json()).toMatchObject({
      data: { __typename: 'Query' },
    });
    expect(await (await post(stack, { query: doc(9) })).json()).toMatchObject({
      errors: [{ extensions: { code: 'GRAPHQL_PARSE_FAILED' } }],
    });
  } finally {
    await stack.close();
  }
});

describe('crashes the hostile suite let through', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.close());

  test('defect: a lone surrogate in emailAddress answered INTERNAL_SERVER_ERROR', async () => {
    const error = expectError(
      await stack.gql(CreateUserDocument, {
        input: {
          serviceProviderId: 'acme.sp',
          groupId: 'acme.hq',
          userId: 'surrogate@hq.acme.example',
          firstName: 'Lone',
          lastName: 'Surrogate',
          emailAddress: 'a\ud800@x.example',
        },
      }),
      'BAD_USER_INPUT',
    );
    expect(error.extensions.fields).toEqual([
      { field: 'emailAddress', message: 'must be an email address of at most 80 characters' },
    ]);
    expect(stack.logs.filter((l) => l.includes('"level":50'))).toEqual([]);
    expect(stack.sandbox.requests).toHaveLength(0);
  });

  test('defect: an operation type the schema does not serve answered INTERNAL_SERVER_ERROR', async () => {
    // There was no Subscription type then; now subscriptions exist, over WebSocket only.
    const answer = await post(stack, { query: 'subscription { bulkJobProgress(id: "x") { id } }' });
    expect(await answer.json()).toEqual({
      errors: [
        {
          message:
            'Subscriptions are served over WebSocket (graphql-ws) on this path, not over HTTP',
          locations: [{ line: 1, column: 1 }],
          extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
        },
      ],
    });
    const mutation = await post(stack, { query: 'mutation { __typename }' });
    expect(((await mutation.json()) as { data: unknown }).data).toEqual({ __typename: 'Mutation' });
  });
});

describe('production mode', () => {
  let prod: Stack;
  let dev: Stack;
  beforeAll(async () => {
    prod = await startStack({ env: { NODE_ENV: 'production' } });
    dev = await startStack();
  });
  afterAll(async () => {
    await prod.close();
    await dev.close();
  });

  test('introspection and the playground are off', async () => {
    const answer = await post(prod, { query: '{ __schema { types { name } } }' });
    expect(await answer.json()).toMatchObject({
      errors: [{ extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }],
    });
    const page = await fetch(prod.url, { headers: { accept: 'text/html' } });
    expect(page.status).not.toBe(200);
  });

  test('no field suggestions ("Did you mean")', async () => {
    const inProd = (await (
      await post(prod, { query: '{ usr(userId: "a@b.example") { userId } }' })
    ).json()) as { errors: Array<{ message: string }> };
    const inDev = (await (
      await post(dev, { query: '{ usr(userId: "a@b.example") { userId } }' })
    ).json()) as { errors: Array<{ message: string }> };
    expect(inDev.errors[0].message).toContain('Did you mean');
    expect(inProd.errors[0].message).not.toContain('Did you mean');
  });

  test('an unreadable Odin answer is ODIN_ERROR, without stack or internals', async () => {
    prod.sandbox.app.faults.inject({ method: 'GET', path: '/users', status: 200 });
    const answer = await prod.gql(GetUserDocument, { userId: 'alice.adams@hq.acme.example' });
    expectError(answer, 'ODIN_ERROR');
    expect(JSON.stringify(answer)).not.toMatch(/\.ts:\d+|stacktrace|node_modules/);
  });
});

describe('log hygiene', () => {
  test.each(['service', 'passthrough'] as const)(
    '%s mode: a full create/update/delete cycle at debug leaves no secret in the log',
    async (mode) => {
      const apiKey = 'api-key-3a9f1c77e2d4';
      const stack = await startStack({
        env: {
          LOG_LEVEL: 'trace',
          ODIN_AUTH_MODE: mode,
          ...(mode === 'service'
            ? { GRAPHQL_API_KEYS: apiKey, GRAPHQL_ALLOW_ANONYMOUS: 'false' }
            : {}),
        },
      });
      try {
        let auth = `Bearer ${apiKey}`;
        if (mode === 'passthrough') {
          const session = expectData(
            await stack.gql(LoginDocument, {
              username: DEMO_ACCOUNT.username,
              password: DEMO_ACCOUNT.password,
            }),
          );
          auth = `Bearer ${session.login.token}`;
          expectError(
            await stack.gql(LoginDocument, {
              username: DEMO_ACCOUNT.username,
              password: 'Caller-Wrong-Pw-1',
            }),
            'UNAUTHENTICATED',
          );
        }
        const headers = { authorization: auth };
        const userId = `logged.${mode}@hq.acme.example`;
        const created = expectData(
          await stack.gql(
            CreateUserDocument,
            {
              input: {
                serviceProviderId: 'acme.sp',
                groupId: 'acme.hq',
                userId,
                firstName: 'Log',
                lastName: 'Cycle',
              },
            },
            headers,
          ),
        );
        expectData(
          await stack.gql(
            UpdateUserDocument,
            { input: { userId, webAuthPassword: 'Updated-Secret-9!', title: 'Logged' } },
            headers,
          ),
        );
        expectData(await stack.gql(DeleteUserDocument, { userId }, headers));
        expectError(
          await stack.gql(
            GetUserDocument,
            { userId },
            { authorization: 'Bearer wrong-secret-value' },
          ),
          mode === 'service' ? 'UNAUTHENTICATED' : 'UNAUTHENTICATED',
        );

        const secrets = [
          DEMO_ACCOUNT.password,
          apiKey,
          'Caller-Wrong-Pw-1',
          'Updated-Secret-9!',
          'wrong-secret-value',
          created.createUser.generatedWebAuthPassword ?? 'missing',
          ...stack.sandbox.app.sessions.keys(),
        ];
        const output = stack.logs.join('');
        expect(output).toContain('"operationName":"UpdateUser"');
        expect(output).toContain('odin call');
        for (const secret of secrets) expect(output).not.toContain(secret);
      } finally {
        await stack.close();
      }
    },
  );
});
