import { print } from 'graphql';
import {
  CreateUserDocument,
  DeleteUserDocument,
  GetGroupDocument,
  GetUserDocument,
  ListUsersDocument,
  UpdateUserDocument,
} from '../generated/graphql';
import { type Stack, startStack } from '../helpers/stack';

/** One hostile request: a raw body, or a GraphQL operation with variables. */
interface Case {
  name: string;
  body: string;
  contentType?: string;
}

const op = (name: string, document: Parameters<typeof print>[0], variables: unknown): Case => ({
  name,
  body: JSON.stringify({ query: print(document), variables }),
});
const raw = (name: string, query: string, variables?: unknown): Case => ({
  name,
  body: JSON.stringify({ query, variables }),
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
    list.push(op(`user(userId: ${v.slice(0, 20)})`, GetUserDocument, { userId: v }));
    list.push(op(`deleteUser(${v.slice(0, 20)})`, DeleteUserDocument, { userId: v }));
    list.push(
      op(`createUser.userId ${v.slice(0, 20)}`, CreateUserDocument, {
        input: { ...valid, userId: v },
      }),
    );
    list.push(
      op(`updateUser.userId ${v.slice(0, 20)}`, UpdateUserDocument, {
        input: { userId: v, title: 'x' },
      }),
    );
    list.push(
      op(`createUser.extension ${v.slice(0, 20)}`, CreateUserDocument, {
        input: { ...valid, extension: v },
      }),
    );
    list.push(
      op(`createUser.phoneNumber ${v.slice(0, 20)}`, CreateUserDocument, {
        input: { ...valid, phoneNumber: v },
      }),
    );
    list.push(
      op(`updateUser.mobilePhoneNumber ${v.slice(0, 20)}`, UpdateUserDocument, {
        input: { userId: valid.userId, mobilePhoneNumber: v },
      }),
    );
    if (!hasAt(v) || unsafe(v)) {
      list.push(
        op(`createUser.emailAddress ${v.slice(0, 20)}`, CreateUserDocument, {
          input: { ...valid, emailAddress: v },
        }),
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
          op(`createUser.${field} ${v.slice(0, 20)}`, CreateUserDocument, {
            input: { ...valid, [field]: v },
          }),
        );
      }
      list.push(
        op(`group(serviceProviderId: ${v.slice(0, 20)})`, GetGroupDocument, {
          serviceProviderId: v,
          groupId: 'acme.hq',
        }),
      );
      list.push(
        op(`filter value ${v.slice(0, 20)}`, ListUsersDocument, {
          serviceProviderId: 'acme.sp',
          filter: { field: 'LAST_NAME', match: 'EQUALS', value: v },
        }),
      );
    }
  }

  // Odin configuration passed through `payload`.
  const payloads: Array<[string, unknown]> = [
    ['a key with a space', { 'first name': 'x' }],
    ['a __proto__ key', JSON.parse('{"__proto__": {"polluted": true}}')],
    ['a $where key', { $where: 'sleep(1000)' }],
    ['a dotted key', { 'a.b': 1 }],
    ['a control character', { title: 'a\u0000b' }],
    ['a 20 kB string', { title: 'x'.repeat(20_000) }],
    ['100k numbers', { aliases: Array.from({ length: 100_000 }, (_, i) => i) }],
    ['nesting 10 deep', JSON.parse(`${'{"a":'.repeat(10)}1${'}'.repeat(10)}`)],
    ['a string, not an object', 'password'],
    ['a list, not an object', [1, 2, 3]],
    ['a number', 42],
  ];
  for (const [name, payload] of payloads) {
    list.push(op(`payload: ${name}`, CreateUserDocument, { input: { ...valid, payload } }));
  }

  // Built as text: serializing it would overflow this test's own stack.
  list.push({
    name: 'payload: nesting 5000 deep',
    body: `{"query":${JSON.stringify(print(CreateUserDocument))},"variables":{"input":${JSON.stringify(valid).slice(0, -1)},"payload":${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}}}}`,
  });

  // Wrong variable types, missing and extra fields.
  const inputs: Array<[string, unknown]> = [
    ['input as a string', 'input'],
    ['input as a number', 5],
    ['input as a list', [valid]],
    ['input null', null],
    ['input missing', undefined],
    ['an empty input', {}],
    ['firstName missing', { ...valid, firstName: undefined }],
    ['userId missing', { ...valid, userId: undefined }],
    ['an extra field', { ...valid, isAdmin: true }],
    ['serviceProviderId a number', { ...valid, serviceProviderId: 5 }],
    ['firstName an object', { ...valid, firstName: { $ne: null } }],
    ['allowVideo a string', { ...valid, allowVideo: 'yes' }],
    ['address a string', { ...valid, address: 'Main Street' }],
    ['address with an unknown line', { ...valid, address: { line9: 'x' } }],
    ['extension a number', { ...valid, extension: 1234 }],
    ['webAuthPassword empty', { ...valid, webAuthPassword: '' }],
    ['webAuthPassword 10k', { ...valid, webAuthPassword: 'Aa1!'.repeat(2500) }],
    ['webAuthPassword with NUL', { ...valid, webAuthPassword: 'Aa1!\u0000xyz' }],
  ];
  for (const [name, input] of inputs)
    list.push(op(`createUser: ${name}`, CreateUserDocument, { input }));
  const updates: Array<[string, unknown]> = [
    ['nothing to change', { userId: valid.userId }],
    [
      'endpoint object without endpointType',
      { userId: valid.userId, trunkAddressing: { trunkGroupName: 'hq-pbx' } },
    ],
    ['unknown endpointType', { userId: valid.userId, endpointType: 'PSTN' }],
    [
      '11 contacts',
      {
        userId: valid.userId,
        endpointType: 'TRUNK_ADDRESSING',
        trunkAddressing: { trunkGroupName: 'hq-pbx', contacts: Array(11).fill('sip:x') },
      },
    ],
    [
      'a 10k contact list',
      {
        userId: valid.userId,
        endpointType: 'TRUNK_ADDRESSING',
        trunkAddressing: { trunkGroupName: 'hq-pbx', contacts: Array(10_000).fill('sip:x') },
      },
    ],
  ];
  for (const [name, input] of updates)
    list.push(op(`updateUser: ${name}`, UpdateUserDocument, { input }));
  const lists: Array<[string, unknown]> = [
    ['limit as text', { serviceProviderId: 'acme.sp', limit: 'ten' }],
    ['limit 1.5', { serviceProviderId: 'acme.sp', limit: 1.5 }],
    ['limit 2^40', { serviceProviderId: 'acme.sp', limit: 2 ** 40 }],
    ['limit -1', { serviceProviderId: 'acme.sp', limit: -1 }],
    ['limit 100000', { serviceProviderId: 'acme.sp', limit: 100_000 }],
    [
      'unknown filter field',
      { serviceProviderId: 'acme.sp', filter: { field: 'PASSWORD', match: 'EQUALS', value: 'x' } },
    ],
    [
      'lower-case match',
      { serviceProviderId: 'acme.sp', filter: { field: 'LAST_NAME', match: 'equals', value: 'x' } },
    ],
    [
      'wildcard in the value',
      { serviceProviderId: 'acme.sp', filter: { field: 'LAST_NAME', match: 'EQUALS', value: '*' } },
    ],
    ['groupId alone', { groupId: 'acme.hq' }],
    ['nothing at all', {}],
  ];
  for (const [name, variables] of lists)
    list.push(op(`users: ${name}`, ListUsersDocument, variables));

  // Malformed bodies.
  for (const body of [
    '{',
    '{"query":',
    '[',
    'null',
    '"x"',
    '123',
    'true',
    '',
    'undefined',
    '\u0000',
    '{"query": 123}',
    '{"query": null}',
    '{"query": "{"}',
    '{"query": "{ __typename }", "variables": "x"}',
    '{"query": "{ __typename }", "operationName": 5}',
    '{"query": "query A { __typename } query B { __typename }"}',
    '{"query":"{ __typename }","extensions":"x"}',
    '[{"query":"{ __typename }"},{"query":"{ __typename }"}]',
  ]) {
    list.push({ name: `body ${JSON.stringify(body).slice(0, 40)}`, body });
  }
  list.push({
    name: 'text/plain body (CSRF)',
    body: JSON.stringify({ query: '{ __typename }' }),
    contentType: 'text/plain',
  });
  list.push({
    name: 'form body (CSRF)',
    body: 'query=%7B__typename%7D',
    contentType: 'application/x-www-form-urlencoded',
  });

  // Documents that are wrong, deep, wide or huge.
  list.push(raw('unknown field', '{ user(userId: "a@b.example") { password } }'));
  list.push(raw('unknown argument', '{ user(userId: "a@b.example", admin: true) { userId } }'));
  list.push(raw('missing selection', '{ user(userId: "a@b.example") }'));
  list.push(raw('a subscription', 'subscription { user }'));
  const nest = (n: number) =>
    `{ __schema { types { ${'ofType { '.repeat(n)}name${' }'.repeat(n)} } } }`;
  list.push(raw('introspection 20 deep', nest(20)));
  list.push(raw('introspection 100 deep', nest(100)));
  const aliases = (n: number) =>
    `{ ${Array.from({ length: n }, (_, i) => `a${i}: user(userId: "a${i}@hq.acme.example") { userId }`).join(' ')} }`;
  list.push(raw('31 aliases', aliases(31)));
  list.push(raw('200 aliases', aliases(200)));
  list.push(
    raw(
      '__typename alias bomb',
      `{ ${Array.from({ length: 500 }, (_, i) => `t${i}: __typename`).join(' ')} }`,
    ),
  );
  const chain = (n: number) =>
    `query { user(userId: "a@hq.acme.example") { ...F0 } } ${Array.from({ length: n }, (_, i) => `fragment F${i} on User { userId ${i + 1 < n ? `...F${i + 1} a${i}: userId ...F${i + 1}` : ''} }`).join(' ')}`;
  list.push(raw('fragment chain bomb', chain(30)));
  list.push(
    raw(
      'fragment cycle',
      'query { user(userId: "a@hq.acme.example") { ...A } } fragment A on User { ...B } fragment B on User { ...A }',
    ),
  );
  list.push(
    raw(
      'users without limit, grouped, 6 times',
      `{ ${['a', 'b', 'c', 'd', 'e', 'f'].map((a) => `${a}: users(serviceProviderId: "acme.sp") { userId group { groupName } department { name } endpoint { linePort contacts } }`).join(' ')} }`,
    ),
  );
  list.push(
    raw(
      '5000-item list literal',
      `{ users(serviceProviderId: "acme.sp", limit: [${Array(5000).fill(1).join(',')}]) { userId } }`,
    ),
  );
  list.push(raw('10k-token document', `{ ${Array(10_000).fill('__typename').join(' ')} }`));
  list.push(raw('100 kB of whitespace and a query', `${' '.repeat(100_000)}{ __typename x }`));
  list.push({
    name: 'a 2 MB body',
    body: JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(2_000_000) } }),
  });
  list.push({
    name: 'a 1.1 MB query',
    body: JSON.stringify({ query: `{ ${'__typename '.repeat(100_000)} }` }),
  });
  list.push({
    name: '100k variables',
    body: JSON.stringify({
      query: '{ __typename }',
      variables: Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`v${i}`, i])),
    }),
  });
  list.push({
    name: 'deeply nested JSON body',
    body: `{"query":"{ __typename }","variables":${'['.repeat(50_000)}${']'.repeat(50_000)}}`,
  });
  return list;
}

let stack: Stack;
beforeAll(async () => {
  stack = await startStack({ env: { LOG_LEVEL: 'warn' } });
});
afterAll(() => stack.close());

test('hostile input: a 4xx or a coded GraphQL error every time, no 5xx, no Odin call, bounded memory', async () => {
  const all = cases();
  expect(all.length).toBeGreaterThanOrEqual(300);
  process.stdout.write(`hostile input: ${all.length} cases\n`);
  const heapBefore = process.memoryUsage().heapUsed;
  const failures: string[] = [];
  for (const c of all) {
    const response = await fetch(stack.url, {
      method: 'POST',
      headers: { 'content-type': c.contentType ?? 'application/json' },
      body: c.body,
    });
    const text = await response.text();
    let codes: unknown[] = [];
    try {
      const parsed = JSON.parse(text) as { errors?: Array<{ extensions?: { code?: unknown } }> };
      codes = (parsed.errors ?? []).map((e) => e.extensions?.code);
    } catch {
      // An HTML or text answer is fine for a 4xx; it is judged by its status below.
    }
    const rejected =
      (response.status >= 400 && response.status < 500) ||
      (response.status === 200 && codes.length > 0 && codes.every((c) => typeof c === 'string'));
    if (response.status >= 500 || !rejected)
      failures.push(`${c.name}: HTTP ${response.status} ${text.slice(0, 200)}`);
    if (stack.sandbox.requests.length > 0) {
      failures.push(
        `${c.name}: reached Odin ${JSON.stringify(stack.sandbox.requests.map((r) => `${r.method} ${r.path}`))}`,
      );
      stack.sandbox.requests.length = 0;
    }
  }
  expect(failures).toEqual([]);
  const grownMb = (process.memoryUsage().heapUsed - heapBefore) / 1e6;
  expect(grownMb).toBeLessThan(200);
  // The process still serves.
  const health = await fetch(`${stack.origin}/healthz`);
  expect(health.status).toBe(200);
}, 60_000);
