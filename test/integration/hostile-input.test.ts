import { rmSync } from 'node:fs';
import { print } from 'graphql';
import {
  CreateUserDocument,
  DeleteUserDocument,
  GetGroupDocument,
  GetUserDocument,
  ListUsersDocument,
  UpdateUserDocument,
} from '../generated/graphql';
import type { ErrorCode } from '../../src/graphql/errors';
import { buildAppSchemas } from '../../src/graphql/schema';
import { schemaCases } from '../helpers/schema-cases';
import { type Stack, startStack } from '../helpers/stack';
import { writeKeysFile } from '../helpers/keys';
import { auditDataDir } from '../helpers/audit-store';

/** A directory of its own for an embedded audit store, removed when the process ends. */
async function dataDir(): Promise<string> {
  const dir = await auditDataDir();
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** What a case must answer: its code, the field an input error names, the HTTP status. */
interface Expected {
  code: ErrorCode;
  /** For input errors: a field `extensions.fields` names (any of these). */
  field?: string | string[];
  /** For a variable that does not coerce: a word the message holds (the variable). */
  mentions?: string;
  status?: number;
}

/** One hostile request: a raw body, or a GraphQL operation with variables. */
interface Case {
  name: string;
  body: string;
  /** null: no Content-Type header at all. */
  contentType?: string | null;
  /** A GET sends no body, this query string instead. */
  get?: string;
  expected: Expected;
}

const bad = (field?: string | string[]): Expected => ({ code: 'BAD_USER_INPUT', field });
const invalid: Expected = { code: 'GRAPHQL_VALIDATION_FAILED' };
const badRequest: Expected = { code: 'BAD_REQUEST', status: 400 };

const op = (
  name: string,
  document: Parameters<typeof print>[0],
  variables: unknown,
  expected: Expected,
): Case => ({ name, body: JSON.stringify({ query: print(document), variables }), expected });
const raw = (name: string, query: string, expected: Expected, variables?: unknown): Case => ({
  name,
  body: JSON.stringify({ query, variables }),
  expected,
});

const HOSTILE = [
  '',
  ' ',
  'a'.repeat(10_000),
  'ü'.repeat(10_000),
  '\u0000',
  'bell\u0007',
  'line\nbreak',
  'carriage\r\n',
  'rtl\u202eoverride',
  'lone\ud800surrogate',
  'аlice@hq.acme.example', // Cyrillic а
  'alice@hq.acme.examрle', // Cyrillic р
  'ａｌｉｃｅ@hq.acme.example', // full-width
  'alice@hq.acme.example\u0000',
  'alice@@hq.acme.example',
  'alice@hq..acme.example',
  'alice@-hq.acme.example',
  `${'a'.repeat(162)}@hq.acme.example`,
  "' OR '1'='1",
  '"; DROP TABLE users; --',
  '<script>alert(1)</script>',
  '${jndi:ldap://127.0.0.1/a}',
  '../../../etc/passwd',
  '%00%0d%0a',
  '{{7*7}}',
  '__proto__',
  '😀😀😀',
];
const hasAt = (v: string) => v.includes('@');
const unsafe = (v: string) =>
  v === '' || v.trim() === '' || v.length > 30 || /[\p{Cc}\u202e\ud800]/u.test(v);

const valid = {
  serviceProviderId: 'acme.sp',
  groupId: 'acme.hq',
  userId: 'hostile@hq.acme.example',
  firstName: 'Hos',
  lastName: 'Tile',
};

function cases(): Case[] {
  const list: Case[] = [];
  for (const v of HOSTILE) {
    list.push(op(`user(userId: ${v.slice(0, 20)})`, GetUserDocument, { userId: v }, bad('userId')));
    list.push(
      op(`deleteUser(${v.slice(0, 20)})`, DeleteUserDocument, { userId: v }, bad('userId')),
    );
    list.push(
      op(
        `createUser.userId ${v.slice(0, 20)}`,
        CreateUserDocument,
        {
          input: { ...valid, userId: v },
        },
        bad('userId'),
      ),
    );
    list.push(
      op(
        `updateUser.userId ${v.slice(0, 20)}`,
        UpdateUserDocument,
        {
          input: { userId: v, title: 'x' },
        },
        bad('userId'),
      ),
    );
    list.push(
      op(
        `createUser.extension ${v.slice(0, 20)}`,
        CreateUserDocument,
        {
          input: { ...valid, extension: v },
        },
        bad('extension'),
      ),
    );
    list.push(
      op(
        `createUser.phoneNumber ${v.slice(0, 20)}`,
        CreateUserDocument,
        {
          input: { ...valid, phoneNumber: v },
        },
        bad('phoneNumber'),
      ),
    );
    list.push(
      op(
        `updateUser.mobilePhoneNumber ${v.slice(0, 20)}`,
        UpdateUserDocument,
        {
          input: { userId: valid.userId, mobilePhoneNumber: v },
        },
        bad('mobilePhoneNumber'),
      ),
    );
    if (!hasAt(v) || unsafe(v)) {
      list.push(
        op(
          `createUser.emailAddress ${v.slice(0, 20)}`,
          CreateUserDocument,
          {
            input: { ...valid, emailAddress: v },
          },
          bad('emailAddress'),
        ),
      );
    }
    if (unsafe(v)) {
      for (const field of [
        'firstName',
        'lastName',
        'callingLineIdFirstName',
        'department',
      ] as const) {
        list.push(
          op(
            `createUser.${field} ${v.slice(0, 20)}`,
            CreateUserDocument,
            {
              input: { ...valid, [field]: v },
            },
            bad(field),
          ),
        );
      }
      list.push(
        op(
          `group(serviceProviderId: ${v.slice(0, 20)})`,
          GetGroupDocument,
          {
            serviceProviderId: v,
            groupId: 'acme.hq',
          },
          bad('serviceProviderId'),
        ),
      );
      list.push(
        op(
          `filter value ${v.slice(0, 20)}`,
          ListUsersDocument,
          {
            serviceProviderId: 'acme.sp',
            filter: { field: 'LAST_NAME', match: 'EQUALS', value: v },
          },
          bad('filter.value'),
        ),
      );
    }
  }

  // Odin configuration passed through `payload`.
  // A value the JSONObject scalar refuses fails coercion: no fields, the variable named.
  const notAnObject: Expected = { code: 'BAD_USER_INPUT', mentions: 'input' };
  const payloads: Array<[string, unknown, Expected]> = [
    ['a key with a space', { 'first name': 'x' }, bad('payload')],
    ['a __proto__ key', JSON.parse('{"__proto__": {"polluted": true}}'), bad('payload')],
    ['a $where key', { $where: 'sleep(1000)' }, bad('payload')],
    ['a dotted key', { 'a.b': 1 }, bad('payload')],
    ['a control character', { title: 'a\u0000b' }, bad('payload')],
    ['a 20 kB string', { title: 'x'.repeat(20_000) }, bad('payload')],
    ['100k numbers', { aliases: Array.from({ length: 100_000 }, (_, i) => i) }, bad('payload')],
    ['nesting 10 deep', JSON.parse(`${'{"a":'.repeat(10)}1${'}'.repeat(10)}`), bad('payload')],
    ['a string, not an object', 'password', notAnObject],
    ['a list, not an object', [1, 2, 3], notAnObject],
    ['a number', 42, notAnObject],
  ];
  for (const [name, payload, expected] of payloads) {
    list.push(
      op(`payload: ${name}`, CreateUserDocument, { input: { ...valid, payload } }, expected),
    );
  }

  // Built as text: serializing it would overflow this test's own stack.
  list.push({
    name: 'payload: nesting 5000 deep',
    body: `{"query":${JSON.stringify(print(CreateUserDocument))},"variables":{"input":${JSON.stringify(valid).slice(0, -1)},"payload":${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}}}}`,
    expected: bad('payload'),
  });

  // Wrong variable types, missing and extra fields.
  const coercion: Expected = { code: 'BAD_USER_INPUT', mentions: '$input' };
  const inputs: Array<[string, unknown, Expected]> = [
    ['input as a string', 'input', coercion],
    ['input as a number', 5, coercion],
    ['input as a list', [valid], coercion],
    ['input null', null, coercion],
    ['input missing', undefined, coercion],
    ['an empty input', {}, coercion],
    ['firstName missing', { ...valid, firstName: undefined }, coercion],
    ['userId missing', { ...valid, userId: undefined }, coercion],
    ['an extra field', { ...valid, isAdmin: true }, coercion],
    ['serviceProviderId a number', { ...valid, serviceProviderId: 5 }, coercion],
    ['firstName an object', { ...valid, firstName: { $ne: null } }, coercion],
    ['allowVideo a string', { ...valid, allowVideo: 'yes' }, coercion],
    ['address a string', { ...valid, address: 'Main Street' }, coercion],
    ['address with an unknown line', { ...valid, address: { line9: 'x' } }, coercion],
    ['extension a number', { ...valid, extension: 1234 }, coercion],
    ['webAuthPassword empty', { ...valid, webAuthPassword: '' }, bad('webAuthPassword')],
    [
      'webAuthPassword 10k',
      { ...valid, webAuthPassword: 'Aa1!'.repeat(2500) },
      bad('webAuthPassword'),
    ],
    [
      'webAuthPassword with NUL',
      { ...valid, webAuthPassword: 'Aa1!\u0000xyz' },
      bad('webAuthPassword'),
    ],
  ];
  for (const [name, input, expected] of inputs)
    list.push(op(`createUser: ${name}`, CreateUserDocument, { input }, expected));
  const updates: Array<[string, unknown, Expected]> = [
    ['nothing to change', { userId: valid.userId }, bad()],
    [
      'endpoint object without endpointType',
      { userId: valid.userId, trunkAddressing: { trunkGroupName: 'hq-pbx' } },
      bad('trunkAddressing'),
    ],
    [
      'unknown endpointType',
      { userId: valid.userId, endpointType: 'PSTN' },
      { code: 'BAD_USER_INPUT', mentions: '$input' },
    ],
    [
      '11 contacts',
      {
        userId: valid.userId,
        endpointType: 'TRUNK_ADDRESSING',
        trunkAddressing: { trunkGroupName: 'hq-pbx', contacts: Array(11).fill('sip:x') },
      },
      bad('trunkAddressing.contacts'),
    ],
    [
      'a 10k contact list',
      {
        userId: valid.userId,
        endpointType: 'TRUNK_ADDRESSING',
        trunkAddressing: { trunkGroupName: 'hq-pbx', contacts: Array(10_000).fill('sip:x') },
      },
      bad('trunkAddressing.contacts'),
    ],
  ];
  for (const [name, input, expected] of updates)
    list.push(op(`updateUser: ${name}`, UpdateUserDocument, { input }, expected));
  const limitCoercion: Expected = { code: 'BAD_USER_INPUT', mentions: '$limit' };
  const filterCoercion: Expected = { code: 'BAD_USER_INPUT', mentions: '$filter' };
  const lists: Array<[string, unknown, Expected]> = [
    ['limit as text', { serviceProviderId: 'acme.sp', limit: 'ten' }, limitCoercion],
    ['limit 1.5', { serviceProviderId: 'acme.sp', limit: 1.5 }, limitCoercion],
    ['limit 2^40', { serviceProviderId: 'acme.sp', limit: 2 ** 40 }, limitCoercion],
    ['limit -1', { serviceProviderId: 'acme.sp', limit: -1 }, bad('limit')],
    ['limit 100000', { serviceProviderId: 'acme.sp', limit: 100_000 }, bad('limit')],
    [
      'unknown filter field',
      { serviceProviderId: 'acme.sp', filter: { field: 'PASSWORD', match: 'EQUALS', value: 'x' } },
      filterCoercion,
    ],
    [
      'lower-case match',
      { serviceProviderId: 'acme.sp', filter: { field: 'LAST_NAME', match: 'equals', value: 'x' } },
      filterCoercion,
    ],
    [
      'wildcard in the value',
      { serviceProviderId: 'acme.sp', filter: { field: 'LAST_NAME', match: 'EQUALS', value: '*' } },
      bad('filter.value'),
    ],
    ['groupId alone', { groupId: 'acme.hq' }, bad(['serviceProviderId', 'groupId'])],
    ['nothing at all', {}, bad('serviceProviderId')],
  ];
  for (const [name, variables, expected] of lists)
    list.push(op(`users: ${name}`, ListUsersDocument, variables, expected));

  // Malformed bodies.
  const bodies: Array<[string, Expected]> = [
    ['{', badRequest],
    ['{"query":', badRequest],
    ['[', badRequest],
    ['null', badRequest],
    ['"x"', badRequest],
    ['123', badRequest],
    ['true', badRequest],
    ['', badRequest],
    ['undefined', badRequest],
    ['\u0000', badRequest],
    ['{"query": 123}', badRequest],
    ['{"query": null}', badRequest],
    ['{"query": "{"}', { code: 'GRAPHQL_PARSE_FAILED' }],
    ['{"query": "{ __typename }", "variables": "x"}', badRequest],
    ['{"query": "{ __typename }", "operationName": 5}', badRequest],
    [
      '{"query": "query A { __typename } query B { __typename }"}',
      { code: 'OPERATION_RESOLUTION_FAILURE' },
    ],
    ['{"query":"{ __typename }","extensions":"x"}', badRequest],
    ['[{"query":"{ __typename }"},{"query":"{ __typename }"}]', badRequest],
  ];
  for (const [body, expected] of bodies)
    list.push({ name: `body ${JSON.stringify(body).slice(0, 40)}`, body, expected });
  // Requests in the wrong shape say what to send instead.
  const sendJson: Expected = { ...badRequest, mentions: 'Content-Type: application/json' };
  list.push({
    name: 'text/plain body (CSRF)',
    body: JSON.stringify({ query: '{ __typename }' }),
    contentType: 'text/plain',
    expected: sendJson,
  });
  list.push({
    name: 'form body (CSRF)',
    body: 'query=%7B__typename%7D',
    contentType: 'application/x-www-form-urlencoded',
    expected: sendJson,
  });
  list.push({
    name: 'no Content-Type',
    body: JSON.stringify({ query: '{ __typename }' }),
    contentType: null,
    expected: sendJson,
  });
  list.push({
    name: 'application/graphql-response+json body',
    body: JSON.stringify({ query: '{ __typename }' }),
    contentType: 'application/graphql-response+json',
    expected: sendJson,
  });
  const needsQuery: Expected = { ...badRequest, mentions: 'GET /graphql needs a query parameter' };
  list.push({ name: 'GET without a query', body: '', get: '', expected: needsQuery });
  list.push({ name: 'GET with an empty query', body: '', get: '?query=', expected: needsQuery });
  list.push(
    raw(
      'CSV column user_id',
      'mutation($csv: String) { startUserImport(input: { csv: $csv }) { id } }',
      { code: 'BAD_USER_INPUT', mentions: 'user_id (did you mean userId?)' },
      { csv: 'user_id,firstName,lastName\na@hq.acme.example,A,A\n' },
    ),
  );
  list.push(
    raw(
      'CSV column First Name',
      'mutation($csv: String) { startUserImport(input: { csv: $csv }) { id } }',
      { code: 'BAD_USER_INPUT', mentions: 'First Name (did you mean firstName?)' },
      { csv: 'userId,First Name,lastName\na@hq.acme.example,A,A\n' },
    ),
  );

  // Documents that are wrong, deep, wide or huge.
  list.push(raw('unknown field', '{ user(userId: "a@b.example") { password } }', invalid));
  list.push(
    raw('unknown argument', '{ user(userId: "a@b.example", admin: true) { userId } }', invalid),
  );
  list.push(raw('missing selection', '{ user(userId: "a@b.example") }', invalid));
  list.push(raw('a subscription', 'subscription { user }', invalid));
  list.push(raw('a subscription, well formed', 'subscription { __typename }', invalid));
  const nest = (n: number) =>
    `{ __schema { types { ${'ofType { '.repeat(n)}name${' }'.repeat(n)} } } }`;
  list.push(raw('introspection 20 deep', nest(20), invalid));
  list.push(raw('introspection 100 deep', nest(100), invalid));
  const aliases = (n: number) =>
    `{ ${Array.from({ length: n }, (_, i) => `a${i}: user(userId: "a${i}@hq.acme.example") { userId }`).join(' ')} }`;
  list.push(raw('31 aliases', aliases(31), invalid));
  list.push(raw('200 aliases', aliases(200), invalid));
  list.push(
    raw(
      '__typename alias bomb',
      `{ ${Array.from({ length: 500 }, (_, i) => `t${i}: __typename`).join(' ')} }`,
      invalid,
    ),
  );
  const chain = (n: number) =>
    `query { user(userId: "a@hq.acme.example") { ...F0 } } ${Array.from({ length: n }, (_, i) => `fragment F${i} on User { userId ${i + 1 < n ? `...F${i + 1} a${i}: userId ...F${i + 1}` : ''} }`).join(' ')}`;
  list.push(raw('fragment chain bomb', chain(30), invalid));
  list.push(
    raw(
      'fragment cycle',
      'query { user(userId: "a@hq.acme.example") { ...A } } fragment A on User { ...B } fragment B on User { ...A }',
      invalid,
    ),
  );
  list.push(
    raw(
      'users without limit, grouped, 6 times',
      `{ ${['a', 'b', 'c', 'd', 'e', 'f'].map((a) => `${a}: users(serviceProviderId: "acme.sp") { userId group { groupName } department { name } endpoint { linePort contacts } }`).join(' ')} }`,
      invalid,
    ),
  );
  list.push(
    raw(
      '5000-item list literal',
      `{ users(serviceProviderId: "acme.sp", limit: [${Array(5000).fill(1).join(',')}]) { userId } }`,
      { code: 'GRAPHQL_PARSE_FAILED' },
    ),
  );
  list.push(
    raw('10k-token document', `{ ${Array(10_000).fill('__typename').join(' ')} }`, {
      code: 'GRAPHQL_PARSE_FAILED',
    }),
  );
  list.push(
    raw('100 kB of whitespace and a query', `${' '.repeat(100_000)}{ __typename x }`, invalid),
  );
  const tooLarge: Expected = {
    code: 'PAYLOAD_TOO_LARGE',
    status: 413,
    mentions: 'the limit is 1000000 bytes (HTTP_BODY_LIMIT_BYTES)',
  };
  list.push({
    name: 'a 2 MB body',
    body: JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(2_000_000) } }),
    expected: tooLarge,
  });
  list.push({
    name: 'a 1.1 MB query',
    body: JSON.stringify({ query: `{ ${'__typename '.repeat(100_000)} }` }),
    expected: tooLarge,
  });
  list.push({
    name: '100k variables',
    body: JSON.stringify({
      query: '{ __typename }',
      variables: Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`v${i}`, i])),
    }),
    expected: tooLarge,
  });
  list.push({
    name: 'deeply nested JSON body',
    body: `{"query":"{ __typename }","variables":${'['.repeat(50_000)}${']'.repeat(50_000)}}`,
    expected: badRequest,
  });
  return list;
}

// Over every string and Int argument the schema has, nested input fields included.
const LONE_SURROGATE = 'a\ud800b';
const HOSTILE_STRINGS: Array<[string, string]> = [
  ['lone surrogate', LONE_SURROGATE],
  ['NUL', 'a\u0000b'],
  ['10k characters', 'a'.repeat(10_000)],
];
const HOSTILE_INTS: Array<[string, number]> = [
  ['2^31', 2 ** 31],
  ['-2^31-1', -(2 ** 31) - 1],
  ['1e20', 1e20],
];

async function generatedCases(): Promise<Case[]> {
  const { plain } = await buildAppSchemas();
  return schemaCases(plain, { string: HOSTILE_STRINGS, int: HOSTILE_INTS }).map((c) => ({
    name: `schema: ${c.name}`,
    body: JSON.stringify({ query: c.query, variables: c.variables }),
    // An Int out of range fails coercion, naming the variable; a string fails the layer's
    // own rules, naming the field (relative to an input, or with the argument's name).
    expected:
      c.kind === 'int'
        ? { code: 'BAD_USER_INPUT', mentions: `$${c.variable}` }
        : bad([c.path, `${c.variable}.${c.path}`]),
  }));
}

interface Answer {
  data?: Record<string, unknown> | null;
  errors?: Array<{ message: string; extensions?: { code?: unknown; fields?: unknown } }>;
}

/** What is wrong with an answer, or undefined when it is what the case expects. */
function judge(c: Case, status: number, text: string): string | undefined {
  const { code, field, mentions, status: wantStatus } = c.expected;
  if (wantStatus !== undefined && status !== wantStatus) return `HTTP ${status}, not ${wantStatus}`;
  if (status >= 500) return `HTTP ${status}`;
  let answer: Answer;
  try {
    answer = JSON.parse(text) as Answer;
  } catch {
    return `not JSON (HTTP ${status})`;
  }
  // createUsers answers a failure per input, as data; so does a job's start, in its results.
  const results = Object.values(answer.data ?? {})
    .map((v) => (v && typeof v === 'object' && 'results' in v ? v.results : v))
    .find(Array.isArray) as Array<{ code?: string; message?: string }> | undefined;
  if (!answer.errors?.length && results?.[0]?.code) {
    const [first] = results;
    // A row's failure names the field within the row (a job's `input.inputs.x` is `x`).
    const fields = [field ?? []].flat().map((f) => f.replace(/^(input\.)?inputs\./, ''));
    if (first.code !== code) return `result code ${first.code}, not ${code}`;
    if (fields.length && !fields.some((f) => first.message?.includes(`${f} `)))
      return `result message "${first.message}" names none of ${fields.join(', ')}`;
    return undefined;
  }
  const errors = answer.errors ?? [];
  if (!errors.length) return 'no error';
  const codes = errors.map((e) => e.extensions?.code);
  if (!codes.every((x) => x === code)) return `codes ${JSON.stringify(codes)}, not ${code}`;
  if (field !== undefined) {
    // An item of a list is named with its index (`ranges.0.first`): compare without it.
    const named = errors
      .flatMap((e) => (e.extensions?.fields as Array<{ field: string }> | undefined) ?? [])
      .map((f) => ({ field: f.field.replace(/\.\d+(?=\.|$)/g, '') }));
    const wanted = [field].flat();
    if (!named.some((f) => wanted.includes(f.field)))
      return `fields ${JSON.stringify(named.map((f) => f.field))} name none of ${wanted.join(', ')}`;
  }
  if (mentions !== undefined && !errors.some((e) => e.message.includes(mentions)))
    return `no message mentions ${mentions}: ${errors[0].message.slice(0, 120)}`;
  return undefined;
}

let stack: Stack;
beforeAll(async () => {
  // The audit trail on: every hostile mutation is an event, written whatever it holds.
  stack = await startStack({ env: { LOG_LEVEL: 'warn', AUDIT: 'on', DATA_DIR: await dataDir() } });
});
afterAll(() => stack.close());

test('hostile input: the expected code (and field) every time, no 5xx, no Odin call, no error log, bounded memory', async () => {
  const all = [...cases(), ...(await generatedCases())];
  expect(all.length).toBeGreaterThanOrEqual(300);
  process.stdout.write(`hostile input: ${all.length} cases\n`);
  const heapBefore = process.memoryUsage().heapUsed;
  const failures: string[] = [];
  for (const c of all) {
    const response =
      c.get !== undefined
        ? await fetch(`${stack.url}${c.get}`, { headers: { accept: 'application/json' } })
        : await fetch(stack.url, {
            method: 'POST',
            headers:
              c.contentType === null ? {} : { 'content-type': c.contentType ?? 'application/json' },
            // Bytes, so that fetch adds no Content-Type of its own.
            body: new TextEncoder().encode(c.body),
          });
    const text = await response.text();
    const wrong = judge(c, response.status, text);
    if (wrong) failures.push(`${c.name}: ${wrong} — ${text.slice(0, 160)}`);
    if (stack.sandbox.requests.length > 0) {
      failures.push(
        `${c.name}: reached Odin ${JSON.stringify(stack.sandbox.requests.map((r) => `${r.method} ${r.path}`))}`,
      );
      stack.sandbox.requests.length = 0;
    }
  }
  expect(failures).toEqual([]);
  // pino's error level is 50: nothing hostile is a bug of ours.
  const errorLogs = stack.logs.filter((l) => (JSON.parse(l) as { level: number }).level >= 50);
  expect(errorLogs).toEqual([]);
  const grownMb = (process.memoryUsage().heapUsed - heapBefore) / 1e6;
  expect(grownMb).toBeLessThan(200);
  // The process still serves.
  const health = await fetch(`${stack.origin}/healthz`);
  expect(health.status).toBe(200);
}, 60_000);

// The same generated cases from a key whose scope is another enterprise: every case names
// acme.sp, so each is refused as hostile, or as out of scope (FORBIDDEN, or NOT_FOUND for an
// entity named by id), and none reaches Odin.
describe('hostile input from a scoped key', () => {
  const KEY = 'globex-only-operator-key';
  let scoped: Stack;
  beforeAll(async () => {
    const file = writeKeysFile([
      { name: 'globex', key: KEY, scopes: ['globex.sp'], role: 'ADMIN' },
    ]);
    scoped = await startStack({
      env: {
        LOG_LEVEL: 'warn',
        GRAPHQL_API_KEYS_FILE: file,
        AUDIT: 'on',
        DATA_DIR: await dataDir(),
      },
    });
  });
  afterAll(() => scoped.close());

  test('out-of-scope variants of every generated case: the expected code, no 5xx, no Odin call', async () => {
    const all = await generatedCases();
    const failures: string[] = [];
    const outOfScope = new Set(['FORBIDDEN', 'NOT_FOUND']);
    for (const c of all) {
      const response = await fetch(scoped.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${KEY}` },
        body: c.body,
      });
      const text = await response.text();
      const codes = ((JSON.parse(text) as Answer).errors ?? []).map((e) => e.extensions?.code);
      const refusedAsOutside = codes.length > 0 && codes.every((x) => outOfScope.has(String(x)));
      const wrong = refusedAsOutside ? undefined : judge(c, response.status, text);
      if (wrong) failures.push(`${c.name}: ${wrong} — ${text.slice(0, 160)}`);
      if (scoped.sandbox.requests.length > 0) {
        failures.push(
          `${c.name}: reached Odin ${JSON.stringify(scoped.sandbox.requests.map((r) => `${r.method} ${r.path}`))}`,
        );
        scoped.sandbox.requests.length = 0;
      }
    }
    expect(failures).toEqual([]);
  }, 60_000);
});
