import { type ChildProcess, spawn } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'graphql';
import {
  AuditEventsDocument,
  type AuditEventFieldsFragment,
  CreateUserDocument,
  DeleteUserDocument,
  GroupAuditEventsDocument,
  ProvisionUserDocument,
  ProvisioningJobDocument,
  SetSipAuthenticationDocument,
  StartProvisioningImportDocument,
  UpdateUserDocument,
  UserAuditEventsDocument,
} from '../generated/graphql';
import { type PostgresServer, postgresAvailable, startPostgres } from '../helpers/postgres';
import { sha256Hex, writeKeysFile } from '../helpers/keys';
import { auditDataDir } from '../helpers/audit-store';
import { type Stack, expectData, expectError, startStack, writesTo } from '../helpers/stack';
import { AuditStore } from '../../src/audit/store';
import { connectPostgres } from '../../src/audit/sql';
import { createLogger } from '../../src/app/logger';

const HQ = { serviceProviderId: 'acme.sp', groupId: 'acme.hq' };
const KEY = {
  helpdesk: 'helpdesk-admin-key-0123456789',
  hq: 'acme-hq-desk-key-0123456789',
  globex: 'globex-portal-key-0123456789',
};
const bearer = (key: string) => ({ authorization: `Bearer ${key}` });
const STATE = parse('query($id: ID!) { bulkJob(id: $id) { state } }');

const keysFile = () =>
  writeKeysFile([
    { name: 'helpdesk', key: KEY.helpdesk, scopes: ['*'], role: 'ADMIN' },
    { name: 'acme hq desk', key: KEY.hq, scopes: ['acme.sp/acme.hq'], role: 'OPERATOR' },
    { name: 'globex portal', key: KEY.globex, scopes: ['globex.sp'], role: 'ADMIN' },
  ]);

/** A store for the layer: the embedded one in a directory of its own, or a real Postgres. */
interface StoreUnderTest {
  env: Record<string, string>;
  postgres?: PostgresServer;
  close(): void;
}

const STORES: Array<[string, () => Promise<StoreUnderTest>]> = [
  [
    'embedded (PGlite)',
    async () => {
      const dir = await auditDataDir();
      return {
        env: { AUDIT: 'on', DATA_DIR: dir },
        close: () => rmSync(dir, { recursive: true, force: true }),
      };
    },
  ],
  [
    'Postgres server',
    async () => {
      const postgres = await startPostgres();
      return { env: { AUDIT: 'on', DATABASE_URL: postgres.url }, postgres, close: postgres.close };
    },
  ],
];

// CI has the server binaries (.ci/run installs them): there the Postgres half never skips.
const suites = STORES.filter(
  ([name]) => name.startsWith('embedded') || postgresAvailable || process.env.CI,
);

describe.each(suites)('the audit trail in the %s store', (_name, makeStore) => {
  let store: StoreUnderTest;
  let stack: Stack;
  beforeAll(async () => {
    store = await makeStore();
    stack = await startStack({
      env: { ...store.env, GRAPHQL_API_KEYS_FILE: keysFile(), LOG_LEVEL: 'info' },
    });
  });
  afterAll(async () => {
    await stack?.close();
    store?.close();
  });

  const as = (key: string) => bearer(key);
  const rows = () =>
    stack.audit?.store.query<Record<string, unknown>>('SELECT * FROM audit_events ORDER BY id') ??
    Promise.reject(new Error('no audit trail'));
  const events = async (filter: Record<string, unknown>, key = KEY.helpdesk, first = 100) =>
    expectData(await stack.gql(AuditEventsDocument, { filter, first }, as(key))).auditEvents;
  /** The Odin writes an operation makes, counted by the sandbox. */
  const writesDuring = async <T>(work: () => Promise<T>) => {
    const before = writesTo(stack).length;
    const result = await work();
    return { result, writes: writesTo(stack).length - before };
  };

  async function finished(id: string) {
    for (;;) {
      const now = await stack.gql(STATE, { id }, as(KEY.helpdesk));
      const state = (now.data as { bulkJob?: { state: string } } | null)?.bulkJob?.state;
      if (state && !['QUEUED', 'RUNNING'].includes(state)) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    const job = expectData(
      await stack.gql(ProvisioningJobDocument, { id }, as(KEY.helpdesk)),
    ).bulkJob;
    if (!job) throw new Error(`no job ${id}`);
    return job;
  }

  test('provisionUser, updateUser, deleteUser and a 20-row job are recorded with caller, entity, outcome and steps; no secret anywhere in the table', async () => {
    const jane = 'jane.audit@hq.acme.example';
    const provisioned = await writesDuring(
      async () =>
        expectData(
          await stack.gql(
            ProvisionUserDocument,
            {
              input: {
                user: {
                  ...HQ,
                  userId: jane,
                  firstName: 'Jane',
                  lastName: 'Audit',
                  webAuthPassword: 'Given-Web-Pass-77',
                },
                number: { firstFree: true },
                servicePacks: ['Standard'],
                device: { deviceType: 'Polycom VVX 450', macAddress: '0004F2AA0001' },
                sipAuthentication: true,
              },
            },
            as(KEY.helpdesk),
          ),
        ).provisionUser,
    );
    const updated = await writesDuring(async () =>
      expectData(
        await stack.gql(
          UpdateUserDocument,
          { input: { userId: jane, firstName: 'Janet' } },
          as(KEY.helpdesk),
        ),
      ),
    );
    const sip = await writesDuring(async () =>
      expectData(
        await stack.gql(
          SetSipAuthenticationDocument,
          { input: { userId: jane, password: 'Sip-Given-Pass-88' } },
          as(KEY.helpdesk),
        ),
      ),
    );
    const deleted = await writesDuring(async () =>
      expectData(await stack.gql(DeleteUserDocument, { userId: jane }, as(KEY.helpdesk))),
    );

    // The user's own events, newest first.
    const mine = expectData(
      await stack.gql(
        UserAuditEventsDocument,
        { userId: 'frank.fox@hq.acme.example' },
        as(KEY.helpdesk),
      ),
    );
    expect(mine.user?.auditEvents.totalCount).toBe(0);
    const trail = (await events({ entityId: jane })).edges.map((e) => e.node);
    expect(trail.map((e) => e.field)).toEqual([
      'deleteUser',
      'setSipAuthentication',
      'updateUser',
      'provisionUser',
    ]);
    for (const e of trail) {
      expect(e).toMatchObject({
        caller: 'helpdesk',
        instance: 'default',
        entityKind: 'USER',
        entityId: jane,
        serviceProviderId: 'acme.sp',
        groupId: 'acme.hq',
        outcome: 'OK',
      });
      expect(e.completedAt).not.toBeNull();
      expect(e.requestId).toMatch(/^[0-9a-f-]{36}$/);
    }
    const [del, sipEvent, upd, prov] = trail;
    expect([prov.odinWrites, upd.odinWrites, sipEvent.odinWrites, del.odinWrites]).toEqual([
      provisioned.writes,
      updated.writes,
      sip.writes,
      deleted.writes,
    ]);
    expect(prov.odinWrites).toBeGreaterThan(4);
    expect(prov.operationName).toBe('ProvisionUser');
    expect(prov.steps?.map((s) => [s.kind, s.status])).toEqual(
      provisioned.result.steps.map((s) => [s.kind, s.status]),
    );
    expect(prov.steps?.every((s) => s.status === 'DONE' || s.status === 'SKIPPED')).toBe(true);
    expect(
      (prov.changes as { input: { user: { webAuthPassword: string } } }).input.user.webAuthPassword,
    ).toBe('[set]');
    expect(sipEvent.changes).toEqual({ input: { userId: jane, password: '[set]' } });
    expect(upd.changes).toEqual({ input: { userId: jane, firstName: 'Janet' } });

    // A job of 20 rows: one event a row, the starter its caller.
    const header =
      'userId,firstName,lastName,number,servicePacks,deviceType,macAddress,sipAuthentication';
    const csv = [
      header,
      ...Array.from({ length: 20 }, (_, i) =>
        [
          `row${i + 1}.audit@hq.acme.example`,
          'Row',
          `N${i + 1}`,
          'first-free',
          'Standard',
          'Polycom VVX 450',
          `0004F2BB${String(i).padStart(4, '0')}`,
          'true',
        ].join(','),
      ),
    ].join('\n');
    for (let i = 0; i < 20; i++)
      stack.sandbox.directory
        .group('acme.sp', 'acme.hq')
        .numbers.push(`21255590${String(i).padStart(2, '0')}`);
    const started = expectData(
      await stack.gql(StartProvisioningImportDocument, { input: { ...HQ, csv } }, as(KEY.helpdesk)),
    ).startProvisioningImport;
    const job = await finished(started.id);
    expect(job.succeeded).toBe(20);
    const jobEvents = (
      await events({ field: 'startProvisioningImport', entityKind: 'USER' })
    ).edges.map((e) => e.node);
    expect(jobEvents).toHaveLength(20);
    expect(new Set(jobEvents.map((e) => e.jobRow))).toEqual(
      new Set(Array.from({ length: 20 }, (_, i) => i + 1)),
    );
    for (const e of jobEvents)
      expect(e).toMatchObject({
        caller: 'helpdesk',
        jobId: job.id,
        requestId: job.id,
        outcome: 'OK',
        ...HQ,
      });
    expect(
      jobEvents.every(
        (e) =>
          e.steps?.length && e.steps.every((s) => s.status === 'DONE' || s.status === 'SKIPPED'),
      ),
    ).toBe(true);
    expect(jobEvents.reduce((n, e) => n + e.odinWrites, 0)).toBeGreaterThanOrEqual(20 * 5);
    // The start itself is an event too.
    const start = (await events({ field: 'startProvisioningImport', entityKind: 'BULK_JOB' }))
      .edges[0].node;
    expect(start).toMatchObject({ entityId: job.id, outcome: 'OK', odinWrites: 0 });
    expect((start.changes as { input: { csv: string } }).input.csv).toBe(
      `[${csv.length} characters]`,
    );

    // No secret in any column of any row: generated passwords, given passwords, the API key.
    const table = JSON.stringify(await rows());
    const secrets = [
      provisioned.result.generatedSipPassword,
      provisioned.result.generatedDevicePassword,
      'Given-Web-Pass-77',
      'Sip-Given-Pass-88',
      KEY.helpdesk,
      sha256Hex(KEY.helpdesk),
      ...job.provisionResults.flatMap((r) => [
        r.generatedWebAuthPassword,
        r.generatedSipPassword,
        r.generatedDevicePassword,
      ]),
    ].filter((s): s is string => typeof s === 'string' && s.length > 0);
    expect(secrets.length).toBeGreaterThan(40);
    for (const secret of secrets) expect(table).not.toContain(secret);
  });

  test('a refused change is an event too: its code, its caller, the writes that reached Odin', async () => {
    const taken = await writesDuring(() =>
      stack.gql(
        CreateUserDocument,
        {
          input: {
            ...HQ,
            userId: 'dup.audit@hq.acme.example',
            firstName: 'D',
            lastName: 'Up',
            extension: '1010',
          },
        },
        as(KEY.hq),
      ),
    );
    expectError(taken.result, 'CONFLICT');
    const forbidden = await stack.gql(
      CreateUserDocument,
      {
        input: {
          serviceProviderId: 'globex.sp',
          groupId: 'globex.main',
          userId: 'x.audit@globex.example',
          firstName: 'X',
          lastName: 'Y',
        },
      },
      as(KEY.hq),
    );
    expectError(forbidden, 'FORBIDDEN');
    const [refused] = (await events({ entityId: 'x.audit@globex.example' })).edges.map(
      (e) => e.node,
    );
    expect(refused).toMatchObject({
      caller: 'acme hq desk',
      field: 'createUser',
      outcome: 'FORBIDDEN',
      odinWrites: 0,
      serviceProviderId: 'globex.sp',
    });
    const [conflict] = (await events({ entityId: 'dup.audit@hq.acme.example' })).edges.map(
      (e) => e.node,
    );
    expect(conflict).toMatchObject({
      caller: 'acme hq desk',
      outcome: 'CONFLICT',
      odinWrites: taken.writes,
    });
  });

  test('pages of the trail: newest first, cursors keyed on the event, filters, scoped callers see their customers only', async () => {
    const all = await events({}, KEY.helpdesk, 1000);
    const ids = all.edges.map((e) => Number(e.node.id));
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    const page1 = expectData(
      await stack.gql(AuditEventsDocument, { first: 5 }, as(KEY.helpdesk)),
    ).auditEvents;
    // An event made between the pages goes before page 1, and page 2 does not shift.
    await stack.gql(
      UpdateUserDocument,
      { input: { userId: 'frank.fox@hq.acme.example', lastName: 'Millér' } },
      as(KEY.helpdesk),
    );
    const page2 = expectData(
      await stack.gql(
        AuditEventsDocument,
        { first: 5, after: page1.pageInfo.endCursor },
        as(KEY.helpdesk),
      ),
    ).auditEvents;
    expect(page2.edges.map((e) => e.node.id)).toEqual(all.edges.slice(5, 10).map((e) => e.node.id));
    expect(page2.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
    expect(page2.totalCount).toBe(all.totalCount + 1);

    const group = expectData(
      await stack.gql(GroupAuditEventsDocument, { ...HQ, first: 3 }, as(KEY.hq)),
    ).group?.auditEvents;
    expect(group?.edges.map((e) => e.node.field)[0]).toBe('updateUser');
    expect(group?.edges.every((e) => e.node.groupId === 'acme.hq')).toBe(true);

    // The hq desk sees acme.hq's events only; Globex's key none of them.
    const hq = await events({}, KEY.hq, 1000);
    expect(hq.totalCount).toBeGreaterThan(20);
    expect(
      hq.edges.every((e) => e.node.serviceProviderId === 'acme.sp' && e.node.groupId === 'acme.hq'),
    ).toBe(true);
    expect(hq.totalCount).toBeLessThan(all.totalCount + 1);
    const globex = await events({}, KEY.globex, 1000);
    expect(globex.edges.every((e) => e.node.serviceProviderId === 'globex.sp')).toBe(true);
    expect(globex.edges.some((e) => e.node.groupId === 'acme.hq')).toBe(false);
    const named = await stack.gql(
      AuditEventsDocument,
      { filter: { serviceProviderId: 'acme.sp' } },
      as(KEY.globex),
    );
    expect(expectError(named, 'FORBIDDEN').extensions.field).toBe('filter.serviceProviderId');
    const bad = await stack.gql(
      AuditEventsDocument,
      { after: 'bm90LWEtY3Vyc29y' },
      as(KEY.helpdesk),
    );
    expect(expectError(bad, 'BAD_USER_INPUT').extensions.fields).toEqual([
      { field: 'after', message: 'must be an endCursor this API answered' },
    ]);
  });

  test('hostile page arguments of User.auditEvents and Group.auditEvents: BAD_USER_INPUT naming them', async () => {
    const nested = [
      { first: 0 },
      { first: 1001 },
      { after: 'not a cursor' },
      { after: 'a\u0000b' },
      { after: 'a'.repeat(10_000) },
      { after: Buffer.from('c1:1 OR 1=1').toString('base64url') },
    ];
    for (const variables of nested) {
      const user = await stack.gql(
        UserAuditEventsDocument,
        { userId: 'frank.fox@hq.acme.example', ...variables },
        as(KEY.helpdesk),
      );
      const group = await stack.gql(
        GroupAuditEventsDocument,
        { ...HQ, ...variables },
        as(KEY.helpdesk),
      );
      for (const answer of [user, group]) {
        const fields = (expectError(answer, 'BAD_USER_INPUT').extensions.fields ?? []) as Array<{
          field: string;
        }>;
        expect({ variables, field: fields[0]?.field }).toEqual({
          variables,
          field: 'first' in variables ? 'first' : 'after',
        });
      }
    }
  });

  test('10,000 events: a filter on the entity is answered from an index', async () => {
    const audit = stack.audit as NonNullable<Stack['audit']>;
    await audit.store.query(
      `INSERT INTO audit_events (instance, caller, field, entity_kind, entity_id, service_provider_id, group_id, outcome, odin_writes)
       SELECT 'default', 'bulk', 'updateUser', 'USER', 'user' || (i % 2000) || '@hq.acme.example', 'acme.sp', 'acme.hq', 'OK', 1
       FROM generate_series(1, 10000) AS i`,
    );
    await audit.store.query('ANALYZE audit_events');
    const plan = await audit.store.plan({ entityId: 'user7@hq.acme.example' });
    expect(plan).toMatch(
      /Index Scan using audit_events_entity|Bitmap Index Scan on audit_events_entity/,
    );
    expect((await events({ entityId: 'user7@hq.acme.example' })).totalCount).toBe(5);
    expect(await audit.store.plan({ serviceProviderId: 'acme.sp', groupId: 'acme.hq' })).toMatch(
      /audit_events_place|audit_events_pkey/,
    );
  });

  test('migrations are versioned and applied once; old events are pruned after the retention', async () => {
    const audit = stack.audit as NonNullable<Stack['audit']>;
    expect(await audit.store.query('SELECT version, name FROM audit_migrations')).toEqual([
      { version: 1, name: 'audit events' },
    ]);
    if (store.postgres) {
      // A second replica on the same database: nothing is applied twice.
      const other = new AuditStore(
        () => connectPostgres(store.postgres?.url ?? '', createLogger('silent')),
        {
          retentionDays: 400,
          logger: createLogger('silent'),
        },
      );
      expect(await other.kind()).toBe('postgres');
      expect(await other.query('SELECT count(*)::int AS n FROM audit_migrations')).toEqual([
        { n: 1 },
      ]);
      await other.close();
    }
    await audit.store.query(
      `INSERT INTO audit_events (at, instance, caller, field, outcome) VALUES
        (now() - interval '401 days', 'default', 'old', 'updateUser', 'OK'),
        (now() - interval '399 days', 'default', 'recent', 'updateUser', 'OK')`,
    );
    expect(await audit.store.prune()).toBe(1);
    expect(
      await audit.store.query("SELECT caller FROM audit_events WHERE caller IN ('old', 'recent')"),
    ).toEqual([{ caller: 'recent' }]);
  });

  test('store down: mutations answer SERVICE_UNAVAILABLE with no Odin write, queries still answer; store back: mutations work without a restart', async () => {
    const down = store.postgres ? stopPostgres(store.postgres) : await holdEmbedded(stack);
    try {
      const before = writesTo(stack).length;
      const refused = await stack.gql(
        UpdateUserDocument,
        { input: { userId: 'frank.fox@hq.acme.example', firstName: 'Francis' } },
        as(KEY.helpdesk),
      );
      expect(expectError(refused, 'SERVICE_UNAVAILABLE').message).toMatch(/no change was made/);
      const provision = await stack.gql(
        ProvisionUserDocument,
        {
          input: {
            user: { ...HQ, userId: 'down.audit@hq.acme.example', firstName: 'D', lastName: 'Own' },
            number: { firstFree: true },
          },
        },
        as(KEY.helpdesk),
      );
      expectError(provision, 'SERVICE_UNAVAILABLE');
      expect(writesTo(stack).length).toBe(before);
      const read = await stack.gql(
        parse('{ user(userId: "frank.fox@hq.acme.example") { firstName } }'),
        {},
        as(KEY.helpdesk),
      );
      expect(expectData(read)).toEqual({ user: { firstName: 'Frank' } });
      // Still ready for reads; the store's state reported as last found.
      const ready = await fetch(`${stack.origin}/readyz`);
      expect(ready.status).toBe(200);
      expect(await ready.json()).toMatchObject({ status: 'ready', audit: 'unavailable' });
    } finally {
      await down.restore();
    }
    const again = await stack.gql(
      UpdateUserDocument,
      { input: { userId: 'frank.fox@hq.acme.example', firstName: 'Francis' } },
      as(KEY.helpdesk),
    );
    expect(expectData(again).updateUser.firstName).toBe('Francis');
    expect(await (await fetch(`${stack.origin}/readyz`)).json()).toMatchObject({ audit: 'ready' });
    const [last] = (await events({ entityId: 'frank.fox@hq.acme.example' }, KEY.helpdesk, 1)).edges;
    expect(last.node).toMatchObject({
      field: 'updateUser',
      outcome: 'OK',
      changes: { input: { userId: 'frank.fox@hq.acme.example', firstName: 'Francis' } },
    });
  });
});

/** Postgres killed; restore starts it again. */
function stopPostgres(postgres: PostgresServer) {
  postgres.kill();
  return { restore: async () => postgres.start() };
}

/**
 * The embedded store taken away: closed, and its directory held by another live process
 * (as a second replica on the same DATA_DIR would), until restore lets it go.
 */
async function holdEmbedded(stack: Stack) {
  const audit = stack.audit as NonNullable<Stack['audit']>;
  await audit.store.close();
  const dir =
    (
      JSON.parse(stack.logs.find((l) => l.includes('embedded Postgres under')) ?? '{}') as {
        msg?: string;
      }
    ).msg?.split(' under ')[1] ?? '';
  const holder: ChildProcess = spawn('sleep', ['60']);
  writeFileSync(path.join(dir, 'odin-graphql.lock'), String(holder.pid));
  return {
    restore: async () => {
      holder.kill();
      await new Promise((r) => holder.once('exit', r));
    },
  };
}

test('AUDIT=off: a warning at start, changes go through unrecorded, auditEvents says the trail is off', async () => {
  const stack = await startStack({ env: { LOG_LEVEL: 'info' } });
  try {
    expect(stack.logs.some((l) => l.includes('"level":40') && l.includes('AUDIT=off'))).toBe(true);
    expectData(
      await stack.gql(UpdateUserDocument, {
        input: { userId: 'frank.fox@hq.acme.example', firstName: 'F' },
      }),
    );
    expect(
      expectError(await stack.gql(AuditEventsDocument, {}), 'SERVICE_UNAVAILABLE').message,
    ).toMatch(/AUDIT=off/);
  } finally {
    await stack.close();
  }
});

test('passthrough: a login is an event of its Odin user (password "[set]"), and that token’s changes are theirs', async () => {
  const dir = await auditDataDir();
  const stack = await startStack({
    env: { AUDIT: 'on', DATA_DIR: dir, ODIN_AUTH_MODE: 'passthrough' },
  });
  try {
    const { DEMO_ACCOUNT } = await import('../../src/sandbox');
    const login = expectData(
      await stack.gql(
        parse('mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }'),
        {
          u: DEMO_ACCOUNT.username,
          p: DEMO_ACCOUNT.password,
        },
      ),
    ) as { login: { token: string } };
    const token = login.login.token;
    expectData(
      await stack.gql(
        UpdateUserDocument,
        { input: { userId: 'frank.fox@hq.acme.example', firstName: 'F' } },
        bearer(token),
      ),
    );
    const trail = expectData(
      await stack.gql(AuditEventsDocument, { first: 10 }, bearer(token)),
    ).auditEvents.edges.map((e) => e.node as AuditEventFieldsFragment);
    expect(trail.map((e) => [e.field, e.caller, e.entityKind])).toEqual([
      ['updateUser', DEMO_ACCOUNT.username, 'USER'],
      ['login', DEMO_ACCOUNT.username, 'SESSION'],
    ]);
    expect(trail[1].changes).toEqual({ username: DEMO_ACCOUNT.username, password: '[set]' });
    // A refreshed token is still that Odin user's.
    const refreshed = expectData(
      await stack.gql(parse('mutation { refreshSession { token } }'), {}, bearer(token)),
    ) as { refreshSession: { token: string } };
    const fresh = refreshed.refreshSession.token;
    expect(fresh).not.toBe(token);
    expectData(
      await stack.gql(
        UpdateUserDocument,
        { input: { userId: 'frank.fox@hq.acme.example', firstName: 'G' } },
        bearer(fresh),
      ),
    );
    const [after] = expectData(await stack.gql(AuditEventsDocument, { first: 1 }, bearer(fresh)))
      .auditEvents.edges;
    expect([after.node.field, after.node.caller]).toEqual(['updateUser', DEMO_ACCOUNT.username]);
    const table = JSON.stringify(await stack.audit?.store.query('SELECT * FROM audit_events'));
    expect(table).not.toContain(DEMO_ACCOUNT.password);
    expect(table).not.toContain(token);
    expect(table).not.toContain(fresh);
  } finally {
    await stack.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
