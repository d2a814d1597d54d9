import { type Fleet, startFleet } from '../helpers/fleet';
import { describeWithRedis } from '../helpers/processes';

const PROVISION = `mutation($input: ProvisionUserInput!) {
  provisionUser(input: $input) { phoneNumber extension }
}`;

describeWithRedis('provisionUser over two replicas sharing Redis', () => {
  let fleet: Fleet;

  beforeAll(async () => {
    fleet = await startFleet({ ODIN_RATE_LIMIT_PER_SECOND: '200', ODIN_MAX_CONCURRENCY: '10' });
  }, 30_000);

  afterAll(() => fleet?.stop());

  test('10 concurrent firstFree provisions, half on each: 10 distinct numbers and extensions', async () => {
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        fleet.layers[i % 2].gql(PROVISION, {
          input: {
            user: {
              serviceProviderId: 'acme.sp',
              groupId: 'acme.hq',
              userId: `fleet.crowd.${i}@hq.acme.example`,
              firstName: 'Fleet',
              lastName: `N${i}`,
            },
            number: { firstFree: true },
          },
        }),
      ),
    );
    expect(answers.filter((a) => a.errors)).toEqual([]);
    const made = answers.map(
      (a) => a.data?.provisionUser as { phoneNumber: string; extension: string },
    );
    expect(new Set(made.map((m) => m.phoneNumber)).size).toBe(10);
    expect(new Set(made.map((m) => m.extension)).size).toBe(10);
    // Each user was created once: no POST was refused for a number or extension taken.
    const posts = (await fleet.odin.requests()).filter(
      (r) => r.method === 'POST' && r.path === '/users',
    );
    expect(posts.map((p) => p.status)).toEqual(Array(10).fill(200));
  }, 30_000);
});
