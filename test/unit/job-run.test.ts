import pino from 'pino';
import { UserImports } from '../../src/jobs/imports';
import { JobState, type RowOutcome } from '../../src/jobs/model';
import { MemoryJobStore } from '../../src/jobs/store';
import type { OdinClient } from '../../src/odin/client';
import type { CreateUserRequest } from '../../src/odin/model';

/** A store whose `settle` fails once, after `after` rows, as a Redis hiccup would. */
class FlakyStore extends MemoryJobStore {
  constructor(private after: number) {
    super();
  }
  override async settle(id: string, outcome: RowOutcome) {
    if (this.after-- === 0) throw new Error('Connection is closed.');
    return super.settle(id, outcome);
  }
}

const rows = Array.from({ length: 20 }, (_, i) => {
  const request = {
    serviceProviderId: 'sp',
    groupId: 'g',
    userId: `u${i}@x.example`,
    firstName: 'F',
    lastName: 'L',
  } as CreateUserRequest;
  return { userId: request.userId, request };
});

test('a run stopped by a failing store throws (the queue runs it again) and the next run finishes it, each row once', async () => {
  const store = new FlakyStore(7);
  const created: string[] = [];
  const again: string[] = [];
  const odin = {
    users: {
      create: async (r: CreateUserRequest) => {
        created.push(r.userId);
        return { user: { userId: r.userId }, generatedWebAuthPassword: null };
      },
      createAgain: async (r: CreateUserRequest) => {
        again.push(r.userId);
        return { user: { userId: r.userId }, generatedWebAuthPassword: null };
      },
    },
  } as unknown as OdinClient;
  const imports = new UserImports(
    store,
    () => odin,
    { parallelism: 3, ratePerSecond: 100, retentionMs: 60_000 },
    pino({ level: 'silent' }),
  );
  // A queue that only holds: the runs are this test's.
  imports.useQueue({ add: async () => undefined, close: async () => undefined });
  const record = await imports.start(rows, false);
  await expect(imports.run(record.id)).rejects.toThrow('Connection is closed.');
  expect((await store.get(record.id))?.state).toBe(JobState.RUNNING);
  await imports.run(record.id);
  const done = await store.get(record.id);
  expect(done).toMatchObject({ state: JobState.SUCCEEDED, settled: 20, succeeded: 20 });
  expect((await store.outcomes(record.id)).map((o) => o.index)).toEqual(rows.map((_, i) => i));
  // The row whose settle failed was in flight: read back, not created twice.
  expect(new Set(created).size).toBe(created.length);
  expect(again).toHaveLength(1);
  expect(new Set([...created, ...again]).size).toBe(20);
});
