import type { ErrorCode } from '../graphql/errors';
import type { CreateUserRequest, User } from '../odin/model';

export enum JobState {
  QUEUED = 'QUEUED',
  RUNNING = 'RUNNING',
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
  CANCELLED = 'CANCELLED',
}

export const FINISHED = new Set([JobState.SUCCEEDED, JobState.FAILED, JobState.CANCELLED]);

/** A job as its store keeps it; times in epoch ms. */
export interface JobRecord {
  id: string;
  state: JobState;
  dryRun: boolean;
  total: number;
  settled: number;
  succeeded: number;
  failed: number;
  createdAt: number;
  startedAt?: number;
  finishedAt?: number;
  /** Set by cancelBulkJob; a worker stops before its next row. */
  cancelled?: boolean;
}

/** One row of a job: a user to create, or why it cannot be one (settled at start). */
export interface JobRow {
  userId: string;
  /** Its CSV line (the header is line 1); absent for rows given as inputs. */
  line?: number;
  request?: CreateUserRequest;
  failure?: { code: ErrorCode; message: string };
}

export type RowOutcome = { index: number; line?: number } & (
  | { ok: true; user: User; generatedWebAuthPassword: string | null }
  | { ok: false; userId: string; code: ErrorCode; message: string }
);

/** How answers and messages name a row: its CSV line, or its 1-based input position. */
export const rowLabel = (row: Pick<JobRow, 'line'>, index: number): string =>
  row.line === undefined ? `input ${index + 1}` : `line ${row.line}`;
