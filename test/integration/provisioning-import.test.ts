import { parse } from 'graphql';
import Redis from 'ioredis';
import { jobReplica } from '../helpers/fleet';
import {
  type LayerProcess,
  type RedisServer,
  describeWithRedis,
  startRedis,
} from '../helpers/processes';
import { type SandboxProcess, startSandboxProcess } from '../helpers/sandbox-process';
import {
  ProvisionUserDocument,
  ProvisioningJobDocument,
  type ProvisionRowFieldsFragment,
  StartDeprovisioningImportDocument,
  StartProvisioningImportDocument,
} from '../generated/graphql';
import { type Stack, expectData, expectError, startStack } from '../helpers/stack';

const STATE = parse('query($id: ID!) { bulkJob(id: $id) { state } }');
const HQ = { serviceProviderId: 'acme.sp', groupId: 'acme.hq' };
const HEADER =
  'userId,firstName,lastName,extension,number,servicePacks,deviceType,macAddress,sipAuthentication';

let stack: Stack;
beforeEach(async () => {
  stack = await startStack();
});
afterEach(async () => {
  await stack.close();
});

const group = () => stack.sandbox.directory.group('acme.sp', 'acme.hq');
// The layer's own login is not the operation's.
const calls = () => stack.sandbox.requests.filter((r) => r.path !== '/auth/token');
const writes = () => calls().filter((r) => r.method !== 'GET');

/** A sheet row: a first-free number, the Standard pack, a new phone with its own MAC, SIP. */
interface Row {
  id: string;
  extension?: string;
  number?: string;
  mac?: string;
}
const line = (r: Row, i: number) =>
  [
    `${r.id}@hq.acme.example`,
    'Site',
    `Person ${i + 1}`,
    r.extension ?? '',
    r.number ?? 'first-free',
    'Standard',
    'Polycom VVX 450',
    r.mac ?? `0004F2B2${String(i).padStart(4, '0')}`,
    'true',
  ].join(',');
const sheet = (rows: Row[]) => [HEADER, ...rows.map(line)].join('\n');

/** Group numbers enough for `n` more users, in a range of their own. */
function addNumbers(n: number) {
  for (let i = 0; i < n; i++) group().numbers.push(`21255580${String(i).padStart(2, '0')}`);
}

const start = (input: Record<string, unknown>) =>
  stack.gql(StartProvisioningImportDocument, { input: { ...HQ, ...input } });

/** The job once it ended, read once: its secrets are answered to this read. */
async function finished(id: string) {
  for (;;) {
    const now = await stack.gql(STATE, { id });
    const state = (now.data as { bulkJob?: { state: string } } | null)?.bulkJob?.state;
    if (state && !['QUEUED', 'RUNNING'].includes(state)) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  const job = expectData(await stack.gql(ProvisioningJobDocument, { id })).bulkJob;
  if (!job) throw new Error(`no job ${id}`);
  return job;
}

const byRow = (results: ProvisionRowFieldsFragment[]) =>
  new Map(results.map((r) => [r.row + 1, r]));

describe('startProvisioningImport: the whole sheet planned first', () => {
  test('30 rows, 6 planted problems: each named with its row and line, no write, and the real run assigns what the dry run said', async () => {
    const alice = stack.sandbox.directory.user('alice.adams@hq.acme.example');
    const standard = group().servicePacks.find((p) => p.name === 'Standard');
    const rows: Row[] = Array.from({ length: 30 }, (_, i) => ({ id: `site.${i + 1}` }));
    rows[2].number = alice?.phoneNumber; // row 3: a taken number
    rows[5].number = '2125550149'; // rows 6 and 9: one number twice
    rows[8].number = '2125550149';
    rows[14].mac = rows[11].mac = '0004F2B2FFFF'; // rows 12 and 15: one MAC twice
    rows[19].extension = '12'; // row 20: a bad extension
    // Seats for the rows before 27 that take one: 26 less rows 3, 9, 15 and 20.
    const usage = [...stack.sandbox.directory.users.values()].filter((u) =>
      u.servicePacks.includes('Standard'),
    ).length;
    if (standard) standard.quantity = usage + 22;
    const csv = sheet(rows);

    stack.sandbox.requests.length = 0;
    const dry = expectData(await start({ csv, dryRun: true })).startProvisioningImport;
    expect(writes()).toEqual([]);
    expect(dry).toMatchObject({
      kind: 'PROVISIONING_IMPORT',
      state: 'SUCCEEDED',
      dryRun: true,
      total: 30,
      settled: 30,
      succeeded: 22,
      failed: 8,
    });
    // The group read once: seven reads for the whole sheet.
    expect(dry.odinCalls).toBe(7);
    const planned = byRow(dry.provisionResults);
    const failedRows = dry.provisionResults.filter((r) => r.outcome === 'FAILED');
    expect(failedRows.map((r) => [r.row + 1, r.line, r.code, r.field])).toEqual([
      [3, 4, 'CONFLICT', 'number.phoneNumber'],
      [9, 10, 'CONFLICT', 'number.phoneNumber'],
      [15, 16, 'CONFLICT', 'device.macAddress'],
      [20, 21, 'BAD_USER_INPUT', 'user.extension'],
      [27, 28, 'CONFLICT', 'servicePacks'],
      [28, 29, 'CONFLICT', 'servicePacks'],
      [29, 30, 'CONFLICT', 'servicePacks'],
      [30, 31, 'CONFLICT', 'servicePacks'],
    ]);
    expect(planned.get(3)?.message).toBe(
      `line 4: number.phoneNumber ${alice?.phoneNumber} is already held`,
    );
    expect(planned.get(9)?.message).toBe(
      'line 10: number.phoneNumber 2125550149 is taken by line 7',
    );
    expect(planned.get(15)?.message).toBe(
      'line 16: device.macAddress 0004F2B2FFFF is taken by line 13',
    );
    expect(planned.get(20)?.message).toBe(
      'line 21: user.extension must be 3 to 5 digits in this group',
    );
    expect(planned.get(27)?.message).toBe(
      `line 28: servicePacks Standard has no seats left (${usage + 22} of ${usage + 22})`,
    );
    // First-free rows get distinct numbers and extensions, in row order; each result says which.
    const ok = dry.provisionResults.filter((r) => r.outcome === 'SUCCEEDED');
    expect(new Set(ok.map((r) => r.phoneNumber)).size).toBe(22);
    expect(new Set(ok.map((r) => r.extension)).size).toBe(22);
    expect(planned.get(6)?.phoneNumber).toBe('2125550149');
    expect(ok.every((r) => r.deviceName === `${r.userId?.split('@')[0]}-desk`)).toBe(true);
    expect(ok[0].steps.map((s) => [s.kind, s.status])).toEqual([
      ['CHECK_GROUP', 'PLANNED'],
      ['CHOOSE_NUMBER', 'PLANNED'],
      ['CHOOSE_EXTENSION', 'PLANNED'],
      ['CREATE_USER', 'PLANNED'],
      ['ACTIVATE_NUMBER', 'SKIPPED'],
      ['ASSIGN_SERVICES', 'PLANNED'],
      ['CREATE_DEVICE', 'PLANNED'],
      ['ATTACH_DEVICE', 'PLANNED'],
      ['SET_SIP_AUTHENTICATION', 'PLANNED'],
    ]);

    // The real run of the same sheet: the same rows made, with the numbers the dry run named.
    const started = expectData(await start({ csv })).startProvisioningImport;
    const done = await finished(started.id);
    expect(done).toMatchObject({ state: 'SUCCEEDED', succeeded: 22, failed: 8 });
    const real = byRow(done.provisionResults);
    for (const [row, plan] of planned) {
      expect([row, real.get(row)?.outcome, real.get(row)?.code]).toEqual([
        row,
        plan.outcome,
        plan.code,
      ]);
      if (plan.outcome === 'SUCCEEDED')
        expect([row, real.get(row)?.phoneNumber, real.get(row)?.extension]).toEqual([
          row,
          plan.phoneNumber,
          plan.extension,
        ]);
    }
  });

  test('an unknown user column refuses the whole sheet, naming the closest; nothing starts', async () => {
    const csv = sheet([{ id: 'x.1' }]).replace('firstName', 'first_name');
    stack.sandbox.requests.length = 0;
    const error = expectError(await start({ csv, dryRun: true }), 'BAD_USER_INPUT');
    expect(error.message).toBe('Unknown CSV column: first_name (did you mean firstName?)');
    expect(calls()).toEqual([]);
  });
});

describe('startProvisioningImport: the real run', () => {
  test('a clean 40-row sheet: 40 working users, state by state; at most 7 Odin calls a user, most of them writes', async () => {
    addNumbers(40);
    const rows: Row[] = Array.from({ length: 40 }, (_, i) => ({ id: `forty.${i + 1}` }));
    stack.sandbox.requests.length = 0;
    const started = expectData(await start({ csv: sheet(rows) })).startProvisioningImport;
    const done = await finished(started.id);
    expect(done).toMatchObject({ state: 'SUCCEEDED', total: 40, succeeded: 40, failed: 0 });
    const directory = stack.sandbox.directory;
    for (const r of done.provisionResults) {
      const user = directory.user(r.userId ?? '');
      const number = r.phoneNumber ?? '';
      expect(user).toMatchObject({
        phoneNumber: number,
        extension: r.extension,
        servicePacks: ['Standard'],
        sipUserName: r.sipUserName,
        sipPassword: r.generatedSipPassword,
      });
      expect(user?.services).toContain('Authentication');
      expect(group().inactiveNumbers).not.toContain(number);
      const device = group().devices.find((d) => d.deviceName === r.deviceName);
      expect(device?.password).toBe(r.generatedDevicePassword);
      expect(user?.endpoint).toMatchObject({ deviceName: r.deviceName, linePort: r.userId });
      expect(r.steps.map((s) => s.status)).toEqual([
        'DONE',
        'DONE',
        'DONE',
        'DONE',
        'SKIPPED',
        'DONE',
        'DONE',
        'DONE',
        'DONE',
      ]);
      expect(r.generatedWebAuthPassword).toEqual(expect.any(String));
    }
    // What the job counted is what Odin saw; the writes are most of it.
    const seen = calls();
    expect(done.odinCalls).toBe(seen.length);
    // Five writes a user (its numbers are activated); seven reads of the group and two
    // batches of passwords for the whole sheet: 209 calls, 5.2 a user, 96% of them writes.
    expect(writes().length).toBe(200);
    expect(seen.filter((r) => r.path === '/password/generate').length).toBe(2);
    expect(seen.length).toBe(209);
    expect(seen.length / 40).toBeLessThanOrEqual(7);
    // The secrets were answered once.
    const again = expectData(await stack.gql(ProvisioningJobDocument, { id: started.id })).bulkJob;
    expect(again?.provisionResults.every((r) => r.generatedSipPassword === null)).toBe(true);
  });
});

describe('startProvisioningImport: a row that fails', () => {
  test('a failing write on row 12: row 12 undone and reported with its steps; rows 13 on made', async () => {
    const rows: Row[] = Array.from({ length: 20 }, (_, i) => ({ id: `fault.${i + 1}` }));
    stack.sandbox.app.faults.inject({
      method: 'POST',
      path: '/groups/devices',
      bodyIncludes: 'fault.12-desk',
      status: 500,
    });
    const started = expectData(await start({ csv: sheet(rows) })).startProvisioningImport;
    const done = await finished(started.id);
    expect(done).toMatchObject({ state: 'SUCCEEDED', succeeded: 19, failed: 1 });
    const twelve = byRow(done.provisionResults).get(12);
    expect(twelve).toMatchObject({ outcome: 'FAILED', code: 'ODIN_UNAVAILABLE', line: 13 });
    expect(twelve?.message).toMatch(/^line 13: CREATE_DEVICE failed: /);
    expect(twelve?.steps.map((s) => [s.kind, s.status])).toEqual([
      ['CHECK_GROUP', 'UNDONE'],
      ['CHOOSE_NUMBER', 'UNDONE'],
      ['CHOOSE_EXTENSION', 'UNDONE'],
      ['CREATE_USER', 'UNDONE'],
      ['ACTIVATE_NUMBER', 'SKIPPED'],
      ['ASSIGN_SERVICES', 'UNDONE'],
      ['CREATE_DEVICE', 'FAILED'],
      ['ATTACH_DEVICE', 'SKIPPED'],
      ['SET_SIP_AUTHENTICATION', 'SKIPPED'],
    ]);
    // Nothing of row 12 is left; every other row is a working user.
    const directory = stack.sandbox.directory;
    expect(directory.users.get('fault.12@hq.acme.example')).toBeUndefined();
    expect(group().devices.some((d) => d.deviceName === 'fault.12-desk')).toBe(false);
    for (const n of [11, 13, 14, 20])
      expect(directory.user(`fault.${n}@hq.acme.example`)?.endpoint).toMatchObject({
        deviceName: `fault.${n}-desk`,
      });
  });
});

describe('startDeprovisioningImport', () => {
  test('frees 40 users’ numbers, seats and unshared devices; its dry run lists what it would remove', async () => {
    addNumbers(40);
    const rows: Row[] = Array.from({ length: 40 }, (_, i) => ({ id: `gone.${i + 1}` }));
    const made = await finished(
      expectData(await start({ csv: sheet(rows) })).startProvisioningImport.id,
    );
    expect(made.succeeded).toBe(40);
    const standard = () => group().servicePacks.find((p) => p.name === 'Standard');
    const heldBefore = made.provisionResults.map((r) => r.phoneNumber);
    const csv = ['userId', ...rows.map((r) => `${r.id}@hq.acme.example`)].join('\n');

    stack.sandbox.requests.length = 0;
    const dry = expectData(
      await stack.gql(StartDeprovisioningImportDocument, { input: { csv, dryRun: true } }),
    ).startDeprovisioningImport;
    expect(writes()).toEqual([]);
    expect(dry).toMatchObject({ kind: 'DEPROVISIONING_IMPORT', succeeded: 40, failed: 0 });
    expect(dry.provisionResults[0]).toMatchObject({
      userId: 'gone.1@hq.acme.example',
      line: 2,
      phoneNumber: heldBefore[0],
      deviceName: 'gone.1-desk',
    });
    expect(dry.provisionResults[0].steps.map((s) => [s.kind, s.status])).toEqual([
      ['DETACH_DEVICE', 'PLANNED'],
      ['DELETE_DEVICE', 'PLANNED'],
      ['UNASSIGN_SERVICES', 'PLANNED'],
      ['DEACTIVATE_NUMBER', 'SKIPPED'],
      ['DELETE_USER', 'PLANNED'],
    ]);
    const usage = [...stack.sandbox.directory.users.values()].filter((u) =>
      u.servicePacks.includes('Standard'),
    ).length;

    const started = expectData(
      await stack.gql(StartDeprovisioningImportDocument, { input: { csv } }),
    ).startDeprovisioningImport;
    const done = await finished(started.id);
    expect(done).toMatchObject({ state: 'SUCCEEDED', succeeded: 40, failed: 0 });
    const directory = stack.sandbox.directory;
    for (const r of rows) expect(directory.users.get(`${r.id}@hq.acme.example`)).toBeUndefined();
    const held = new Set([...directory.users.values()].map((u) => u.phoneNumber));
    expect(heldBefore.filter((n) => held.has(n ?? ''))).toEqual([]);
    expect(group().devices.filter((d) => d.deviceName.startsWith('gone.'))).toEqual([]);
    expect(
      [...directory.users.values()].filter((u) => u.servicePacks.includes('Standard')).length,
    ).toBe(usage - 40);
    expect(standard()?.name).toBe('Standard');
  });

  test('a bad or repeated user id fails its row with its line; an unknown user is NOT_FOUND', async () => {
    const csv = [
      'userId',
      'alice.adams@hq.acme.example',
      'not an id',
      'alice.adams@hq.acme.example',
      'nobody@hq.acme.example',
    ].join('\n');
    const dry = expectData(
      await stack.gql(StartDeprovisioningImportDocument, { input: { csv, dryRun: true } }),
    ).startDeprovisioningImport;
    expect(dry.provisionResults.map((r) => [r.line, r.outcome, r.code, r.message])).toEqual([
      [2, 'SUCCEEDED', null, null],
      [
        3,
        'FAILED',
        'BAD_USER_INPUT',
        'line 3: userId must be local@domain without spaces, at most 161 characters',
      ],
      [4, 'FAILED', 'CONFLICT', 'line 4: The same userId as line 2'],
      [5, 'FAILED', 'NOT_FOUND', 'line 5: userId Odin has no user nobody@hq.acme.example'],
    ]);
  });
});

describe('startProvisioningImport: hostile sheets', () => {
  test('10,000 columns: refused, naming ten of them and how many more', async () => {
    const header = Array.from({ length: 10_000 }, (_, i) => `c${i}`).join(',');
    const error = expectError(await start({ csv: `${header}\n` }), 'BAD_USER_INPUT');
    expect(error.message).toBe(
      'Unknown CSV column: c0, c1, c2, c3, c4, c5, c6, c7, c8, c9 and 9990 more',
    );
  });

  test('past 50 MB: refused before it is read', async () => {
    const csv = `${HEADER}\n${'x'.repeat(50_000_001)}`;
    const answer = await fetch(stack.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation($csv: String) { startProvisioningImport(input: {csv: $csv}) { id } }',
        variables: { csv },
      }),
    });
    expect(answer.status).toBe(413);
    const body = (await answer.json()) as { errors: Array<{ extensions: { code: string } }> };
    expect(body.errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });

  test('NUL refused with its line; formulas kept as text, never evaluated', async () => {
    const formula = `=cmd|' /C calc'!A0`;
    const csv = [
      HEADER,
      `nul.1@hq.acme.example,A\u0000B,Row,,first-free,,,,`,
      `"formula.1@hq.acme.example","${formula.replace(/"/g, '""')}",@SUM(A1),,first-free,,,,`,
      `"formula.2@hq.acme.example",+1,-2,,first-free,,,,`,
    ].join('\n');
    const started = expectData(await start({ csv })).startProvisioningImport;
    const done = await finished(started.id);
    const rows = byRow(done.provisionResults);
    expect(rows.get(1)).toMatchObject({ outcome: 'FAILED', code: 'BAD_USER_INPUT', line: 2 });
    expect(rows.get(2)).toMatchObject({ outcome: 'SUCCEEDED' });
    expect(stack.sandbox.directory.user('formula.1@hq.acme.example')).toMatchObject({
      firstName: formula,
      lastName: '@SUM(A1)',
    });
    expect(stack.sandbox.directory.user('formula.2@hq.acme.example')).toMatchObject({
      firstName: '+1',
      lastName: '-2',
    });
  });
});

describe('startProvisioningImport beside provisionUser', () => {
  test('a provisionUser during the job never takes a number the job planned', async () => {
    // Room for every row's create in flight at once, so that the onboardings are not queued
    // behind them.
    await stack.close();
    stack = await startStack({ env: { ODIN_MAX_CONCURRENCY: '100' } });
    addNumbers(10);
    // The job's creates are slow: the onboardings below choose while its rows wait to be made.
    stack.sandbox.app.faults.inject({
      method: 'POST',
      path: '/users',
      bodyIncludes: '"beside.',
      delayMs: 300,
      times: 30,
    });
    const rows: Row[] = Array.from({ length: 30 }, (_, i) => ({ id: `beside.${i + 1}` }));
    const started = expectData(await start({ csv: sheet(rows) })).startProvisioningImport;
    // The job has planned (its start answered); five onboardings through the API meanwhile.
    const singles = await Promise.all(
      Array.from({ length: 5 }, (_, i) =>
        stack.gql(ProvisionUserDocument, {
          input: {
            user: {
              ...HQ,
              userId: `single.${i}@hq.acme.example`,
              firstName: 'S',
              lastName: `${i}`,
            },
            number: { firstFree: true },
          },
        }),
      ),
    );
    const done = await finished(started.id);
    stack.sandbox.app.faults.clear();
    expect(done).toMatchObject({ succeeded: 30, failed: 0 });
    const jobNumbers = done.provisionResults.map((r) => r.phoneNumber);
    const singleNumbers = singles.map((a) => expectData(a).provisionUser.phoneNumber);
    expect(singleNumbers.filter((n) => jobNumbers.includes(n))).toEqual([]);
    expect(new Set([...jobNumbers, ...singleNumbers]).size).toBe(35);
  });
});

describe('cancelBulkJob on a provisioning sheet', () => {
  test('stops before its next row; what the rows left had reserved is free again', async () => {
    // Two calls to Odin at a time: four rows in flight, the rest wait their turn.
    await stack.close();
    stack = await startStack({ env: { ODIN_MAX_CONCURRENCY: '2' } });
    addNumbers(40);
    const rows: Row[] = Array.from({ length: 40 }, (_, i) => ({ id: `cancel.${i + 1}` }));
    const csv = sheet(rows);
    const plan = expectData(await start({ csv, dryRun: true })).startProvisioningImport;
    stack.sandbox.app.faults.inject({
      method: 'POST',
      path: '/users',
      bodyIncludes: '"cancel.',
      delayMs: 150,
      times: 40,
    });
    const started = expectData(await start({ csv })).startProvisioningImport;
    for (;;) {
      const now = expectData(await stack.gql(ProvisioningJobDocument, { id: started.id })).bulkJob;
      if ((now?.settled ?? 0) >= 1) break;
      await new Promise((r) => setTimeout(r, 10));
    }
    const cancelled = await stack.gql(
      parse('mutation($id: ID!) { cancelBulkJob(id: $id) { id } }'),
      { id: started.id },
    );
    expect(cancelled.errors).toBeUndefined();
    const done = await finished(started.id);
    stack.sandbox.app.faults.clear();
    expect(done.state).toBe('CANCELLED');
    expect(done.settled).toBeLessThan(40);
    const settled = new Set(done.provisionResults.map((r) => r.row));
    const unrun = plan.provisionResults
      .filter((r) => !settled.has(r.row))
      .map((r) => r.phoneNumber);
    // A provisionUser now gets the lowest free number: one the cancelled rows had planned.
    const single = expectData(
      await stack.gql(ProvisionUserDocument, {
        input: {
          user: { ...HQ, userId: 'after.cancel@hq.acme.example', firstName: 'A', lastName: 'C' },
          number: { firstFree: true },
        },
      }),
    ).provisionUser;
    expect(unrun).toContain(single.phoneNumber);
  });
});

type Job = {
  state: string;
  settled: number;
  succeeded: number;
  provisionResults: ProvisionRowFieldsFragment[];
};

describeWithRedis('provisioning sheets across replicas', () => {
  let redis: RedisServer;
  let odin: SandboxProcess;
  const layers: LayerProcess[] = [];
  const replica = () => jobReplica(odin, redis, layers);
  beforeEach(async () => {
    redis = await startRedis();
    odin = await startSandboxProcess();
  }, 30_000);
  afterEach(async () => {
    await Promise.all(layers.splice(0).map((l) => l.stop('SIGKILL')));
    await odin.close();
    await redis.stop();
  });

  const gql = async (url: string, query: string, variables: Record<string, unknown>) =>
    (await (
      await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      })
    ).json()) as { data: Record<string, never>; errors?: unknown[] };

  test('the worker killed mid-row: every row settled once, nothing made twice, nothing half-made', async () => {
    const a = await replica();
    const rows: Row[] = Array.from({ length: 30 }, (_, i) => ({ id: `kill.${i + 1}` }));
    await odin.inject({ method: 'POST', path: '/users', bodyIncludes: '"kill.10@', delayMs: 1500 });
    const started = await gql(
      a.url,
      'mutation($input: ProvisioningImportInput!) { startProvisioningImport(input: $input) { id } }',
      { input: { ...HQ, csv: sheet(rows) } },
    );
    const id = (started.data.startProvisioningImport as { id: string }).id;
    const client = new Redis(redis.url);
    const inFlight = () => client.hlen(`odin-graphql:job:${id}:in-flight`);
    // Row 10's create reaches Odin, which makes it a second and a half later: the worker dies
    // with it in flight, and the replica taking over finds the user made.
    for (;;) {
      const sent = (await odin.requests()).some(
        (r) =>
          r.method === 'POST' &&
          r.path === '/users' &&
          JSON.stringify(r.body).includes('"kill.10@'),
      );
      if (sent) break;
      await new Promise((r) => setTimeout(r, 10));
    }
    await a.stop('SIGKILL');
    // Rows were in flight when the worker died.
    expect(await inFlight()).toBeGreaterThan(0);
    client.disconnect();
    const b = await replica();
    for (const until = Date.now() + 60_000; ;) {
      const now = await gql(b.url, 'query($id: ID!) { bulkJob(id: $id) { state } }', { id });
      if ((now.data.bulkJob as { state: string }).state === 'SUCCEEDED') break;
      if (Date.now() > until) throw new Error('the job did not end');
      await new Promise((r) => setTimeout(r, 100));
    }
    const job = (
      await gql(
        b.url,
        `query($id: ID!) { bulkJob(id: $id) { state settled succeeded
           provisionResults { row userId outcome steps { kind status } phoneNumber deviceName } } }`,
        { id },
      )
    ).data.bulkJob as Job;
    expect(job).toMatchObject({ state: 'SUCCEEDED', settled: 30, succeeded: 30 });
    expect(job.provisionResults.map((r) => r.row)).toEqual(rows.map((_, i) => i));
    for (const r of job.provisionResults)
      expect(r.steps.filter((s) => !['DONE', 'SKIPPED'].includes(s.status))).toEqual([]);
    // The sandbox's accepted writes, per entity: each user, device, assignment and line once.
    const accepted = (await odin.requests()).filter((r) => r.status && r.status < 300);
    const per = (method: string, path: string, key: (body: Record<string, unknown>) => unknown) => {
      const counts = new Map<unknown, number>();
      for (const r of accepted)
        if (r.method === method && r.path === path && r.body) {
          const k = key(r.body as Record<string, unknown>);
          if (k) counts.set(k, (counts.get(k) ?? 0) + 1);
        }
      return counts;
    };
    const once = (counts: Map<unknown, number>) => {
      expect(counts.size).toBe(30);
      expect([...counts].filter(([, n]) => n > 1)).toEqual([]);
    };
    once(per('POST', '/users', (b) => b.userId));
    once(per('POST', '/groups/devices', (b) => b.deviceName));
    once(per('PUT', '/users/services', (b) => b.userId));
    once(
      per('PUT', '/users', (b) => (b.endpointType === 'accessDeviceEndpoint' ? b.userId : null)),
    );
    // Nothing half-made: each user holds its number, pack, phone and SIP name.
    for (const r of job.provisionResults) {
      const user = (
        await gql(
          b.url,
          `query($id: ID!) { user(userId: $id) { phoneNumber sipUserName
             services { servicePacks { name assigned } }
             endpoint { ... on AccessDeviceEndpoint { accessDevice { deviceName } } } } }`,
          { id: r.userId },
        )
      ).data.user as Record<string, unknown>;
      expect(user).toMatchObject({
        phoneNumber: r.phoneNumber,
        sipUserName: r.userId?.split('@')[0],
        endpoint: { accessDevice: { deviceName: r.deviceName } },
      });
      expect(user.services).toMatchObject({
        servicePacks: expect.arrayContaining([{ name: 'Standard', assigned: true }]),
      });
    }
  }, 120_000);
});
