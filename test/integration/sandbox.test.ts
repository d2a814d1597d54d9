import { type Sandbox, startSandbox } from '../../src/sandbox';
import { type RawCall, rawOdin, sample as read } from '../helpers/sandbox-client';

// The sandbox answers as Odin does, sample by sample: same keys, same types.
const sample = (name: string) => read(name) as Record<string, unknown>;

let sandbox: Sandbox;
let odin: RawCall;
beforeAll(async () => {
  sandbox = await startSandbox();
  odin = await rawOdin(sandbox);
});
afterAll(() => sandbox.close());

const get = async (pathAndQuery: string) => {
  const { status, body } = await odin('GET', pathAndQuery);
  return { status, body: body as Record<string, unknown> };
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
