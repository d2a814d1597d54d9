import { GetUserDocument } from '../generated/graphql';
import { startSandboxProcess } from '../helpers/sandbox-process';
import { busiestSecond, startLayer } from '../helpers/stack';

test('ODIN_RATE_LIMIT_PER_SECOND=10: 40 concurrent operations, no second holds more than 10 calls', async () => {
  const odin = await startSandboxProcess();
  const layer = await startLayer(odin.baseUrl, {
    ODIN_RATE_LIMIT_PER_SECOND: '10',
    ODIN_MAX_CONCURRENCY: '5',
  });
  try {
    // Logged in and warm first: the measure is of the 40 operations.
    await layer.gql(GetUserDocument, { userId: 'alice.adams@hq.acme.example' });
    await odin.clear();
    const started = Date.now();
    const answers = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        layer.gql(GetUserDocument, { userId: `someone.${i}@hq.acme.example` }),
      ),
    );
    answers.forEach((a) => expect(a.errors).toBeUndefined());
    const times = (await odin.requests()).map((r) => r.at);
    expect(times).toHaveLength(40);
    expect(busiestSecond(times)).toBeLessThanOrEqual(10);
    expect(Date.now() - started).toBeGreaterThanOrEqual(3800);
  } finally {
    await layer.close();
    await odin.close();
  }
});
