/** What an audit event says when it is opened: before the change's first Odin write. */
export interface AuditStart {
  instance: string;
  /** The key's name, or the Odin user in passthrough. */
  caller: string;
  requestId?: string | null;
  operationName?: string | null;
  /** The mutation field (`provisionUser`), or the job's start field for a job's row. */
  field: string;
  entityKind?: string | null;
  entityId?: string | null;
  serviceProviderId?: string | null;
  groupId?: string | null;
  /** The input, every secret replaced by "[set]". */
  changes: Record<string, unknown>;
  jobId?: string | null;
  jobRow?: number | null;
}

/** A step of a provisioning, as the trail keeps it. */
export interface AuditStep {
  kind: string;
  status: string;
  detail?: string | null;
}

/** What it says once the change is over. */
export interface AuditEnd {
  /** `OK` or the error code. */
  outcome: string;
  /** Write calls that reached Odin. */
  odinWrites: number;
  steps?: AuditStep[] | null;
  /** Known only from the answer (a created user's id, a user's group). */
  entityId?: string | null;
  serviceProviderId?: string | null;
  groupId?: string | null;
}

export interface AuditEventRecord extends AuditStart {
  id: string;
  at: Date;
  completedAt: Date | null;
  outcome: string;
  odinWrites: number;
  steps: AuditStep[] | null;
}

/** An event opened and never completed (its process died mid-change) keeps this outcome. */
export const PENDING = 'PENDING';

export interface AuditFilter {
  entityId?: string | null;
  entityKind?: string | null;
  serviceProviderId?: string | null;
  groupId?: string | null;
  caller?: string | null;
  field?: string | null;
  outcome?: string | null;
  since?: Date | null;
  until?: Date | null;
}

/** Whose events a caller may read: one instance, some places; unset: all. */
export interface AuditReach {
  instance: string;
  /** `[serviceProviderId]` for a whole service provider, `[sp, groupId]` for one group; unset: all. */
  places?: Array<[string, string?]>;
}
