import { randomUUID } from 'node:crypto';
import { toAppError } from '../graphql/errors';
import type { Logger } from '../app/logger';
import type { OdinClient } from '../odin/client';
import type { CreatedUser } from '../odin/model';
import { dryRunProblems, type RowProblem } from './dry-run';
import { type JobRecord, type JobRow, JobState, type RowOutcome, rowLabel } from './model';
import { type JobStore, isFinished } from './store';

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

/**
 * User imports as jobs: started with their rows checked, run row by row by a worker that
 * records each outcome as it settles, so that a worker taking the job over continues from
 * the first unsettled row; a row that was in flight is read back, never posted blindly.
 */
export class UserImports {
  private queue?: JobQueue;

  constructor(
    readonly store: JobStore,
    /** The Odin client a worker acts through: the service account, fresh reads. */
    private readonly odin: () => OdinClient,
    readonly options: ImportOptions,
    private readonly logger: Logger,
  ) {}

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
  async start(rows: JobRow[], dryRun: boolean): Promise<JobRecord> {
    const record: JobRecord = {
      id: randomUUID(),
      state: JobState.QUEUED,
      dryRun,
      total: rows.length,
      settled: 0,
      succeeded: 0,
      failed: 0,
      createdAt: Date.now(),
    };
    await this.store.create(record, rows);
    this.logger.info({ jobId: record.id, rows: rows.length, dryRun }, 'user import started');
    // Rows that cannot be created fail now: the answer to the start already shows them.
    for (const [index, row] of rows.entries())
      if (row.failure)
        await this.store.settle(record.id, {
          index,
          line: row.line,
          ok: false,
          userId: row.userId,
          ...row.failure,
        });
    if (dryRun) return this.dryRun(record.id, rows);
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
  private async dryRun(id: string, rows: JobRow[]): Promise<JobRecord> {
    let problems: Map<number, RowProblem>;
    try {
      problems = await dryRunProblems(this.odin(), rows, (i) => rowLabel(rows[i], i));
    } catch (err) {
      // Odin could not be read: every row not yet failed fails with that reason.
      const reason = this.failure(0, '', err);
      problems = new Map(
        rows.flatMap((row, i) =>
          row.failure || reason.ok ? [] : [[i, { code: reason.code, message: reason.message }]],
        ),
      );
    }
    for (const [index, problem] of problems) {
      const row = rows[index];
      await this.store.settle(id, {
        index,
        line: row.line,
        ok: false,
        userId: row.userId,
        code: problem.code,
        message: `${rowLabel(row, index)}: ${problem.message}`,
      });
    }
    // A row that would be created is counted, with no result: there is no user yet.
    const record = (await this.store.get(id)) as JobRecord;
    const wouldCreate = rows.length - record.failed;
    await this.store.update(id, { settled: rows.length, succeeded: wouldCreate });
    return this.finish(id, JobState.SUCCEEDED);
  }

  /** A worker's whole work on one job; safe to call again for a job taken over. */
  async run(id: string): Promise<void> {
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
    if (record) await this.store.publish(record);
    const rows = await this.store.rows(id);
    const settled = new Set((await this.store.outcomes(id)).map((o) => o.index));
    const inFlight = await this.store.inFlight(id);
    const pending = rows.map((_, i) => i).filter((i) => !settled.has(i));
    const odin = this.odin();
    let next = 0;
    let stopped = false;
    let broken: unknown;
    const worker = async () => {
      try {
        while (!stopped && next < pending.length) {
          const index = pending[next++];
          const outcome = await this.row(odin, id, index, rows[index], inFlight.has(index));
          // The record after the settle says whether the job was cancelled meanwhile.
          const after = await this.store.settle(id, outcome);
          if (after) await this.store.publish(after);
          if (after?.cancelled) stopped = true;
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
    if (broken) {
      this.logger.warn(
        { jobId: id, err: { message: broken instanceof Error ? broken.message : String(broken) } },
        'user import interrupted: its store failed; it will be run again',
      );
      throw broken;
    }
    const end = await this.finish(id, stopped ? JobState.CANCELLED : JobState.SUCCEEDED);
    this.logger.info(
      { jobId: id, state: end.state, succeeded: end.succeeded, failed: end.failed },
      'user import ended',
    );
  }

  private async row(
    odin: OdinClient,
    id: string,
    index: number,
    row: JobRow,
    wasInFlight: boolean,
  ): Promise<RowOutcome> {
    if (row.failure || !row.request)
      return {
        index,
        line: row.line,
        ok: false,
        userId: row.userId,
        ...(row.failure ?? { code: 'BAD_USER_INPUT', message: 'No input' }),
      };
    // Noted before it is sent; a store that fails here stops the job before the row leaves.
    if (!wasInFlight) await this.store.markInFlight(id, index);
    try {
      // Its worker died after sending it, perhaps: Odin may hold the user already.
      const created: CreatedUser = wasInFlight
        ? await odin.users.createAgain(row.request)
        : await odin.users.create(row.request);
      return { index, line: row.line, ok: true, ...created };
    } catch (err) {
      return { ...this.failure(index, row.userId, err), line: row.line };
    }
  }

  private failure(index: number, userId: string, err: unknown): RowOutcome {
    const known = toAppError(err);
    if (!known)
      this.logger.error(
        { err: { message: err instanceof Error ? err.message : String(err) } },
        'unexpected error in a user import',
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
