import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import path from 'node:path';
import { type GraphQLObjectType, buildSchema, parse } from 'graphql';
import { readFileSync } from 'node:fs';
import { SCOPE_RULES } from '../../src/tenancy/scope-rules';
import { type Stack, startStack } from '../helpers/stack';
import { writeKeysFile } from '../helpers/keys';
import { validOperation } from '../helpers/schema-cases';

/** Keys by what they may do: the file holds only their hashes. */
const KEY = {
  acme: 'acme-operator-key-1',
  acmeAdmin: 'acme-admin-key-1',
  hq: 'acme-hq-operator-key-1',
  viewer: 'everyone-viewer-key-1',
  globex: 'globex-admin-key-1',
};

const keysFile = () =>
  writeKeysFile([
    { name: 'acme portal', key: KEY.acme, scopes: ['acme.sp'], role: 'OPERATOR' },
    { name: 'acme admin', key: KEY.acmeAdmin, scopes: ['acme.sp'], role: 'ADMIN' },
    { name: 'acme hq desk', key: KEY.hq, scopes: ['acme.sp/acme.hq'], role: 'OPERATOR' },
    { name: 'auditor', key: KEY.viewer, scopes: ['*'], role: 'VIEWER' },
    { name: 'globex portal', key: KEY.globex, scopes: ['globex.sp'], role: 'ADMIN' },
  ]);

const SCHEMA = buildSchema(
  readFileSync(path.join(__dirname, '../../schema/schema.graphql'), 'utf8'),
);
const ROOTS = ['Query', 'Mutation', 'Subscription'] as const;

let stack: Stack;
beforeAll(async () => {
  stack = await startStack({ env: { GRAPHQL_API_KEYS_FILE: keysFile() } });
  // Globex's own key makes what the walk names: a hunt group, a job.
  const hunt = await as(
    KEY.globex,
    `mutation { createHuntGroup(input: { serviceProviderId: "globex.sp", groupId: "globex.main",
      serviceUserId: "${GLOBEX_HUNT}", name: "Globex Sales" }) { serviceUserId } }`,
  );
  expect(hunt.errors).toBeUndefined();
  const job = await as(
    KEY.globex,
    `mutation { startUserImport(input: { serviceProviderId: "globex.sp", groupId: "globex.main", dryRun: true,
      inputs: [{ userId: "x.y@globex.example", firstName: "X", lastName: "Y", serviceProviderId: "globex.sp", groupId: "globex.main" }] }) { id } }`,
  );
  globexJob = (job.data?.startUserImport as { id: string }).id;
});
afterAll(async () => {
  await stack.close();
});

const calls = () => stack.sandbox.requests.filter((r) => r.path !== '/auth/token');
const writes = () => calls().filter((r) => r.method !== 'GET');

async function as(key: string, query: string, variables: Record<string, unknown> = {}) {
  return stack.gql<Record<string, unknown>, Record<string, unknown>>(parse(query), variables, {
    authorization: `Bearer ${key}`,
  });
}

// Everything named in Globex: out of the acme keys' scope.
const GLOBEX = {
  serviceProviderId: 'globex.sp',
  groupId: 'globex.main',
  userId: 'wile.coyote@globex.example',
  phoneNumber: '4155550100',
  numbers: '4155550101',
  first: '4155550101',
  last: '4155550102',
  deviceName: 'globex-phone',
};

test('every root field of the schema has a scope rule, and every rule a field', () => {
  for (const root of ROOTS) {
    const fields = Object.keys((SCHEMA.getType(root) as GraphQLObjectType).getFields()).filter(
      (f) => !f.startsWith('_'),
    );
    expect({ root, fields: fields.sort() }).toEqual({
      root,
      fields: Object.keys(SCOPE_RULES[root]).sort(),
    });
  }
});

const GLOBEX_HUNT = 'globex.hunt@globex.example';
let globexJob = '';
/** Arguments a field needs beyond its required ones, for the walk to name Globex. */
const PLACE = { serviceProviderId: GLOBEX.serviceProviderId, groupId: GLOBEX.groupId };
const ROAD_RUNNER = {
  ...PLACE,
  userId: 'road.runner@globex.example',
  firstName: 'R',
  lastName: 'R',
};
const EXTRA: Record<string, Record<string, unknown>> = {
  setAutoAttendantKeys: {
    input: {
      serviceUserId: GLOBEX_HUNT,
      menu: 'BUSINESS_HOURS',
      keys: [{ key: '1', action: 'EXIT' }],
    },
  },
  setCallCenterTreatment: {
    input: { serviceUserId: GLOBEX_HUNT, treatment: 'OVERFLOW', action: 'BUSY' },
  },
  callFlow: { phoneNumber: GLOBEX.phoneNumber },
  users: { serviceProviderId: GLOBEX.serviceProviderId, groupId: GLOBEX.groupId },
  startUserImport: { input: { inputs: [ROAD_RUNNER] } },
  startProvisioningImport: {
    input: { inputs: [{ user: ROAD_RUNNER, number: { firstFree: true } }] },
  },
  startDeprovisioningImport: { input: { userIds: [GLOBEX.userId] } },
  auditEvents: { filter: { serviceProviderId: GLOBEX.serviceProviderId, groupId: GLOBEX.groupId } },
};

/** What an out-of-scope request of each kind of rule answers. */
type Outcome =
  | { code: string; odinCalls?: 0; writes: 0 }
  | { data: 'null' | 'no-globex' | 'row-not-found'; writes: 0 };

function expected(root: 'Query' | 'Mutation', field: string): Outcome | undefined {
  const rule = SCOPE_RULES[root][field];
  if (rule.open) return undefined;
  if (field === 'startDeprovisioningImport') return { data: 'row-not-found', writes: 0 };
  if (rule.places && (root === 'Mutation' || field !== 'callFlow'))
    return { code: 'FORBIDDEN', odinCalls: 0, writes: 0 };
  if (rule.entity) return { code: 'NOT_FOUND', writes: 0 };
  if (rule.answer === 'list' || field === 'bulkJobsConnection')
    return { data: 'no-globex', writes: 0 };
  return { data: 'null', writes: 0 };
}

describe('a key scoped to acme.sp, every field naming Globex', () => {
  const cases = (['Query', 'Mutation'] as const).flatMap((root) =>
    Object.values((SCHEMA.getType(root) as GraphQLObjectType).getFields())
      .filter((f) => !f.name.startsWith('_'))
      .map((f) => [root, f.name] as const),
  );

  test.each(cases)('%s.%s', async (root, name) => {
    const outcome = expected(root, name);
    if (!outcome) return; // the passthrough session's own calls
    const field = (SCHEMA.getType(root) as GraphQLObjectType).getFields()[name];
    const values = { ...GLOBEX, id: globexJob, serviceUserId: GLOBEX_HUNT, ...EXTRA[name] };
    const op = validOperation(
      root === 'Query' ? 'query' : 'mutation',
      field,
      values,
      Object.keys(EXTRA[name] ?? {}),
    );
    // The number inventory needs ADMIN: its scope, not its role, is what is walked here.
    const key = SCOPE_RULES[root][name].role === 'ADMIN' ? KEY.acmeAdmin : KEY.acme;
    stack.sandbox.requests.length = 0;
    // A job's start answers its id too, to follow it; a connection its nodes' ids.
    const answer = await as(
      key,
      op.query
        .replace('{ __typename results', '{ __typename id results')
        .replace(
          'bulkJobsConnection { __typename }',
          'bulkJobsConnection { edges { node { id } } }',
        ),
      op.variables,
    );
    const seen = { calls: calls().length, writes: writes().length };
    if ('code' in outcome) {
      expect({ name, code: answer.errors?.[0]?.extensions?.code }).toEqual({
        name,
        code: outcome.code,
      });
      if (outcome.odinCalls === 0) expect({ name, calls: seen.calls }).toEqual({ name, calls: 0 });
    } else if (outcome.data === 'null') {
      expect({ name, errors: answer.errors, data: answer.data?.[name] }).toEqual({
        name,
        errors: undefined,
        data: null,
      });
    } else if (outcome.data === 'no-globex') {
      expect(answer.errors).toBeUndefined();
      const text = JSON.stringify(answer.data?.[name]);
      expect({ name, leaks: /globex/i.test(text) || text.includes(globexJob) }).toEqual({
        name,
        leaks: false,
      });
    } else {
      // The job starts; its row reads the user and answers it as absent.
      const id = (answer.data?.[name] as { id?: string } | undefined)?.id;
      expect(answer.errors).toBeUndefined();
      for (let i = 0; i < 100; i++) {
        const job = await as(key, `{ bulkJob(id: "${id}") { state provisionResults { code } } }`);
        const now = job.data?.bulkJob as {
          state: string;
          provisionResults: Array<{ code: string }>;
        };
        if (now.state === 'SUCCEEDED') {
          expect(now.provisionResults).toEqual([{ code: 'NOT_FOUND' }]);
          break;
        }
        await new Promise((r) => setTimeout(r, 20));
      }
    }
    expect({ name, writes: writes().length }).toEqual({ name, writes: 0 });
  });
});

describe('what a scoped key sees and may do', () => {
  test('user() of another enterprise is null after one read; updateUser of it is NOT_FOUND with no write', async () => {
    stack.sandbox.requests.length = 0;
    const read = await as(KEY.acme, `{ user(userId: "${GLOBEX.userId}") { userId firstName } }`);
    expect(read.errors).toBeUndefined();
    expect(read.data?.user).toBeNull();
    expect(calls().map((r) => `${r.method} ${r.path}`)).toEqual(['GET /users']);
    stack.sandbox.requests.length = 0;
    const update = await as(
      KEY.acme,
      `mutation { updateUser(input: { userId: "${GLOBEX.userId}", title: "Genius" }) { userId } }`,
    );
    expect(update.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([
      ['NOT_FOUND', `No user ${GLOBEX.userId}`],
    ]);
    expect(writes()).toEqual([]);
    expect(stack.sandbox.directory.user(GLOBEX.userId).title).not.toBe('Genius');
    // In scope, the same key reads and writes as any caller.
    const own = await as(
      KEY.acme,
      `mutation { updateUser(input: { userId: "alice.adams@hq.acme.example", title: "Head of Sales" }) { title } }`,
    );
    expect(own.data?.updateUser).toEqual({ title: 'Head of Sales' });
  });

  test('a key scoped to one group: lists keep that group, another group is FORBIDDEN', async () => {
    const users = await as(KEY.hq, '{ users(serviceProviderId: "acme.sp") { userId groupId } }');
    expect(users.errors).toBeUndefined();
    const groups = new Set((users.data?.users as Array<{ groupId: string }>).map((u) => u.groupId));
    expect([...groups]).toEqual(['acme.hq']);
    stack.sandbox.requests.length = 0;
    const branch = await as(
      KEY.hq,
      '{ group(serviceProviderId: "acme.sp", groupId: "acme.branch") { groupName } }',
    );
    expect(branch.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([
      ['FORBIDDEN', 'groupId acme.branch is outside this key’s scope'],
    ]);
    expect(calls()).toEqual([]);
    const hq = await as(
      KEY.hq,
      '{ group(serviceProviderId: "acme.sp", groupId: "acme.hq") { groupName users(limit: 2) { groupId } } }',
    );
    expect(hq.data?.group).toMatchObject({ groupName: 'Acme Head Office' });
    // A branch user by id is absent to it.
    const erin = await as(KEY.hq, '{ user(userId: "erin.ellis@branch.acme.example") { userId } }');
    expect(erin.data?.user).toBeNull();
  });

  test('_entities: an out-of-scope User is null, an in-scope one answered', async () => {
    const answer = await as(
      KEY.acme,
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on User { userId } } }',
      {
        r: [
          { __typename: 'User', userId: GLOBEX.userId },
          { __typename: 'User', userId: 'alice.adams@hq.acme.example' },
        ],
      },
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?._entities).toEqual([null, { userId: 'alice.adams@hq.acme.example' }]);
  });

  const mutations = Object.keys(SCOPE_RULES.Mutation).filter((m) => !SCOPE_RULES.Mutation[m].open);
  test.each(mutations)('VIEWER: %s is FORBIDDEN before any Odin call', async (name) => {
    const field = (SCHEMA.getType('Mutation') as GraphQLObjectType).getFields()[name];
    const op = validOperation('mutation', field, {}, Object.keys(EXTRA[name] ?? {}));
    stack.sandbox.requests.length = 0;
    const answer = await as(KEY.viewer, op.query, op.variables);
    expect({ name, code: answer.errors?.[0]?.extensions?.code }).toEqual({
      name,
      code: 'FORBIDDEN',
    });
    expect(answer.errors?.[0]?.message).toBe(
      `${name} needs the ${SCOPE_RULES.Mutation[name].role ?? 'OPERATOR'} role; this key is VIEWER`,
    );
    expect(calls()).toEqual([]);
  });

  test.each(['addGroupNumbers', 'removeGroupNumbers', 'setGroupNumbersActivated'])(
    'OPERATOR: %s (the number inventory) is FORBIDDEN; ADMIN of the same scope passes the check',
    async (name) => {
      const field = (SCHEMA.getType('Mutation') as GraphQLObjectType).getFields()[name];
      const op = validOperation('mutation', field, {});
      stack.sandbox.requests.length = 0;
      const operator = await as(KEY.acme, op.query, op.variables);
      expect(operator.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(calls()).toEqual([]);
      const admin = await as(KEY.acmeAdmin, op.query, op.variables);
      expect(admin.errors?.[0]?.extensions?.code).not.toBe('FORBIDDEN');
    },
  );

  test('a job is seen only by keys whose scope covers it: over HTTP and over WebSocket', async () => {
    const job = await as(KEY.acme, `{ bulkJob(id: "${globexJob}") { id } }`);
    expect(job.data?.bulkJob).toBeNull();
    const own = await as(KEY.globex, `{ bulkJob(id: "${globexJob}") { id } }`);
    expect(own.data?.bulkJob).toEqual({ id: globexJob });
    // The auditor's scope is everything: it sees both.
    const all = await as(KEY.viewer, '{ bulkJobs { id } }');
    expect((all.data?.bulkJobs as Array<{ id: string }>).map((j) => j.id)).toContain(globexJob);
    const client = createClient({
      url: stack.url.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${KEY.acme}` },
    });
    const errors = await new Promise<unknown[]>((resolve) => {
      client.subscribe(
        { query: `subscription { bulkJobProgress(id: "${globexJob}") { id } }` },
        {
          next: () => undefined,
          error: (e) => resolve(e as unknown[]),
          complete: () => resolve([]),
        },
      );
    });
    await client.dispose();
    expect(
      (errors as Array<{ extensions?: { code?: string } }>).map((e) => e.extensions?.code),
    ).toEqual(['NOT_FOUND']);
  });
});
