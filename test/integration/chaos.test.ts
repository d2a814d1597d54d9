import {
  CreateUserDocument,
  DeleteUserDocument,
  GetUserDocument,
  UpdateUserDocument,
} from '../generated/graphql';
import { startStack } from '../helpers/stack';

type Outcome = 'ok' | 'failed';

/**
 * 500+ mixed operations against a sandbox that answers 10% 503s, drops 5% of connections
 * (half of the dropped writes after performing them) and has latency spikes. Then the
 * sandbox's state must agree with what GraphQL told the callers.
 */
test('chaos: what GraphQL reported is what Odin holds', async () => {
  const stack = await startStack({
    env: {
      ODIN_RATE_LIMIT_PER_SECOND: '1000',
      ODIN_MAX_CONCURRENCY: '16',
      ODIN_TIMEOUT_MS: '2000',
      LOG_LEVEL: 'warn',
    },
  });
  stack.sandbox.app.faults.chaos = {
    latencyMs: [0, 4],
    errorShare: 0.1,
    errorStatus: 503,
    dropShare: 0.05,
    spikeShare: 0.05,
    spikeMs: 150,
  };
  const created = new Map<string, Outcome>();
  const deleted = new Map<string, Outcome>();
  const codes = new Map<string, number>();
  let operations = 0;
  const note = (errors: Array<{ extensions?: Record<string, unknown> }> | undefined): Outcome => {
    operations++;
    if (!errors?.length) return 'ok';
    const code = String(errors[0].extensions?.code);
    codes.set(code, (codes.get(code) ?? 0) + 1);
    return 'failed';
  };

  // Each user's script runs in order; 14 scripts run at once.
  const script = async (n: number) => {
    const userId = `chaos.${n}@hq.acme.example`;
    const create = await stack.gql(CreateUserDocument, {
      input: {
        serviceProviderId: 'acme.sp',
        groupId: 'acme.hq',
        userId,
        firstName: 'Chaos',
        lastName: `N${n}`,
        extension: String(10000 + n),
        ...(n % 2 ? { webAuthPassword: 'Chaos-Passw0rd!' } : {}),
      },
    });
    created.set(userId, note(create.errors));
    note((await stack.gql(GetUserDocument, { userId })).errors);
    if (created.get(userId) === 'ok') {
      note(
        (
          await stack.gql(UpdateUserDocument, {
            input: { userId, title: `T${n}`, extension: String(20000 + n) },
          })
        ).errors,
      );
      note((await stack.gql(GetUserDocument, { userId })).errors);
      if (n % 3 === 0)
        deleted.set(userId, note((await stack.gql(DeleteUserDocument, { userId })).errors));
    }
  };
  const users = Array.from({ length: 130 }, (_, n) => n);
  const workers = Array.from({ length: 14 }, async (_, w) => {
    for (let i = w; i < users.length; i += 14) await script(users[i]);
  });
  try {
    await Promise.all(workers);
    stack.sandbox.app.faults.clear();

    expect(operations).toBeGreaterThanOrEqual(500);
    const held = stack.sandbox.directory.users;
    const problems: string[] = [];
    for (const [userId, outcome] of created) {
      const exists = held.has(userId);
      const removed = deleted.get(userId);
      if (outcome === 'failed' && exists)
        problems.push(`${userId}: create reported failed, but it exists`);
      if (outcome === 'ok' && removed === undefined && !exists)
        problems.push(`${userId}: create reported ok, but it is missing`);
      if (removed === 'ok' && exists) problems.push(`${userId}: delete reported ok, but it exists`);
    }
    // BroadWorks keys users by id, so "twice" shows as a second user holding the same extension.
    const extensions = [...held.values()]
      .filter((u) => u.groupId === 'acme.hq')
      .map((u) => u.extension)
      .filter(Boolean);
    expect(new Set(extensions).size).toBe(extensions.length);
    expect(problems).toEqual([]);
    const posts = stack.sandbox.app.calls('POST', '/users').length;
    const succeeded = [...created.values()].filter((o) => o === 'ok').length;
    // Visible in the test output, for the record of what the run went through.
    process.stdout.write(
      `chaos: ${operations} operations, ${stack.sandbox.requests.length} upstream calls, ` +
        `${succeeded}/${created.size} creates ok with ${posts} POSTs, failures ${JSON.stringify(Object.fromEntries(codes))}\n`,
    );
    expect(succeeded).toBeGreaterThan(created.size * 0.9);
  } finally {
    await stack.close();
  }
}, 60_000);
