import { createHash } from 'node:crypto';
import { loadConfig } from '../../src/app/config';
import { DEMO_ACCOUNT } from '../../src/sandbox';
import { GetUserDocument, LoginDocument, RefreshSessionDocument } from '../generated/graphql';
import { type Stack, expectData, expectError, startStack } from '../helpers/stack';

const alice = { userId: 'alice.adams@hq.acme.example' };

describe('service mode: API keys', () => {
  let stack: Stack;
  const plain = 'k-plain-5f1c2a9e7b';
  const hashedPlain = 'k-hashed-0d6e4b8a31';
  beforeAll(async () => {
    const digest = createHash('sha256').update(hashedPlain).digest('hex');
    stack = await startStack({
      env: { GRAPHQL_API_KEYS: `${plain}, sha256:${digest}`, GRAPHQL_ALLOW_ANONYMOUS: 'false' },
    });
  });
  afterAll(() => stack.close());
  beforeEach(() => {
    stack.sandbox.requests.length = 0;
  });

  test.each([
    ['no key', {}],
    ['a wrong key', { authorization: 'Bearer not-a-key' }],
    [
      'the hash itself as the key',
      { authorization: `Bearer sha256:${createHash('sha256').update(hashedPlain).digest('hex')}` },
    ],
    ['the key without Bearer', { authorization: plain }],
    [
      'the key as Basic',
      { authorization: `Basic ${Buffer.from(`x:${plain}`).toString('base64')}` },
    ],
    ['the key in X-API-Key', { 'x-api-key': plain }],
    ['the key in lower-case bearer', { authorization: `bearer ${plain}` }],
  ])('%s: HTTP 401 UNAUTHENTICATED before any resolver', async (_name, headers) => {
    const answer = await stack.gql(GetUserDocument, alice, headers as Record<string, string>);
    expect(answer.status).toBe(401);
    expectError(answer, 'UNAUTHENTICATED');
    expect(answer.errors?.[0].extensions).not.toHaveProperty('http');
    expect(stack.sandbox.requests).toHaveLength(0);
  });

  test('a plain key and a key given as its sha256 hash both work', async () => {
    expectData(await stack.gql(GetUserDocument, alice, { authorization: `Bearer ${plain}` }));
    expectData(await stack.gql(GetUserDocument, alice, { authorization: `Bearer ${hashedPlain}` }));
  });

  test('the playground page needs no key', async () => {
    const page = await fetch(stack.url, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
  });

  test('login is for passthrough mode only', async () => {
    const answer = await stack.gql(
      LoginDocument,
      { username: 'a', password: 'b' },
      { authorization: `Bearer ${plain}` },
    );
    expectError(answer, 'BAD_USER_INPUT');
    expect(stack.sandbox.requests).toHaveLength(0);
  });
});

describe('refusing to start without keys', () => {
  const odin = {
    ODIN_BASE_URL: 'https://t.prod.odinapi.net/api/v2',
    ODIN_USERNAME: 'svc',
    ODIN_PASSWORD: 'pw',
  };

  test('a real Odin in service mode without GRAPHQL_API_KEYS', () => {
    expect(() => loadConfig(odin)).toThrow(/GRAPHQL_API_KEYS/);
  });

  test('unless GRAPHQL_ALLOW_ANONYMOUS=true, or passthrough mode, or keys are given', () => {
    expect(() => loadConfig({ ...odin, GRAPHQL_ALLOW_ANONYMOUS: 'true' })).not.toThrow();
    expect(() =>
      loadConfig({ ODIN_BASE_URL: odin.ODIN_BASE_URL, ODIN_AUTH_MODE: 'passthrough' }),
    ).not.toThrow();
    expect(() => loadConfig({ ...odin, GRAPHQL_API_KEYS: 'k1' })).not.toThrow();
  });

  test('the sandbox default needs no key on loopback, and one beyond it', () => {
    expect(() => loadConfig({})).not.toThrow();
    expect(() => loadConfig({ HOST: '0.0.0.0' })).toThrow(/GRAPHQL_API_KEYS/);
  });

  test('a malformed hashed key is named', () => {
    expect(() => loadConfig({ ...odin, GRAPHQL_API_KEYS: 'sha256:abc' })).toThrow(/64 hex digits/);
  });
});

describe('passthrough mode: each caller is an Odin administrator', () => {
  let stack: Stack;
  beforeEach(async () => {
    stack = await startStack({ env: { ODIN_AUTH_MODE: 'passthrough' } });
  });
  afterEach(() => stack.close());

  const login = async () =>
    expectData(
      await stack.gql(LoginDocument, {
        username: DEMO_ACCOUNT.username,
        password: DEMO_ACCOUNT.password,
      }),
    ).login;

  test('login → query with the token → Odin saw that token', async () => {
    const session = await login();
    expect(session.token).toEqual(expect.any(String));
    expect(new Date(session.expiresAt ?? 0).getTime()).toBeGreaterThan(Date.now());
    const { user } = expectData(
      await stack.gql(GetUserDocument, alice, { authorization: `Bearer ${session.token}` }),
    );
    expect(user?.firstName).toBe('Alice');
    const [read] = stack.sandbox.app.calls('GET', '/users');
    expect(read.token).toBe(session.token);
    // The layer logged in for nobody: one login, the caller's.
    expect(stack.sandbox.app.calls('POST', '/auth/token')).toHaveLength(1);
  });

  test('no token: UNAUTHENTICATED and no Odin call', async () => {
    expectError(await stack.gql(GetUserDocument, alice), 'UNAUTHENTICATED');
    expect(stack.sandbox.requests).toHaveLength(0);
  });

  test('an expired Odin token: UNAUTHENTICATED, asked of Odin once', async () => {
    const session = await login();
    stack.sandbox.app.expireTokens();
    const error = expectError(
      await stack.gql(GetUserDocument, alice, { authorization: `Bearer ${session.token}` }),
      'UNAUTHENTICATED',
    );
    expect(error.message).toContain('log in again');
    expect(stack.sandbox.app.calls('GET', '/users')).toHaveLength(1);
  });

  test('wrong credentials: UNAUTHENTICATED, and the password is not in the answer', async () => {
    const answer = await stack.gql(LoginDocument, {
      username: DEMO_ACCOUNT.username,
      password: 'Wrong-Guess-42',
    });
    expectError(answer, 'UNAUTHENTICATED');
    expect(JSON.stringify(answer)).not.toContain('Wrong-Guess-42');
  });

  test('refreshSession: a fresh token that works, the old one retired', async () => {
    const session = await login();
    const fresh = expectData(
      await stack.gql(RefreshSessionDocument, {}, { authorization: `Bearer ${session.token}` }),
    ).refreshSession;
    expect(fresh.token).not.toBe(session.token);
    expect(stack.sandbox.app.calls('PUT', '/auth/token')[0].token).toBe(session.token);
    expectData(await stack.gql(GetUserDocument, alice, { authorization: `Bearer ${fresh.token}` }));
    expectError(
      await stack.gql(GetUserDocument, alice, { authorization: `Bearer ${session.token}` }),
      'UNAUTHENTICATED',
    );
  });

  test('refreshSession without a token: UNAUTHENTICATED', async () => {
    expectError(await stack.gql(RefreshSessionDocument, {}), 'UNAUTHENTICATED');
    expect(stack.sandbox.requests).toHaveLength(0);
  });
});
