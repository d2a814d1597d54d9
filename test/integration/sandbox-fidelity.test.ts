import { type Sandbox, startSandbox } from '../../src/sandbox';
import { type RawCall, rawOdin, sample } from '../helpers/sandbox-client';

// The sandbox driven with the request shapes odins_spear sends (docs/odin/provisioning.md, [sent]),
// its answers compared with the samples Odin's docs show, sample by sample: the same keys
// at every level, the same JSON types where the sample has a value, and the quirks.

type Json = unknown;

const kind = (v: Json) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);

const NUMERIC_NAMES =
  /\.(lastName|firstName|hiraganaLastName|hiraganaFirstName|extension|userName)$/;

/** What a sample allows at one place: the JSON types seen, and for objects and arrays, more. */
interface Shape {
  types: Set<string>;
  /** Keys every sample object at this place has. */
  required?: Set<string>;
  /** Every key some sample object has, with what it allows. */
  keys?: Map<string, Shape>;
  items?: Shape;
}

/** The shape of a sample; the items of an array merged, so each item's quirks are allowed. */
function shapeOf(value: Json, into: Shape = { types: new Set() }): Shape {
  into.types.add(kind(value));
  if (Array.isArray(value)) {
    into.items ??= { types: new Set() };
    for (const item of value) shapeOf(item, into.items);
  } else if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value);
    into.required = into.required
      ? new Set([...into.required].filter((k) => keys.includes(k)))
      : new Set(keys);
    into.keys ??= new Map();
    for (const [k, v] of Object.entries(value)) {
      const known = into.keys.get(k) ?? { types: new Set<string>() };
      into.keys.set(k, shapeOf(v, known));
    }
  }
  return into;
}

/**
 * Where an answer differs in shape from a sample: a key every sample object has and the
 * answer lacks, a key no sample object has (beyond `extra`), a JSON type the sample never
 * shows at that place. null fits anywhere: it is a value Odin leaves empty.
 */
function shapeDiff(sampleValue: Json, actual: Json, extra: string[] = []): string[] {
  const check = (shape: Shape, v: Json, at: string): string[] => {
    // null: a value Odin left empty; no type at all: the sample's list was empty.
    if (v === null || shape.types.size === 0 || (shape.types.has('null') && shape.types.size === 1))
      return [];
    // Names and extensions that are all digits travel as JSON numbers (docs/odin/provisioning.md).
    const nameAsNumber =
      typeof v === 'number' && shape.types.has('string') && NUMERIC_NAMES.test(at);
    if (!shape.types.has(kind(v)) && !nameAsNumber)
      return [`${at}: ${kind(v)}, sample ${[...shape.types].join('|')}`];
    if (Array.isArray(v))
      return shape.items
        ? v.flatMap((item, i) => check(shape.items as Shape, item, `${at}[${i}]`))
        : [];
    if (typeof v !== 'object') return [];
    const o = v as Record<string, Json>;
    const missing = [...(shape.required ?? [])]
      .filter((k) => !(k in o))
      .map((k) => `${at}.${k}: missing`);
    const added = Object.keys(o)
      .filter((k) => !shape.keys?.has(k) && !extra.includes(k))
      .map((k) => `${at}.${k}: not in the sample`);
    const nested = Object.entries(o)
      .filter(([k]) => shape.keys?.has(k))
      .flatMap(([k, val]) => check(shape.keys?.get(k) as Shape, val, `${at}.${k}`));
    return [...missing, ...added, ...nested];
  };
  return check(shapeOf(sampleValue), actual, '$');
}

let sandbox: Sandbox;
let odin: RawCall;
beforeAll(async () => {
  sandbox = await startSandbox();
  odin = await rawOdin(sandbox);
});
afterAll(() => sandbox.close());

const HQ = 'serviceProviderId=acme.sp&groupId=acme.hq';
const ids = { serviceProviderId: 'acme.sp', groupId: 'acme.hq' };

type Row = Record<string, Json>;
const rows = (answer: Json, key = 'dns') => (answer as Record<string, Row[]>)[key];

describe('numbers', () => {
  test('GET /groups/dns: runs, a lone number with max null; `list` the audit script reads', async () => {
    const { body } = await odin('GET', `/groups/dns?${HQ}`);
    expect(shapeDiff(sample('group-dns.json'), body, ['list'])).toEqual([]);
    const single = rows(body).find((r) => r.max === null);
    expect(single).toBeDefined();
    expect(rows(body).every((r) => Array.isArray(r.list))).toBe(true);
    expect(String(rows(body)[0].min)).toMatch(/^\+1-\d{10}$/);
  });

  test('GET /groups/dns/details: number types, "" for a single max, the calling line id twice', async () => {
    const { body } = await odin('GET', `/groups/dns/details?${HQ}`);
    expect(shapeDiff(sample('group-dns-details.json'), body)).toEqual([]);
    const dns = rows(body);
    expect(dns.every((r) => typeof r.countryCode === 'number')).toBe(true);
    const clid = dns.filter((r) => r.phoneNumbers === '+1-2125550100');
    expect(clid.map((r) => r.lastName)).toEqual(['Group Calling Line ID', 'Adams']);
    expect(clid[1]).toMatchObject({ userType: 'Normal', extension: 1001, max: '' });
    const hunt = dns.find((r) => r.userType === 'Hunt Group');
    expect(hunt).toMatchObject({ userId: 'sales.hunt@hq.acme.example', firstName: 'Hunt Group' });
    const range = dns.find((r) => String(r.phoneNumbers).includes(' - '));
    expect(range?.max).toMatch(/^\+1-\d{10}$/);
  });

  test('GET /groups/dns/search: held numbers only, extension a string, a nested dns object', async () => {
    const { body } = await odin(
      'GET',
      `/groups/dns/search?${HQ}&dn=${encodeURIComponent('212555010*')}`,
    );
    expect(shapeDiff(sample('group-dns-search.json'), body)).toEqual([]);
    const list = body as Row[];
    expect(list.length).toBeGreaterThan(0);
    expect(list.every((r) => typeof r.extension === 'string' && r.userId)).toBe(true);
    expect(list[0].dns).toMatchObject({ max: '' });
  });

  test('GET /system/dns/search?dn=+<national>, and the same number with its country code', async () => {
    const { body } = await odin(
      'GET',
      `/system/dns/search?dn=${encodeURIComponent('+2125550101')}`,
    );
    expect(shapeDiff(sample('system-dns-search.json'), body)).toEqual([]);
    expect((body as Row[]).map((r) => r.userId)).toEqual(['bob.baker@hq.acme.example']);
    // A raw `+` decodes to a space: read as `+`.
    const raw = await odin('GET', '/system/dns/search?dn=+2125550101');
    expect((raw.body as Row[]).map((r) => r.userId)).toEqual(['bob.baker@hq.acme.example']);
    expect((await odin('GET', '/system/dns/search?dn=%2B2125550131')).body).toEqual([]);
  });

  test('GET /service-providers/dns: its pool with canDelete, groups without', async () => {
    const { body } = await odin('GET', '/service-providers/dns?serviceProviderId=acme.sp');
    expect(shapeDiff(sample('service-provider-dns.json'), body)).toEqual([]);
    const dns = rows(body);
    expect(dns.find((r) => r.groupId === null)).toMatchObject({ canDelete: true });
    expect(dns.find((r) => r.groupId === 'acme.hq')).toMatchObject({ canDelete: false });
  });

  test('POST /groups/dns, PUT /groups/dns (one entry a number, max null), DELETE with a body', async () => {
    const added = await odin('POST', '/groups/dns', {
      ...ids,
      dns: [{ min: '+1-2125550150', max: '+1-2125550151' }],
    });
    expect(added.status).toBe(200);
    const activation = await odin('PUT', '/groups/dns', {
      ...ids,
      dns: [
        { activated: false, min: '+1-2125550150', max: null },
        { activated: false, min: '+1-2125550151', max: null },
      ],
    });
    expect(shapeDiff(sample('put-group-dns.json'), activation.body, ['list'])).toEqual([]);
    expect(rows(activation.body).find((r) => r.min === '+1-2125550150')).toMatchObject({
      activated: false,
      assigned: false,
    });
    // A number in a body must be +cc-number: Odin's docs warn, the sandbox refuses.
    expect(
      (await odin('DELETE', '/groups/dns', { ...ids, dns: [{ min: '2125550150' }] })).status,
    ).toBe(400);
    const removed = await odin('DELETE', '/groups/dns', {
      ...ids,
      dns: [{ min: '+1-2125550150', max: '+1-2125550151' }],
    });
    expect(removed).toEqual({ status: 200, body: [] });
    // The public client's "add to a service provider": POST /groups/dns without groupId.
    const toSp = await odin('POST', '/groups/dns', {
      serviceProviderId: 'acme.sp',
      dns: [{ min: '+1-2125550160', max: null }],
    });
    expect(toSp.status).toBe(200);
    expect(sandbox.directory.serviceProvider('acme.sp').numbers).toContain('2125550160');
  });

  test('GET /groups/extensions and PUT with a body, or the query the 2.3 client means', async () => {
    const { body } = await odin('GET', `/groups/extensions?${HQ}`);
    expect(shapeDiff(sample('group-extensions.json'), body)).toEqual([]);
    expect(body).toMatchObject({
      minExtensionLength: 3,
      maxExtensionLength: 5,
      defaultExtensionLength: 4,
    });
    const put = await odin('PUT', `/groups/extensions?${HQ}&defaultExtensionLength=5`);
    expect(shapeDiff(sample('put-group-extensions.json'), put.body)).toEqual([]);
    expect(put.body).toMatchObject({ defaultExtensionLength: 5 });
  });
});

describe('services', () => {
  test('GET /groups/services: "None" reseller, -1 unlimited, the three lists', async () => {
    const { body } = await odin('GET', `/groups/services?${HQ}`);
    expect(
      shapeDiff(sample('group-services.json'), body, ['groupServices', 'servicePackServices']),
    ).toEqual([]);
    const b = body as Record<string, Row[]> & { resellerId: string };
    expect(b.resellerId).toBe('None');
    expect(Object.keys(b.groupServices[0]).sort()).toEqual(
      [
        'serviceName',
        'authorized',
        'assigned',
        'limited',
        'quantity',
        'usage',
        'licensed',
        'allowed',
        'instanceCount',
        'alias',
      ].sort(),
    );
    expect(Object.keys(b.servicePackServices[0]).sort()).toEqual(
      [
        'servicePackName',
        'serviceName',
        'description',
        'authorized',
        'assigned',
        'limited',
        'quantity',
        'allowed',
        'usage',
        'alias',
      ].sort(),
    );
    expect(b.servicePackServices.find((p) => p.servicePackName === 'Basic')).toMatchObject({
      quantity: -1,
      limited: 'Unlimited',
    });
    expect(b.servicePackServices.find((p) => p.servicePackName === 'Premium')).toMatchObject({
      quantity: '2',
      usage: 2,
    });
  });

  test('GET /users/services, /users/services/assigned; PUT /users/services', async () => {
    const userId = encodeURIComponent('alice.adams@hq.acme.example');
    const all = await odin('GET', `/users/services?userId=${userId}`);
    expect(shapeDiff(sample('user-services.json'), all.body)).toEqual([]);
    const assigned = await odin('GET', `/users/services/assigned?userId=${userId}`);
    expect(shapeDiff(sample('user-services-assigned.json'), assigned.body)).toEqual([]);
    const put = await odin('PUT', '/users/services', {
      userId: 'carol.chen@hq.acme.example',
      userServices: [{ serviceName: 'Authentication', assigned: true }],
      servicePackServices: [{ serviceName: 'Standard', assigned: true }],
    });
    expect(shapeDiff(sample('user-services.json'), put.body)).toEqual([]);
  });

  test('GET /groups/services/assigned: users with a pack, department as a name', async () => {
    const { body } = await odin(
      'GET',
      `/groups/services/assigned?${HQ}&serviceType=servicePackName&serviceName=Premium`,
    );
    expect(shapeDiff(sample('group-services-assigned-2x.json'), body)).toEqual([]);
    expect((body as { users: Row[] }).users.map((u) => u.userId)).toEqual([
      'alice.adams@hq.acme.example',
      'bob.baker@hq.acme.example',
    ]);
  });
});

describe('devices and credentials', () => {
  test('POST /groups/devices with the Webex builder body: the device object, no password', async () => {
    const password = 'Dev1ce-Pa55!';
    const { status, body } = await odin('POST', '/groups/devices', {
      ...ids,
      deviceName: 'webex-fidelity',
      deviceType: 'Generic SIP Phone',
      useCustomUserNamePassword: 'true',
      accessDeviceCredentials: { userName: 'webex-fidelity', password },
      userName: 'webex-fidelity',
    });
    expect(status).toBe(200);
    expect(shapeDiff(sample('group-devices.json'), body)).toEqual([]);
    expect(body).toMatchObject({ numberOfPorts: { unlimited: 'true' }, numberOfAssignedPorts: 0 });
    expect(JSON.stringify(body)).not.toContain(password);
    const again = await odin('POST', '/groups/devices', {
      ...ids,
      deviceName: 'webex-fidelity',
      deviceType: 'Generic SIP Phone',
    });
    expect(again.status).toBe(409);
  });

  test('GET /users/authentication: a numeric user name as a JSON number; PUT blanks the password', async () => {
    sandbox.directory.user('alice.adams@hq.acme.example').sipUserName = '2125550100';
    const { body } = await odin(
      'GET',
      `/users/authentication?userId=${encodeURIComponent('alice.adams@hq.acme.example')}`,
    );
    expect(shapeDiff(sample('user-authentication.json'), body)).toEqual([]);
    expect((body as Row).userName).toBe(2125550100);
    const put = await odin('PUT', '/users/authentication', {
      userId: 'alice.adams@hq.acme.example',
      newPassword: 'Sip-New-Pass-7',
    });
    expect(shapeDiff(sample('put-user-authentication.json'), put.body)).toEqual([]);
    expect((put.body as Row).newPassword).toBe('');
  });

  test('the generators: singular without limit, plural with it', async () => {
    const sip = await odin('GET', '/sip-password/generate');
    expect(shapeDiff(sample('sip-password-generate.json'), sip.body)).toEqual([]);
    const sips = await odin('GET', '/sip-password/generate?limit=3');
    expect(shapeDiff(sample('sip-passwords-generate.json'), sips.body)).toEqual([]);
    const web = await odin('GET', `/password/generate?${HQ}&limit=10`);
    expect(shapeDiff(sample('passwords-generate.json'), web.body)).toEqual([]);
    expect((web.body as { passwords: string[] }).passwords).toHaveLength(10);
  });
});

describe('the other reads of sections a to e', () => {
  const alice = encodeURIComponent('alice.adams@hq.acme.example');
  test.each([
    ['/system/dns/summary', 'system-dns-summary.json'],
    ['/system/dns/utilization', 'system-dns-utilization.json'],
    [`/users/alternate-numbers?userId=${alice}`, 'user-alternate-numbers.json'],
    [`/groups/services/authorized?${HQ}`, 'group-services-authorized.json'],
    [`/groups/services/available?${HQ}`, 'group-services-available.json'],
    [`/groups/services/assigned-list?${HQ}`, 'group-services-assigned-list.json'],
    [
      `/groups/services/assignedall?${HQ}&serviceType=serviceName&serviceName=Authentication`,
      'group-services-assignedall.json',
    ],
    [`/users/services/viewable?userId=${alice}`, 'user-services-viewable.json'],
    [`/passcode/generate?${HQ}`, 'passcode-generate.json'],
    [`/passcode/generate?${HQ}&limit=10`, 'passcodes-generate.json'],
  ])('GET %s answers as %s', async (call, file) => {
    const { status, body } = await odin('GET', call);
    expect(status).toBe(200);
    expect(shapeDiff(sample(file), body)).toEqual([]);
  });

  test('GET and PUT /users/services/settings: keyed by display name; only services the user has', async () => {
    const { body } = await odin('GET', `/users/services/settings?userId=${alice}`);
    // The sample's one key besides userId is a service the demo user does not have.
    const settings = body as Record<string, unknown>;
    expect(typeof settings.userId).toBe('string');
    const notObjects = Object.entries(settings).filter(
      ([k, v]) => k !== 'userId' && (typeof v !== 'object' || v === null),
    );
    expect(notObjects).toEqual([]);
    expect(body).toMatchObject({ Authentication: { userName: expect.anything() } });
    const put = await odin('PUT', '/users/services/settings', {
      userId: 'alice.adams@hq.acme.example',
      'Call Waiting': { isActive: true },
    });
    expect(put.body).toMatchObject({ 'Call Waiting': { isActive: true } });
    const refused = await odin('PUT', '/users/services/settings', {
      userId: 'grace.green@hq.acme.example',
      'Call Waiting': { isActive: true },
    });
    expect(refused.status).toBe(400);
  });
});

describe('services above the group, reports', () => {
  const alice = encodeURIComponent('alice.adams@hq.acme.example');
  test.each([
    [
      '/service-providers/services?serviceProviderId=acme.sp&onlyLicensed=true&onlyAuthorised=true',
      'service-provider-services.json',
    ],
    [
      '/service-providers/services/authorized?serviceProviderId=acme.sp',
      'service-provider-services-authorized.json',
    ],
    [
      '/service-providers/services/assignable?serviceProviderId=acme.sp',
      'service-provider-services-assignable.json',
    ],
    ['/system/services', 'system-services.json'],
    [`/users/services/search?${HQ}&limit=5&extended=true`, 'user-services-search.json'],
    [`/users/reports/users?userId=${alice}`, 'user-report.json'],
  ])('GET %s answers as %s', async (call, file) => {
    const { status, body } = await odin('GET', call);
    expect(status).toBe(200);
    // The report is a user entity plus its report fields: the sample's user keys and ours.
    const extra = file === 'user-report.json' ? Object.keys(body as object) : [];
    expect(shapeDiff(sample(file), body, extra)).toEqual([]);
  });

  test('PUT /service-providers/services and PUT /groups/services answer their samples', async () => {
    const sp = await odin('PUT', '/service-providers/services', {
      serviceProviderId: 'acme.sp',
      userServices: [{ serviceName: 'Anonymous Call Rejection', authorized: true }],
    });
    // servicePackAllocation is 0 or "Unlimited" (mixed): the two samples together show both.
    const put = sample('put-service-provider-services.json') as { userServices: Row[] };
    const authorized = sample('service-provider-services-authorized.json') as {
      userServices: Row[];
    };
    const both = { ...put, userServices: [...put.userServices, ...authorized.userServices] };
    expect(shapeDiff(both, sp.body)).toEqual([]);
    const group = await odin('PUT', '/groups/services', {
      ...ids,
      userServices: [{ serviceName: 'Anonymous Call Rejection', authorized: true, quantity: 5 }],
    });
    expect(shapeDiff(sample('put-group-services.json'), group.body, ['groupServices'])).toEqual([]);
    const after = await odin('GET', `/groups/services?${HQ}`);
    expect(
      (after.body as { userServices: Row[] }).userServices.find(
        (s) => s.serviceName === 'Anonymous Call Rejection',
      ),
    ).toMatchObject({ authorized: true, quantity: 5 });
  });
});

describe('devices above the group, files, tags, profiles, reset', () => {
  test('a service provider device and a system device: create, read, update, delete', async () => {
    for (const [path, ids2] of [
      ['/service-providers/devices', { serviceProviderId: 'acme.sp' }],
      ['/system/devices', {}],
    ] as const) {
      const created = await odin('POST', path, {
        ...ids2,
        deviceName: 'shared-gw',
        deviceType: 'Generic SIP Phone',
        macAddress: 'aabbccddeeff',
      });
      expect(shapeDiff(sample('group-devices.json'), created.body, [])).toEqual(
        path === '/system/devices'
          ? ['$.serviceProviderId: missing', '$.groupId: missing']
          : ['$.groupId: missing'],
      );
      const query = new URLSearchParams({ ...ids2, deviceName: 'shared-gw' }).toString();
      expect((await odin('GET', `${path}?${query}`)).body).toMatchObject({
        macAddress: 'AABBCCDDEEFF',
      });
      expect(
        (await odin('PUT', path, { ...ids2, deviceName: 'shared-gw', description: 'edge' })).status,
      ).toBe(200);
      expect((await odin('GET', `${path}/users?${query}`)).body).toEqual([]);
      expect(await odin('DELETE', `${path}?${query}`)).toEqual({ status: 200, body: [] });
      expect((await odin('GET', `${path}?${query}`)).status).toBe(404);
    }
  });

  test('GET /system/devices?macAddress= finds a group device by its MAC, any case', async () => {
    const { body } = await odin('GET', '/system/devices?macAddress=0004f2a10001');
    expect((body as Row[]).map((d) => d.deviceName)).toEqual(['hq-polycom-01']);
  });

  test('files, tags (wrapped in %), profile, available ports, device types, reset and rebuild', async () => {
    const device = { ...ids, deviceName: 'hq-polycom-01' };
    expect(
      (
        await odin('PUT', '/groups/devices/files', {
          ...device,
          fileSource: 'Custom',
          fileFormat: '%BWMACADDRESS%.cfg',
          fileContent: 'PGNmZy8+',
        })
      ).status,
    ).toBe(200);
    expect(
      (await odin('GET', `/groups/devices/files?${HQ}&deviceName=hq-polycom-01`)).body,
    ).toEqual([{ fileFormat: '%BWMACADDRESS%.cfg', fileSource: 'Custom' }]);
    await odin('PUT', '/groups/devices/tags', { ...device, tagName: 'SBC', tagValue: 'edge1' });
    expect((await odin('GET', `/groups/devices/tags?${HQ}&deviceName=hq-polycom-01`)).body).toEqual(
      [{ tagName: '%SBC%', tagValue: 'edge1' }],
    );
    await odin('PUT', '/groups/devices/profile', {
      ...device,
      tags: [{ elements: [{ tagName: '%A%', tagValue: '1' }] }],
    });
    expect(
      (await odin('GET', `/groups/devices/profile?${HQ}&deviceName=hq-polycom-01`)).body,
    ).toMatchObject({
      tags: [{ elements: [{ tagName: '%A%', tagValue: '1' }] }],
    });
    expect(
      (
        await odin(
          'GET',
          `/groups/devices/available-ports?${HQ}&deviceName=hq-polycom-01&deviceLevel=Group`,
        )
      ).body,
    ).toMatchObject({ availablePorts: 11 });
    expect(((await odin('GET', '/system/device-types')).body as Row[]).length).toBeGreaterThan(3);
    for (const action of ['reset', 'rebuild'])
      expect(await odin('POST', `/groups/devices/${action}`, device)).toEqual({
        status: 200,
        body: [],
      });
  });

  test('shared call appearance: needs the service; a second line on another device', async () => {
    const alice = 'alice.adams@hq.acme.example';
    const refused = await odin('POST', '/users/shared-call-appearance/endpoints', {
      userId: 'carol.chen@hq.acme.example',
      linePort: 'carol_WBX@hq.acme.example',
      deviceName: 'hq-polycom-02',
      deviceLevel: 'Group',
      isActive: true,
      allowOrigination: true,
      allowTermination: true,
    });
    expect(refused.status).toBe(400);
    const added = await odin('POST', '/users/shared-call-appearance/endpoints', {
      userId: alice,
      linePort: 'alice.adams_WBX@hq.acme.example',
      deviceName: 'hq-polycom-02',
      deviceLevel: 'Group',
      isActive: true,
      allowOrigination: true,
      allowTermination: true,
    });
    expect(added).toEqual({ status: 200, body: [] });
    const listed = await odin(
      'GET',
      `/users/shared-call-appearance/endpoints?userId=${encodeURIComponent(alice)}`,
    );
    expect((listed.body as { endpoints: Row[] }).endpoints.map((e) => e.linePort)).toEqual([
      'alice.adams_WBX@hq.acme.example',
    ]);
    const removed = await odin(
      'DELETE',
      `/users/shared-call-appearance/endpoints?userId=${encodeURIComponent(alice)}&linePort=${encodeURIComponent('alice.adams_WBX@hq.acme.example')}&deviceName=hq-polycom-02&deviceLevel=Group`,
    );
    expect(removed).toEqual({ status: 200, body: [] });
  });
});

describe('calls odins_spear 2.x makes that the layer does not', () => {
  test('PUT /auth/session refreshes the token as PUT /auth/token does; the old one stops working', async () => {
    const own = await fetch(`${sandbox.baseUrl}/auth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'odin-demo', password: 'sandbox-demo-Pa55!' }),
    });
    const { token } = (await own.json()) as { token: string };
    const refresh = await fetch(`${sandbox.baseUrl}/auth/session`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(refresh.status).toBe(200);
    const fresh = ((await refresh.json()) as { token: string }).token;
    expect(fresh).toMatch(/\S{16,}/);
    expect(fresh).not.toBe(token);
    const read = (t: string) =>
      fetch(`${sandbox.baseUrl}/auth/session`, { headers: { authorization: `Bearer ${t}` } });
    expect((await read(fresh)).status).toBe(200);
    expect((await read(token)).status).toBe(401);
  });

  test('PUT /users/bulk: one change to every user named; all or nothing', async () => {
    const users = [
      { userId: 'alice.adams@hq.acme.example' },
      { userId: 'bob.baker@hq.acme.example' },
    ];
    const done = await odin('PUT', '/users/bulk', { users, data: { title: 'Bulk Title' } });
    expect(done.status).toBe(200);
    expect((done.body as Row[]).map((u) => [u.userId, u.title])).toEqual([
      ['alice.adams@hq.acme.example', 'Bulk Title'],
      ['bob.baker@hq.acme.example', 'Bulk Title'],
    ]);
    // Its answer is not documented: each user as a read of it answers (PUT /users' entity).
    expect(done.body).toEqual([
      (await odin('GET', '/users?userId=alice.adams@hq.acme.example')).body,
      (await odin('GET', '/users?userId=bob.baker@hq.acme.example')).body,
    ]);
    // The second user cannot take the extension the first now has: neither changes.
    const refused = await odin('PUT', '/users/bulk', { users, data: { extension: '7777' } });
    expect(refused).toMatchObject({ status: 400, body: { status: 400 } });
    expect(sandbox.directory.user('alice.adams@hq.acme.example').extension).toBe('1001');
    const empty = await odin('PUT', '/users/bulk', { users: [], data: { title: 'x' } });
    expect(empty.status).toBe(400);
  });

  test('PUT /users/passwords takes newPassword (1.5) or password (2.3), under the group rules', async () => {
    const userId = 'carol.chen@hq.acme.example';
    for (const body of [
      { userId, newPassword: 'Fresh-Passw0rd-15!' },
      { userId, password: 'Fresh-Passw0rd-23!' },
    ]) {
      expect(await odin('PUT', '/users/passwords', body)).toEqual({ status: 200, body: [] });
    }
    expect(sandbox.directory.user(userId).webAuthPassword).toBe('Fresh-Passw0rd-23!');
    const weak = await odin('PUT', '/users/passwords', { userId, newPassword: 'weak' });
    expect(weak.status).toBe(400);
    expect(sandbox.directory.user(userId).webAuthPassword).toBe('Fresh-Passw0rd-23!');
  });

  test('PUT and GET /users/portal-passcode answer their samples; the passcode is never echoed', async () => {
    const userId = 'carol.chen@hq.acme.example';
    const set = await odin('PUT', '/users/portal-passcode', { userId, newPasscode: '68204751' });
    expect(set).toEqual({ status: 200, body: sample('put-user-portal-passcode.json') });
    const read = await odin('GET', `/users/portal-passcode?userId=${userId}`);
    expect(shapeDiff(sample('user-portal-passcode.json'), read.body)).toEqual([]);
    expect(read.body).toMatchObject({ passcode: '*****', userId });
    expect(
      (await odin('PUT', '/users/portal-passcode', { userId, newPasscode: '12a' })).status,
    ).toBe(400);
    expect(sandbox.directory.passcodes.get(userId)).toBe('68204751');
  });

  test('a MAC is 12 hex digits in any case; separators are refused as Odin holds none', async () => {
    const device = (deviceName: string, macAddress: string) =>
      odin('POST', '/groups/devices', {
        ...ids,
        deviceName,
        deviceType: 'Generic SIP Phone',
        macAddress,
      });
    expect((await device('mac-lower', '0004f2a1beef')).body).toMatchObject({
      macAddress: '0004F2A1BEEF',
    });
    expect((await device('mac-colons', '00:04:f2:a1:be:e0')).status).toBe(400);
  });
});

describe('forwarding and do not disturb (docs/odin/routing.md, section a)', () => {
  const ALICE = 'alice.adams@hq.acme.example';

  test('odins_spear writes forwarding through /users/services/settings; each read answers its sample', async () => {
    // The released client's body: the service's display name as key, a JSON number target.
    const put = await odin('PUT', '/users/services/settings', {
      userId: ALICE,
      'Call Forwarding No Answer': {
        isActive: true,
        numberOfRings: 20,
        forwardToPhoneNumber: 1509,
      },
      'Call Forwarding Always': { isActive: true, forwardToPhoneNumber: 4500 },
    });
    expect(put.status).toBe(200);
    const always = await odin('GET', `/users/call-forwarding-always?userId=${ALICE}`);
    expect(shapeDiff(sample('routing/user-call-forwarding-always.json'), always.body)).toEqual([]);
    expect(always.body).toEqual({
      isActive: true,
      forwardToPhoneNumber: 4500,
      isRingSplashActive: false,
      userId: ALICE,
    });
    const noAnswer = await odin('GET', `/users/call-forwarding-no-answer?userId=${ALICE}`);
    expect(shapeDiff(sample('routing/user-call-forwarding-no-answer.json'), noAnswer.body)).toEqual(
      [],
    );
    expect(noAnswer.body).toMatchObject({
      isActive: true,
      forwardToPhoneNumber: 1509,
      numberOfRings: 20,
    });
    // The same state through the group's rows and the settings view.
    const bulk = await odin('GET', `/users/call-forwarding-no-answer/bulk?${HQ}`);
    expect(
      shapeDiff(sample('routing/user-call-forwarding-no-answer-bulk.json'), bulk.body),
    ).toEqual([]);
    const row = (bulk.body as Array<{ user: Row; data: Row; service: Row }>).find(
      (r) => r.user.userId === ALICE,
    );
    expect(row).toMatchObject({
      service: { assigned: true, serviceName: 'Call Forwarding No Answer' },
      user: { phoneNumber: '+1-2125550100', department: 'Sales (acme.hq)' },
      data: { isActive: true, forwardToPhoneNumber: 1509, numberOfRings: 20 },
    });
    const settings = await odin('GET', `/users/services/settings?userId=${ALICE}`);
    expect((settings.body as Row)['Call Forwarding No Answer']).toMatchObject({
      isActive: true,
      numberOfRings: 20,
    });
    // A user without the service: `{}` data, not assigned.
    const lobby = (bulk.body as Array<{ user: Row; data: Row; service: Row }>).find(
      (r) => r.user.userId === 'lobby.1004@hq.acme.example',
    );
    expect(lobby).toMatchObject({ service: { assigned: false }, data: {} });
  });

  test("Odin's web client route PUT /users/call-forwarding-<kind> and its rules: nothing changes on a refusal", async () => {
    const route = '/users/call-forwarding-busy';
    const ok = await odin('PUT', route, {
      userId: ALICE,
      isActive: true,
      forwardToPhoneNumber: '*551001',
    });
    expect(ok.body).toMatchObject({ isActive: true, forwardToPhoneNumber: '*551001' });
    for (const bad of [
      { isActive: true, forwardToPhoneNumber: '' },
      { forwardToPhoneNumber: '12ab' },
      { forwardToPhoneNumber: '1'.repeat(162) },
    ]) {
      const refused = await odin('PUT', route, { userId: ALICE, ...bad });
      expect(refused).toMatchObject({ status: 400, body: { status: 400 } });
    }
    const rings = await odin('PUT', '/users/call-forwarding-no-answer', {
      userId: ALICE,
      numberOfRings: 21,
    });
    expect(rings.status).toBe(400);
    expect((await odin('GET', `${route}?userId=${ALICE}`)).body).toMatchObject({
      isActive: true,
      forwardToPhoneNumber: '*551001',
    });
    const lacking = await odin('GET', `${route}?userId=lobby.1004@hq.acme.example`);
    expect(lacking.status).toBe(400);
  });

  test('GET and PUT /users/do-not-disturb answer their samples; a bare PUT turns it off', async () => {
    const put = await odin('PUT', '/users/do-not-disturb', {
      isActive: true,
      ringSplash: true,
      userId: ALICE,
    });
    expect(shapeDiff(sample('routing/put-user-do-not-disturb.json'), put.body)).toEqual([]);
    expect(put.body).toEqual({ isActive: true, ringSplash: true, userId: ALICE });
    const read = await odin('GET', `/users/do-not-disturb?userId=${ALICE}`);
    expect(shapeDiff(sample('routing/user-do-not-disturb.json'), read.body)).toEqual([]);
    const bare = await odin('PUT', '/users/do-not-disturb', { userId: ALICE });
    expect(bare.body).toEqual({ isActive: false, ringSplash: false, userId: ALICE });
  });
});

describe('hunt groups (docs/odin/routing.md, section b)', () => {
  test('the list, one, a create with the released body, an update, the status and a delete answer their samples', async () => {
    const list = await odin('GET', `/groups/hunt-groups?${HQ}`);
    expect(shapeDiff(sample('routing/group-hunt-groups.json'), list.body)).toEqual([]);
    const one = await odin('GET', '/groups/hunt-groups?serviceUserId=sales.hunt@hq.acme.example');
    // The docs wrap it in an array; it is one object, as odins_spear's report reads it.
    expect(Array.isArray(one.body)).toBe(false);
    const [shown] = sample('routing/group-hunt-group.json') as Json[];
    expect(
      shapeDiff(shown, one.body, ['phoneNumber', 'extension', 'forwardToPhoneNumber']),
    ).toEqual([]);
    expect(one.body).toMatchObject({ policy: 'Circular', forwardToPhoneNumber: 1001 });
    // The body odins_spear's create sends.
    const made = await odin('POST', '/groups/hunt-groups', {
      ...ids,
      serviceUserId: 'fidelity.hg@hq.acme.example',
      policy: 'Regular',
      noAnswerNumberOfRings: 5,
      forwardTimeoutSeconds: 0,
      agents: [{ userId: 'alice.adams@hq.acme.example' }],
      serviceInstanceProfile: {
        callingLineIdFirstName: 'Acme',
        callingLineIdLastName: 'Fidelity',
        name: 'Acme Fidelity',
        extension: '1900',
      },
    });
    expect(made.status).toBe(200);
    expect(made.body).toMatchObject({
      serviceUserId: 'fidelity.hg@hq.acme.example',
      agents: [{ userId: 'alice.adams@hq.acme.example' }],
    });
    const again = await odin('POST', '/groups/hunt-groups', {
      ...ids,
      serviceUserId: 'fidelity.hg@hq.acme.example',
      serviceInstanceProfile: { name: 'Again' },
    });
    expect(again.status).toBe(409);
    const outsider = await odin('PUT', '/groups/hunt-groups', {
      ...ids,
      serviceUserId: 'fidelity.hg@hq.acme.example',
      agents: [{ userId: 'dave.diaz@branch.acme.example' }],
    });
    expect(outsider.status).toBe(400);
    const status = await odin('PUT', '/groups/hunt-groups/status', {
      instances: [{ serviceUserId: 'fidelity.hg@hq.acme.example', isActive: false }],
    });
    expect(status.status).toBe(200);
    const rows = (await odin('GET', `/groups/hunt-groups?${HQ}`)).body as Row[];
    expect(rows.find((r) => r.serviceUserId === 'fidelity.hg@hq.acme.example')?.isActive).toBe(
      false,
    );
    const deleted = await odin(
      'DELETE',
      '/groups/hunt-groups?serviceUserId=fidelity.hg@hq.acme.example',
    );
    expect(deleted.body).toMatchObject({ serviceUserId: 'fidelity.hg@hq.acme.example' });
    expect(
      (await odin('GET', '/groups/hunt-groups?serviceUserId=fidelity.hg@hq.acme.example')).status,
    ).toBe(404);
  });
});

describe('call centers (docs/odin/routing.md, section c)', () => {
  const CC = 'support.cc@hq.acme.example';
  test('the list, one, the agents and the routing objects answer their samples; the PUTs take serviceUserID', async () => {
    const list = await odin('GET', `/groups/call-centers?${HQ}`);
    expect(shapeDiff(sample('routing/group-call-centers.json'), list.body)).toEqual([]);
    const one = await odin('GET', `/groups/call-centers?serviceUserId=${CC}`);
    expect(
      shapeDiff(sample('routing/group-call-center.json'), one.body, [
        'phoneNumber',
        'extension',
        'aliases',
        'serviceProviderId',
        'groupId',
      ]),
    ).toEqual([]);
    for (const [path, file] of [
      ['overflow', 'group-call-center-overflow.json'],
      ['stranded-calls', 'group-call-center-stranded-calls.json'],
      ['stranded-calls-unavailable', 'group-call-center-stranded-calls-unavailable.json'],
      ['forced-forwarding', 'group-call-center-forced-forwarding.json'],
    ]) {
      const got = await odin('GET', `/groups/call-centers/${path}?serviceUserId=${CC}`);
      expect({ path, diff: shapeDiff(sample(`routing/${file}`), got.body) }).toEqual({
        path,
        diff: [],
      });
    }
    // The overflow target arrives as text when it is not all digits.
    expect(
      (await odin('GET', `/groups/call-centers/overflow?serviceUserId=${CC}`)).body,
    ).toMatchObject({
      action: 'Transfer',
      transferPhoneNumber: '*551001',
    });
    // The released client's PUTs name the call center serviceUserID.
    const put = await odin('PUT', '/groups/call-centers/stranded-calls', {
      serviceUserID: CC,
      action: 'Transfer',
      transferPhoneNumber: 2125550199,
    });
    expect(put.body).toMatchObject({ action: 'Transfer', transferPhoneNumber: 2125550199 });
    const refused = await odin('PUT', '/groups/call-centers/stranded-calls', {
      serviceUserID: CC,
      action: 'Transfer',
      transferPhoneNumber: null,
    });
    expect(refused.status).toBe(400);
    const agents = await odin('PUT', '/groups/call-centers/agents', {
      serviceUserId: CC,
      agents: [
        { userId: 'alice.adams@hq.acme.example' },
        { userId: 'bob.baker@hq.acme.example', skillLevel: 10 },
      ],
    });
    expect((agents.body as { agents: Row[] }).agents.map((a) => [a.userId, a.skillLevel])).toEqual([
      ['alice.adams@hq.acme.example', 1],
      ['bob.baker@hq.acme.example', 10],
    ]);
    const agentSide = await odin('GET', '/users/call-center?userId=bob.baker@hq.acme.example');
    expect(shapeDiff(sample('routing/user-call-center.json'), agentSide.body)).toEqual([]);
    expect(
      (await odin('GET', '/users/call-center?userId=grace.green@hq.acme.example')).status,
    ).toBe(400);
  });
});

describe('auto attendants and schedules (docs/odin/routing.md, sections d and e)', () => {
  const AA = 'main.aa@hq.acme.example';
  test('the list, one, the submenus, the schedules and events answer their samples; a menu PUT replaces its keys', async () => {
    const list = await odin('GET', `/groups/auto-attendants?${HQ}`);
    expect(shapeDiff(sample('routing/group-auto-attendants.json'), list.body)).toEqual([]);
    // The main number arrives as a JSON number in the docs' list; national digits either way.
    const one = await odin('GET', `/groups/auto-attendants?serviceUserId=${AA}`);
    expect(
      shapeDiff(sample('routing/group-auto-attendant.json'), one.body, [
        'phoneNumber',
        'extension',
        'holidayMenu',
        'businessHours',
        'holidaySchedule',
        'serviceProviderId',
        'groupId',
        'isEnterprise',
        'firstDigitTimeoutSeconds',
      ]),
    ).toEqual([]);
    const submenus = await odin('GET', `/groups/auto-attendants/submenus?serviceUserId=${AA}`);
    expect(shapeDiff(sample('routing/group-auto-attendant-submenus.json'), submenus.body)).toEqual(
      [],
    );
    expect(submenus.body).toEqual([{ submenuId: 'Directory', isUsed: true, serviceUserId: AA }]);
    const schedules = await odin('GET', `/groups/schedules?${HQ}`);
    expect(shapeDiff(sample('routing/group-schedules.json'), schedules.body)).toEqual([]);
    const events = await odin('GET', `/groups/events?${HQ}&name=Public%20Holidays&type=Holiday`);
    expect(shapeDiff(sample('routing/group-events.json'), events.body)).toEqual([]);
    expect((await odin('GET', `/groups/events?${HQ}&name=None&type=Time`)).status).toBe(404);
    const put = await odin('PUT', '/groups/auto-attendants', {
      ...ids,
      serviceUserId: AA,
      serviceInstanceProfile: {},
      afterHoursMenu: { keys: [{ key: '0', action: 'Transfer To Operator', phoneNumber: 2025 }] },
    });
    expect((put.body as { afterHoursMenu: Row }).afterHoursMenu.keys).toEqual([
      {
        key: '0',
        action: 'Transfer To Operator',
        description: null,
        phoneNumber: '2025',
        submenuId: null,
      },
    ]);
    const refused = await odin('PUT', '/groups/auto-attendants', {
      ...ids,
      serviceUserId: AA,
      afterHoursMenu: { keys: [{ key: '4', action: 'Transfer To Submenu', submenuId: 'Nope' }] },
    });
    expect(refused.status).toBe(400);
  });
});

describe('the rest of routing sections b to d: association and lifecycle calls', () => {
  test('hunt groups of a user and removeUser; an auto attendant made and deleted; submenus; bounced calls; selective criteria', async () => {
    const mine = await odin(
      'GET',
      `/groups/hunt-groups/user?${HQ}&userId=carol.chen@hq.acme.example`,
    );
    expect((mine.body as Row[]).map((r) => r.serviceUserId)).toEqual([
      'sales.hunt@hq.acme.example',
    ]);
    const removed = await odin('POST', '/groups/hunt-groups/removeUser', {
      ...ids,
      userId: 'carol.chen@hq.acme.example',
    });
    expect(
      shapeDiff(sample('routing/post-group-hunt-groups-remove-user.json'), removed.body),
    ).toEqual([]);
    expect(removed.body).toEqual(['sales.hunt@hq.acme.example']);

    const made = await odin('POST', '/groups/auto-attendants', {
      ...ids,
      serviceUserId: 'fidelity.aa@hq.acme.example',
      type: 'Standard',
      enableVideo: 'false',
      extensionDialingScope: 'Group',
      nameDialingScope: 'Group',
      nameDialingEntries: 'LastName + FirstName',
      firstDigitTimeoutSeconds: 1,
      serviceInstanceProfile: { name: 'Fidelity AA' },
    });
    expect(made.status).toBe(200);
    // resellerId: Odin's own field for resold groups; the demo has no reseller.
    const { resellerId: _reseller, ...postSample } = sample(
      'routing/post-group-auto-attendant.json',
    ) as Row;
    expect(
      shapeDiff(postSample, made.body, [
        'serviceProviderId',
        'groupId',
        'isEnterprise',
        'holidayMenu',
        'firstDigitTimeoutSeconds',
        'aliases',
      ]),
    ).toEqual([]);
    const submenu = await odin('POST', '/groups/auto-attendants/submenus', {
      serviceUserId: 'fidelity.aa@hq.acme.example',
      submenuId: 'Sales',
      announcementSelection: 'Default',
      enableLevelExtensionDialing: true,
    });
    expect(submenu.body).toEqual(sample('routing/post-group-auto-attendant-submenu.json'));
    const usage = await odin(
      'GET',
      '/groups/auto-attendants/submenus/usage?serviceUserId=main.aa@hq.acme.example&submenuId=Directory',
    );
    expect(
      shapeDiff(sample('routing/group-auto-attendant-submenu-usage.json'), usage.body),
    ).toEqual([]);
    const inUse = await odin(
      'DELETE',
      '/groups/auto-attendants/submenus?serviceUserId=main.aa@hq.acme.example&submenuId=Directory',
    );
    expect(inUse.status).toBe(400);
    const gone = await odin(
      'DELETE',
      '/groups/auto-attendants/submenus?serviceUserId=fidelity.aa@hq.acme.example&submenuId=Sales',
    );
    expect(gone.body).toEqual(sample('routing/delete-group-auto-attendant-submenu.json'));
    const removedFromAa = await odin('POST', '/groups/auto-attendants/removeUser', {
      ...ids,
      userId: 'alice.adams@hq.acme.example',
    });
    expect(removedFromAa.body).toEqual(['main.aa@hq.acme.example', 'fidelity.aa@hq.acme.example']);
    const deleted = await odin(
      'DELETE',
      '/groups/auto-attendants?serviceUserId=fidelity.aa@hq.acme.example',
    );
    expect(deleted.body).toMatchObject({ serviceUserId: 'fidelity.aa@hq.acme.example' });

    const bounced = await odin(
      'GET',
      '/groups/call-centers/bounced-calls?serviceUserId=support.cc@hq.acme.example',
    );
    expect(shapeDiff(sample('routing/group-call-center-bounced-calls.json'), bounced.body)).toEqual(
      [],
    );
    const rings = await odin('PUT', '/groups/call-centers/bounced-calls', {
      serviceUserId: 'support.cc@hq.acme.example',
      numberOfRingsBeforeBouncingCall: 3,
    });
    expect(rings.body).toMatchObject({ numberOfRingsBeforeBouncingCall: 3 });

    // Selective forwarding needs its service: nobody in the demo has it.
    const lacking = await odin(
      'GET',
      '/users/call-forwarding-selective/criteria?userId=alice.adams@hq.acme.example',
    );
    expect(lacking.status).toBe(400);
  });
});

describe('the rest of routing sections b and c: weights, available agents, call center settings and the agent side', () => {
  test('each call with the request shape the released client sends, and its rule', async () => {
    const HG = 'sales.hunt@hq.acme.example';
    // (Carol left it in the test above: Grace and Alice are its agents now.)
    await odin('PUT', '/groups/hunt-groups', {
      ...ids,
      serviceUserId: HG,
      agents: [
        { userId: 'grace.green@hq.acme.example' },
        { userId: 'alice.adams@hq.acme.example' },
      ],
    });
    const weights = await odin('PUT', '/groups/hunt-groups/weighted-call-distribution', {
      ...ids,
      serviceUserId: HG,
      agents: [
        { userId: 'grace.green@hq.acme.example', weight: 70 },
        { userId: 'alice.adams@hq.acme.example', weight: 30 },
      ],
    });
    expect((weights.body as { agents: Row[] }).agents).toEqual([
      { userId: 'grace.green@hq.acme.example', weight: 70 },
      { userId: 'alice.adams@hq.acme.example', weight: 30 },
    ]);
    const notHundred = await odin('PUT', '/groups/hunt-groups/weighted-call-distribution', {
      ...ids,
      serviceUserId: HG,
      agents: [{ userId: 'grace.green@hq.acme.example', weight: 50 }],
    });
    expect(notHundred.status).toBe(400);
    const available = await odin('GET', `/groups/hunt-groups/users?${HQ}`);
    expect((available.body as Row[]).map((r) => r.userId)).toContain('alice.adams@hq.acme.example');

    const CC = 'support.cc@hq.acme.example';
    const updated = await odin('PUT', '/groups/call-centers', {
      serviceUserId: CC,
      type: 'Premium',
      routingType: 'Skill Based',
      policy: 'Uniform',
    });
    expect(updated.body).toMatchObject({
      type: 'Premium',
      routingType: 'Skill Based',
      policy: 'Uniform',
    });
    expect(
      (await odin('PUT', '/groups/call-centers', { serviceUserId: CC, type: 'Gold' })).status,
    ).toBe(400);
    const supervisors = await odin('PUT', '/groups/call-centers/supervisors', {
      serviceUserId: CC,
      supervisorUserId: 'alice.adams@hq.acme.example',
      supervisors: [{ userId: 'bob.baker@hq.acme.example' }],
    });
    expect(supervisors.status).toBe(200);
    const dnis = await odin('PUT', '/groups/call-centers/dnis/instances', {
      serviceUserID: CC,
      dnisPhoneNumber: '2125550131',
      extension: '1201',
      useCustomCLIDSettings: false,
      priority: '1 - High',
      name: 'Billing',
      newDNISName: 'Billing',
    });
    expect(dnis.status).toBe(200);

    // (Bob is an agent here: the call center test above set Alice and Bob.)
    const signedIn = await odin('PUT', '/users/call-center', {
      userId: 'bob.baker@hq.acme.example',
      agentACDState: 'Available',
      callCenters: [{ serviceUserId: CC, available: true }],
    });
    expect(signedIn.body).toMatchObject({
      agentACDState: 'Available',
      callCenters: [{ serviceUserId: CC, available: true }],
    });
    // The singular path the released client uses for membership and sign-out.
    expect(
      (
        await odin('PUT', '/user/call-centers/agents', {
          agentUserId: 'alice.adams@hq.acme.example',
          callCenters: [{ userId: CC }],
        })
      ).status,
    ).toBe(200);
    expect(
      (await odin('GET', '/users/call-center?userId=alice.adams@hq.acme.example')).status,
    ).toBe(200);
    await odin('PUT', '/user/call-centers/agents/sign-out', {
      agentUserId: 'alice.adams@hq.acme.example',
    });
    expect(
      (await odin('GET', '/users/call-center?userId=alice.adams@hq.acme.example')).body,
    ).toMatchObject({
      agentACDState: 'Sign-Out',
    });
  });
});
