import { createHash } from 'node:crypto';
import { type Stack, startStack } from '../helpers/stack';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack.close());

const query = '{ user(userId: "alice.adams@hq.acme.example") { firstName extension } }';
const hash = createHash('sha256').update(query).digest('hex');
const persisted = { persistedQuery: { version: 1, sha256Hash: hash } };
const get = (params: Record<string, string>) =>
  fetch(`${stack.url}?${new URLSearchParams(params)}`, {
    headers: { 'apollo-require-preflight': 'true' },
  });

test('GET serves cacheable reads; a mutation over GET is refused', async () => {
  const read = await get({ query });
  expect(await read.json()).toEqual({ data: { user: { firstName: 'Alice', extension: '1001' } } });
  const mutation = await get({
    query: 'mutation { deleteUser(userId: "alice.adams@hq.acme.example") { deleted } }',
  });
  expect(mutation.status).toBe(405);
  expect(stack.sandbox.directory.users.has('alice.adams@hq.acme.example')).toBe(true);
});

test('automatic persisted queries: unknown hash, register, then the hash alone over GET', async () => {
  const unknown = await get({ extensions: JSON.stringify(persisted) });
  const unknownBody = (await unknown.json()) as { errors: Array<{ extensions: { code: string } }> };
  expect(unknownBody.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');

  const register = await fetch(stack.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, extensions: persisted }),
  });
  expect(((await register.json()) as { data: unknown }).data).toEqual({
    user: { firstName: 'Alice', extension: '1001' },
  });

  const byHash = await get({ extensions: JSON.stringify(persisted) });
  expect(await byHash.json()).toEqual({
    data: { user: { firstName: 'Alice', extension: '1001' } },
  });
});

test('a hash that does not match its query is refused', async () => {
  const response = await fetch(stack.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ __typename }', extensions: persisted }),
  });
  expect(response.status).toBe(400);
});
