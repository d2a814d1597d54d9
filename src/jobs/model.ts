import type { ErrorCode } from '../graphql/errors';
import type { CreateUserRequest, User } from '../odin/model';
import type { DeprovisionRequest } from '../provisioning/deprovision';
import type { ProvisionRequest, ProvisionState, StepReport } from '../provisioning/model';

export enum JobState {
  QUEUED = 'QUEUED',
  RUNNING = 'RUNNING',
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
  CANCELLED = 'CANCELLED',
}

/** What a job's rows are: users to create, working phone users to make, or to remove. */
export enum JobKind {
  USER_IMPORT = 'USER_IMPORT',
  PROVISIONING_IMPORT = 'PROVISIONING_IMPORT',
  DEPROVISIONING_IMPORT = 'DEPROVISIONING_IMPORT',
}

export const FINISHED = new Set([JobState.SUCCEEDED, JobState.FAILED, JobState.CANCELLED]);

/** A job as its store keeps it; times in epoch ms. */
export interface JobRecord {
  id: string;
  kind: JobKind;
  state: JobState;
  dryRun: boolean;
  total: number;
  settled: number;
  succeeded: number;
  failed: number;
  /** Calls this job made to Odin so far, reads and writes. */
  odinCalls: number;
  createdAt: number;
  startedAt?: number;
  finishedAt?: number;
  /** Set by cancelBulkJob; a worker stops before its next row. */
  cancelled?: boolean;
  /**
   * The scope of the key that started it (`*`, service providers, groups): the job is shown
   * to keys whose scope covers it, and its rows reach nothing outside it. Unset: `*`.
   */
  scope?: string[];
  /** The Odin instance it acts on: its starter's. Unset: default. */
  instance?: string;
  /** Who started it (the key's name, the Odin user): its rows' audit events name them. */
  caller?: string;
}

/** One row of a job: what to do, or why it cannot be done (settled at start). */
export interface JobRow {
  userId: string;
  /** Its CSV line (the header is line 1); absent for rows given as inputs. */
  line?: number;
  request?: CreateUserRequest;
  provision?: ProvisionRequest;
  deprovision?: DeprovisionRequest;
  failure?: { code: ErrorCode; message: string; field?: string };
}

/** The secrets a row generated: answered once, then dropped. */
export interface RowSecrets {
  generatedWebAuthPassword?: string | null;
  generatedSipPassword?: string | null;
  generatedDevicePassword?: string | null;
}

/** What a provisioning or deprovisioning row did (or, in a dry run, would do). */
export interface ProvisionDetail {
  steps: StepReport[];
  phoneNumber?: string | null;
  extension?: string | null;
  deviceName?: string | null;
  sipUserName?: string | null;
  /** The first input field a problem names. */
  field?: string | null;
}

export type RowOutcome = {
  index: number;
  line?: number;
  provision?: ProvisionDetail;
} & (
  | { ok: true; userId?: string; user?: User; secrets?: RowSecrets }
  | { ok: false; userId: string; code: ErrorCode; message: string }
);

/** How far a row in flight has come: its steps' statuses and what they chose and drew. */
export interface RowProgress {
  steps: StepReport[];
  state: ProvisionState;
}

/** How answers and messages name a row: its CSV line, or its 1-based input position. */
export const rowLabel = (row: Pick<JobRow, 'line'>, index: number): string =>
  row.line === undefined ? `input ${index + 1}` : `line ${row.line}`;
