import { serverAudits } from 'graphql-http';
import { startStack } from '../helpers/stack';

test('graphql-http server audit: no MUST fails, no SHOULD warnings', async () => {
  const stack = await startStack();
  try {
    const audits = serverAudits({ url: stack.url });
    const results = await Promise.all(audits.map((audit) => audit.fn()));
    const reason = (r: (typeof results)[number]) => ('reason' in r ? r.reason : '');
    const failedMust = results.filter((r) => r.name.startsWith('MUST') && r.status === 'error');
    const summary = results.reduce<Record<string, number>>(
      (acc, r) => ({ ...acc, [r.status]: (acc[r.status] ?? 0) + 1 }),
      {},
    );
    process.stdout.write(
      `graphql-http audit: ${results.length} audits ${JSON.stringify(summary)}\n`,
    );
    for (const r of results.filter((r) => r.status !== 'ok'))
      process.stdout.write(`  ${r.status} ${r.name}: ${reason(r)}\n`);
    expect(results.filter((r) => r.name.startsWith('MUST')).length).toBeGreaterThanOrEqual(13);
    expect(failedMust.map((r) => `${r.name}: ${reason(r)}`)).toEqual([]);
    expect(results.filter((r) => r.status === 'warn').map((r) => r.name)).toEqual([]);
  } finally {
    await stack.close();
  }
});
