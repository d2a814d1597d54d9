import { CreateUserDocument, GetUserDocument, LoginDocument } from '../generated/graphql';
import { DEMO_ACCOUNT } from '../../src/sandbox';
import { expectData, expectError, startStack } from '../helpers/stack';

/** The value of one series in Prometheus text, or 0. */
function value(text: string, name: string, labels: Record<string, string>): number {
  const wanted = Object.entries(labels).map(([k, v]) => `${k}="${v}"`);
  const line = text
    .split('\n')
    .find((l) => l.startsWith(`${name}{`) && wanted.every((w) => l.includes(w)));
  return line ? Number(line.split(' ').pop()) : 0;
}

test('/metrics counts a known sequence of operations, with no user id in any label', async () => {
  const stack = await startStack();
  try {
    const input = {
      serviceProviderId: 'acme.sp',
      groupId: 'acme.hq',
      userId: 'metric.user@hq.acme.example',
      firstName: 'Met',
      lastName: 'Rics',
      webAuthPassword: 'Metric-Passw0rd!',
    };
    await stack.gql(CreateUserDocument, { input });
    await stack.gql(CreateUserDocument, { input }); // CONFLICT
    await stack.gql(GetUserDocument, { userId: 'metric.user@hq.acme.example' });
    await stack.gql(GetUserDocument, { userId: 'bad id' }); // BAD_USER_INPUT, no Odin call
    const text = await (await fetch(`${stack.origin}/metrics`)).text();

    expect(
      value(text, 'odin_calls_total', { method: 'POST', route: '/auth/token', outcome: '200' }),
    ).toBe(1);
    expect(
      value(text, 'odin_calls_total', { method: 'POST', route: '/users', outcome: '200' }),
    ).toBe(1);
    expect(
      value(text, 'odin_calls_total', { method: 'POST', route: '/users', outcome: '409' }),
    ).toBe(1);
    expect(
      value(text, 'odin_calls_total', { method: 'GET', route: '/users', outcome: '200' }),
    ).toBe(1);
    expect(
      value(text, 'odin_call_duration_seconds_count', { method: 'POST', route: '/users' }),
    ).toBe(2);
    expect(value(text, 'odin_logins_total', { outcome: 'ok' })).toBe(1);
    expect(
      value(text, 'graphql_operations_total', { operation: 'CreateUser', outcome: 'ok' }),
    ).toBe(1);
    expect(
      value(text, 'graphql_operations_total', { operation: 'CreateUser', outcome: 'CONFLICT' }),
    ).toBe(1);
    expect(value(text, 'graphql_operations_total', { operation: 'GetUser', outcome: 'ok' })).toBe(
      1,
    );
    expect(
      value(text, 'graphql_operations_total', { operation: 'GetUser', outcome: 'BAD_USER_INPUT' }),
    ).toBe(1);
    expect(
      value(text, 'graphql_operation_duration_seconds_count', { operation: 'CreateUser' }),
    ).toBe(2);
    expect(text).toContain('odin_limiter_queue_length{instance="default"} 0');
    // Every Odin metric names its instance.
    const odinLines = text.split('\n').filter((l) => l.startsWith('odin_'));
    expect(odinLines.length).toBeGreaterThan(10);
    expect(odinLines.filter((l) => !l.includes('instance="default"'))).toEqual([]);
    // Every Odin call waited for the limiter once.
    const calls = [...text.matchAll(/^odin_calls_total\{[^}]*\} (\d+)$/gm)].reduce(
      (sum, m) => sum + Number(m[1]),
      0,
    );
    expect(calls).toBe(4);
    expect(value(text, 'odin_limiter_wait_seconds_count', { instance: 'default' })).toBe(calls);
    expect(text).toContain('process_cpu_user_seconds_total');
    expect(text).not.toContain('metric.user');
    expect(text).not.toContain('Metric-Passw0rd');
  } finally {
    await stack.close();
  }
});

test('operation names from callers are bounded', async () => {
  const stack = await startStack();
  try {
    for (let i = 0; i < 105; i++)
      await fetch(stack.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: `query N${i} { __typename }` }),
      });
    await fetch(stack.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'query { __typename }' }),
    });
    const text = await (await fetch(`${stack.origin}/metrics`)).text();
    const names = new Set(
      [...text.matchAll(/graphql_operations_total\{operation="([^"]+)"/g)].map((m) => m[1]),
    );
    expect(names.size).toBeLessThanOrEqual(101);
    expect(names.has('other')).toBe(true);
  } finally {
    await stack.close();
  }
});

test("passthrough: a caller's refused login is not the service account's", async () => {
  const stack = await startStack({ env: { ODIN_AUTH_MODE: 'passthrough' } });
  try {
    expectError(
      await stack.gql(LoginDocument, { username: DEMO_ACCOUNT.username, password: 'wrong' }),
      'UNAUTHENTICATED',
    );
    expectData(await stack.gql(LoginDocument, DEMO_ACCOUNT));
    const text = await (await fetch(`${stack.origin}/metrics`)).text();
    expect(value(text, 'odin_caller_logins_total', { outcome: 'refused' })).toBe(1);
    expect(value(text, 'odin_caller_logins_total', { outcome: 'ok' })).toBe(1);
    // The alert on a changed service password stays quiet.
    expect(value(text, 'odin_logins_total', { outcome: 'refused' })).toBe(0);
    expect(value(text, 'odin_logins_total', { outcome: 'ok' })).toBe(0);
  } finally {
    await stack.close();
  }
});
