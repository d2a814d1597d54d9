import { randomUUID } from 'node:crypto';
import { toAppError } from '../graphql/errors';
import type { Logger } from '../app/logger';
import type { OdinClient } from '../odin/client';
import { OdinTally } from '../odin/tally';
import { AuditUnavailableError } from '../audit/store';
import { type AuditTrail, changesOf, placeIn } from '../audit/trail';
import type { CreatedUser } from '../odin/model';
import { Scope } from '../tenancy/scope';
import { dryRunProblems } from './dry-run';
import {
  JobKind,
  type JobRecord,
  type JobRow,
  JobState,
  type RowOutcome,
  type RowProgress,
  rowLabel,
} from './model';
import { type JobStore, isFinished } from './store';

/** The field that starts each kind of job: its rows' audit events name it. */
const START_FIELD: Record<JobKind, string> = {
  [JobKind.USER_IMPORT]: 'startUserImport',
  [JobKind.PROVISIONING_IMPORT]: 'startProvisioningImport',
  [JobKind.DEPROVISIONING_IMPORT]: 'startDeprovisioningImport',
};

/** Who starts a job: the job keeps their scope, instance and name. */
export interface JobStarter {
  scope?: string[];
  instance?: string;
  caller?: string;
}

export interface ImportOptions {
  /**
   * Rows sent to Odin at once by one job: enough to keep the limiter busy, few enough that
   * a cancel stops the job within a second (what is in flight finishes).
   */
  parallelism: number;
  /** Odin's calls a second, for the ETA before the first rows settle. */
  ratePerSecond: number;
  retentionMs: number;
}

/** Where started jobs wait for a worker. */
export interface JobQueue {
  add(id: string): Promise<void>;
  close(): Promise<void>;
}

/** A job as its worker runs it: the rows left, and the rows a dead worker had in flight. */
export interface RunningJob {
  id: string;
  odin: OdinClient;
  rows: JobRow[];
  pending: number[];
  inFlight: Map<number, RowProgress | null>;
  store: JobStore;
  label(index: number): string;
  /** What the rows may reach: the scope of the key that started the job. */
  scope: Scope;
  /** The Odin instance it acts on. */
  instance: string;
}

/** A worker's plan for a job's rows: outcomes known before any write, then one row at a time. */
export interface RowRunner {
  settled: RowOutcome[];
  row(index: number): Promise<RowOutcome>;
  /** After the last row (also when the job is cancelled): what the run held is let go. */
  end?(): Promise<void>;
}

/** What one kind of job does with its rows. */
export interface JobKindRunner {
  /** Reads only: the outcome of every row that would fail, and of those that say what they would do. */
  dryRun(
    odin: OdinClient,
    rows: JobRow[],
    label: (index: number) => string,
    scope: Scope,
    instance: string,
  ): Promise<RowOutcome[]>;
  prepare(job: RunningJob): Promise<RowRunner>;
}

/**
 * Bulk jobs (user imports, provisioning and deprovisioning sheets): started with their rows
 * checked, run row by row by a worker that records each outcome as it settles, so that a
 * worker taking the job over continues from the first unsettled row; a row that was in flight
 * is read back, never sent blindly again. What a row is, each kind says (`JobKindRunner`).
 */
export class UserImports {
  private queue?: JobQueue;
  private readonly kinds: Record<JobKind, JobKindRunner>;

  constructor(
    readonly store: JobStore,
    /** The Odin client a worker acts through, of a job's instance: the service account, fresh reads. */
    private readonly odin: (instance?: string) => OdinClient,
    readonly options: ImportOptions,
    private readonly logger: Logger,
    kinds: Partial<Record<JobKind, JobKindRunner>> = {},
  ) {
    const unsupported: JobKindRunner = {
      dryRun: async () => {
        throw new Error('this kind of job is not served here');
      },
      prepare: async () => {
        throw new Error('this kind of job is not served here');
      },
    };
    this.kinds = {
      [JobKind.USER_IMPORT]: userImportRunner(this.failure.bind(this)),
      [JobKind.PROVISIONING_IMPORT]: unsupported,
      [JobKind.DEPROVISIONING_IMPORT]: unsupported,
      ...kinds,
    };
  }

  /** The record of changes each real row writes to; unset with AUDIT=off. */
  audit?: AuditTrail;

  /** Set once: where `start` puts jobs, and whose workers call `run`. */
  useQueue(queue: JobQueue): void {
    this.queue = queue;
  }

  /** Stops taking jobs; a job running here is left to its lock, then to another replica. */
  async close(): Promise<void> {
    await this.queue?.close();
    await this.store.close?.();
  }

  /** Keeps the job; a dry run is settled at once, without a write. */
  async start(
    rows: JobRow[],
    dryRun: boolean,
    kind = JobKind.USER_IMPORT,
    { scope = ['*'], instance = 'default', caller }: JobStarter = {},
  ): Promise<JobRecord> {
    const record: JobRecord = {
      id: randomUUID(),
      kind,
      scope,
      instance,
      ...(caller ? { caller } : {}),
      state: JobState.QUEUED,
      dryRun,
      total: rows.length,
      settled: 0,
      succeeded: 0,
      failed: 0,
      odinCalls: 0,
      createdAt: Date.now(),
    };
    await this.store.create(record, rows);
    this.logger.info({ jobId: record.id, kind, rows: rows.length, dryRun }, 'bulk job started');
    // Rows that cannot be done fail now: the answer to the start already shows them.
    for (const [index, row] of rows.entries())
      if (row.failure)
        await this.store.settle(record.id, {
          index,
          line: row.line,
          ok: false,
          userId: row.userId,
          code: row.failure.code,
          message: row.failure.message,
          ...(row.failure.field ? { provision: { steps: [], field: row.failure.field } } : {}),
        });
    if (dryRun) return this.dryRun(record, rows, new Scope(scope));
    if (!this.queue) throw new Error('no job queue');
    await this.queue.add(record.id);
    // The job as it is now: a worker may have taken it already, rows may be settled.
    return (await this.store.get(record.id)) ?? record;
  }

  /** Asks the job to stop: its worker stops before its next row; settled rows stay. */
  async cancel(id: string): Promise<JobRecord | undefined> {
    const record = await this.store.get(id);
    if (!record || isFinished(record)) return record;
    if (record.state === JobState.QUEUED) return this.finish(id, JobState.CANCELLED, true);
    const after = await this.store.update(id, { cancelled: true });
    if (after) await this.store.publish(after);
    return after;
  }

  /**
   * A dry run: every row checked against what its group holds in Odin and what the rows
   * before it take; nothing is written. A row it passes fails in the real run only when Odin
   * changed in between or refuses for a reason the layer cannot read.
   */
  private async dryRun(record: JobRecord, rows: JobRow[], scope: Scope): Promise<JobRecord> {
    const { id, kind } = record;
    const instance = record.instance ?? 'default';
    const odin = this.odin(instance);
    const tally = OdinTally.within();
    const label = (i: number) => rowLabel(rows[i], i);
    let outcomes: RowOutcome[];
    try {
      outcomes = await OdinTally.run(tally, () =>
        this.kinds[kind].dryRun(odin, rows, label, scope, instance),
      );
    } catch (err) {
      // Odin could not be read: every row not yet failed fails with that reason.
      const reason = this.failure(0, '', err);
      outcomes = rows.flatMap((row, index) =>
        row.failure || reason.ok
          ? []
          : [{ ...reason, index, line: row.line, userId: row.userId } as RowOutcome],
      );
    }
    for (const outcome of outcomes) await this.store.settle(id, outcome);
    await this.store.addOdinCalls(id, tally.calls);
    // A row that would be done is counted, with or without a result.
    const now = (await this.store.get(id)) as JobRecord;
    await this.store.update(id, { settled: rows.length, succeeded: rows.length - now.failed });
    return this.finish(id, JobState.SUCCEEDED);
  }

  /** A worker's whole work on one job; safe to call again for a job taken over. */
  run(id: string): Promise<void> {
    // The job's Odin calls counted, whichever row or client made them; a tally of its own,
    // not the one of the request that started it in this process.
    const tally = new OdinTally();
    return OdinTally.run(tally, () => this.runCounted(id, tally));
  }

  private async runCounted(id: string, tally: OdinTally): Promise<void> {
    let record = await this.store.get(id);
    if (!record || isFinished(record)) return;
    if (record.cancelled) {
      await this.finish(id, JobState.CANCELLED);
      return;
    }
    record = await this.store.update(id, {
      state: JobState.RUNNING,
      startedAt: record.startedAt ?? Date.now(),
    });
    if (!record) return;
    await this.store.publish(record);
    const rows = await this.store.rows(id);
    const settled = new Set((await this.store.outcomes(id)).map((o) => o.index));
    let counted = 0;
    const take = () => {
      const calls = tally.calls - counted;
      counted = tally.calls;
      return calls;
    };
    const job: RunningJob = {
      id,
      odin: this.odin(record.instance),
      rows,
      pending: rows.map((_, i) => i).filter((i) => !settled.has(i)),
      inFlight: await this.store.inFlight(id),
      store: this.store,
      label: (i) => rowLabel(rows[i], i),
      scope: new Scope(record.scope ?? ['*']),
      instance: record.instance ?? 'default',
    };
    let stopped = false;
    let broken: unknown;
    let runner: RowRunner | undefined;
    const settle = async (outcome: RowOutcome) => {
      await this.store.addOdinCalls(id, take());
      // The record after the settle says whether the job was cancelled meanwhile.
      const after = await this.store.settle(id, outcome);
      if (after) await this.store.publish(after);
      if (after?.cancelled) stopped = true;
    };
    try {
      runner = await this.kinds[record.kind].prepare(job);
      for (const outcome of runner.settled) await settle(outcome);
      const early = new Set(runner.settled.map((o) => o.index));
      const pending = job.pending.filter((i) => !early.has(i));
      let next = 0;
      const worker = async () => {
        try {
          while (!stopped && next < pending.length) {
            const index = pending[next++];
            const row = () => (runner as RowRunner).row(index);
            await settle(await this.recorded(record as JobRecord, rows[index], index, row));
          }
        } catch (err) {
          // The store failed: every worker stops after its row, and the job is run again
          // (the queue retries it), from the first unsettled row.
          broken ??= err;
          stopped = true;
        }
      };
      await Promise.all(
        Array.from({ length: Math.min(this.options.parallelism, pending.length) }, worker),
      );
    } catch (err) {
      broken ??= err;
    }
    if (broken) {
      this.logger.warn(
        { jobId: id, err: { message: broken instanceof Error ? broken.message : String(broken) } },
        'bulk job interrupted: its store or Odin failed; it will be run again',
      );
      throw broken;
    }
    await runner?.end?.();
    await this.store.addOdinCalls(id, take());
    const end = await this.finish(id, stopped ? JobState.CANCELLED : JobState.SUCCEEDED);
    this.logger.info(
      { jobId: id, kind: end.kind, state: end.state, succeeded: end.succeeded, failed: end.failed },
      'bulk job ended',
    );
  }

  /**
   * A row of a real run in the audit trail: its event opened before its first write (when it
   * cannot be, the row fails with SERVICE_UNAVAILABLE and writes nothing) and completed with
   * its outcome, steps and writes.
   */
  private async recorded(
    job: JobRecord,
    row: JobRow,
    index: number,
    run: () => Promise<RowOutcome>,
  ): Promise<RowOutcome> {
    if (!this.audit) return run();
    const input = row.request ?? row.provision ?? row.deprovision ?? {};
    const place = placeIn(row.request ?? row.provision?.user);
    try {
      return await this.audit.record(
        {
          instance: job.instance ?? 'default',
          caller: job.caller ?? 'unknown',
          requestId: job.id,
          field: START_FIELD[job.kind],
          entityKind: 'USER',
          entityId: row.userId || null,
          ...place,
          changes: changesOf(input as Record<string, unknown>),
          jobId: job.id,
          jobRow: index + 1,
        },
        run,
        {
          // A row is opened before it begins: its progress is recorded before its first step.
          upfront: true,
          ending: (outcome) => ({
            outcome: outcome.ok ? 'OK' : outcome.code,
            steps: outcome.provision?.steps.length ? outcome.provision.steps : null,
            entityId: outcome.userId ?? null,
            ...placeIn(outcome.ok ? outcome.user : undefined),
          }),
        },
      );
    } catch (err) {
      if (!(err instanceof AuditUnavailableError)) throw err;
      return {
        index,
        line: row.line,
        ok: false,
        userId: row.userId,
        code: err.code,
        message: err.message,
      };
    }
  }

  failure(index: number, userId: string, err: unknown): RowOutcome {
    const known = toAppError(err);
    if (!known)
      this.logger.error(
        { err: { message: err instanceof Error ? err.message : String(err) } },
        'unexpected error in a bulk job',
      );
    return {
      index,
      ok: false,
      userId,
      code: known?.code ?? 'INTERNAL_SERVER_ERROR',
      message: known?.message ?? 'Internal server error',
    };
  }

  private async finish(id: string, state: JobState, cancelled = false): Promise<JobRecord> {
    const record = (await this.store.update(id, {
      state,
      finishedAt: Date.now(),
      ...(cancelled ? { cancelled } : {}),
    })) as JobRecord;
    await this.store.expire(id, this.options.retentionMs);
    await this.store.publish(record);
    return record;
  }

  /** Seconds left: at the pace so far, or at Odin's rate before the first rows settle. */
  etaSeconds(record: JobRecord): number | null {
    if (isFinished(record)) return 0;
    const left = record.total - record.settled;
    const elapsed = record.startedAt ? (Date.now() - record.startedAt) / 1000 : 0;
    const pace =
      record.settled > 0 && elapsed > 0 ? record.settled / elapsed : this.options.ratePerSecond;
    return Math.ceil(left / Math.max(pace, 0.001));
  }
}

/** A user import: a create per row; a row in flight when its worker died is read back first. */
function userImportRunner(
  failure: (index: number, userId: string, err: unknown) => RowOutcome,
): JobKindRunner {
  return {
    async dryRun(odin, rows, label) {
      const problems = await dryRunProblems(odin, rows, label);
      return [...problems].map(([index, problem]) => ({
        index,
        line: rows[index].line,
        ok: false,
        userId: rows[index].userId,
        code: problem.code,
        message: `${label(index)}: ${problem.message}`,
      }));
    },
    async prepare({ id, odin, rows, inFlight, store }) {
      return {
        settled: [],
        async row(index) {
          const row = rows[index];
          if (row.failure || !row.request)
            return {
              index,
              line: row.line,
              ok: false,
              userId: row.userId,
              ...(row.failure ?? { code: 'BAD_USER_INPUT', message: 'No input' }),
            };
          const wasInFlight = inFlight.has(index);
          // Noted before it is sent; a store that fails here stops the job before the row leaves.
          if (!wasInFlight) await store.markInFlight(id, index);
          try {
            // Its worker died after sending it, perhaps: Odin may hold the user already.
            const created: CreatedUser = wasInFlight
              ? await odin.users.createAgain(row.request)
              : await odin.users.create(row.request);
            return {
              index,
              line: row.line,
              ok: true,
              user: created.user,
              userId: created.user.userId,
              secrets: { generatedWebAuthPassword: created.generatedWebAuthPassword },
            };
          } catch (err) {
            return { ...failure(index, row.userId, err), line: row.line };
          }
        },
      };
    },
  };
}

/** Without Redis: jobs run in this process, at most `concurrency` at once; they end with it. */
export class LocalJobQueue implements JobQueue {
  private readonly waiting: string[] = [];
  private running = 0;

  constructor(
    private readonly imports: UserImports,
    private readonly concurrency: number,
  ) {}

  async add(id: string): Promise<void> {
    this.waiting.push(id);
    this.pump();
  }

  private pump(): void {
    while (this.running < this.concurrency && this.waiting.length) {
      const id = this.waiting.shift() as string;
      this.running++;
      void this.imports
        .run(id)
        .catch(() => undefined)
        .finally(() => {
          this.running--;
          this.pump();
        });
    }
  }

  async close(): Promise<void> {
    this.waiting.length = 0;
  }
}
