import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DEMO_ACCOUNT, type Sandbox, startSandbox } from '../../src/sandbox';

// The sandbox answers as Odin does, sample by sample: same keys, same types.
const sample = (name: string) =>
  JSON.parse(readFileSync(path.join(__dirname, '..', 'fixtures', 'odin', name), 'utf8')) as Record<
    string,
    unknown
  >;

let sandbox: Sandbox;
let token: string;
beforeAll(async () => {
  sandbox = await startSandbox();
  const login = await fetch(`${sandbox.baseUrl}/auth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(DEMO_ACCOUNT),
  });
  token = ((await login.json()) as { token: string }).token;
});
afterAll(() => sandbox.close());

const get = async (pathAndQuery: string) => {
  const response = await fetch(`${sandbox.baseUrl}${pathAndQuery}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
};

describe("defect: the sandbox's multi-password answer", () => {
  test('GET /password/generate?limit=3: {"passwords": [3 strings]}, as the sample', async () => {
    const { status, body } = await get(
      '/password/generate?serviceProviderId=acme.sp&groupId=acme.hq&limit=3',
    );
    expect(status).toBe(200);
    expect(Object.keys(body)).toEqual(Object.keys(sample('passwords-generate.json')));
    expect(body.passwords).toHaveLength(3);
    expect(
      (body.passwords as unknown[]).every((p) => typeof p === 'string' && p.length >= 12),
    ).toBe(true);
  });

  test('limit without ids (the SIP bulk reset): still the plural key', async () => {
    const { body } = await get('/password/generate?limit=1');
    expect(Object.keys(body)).toEqual(['passwords']);
    expect(body.passwords).toHaveLength(1);
  });

  test('without limit: {"password": "..."} as before', async () => {
    const { body } = await get('/password/generate?serviceProviderId=acme.sp&groupId=acme.hq');
    expect(Object.keys(body)).toEqual(Object.keys(sample('password-generate-response.json')));
    expect(typeof body.password).toBe('string');
  });

  test('a limit that is not 1 to 1000: 400 in Odin shape', async () => {
    const { status, body } = await get('/password/generate?limit=0');
    expect(status).toBe(400);
    expect(body).toMatchObject({ status: 400, error: 'limit must be an integer from 1 to 1000' });
  });
});
