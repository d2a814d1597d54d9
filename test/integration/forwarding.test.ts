import { seedUsers } from '../../src/sandbox/seed';
import { type Stack, expectData, expectError, startStack, writesTo } from '../helpers/stack';
import {
  GroupForwardingDocument,
  SetCallForwardingDocument,
  SetDoNotDisturbDocument,
  UserRoutingDocument,
} from '../generated/graphql';

let stack: Stack;
beforeEach(async () => {
  stack = await startStack();
});
afterEach(() => stack.close());

const HQ = { serviceProviderId: 'acme.sp', groupId: 'acme.hq' };
const ALICE = 'alice.adams@hq.acme.example';
const writes = () => writesTo(stack);

/** What Odin holds, read as odins_spear reads it: the per-user call and the group's row. */
async function odinSide(userId: string, path: string) {
  const raw = async (pathAndQuery: string) => {
    const login = await fetch(`${stack.sandbox.baseUrl}/auth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'odin-demo', password: 'sandbox-demo-Pa55!' }),
    });
    const { token } = (await login.json()) as { token: string };
    const answer = await fetch(`${stack.sandbox.baseUrl}${pathAndQuery}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    return (await answer.json()) as unknown;
  };
  const one = (await raw(`/users/${path}?userId=${userId}`)) as Record<string, unknown>;
  const rows = (await raw(
    `/users/${path}/bulk?serviceProviderId=acme.sp&groupId=acme.hq`,
  )) as Array<{ user: { userId: string }; data: Record<string, unknown> }>;
  return { one, row: rows.find((r) => r.user.userId === userId)?.data };
}

describe('reading forwarding and do not disturb', () => {
  test('the seeded state: targets as text, a kind null without its service', async () => {
    const alice = expectData(await stack.gql(UserRoutingDocument, { userId: ALICE })).user;
    expect(alice?.callForwarding).toEqual({
      always: { active: false, forwardTo: null, numberOfRings: null, ringSplash: false },
      busy: { active: true, forwardTo: '1000', numberOfRings: null, ringSplash: null },
      noAnswer: { active: false, forwardTo: null, numberOfRings: 2, ringSplash: null },
      notReachable: {
        active: true,
        forwardTo: '2125550199',
        numberOfRings: null,
        ringSplash: null,
      },
    });
    expect(alice?.doNotDisturb).toEqual({ active: false, ringSplash: false });
    const bob = expectData(
      await stack.gql(UserRoutingDocument, { userId: 'bob.baker@hq.acme.example' }),
    ).user;
    expect(bob?.callForwarding.noAnswer).toEqual({
      active: true,
      forwardTo: '2125550130',
      numberOfRings: 3,
      ringSplash: null,
    });
    const frank = expectData(
      await stack.gql(UserRoutingDocument, { userId: 'frank.fox@hq.acme.example' }),
    ).user;
    expect(frank?.doNotDisturb).toEqual({ active: true, ringSplash: false });
    // The lobby line's Basic pack has none of these services.
    const lobby = expectData(
      await stack.gql(UserRoutingDocument, { userId: 'lobby.1004@hq.acme.example' }),
    ).user;
    expect(lobby?.callForwarding).toEqual({
      always: null,
      busy: null,
      noAnswer: null,
      notReachable: null,
    });
    expect(lobby?.doNotDisturb).toBeNull();
  });

  test("200 users' four forwardings: the user list and the four /bulk reads, not 800 calls", async () => {
    seedUsers(stack.sandbox.directory, 200);
    // Logged in first: the count is of the query.
    expectData(await stack.gql(UserRoutingDocument, { userId: ALICE }));
    stack.sandbox.requests.length = 0;
    const group = expectData(await stack.gql(GroupForwardingDocument, HQ)).group;
    expect(group?.users.length).toBeGreaterThanOrEqual(200);
    const calls = stack.sandbox.requests.map((r) => `${r.method} ${r.path}`).sort();
    expect(calls).toEqual(
      [
        'GET /groups',
        'GET /users',
        'GET /users/call-forwarding-always/bulk',
        'GET /users/call-forwarding-busy/bulk',
        'GET /users/call-forwarding-no-answer/bulk',
        'GET /users/call-forwarding-not-reachable/bulk',
      ].sort(),
    );
    const alice = group?.users.find((u) => u.userId === ALICE);
    expect(alice?.callForwarding.busy?.forwardTo).toBe('1000');
  });
});

describe('setCallForwarding', () => {
  const KINDS = [
    ['ALWAYS', 'call-forwarding-always', 'always'],
    ['BUSY', 'call-forwarding-busy', 'busy'],
    ['NO_ANSWER', 'call-forwarding-no-answer', 'noAnswer'],
    ['NOT_REACHABLE', 'call-forwarding-not-reachable', 'notReachable'],
  ] as const;

  test.each(KINDS)(
    '%s: Odin holds it (per user and in /bulk), the group read shows it, the same again writes nothing, off keeps the target',
    async (kind, path, field) => {
      const input = { userId: ALICE, kind, active: true, forwardTo: '*551001' };
      const set = expectData(await stack.gql(SetCallForwardingDocument, { input }));
      expect(set.setCallForwarding[field]).toMatchObject({ active: true, forwardTo: '*551001' });
      const held = await odinSide(ALICE, path);
      expect(held.one).toMatchObject({ isActive: true, forwardToPhoneNumber: '*551001' });
      expect(held.row).toMatchObject({ isActive: true, forwardToPhoneNumber: '*551001' });
      const group = expectData(await stack.gql(GroupForwardingDocument, HQ)).group;
      expect(group?.users.find((u) => u.userId === ALICE)?.callForwarding[field]).toMatchObject({
        active: true,
        forwardTo: '*551001',
      });

      stack.sandbox.requests.length = 0;
      const again = expectData(await stack.gql(SetCallForwardingDocument, { input }));
      expect(again).toEqual(set);
      expect(writes()).toEqual([]);

      const off = expectData(
        await stack.gql(SetCallForwardingDocument, {
          input: { userId: ALICE, kind, active: false },
        }),
      );
      expect(off.setCallForwarding[field]).toMatchObject({ active: false, forwardTo: '*551001' });
      expect((await odinSide(ALICE, path)).one).toMatchObject({
        isActive: false,
        forwardToPhoneNumber: '*551001',
      });
    },
  );

  test('a digit-only target that Odin sends as a JSON number is answered as the same text', async () => {
    const input = { userId: ALICE, kind: 'ALWAYS' as const, active: true, forwardTo: '2125550188' };
    expectData(await stack.gql(SetCallForwardingDocument, { input }));
    expect((await odinSide(ALICE, 'call-forwarding-always')).one.forwardToPhoneNumber).toBe(
      2125550188,
    );
    const alice = expectData(await stack.gql(UserRoutingDocument, { userId: ALICE })).user;
    expect(alice?.callForwarding.always?.forwardTo).toBe('2125550188');
  });

  test.each([
    ['active without a target', { kind: 'ALWAYS', active: true }, 'forwardTo'],
    ['a target with letters', { kind: 'ALWAYS', active: true, forwardTo: '12ab' }, 'forwardTo'],
    ['a 162-digit target', { kind: 'BUSY', active: true, forwardTo: '1'.repeat(162) }, 'forwardTo'],
    [
      '21 rings',
      { kind: 'NO_ANSWER', active: true, forwardTo: '1001', numberOfRings: 21 },
      'numberOfRings',
    ],
    [
      'rings on busy',
      { kind: 'BUSY', active: true, forwardTo: '1001', numberOfRings: 3 },
      'numberOfRings',
    ],
    [
      'ring splash on no answer',
      { kind: 'NO_ANSWER', active: false, ringSplash: true },
      'ringSplash',
    ],
  ] as const)('%s: BAD_USER_INPUT naming %s, no Odin call', async (_name, fields, field) => {
    stack.sandbox.requests.length = 0;
    const answer = await stack.gql(SetCallForwardingDocument, {
      input: { userId: ALICE, ...fields },
    });
    expectError(answer, 'BAD_USER_INPUT');
    expect(
      (answer.errors?.[0].extensions?.fields as Array<{ field: string }>).map((f) => f.field),
    ).toContain(field);
    expect(stack.sandbox.requests.filter((r) => !r.path.startsWith('/auth/'))).toEqual([]);
  });

  test('a user without the service: BAD_USER_INPUT, nothing written; an unknown user: NOT_FOUND', async () => {
    stack.sandbox.requests.length = 0;
    expectError(
      await stack.gql(SetCallForwardingDocument, {
        input: {
          userId: 'lobby.1004@hq.acme.example',
          kind: 'ALWAYS',
          active: true,
          forwardTo: '1001',
        },
      }),
      'BAD_USER_INPUT',
    );
    expectError(
      await stack.gql(SetCallForwardingDocument, {
        input: {
          userId: 'nobody@hq.acme.example',
          kind: 'ALWAYS',
          active: true,
          forwardTo: '1001',
        },
      }),
      'NOT_FOUND',
    );
    expect(writes()).toEqual([]);
  });
});

describe('setDoNotDisturb', () => {
  test("Odin holds it; the same again writes nothing; a bare call turns it off, as Odin's client does", async () => {
    const on = expectData(
      await stack.gql(SetDoNotDisturbDocument, {
        input: { userId: ALICE, active: true, ringSplash: true },
      }),
    );
    expect(on.setDoNotDisturb).toEqual({ active: true, ringSplash: true });
    expect(stack.sandbox.directory.user(ALICE).settings?.['Do Not Disturb']).toEqual({
      isActive: true,
      ringSplash: true,
    });
    stack.sandbox.requests.length = 0;
    expect(
      expectData(
        await stack.gql(SetDoNotDisturbDocument, {
          input: { userId: ALICE, active: true, ringSplash: true },
        }),
      ),
    ).toEqual(on);
    expect(writes()).toEqual([]);
    const off = expectData(
      await stack.gql(SetDoNotDisturbDocument, { input: { userId: ALICE, active: false } }),
    );
    expect(off.setDoNotDisturb).toEqual({ active: false, ringSplash: false });
    expect(writes().map((w) => `${w.method} ${w.path}`)).toEqual(['PUT /users/do-not-disturb']);
  });
});
