import { GetUserDocument } from '../generated/graphql';
import { busiestSecond, startStack } from '../helpers/stack';

test('ODIN_RATE_LIMIT_PER_SECOND=10: 40 concurrent operations, no second holds more than 10 calls', async () => {
  const stack = await startStack({
    env: { ODIN_RATE_LIMIT_PER_SECOND: '10', ODIN_MAX_CONCURRENCY: '5' },
  });
  try {
    const started = Date.now();
    const answers = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        stack.gql(GetUserDocument, { userId: `someone.${i}@hq.acme.example` }),
      ),
    );
    answers.forEach((a) => expect(a.errors).toBeUndefined());
    const times = stack.sandbox.requests.map((r) => r.at);
    expect(times).toHaveLength(41);
    expect(busiestSecond(times)).toBeLessThanOrEqual(10);
    expect(Date.now() - started).toBeGreaterThanOrEqual(3900);
  } finally {
    await stack.close();
  }
});
