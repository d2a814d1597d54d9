import type { Logger } from '../app/logger';
import { AppError } from '../graphql/errors';
import { MIGRATIONS, MIGRATIONS_TABLE, MIGRATION_LOCK } from './migrations';
import {
  type AuditEnd,
  type AuditEventRecord,
  type AuditFilter,
  type AuditReach,
  type AuditStart,
  PENDING,
} from './model';
import type { Params, Sql } from './sql';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Text as Postgres keeps it: no NUL (text and jsonb refuse it) and no lone surrogate (jsonb
 * refuses it), so that whatever a caller sent, its event is written.
 */
export function storable<T>(value: T): T {
  if (typeof value === 'string')
    return value
      .split(String.fromCharCode(0))
      .join('\uFFFD')
      .replace(LONE_SURROGATE, '\uFFFD') as T;
  if (Array.isArray(value)) return value.map(storable) as T;
  if (value && typeof value === 'object' && !(value instanceof Date))
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [storable(k), storable(v)]),
    ) as T;
  return value;
}

/** The answer while the trail cannot be written: the change is not made. */
export class AuditUnavailableError extends AppError {
  constructor(
    message = 'The audit trail cannot be written just now, so no change was made; try again shortly',
  ) {
    super(message, 'SERVICE_UNAVAILABLE');
  }
}

interface Row {
  id: string;
  at: Date;
  completed_at: Date | null;
  instance: string;
  caller: string;
  request_id: string | null;
  operation_name: string | null;
  field: string;
  entity_kind: string | null;
  entity_id: string | null;
  service_provider_id: string | null;
  group_id: string | null;
  outcome: string;
  changes: Record<string, unknown>;
  odin_writes: number;
  steps: AuditEventRecord['steps'];
  job_id: string | null;
  job_row: number | null;
}

const toEvent = (r: Row): AuditEventRecord => ({
  id: String(r.id),
  at: new Date(r.at),
  completedAt: r.completed_at ? new Date(r.completed_at) : null,
  instance: r.instance,
  caller: r.caller,
  requestId: r.request_id,
  operationName: r.operation_name,
  field: r.field,
  entityKind: r.entity_kind,
  entityId: r.entity_id,
  serviceProviderId: r.service_provider_id,
  groupId: r.group_id,
  outcome: r.outcome,
  changes: r.changes,
  odinWrites: r.odin_writes,
  steps: r.steps,
  jobId: r.job_id,
  jobRow: r.job_row,
});

const COLUMNS: Array<[keyof AuditFilter, string, string]> = [
  ['entityId', 'entity_id', '='],
  ['entityKind', 'entity_kind', '='],
  ['serviceProviderId', 'service_provider_id', '='],
  ['groupId', 'group_id', '='],
  ['caller', 'caller', '='],
  ['field', 'field', '='],
  ['outcome', 'outcome', '='],
  ['since', 'at', '>='],
  ['until', 'at', '<'],
];

/** A WHERE clause and its parameters, built from values only: no text of a caller's is SQL. */
function where(filter: AuditFilter, reach: AuditReach | undefined, params: unknown[]): string {
  const conditions: string[] = [];
  const param = (value: unknown) => `$${params.push(value)}`;
  for (const [key, column, op] of COLUMNS) {
    const value = filter[key];
    if (value !== undefined && value !== null) conditions.push(`${column} ${op} ${param(value)}`);
  }
  if (reach) {
    conditions.push(`instance = ${param(reach.instance)}`);
    if (reach.places) {
      const places = reach.places.map(([sp, group]) =>
        group === undefined
          ? `service_provider_id = ${param(sp)}`
          : `(service_provider_id = ${param(sp)} AND group_id = ${param(group)})`,
      );
      conditions.push(places.length ? `(${places.join(' OR ')})` : 'false');
    }
  }
  return conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
}

export interface AuditPage {
  events: AuditEventRecord[];
  hasNextPage: boolean;
  totalCount: number;
}

/**
 * The record of changes, in Postgres (DATABASE_URL) or the embedded one: opened and migrated
 * on first need, again after a failure, so a store that comes back is used without a restart.
 */
export class AuditStore {
  private sql?: Promise<Sql>;
  private migrated = false;
  /** What the last use of the store found, for /readyz (which does not wait for it). */
  state: 'opening' | 'ready' | 'unavailable' = 'opening';
  private pruner?: NodeJS.Timeout;

  constructor(
    private readonly open: () => Promise<Sql>,
    private readonly options: { retentionDays: number; logger: Logger },
  ) {}

  /** Opens, migrates and prunes now, so the first change does not wait; failures are logged. */
  start(): void {
    this.ready()
      .then(() => this.prune())
      .catch((err: unknown) => {
        this.state = 'unavailable';
        this.options.logger.warn(
          { err: { message: err instanceof Error ? err.message : String(err) } },
          'audit store not ready; changes are refused until it is',
        );
      });
    this.pruner = setInterval(() => void this.prune().catch(() => undefined), 3_600_000);
    this.pruner.unref();
  }

  async kind(): Promise<Sql['kind']> {
    return (await this.ready()).kind;
  }

  /** Opens an event before a change's first write; unwritable: SERVICE_UNAVAILABLE. */
  async begin(given: AuditStart): Promise<string> {
    const start = storable(given);
    try {
      const sql = await this.ready();
      const [row] = await sql.query<{ id: string }>(
        `INSERT INTO audit_events (instance, caller, request_id, operation_name, field,
           entity_kind, entity_id, service_provider_id, group_id, outcome, changes, job_id, job_row)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id`,
        [
          start.instance,
          start.caller,
          start.requestId ?? null,
          start.operationName ?? null,
          start.field,
          start.entityKind ?? null,
          start.entityId ?? null,
          start.serviceProviderId ?? null,
          start.groupId ?? null,
          PENDING,
          JSON.stringify(start.changes),
          start.jobId ?? null,
          start.jobRow ?? null,
        ],
      );
      this.state = 'ready';
      return String(row.id);
    } catch (err) {
      this.state = 'unavailable';
      this.options.logger.warn(
        { err: { message: err instanceof Error ? err.message : String(err) } },
        'audit event not written (a change that would write to Odin is refused)',
      );
      throw new AuditUnavailableError();
    }
  }

  /** Completes an event with its outcome; a failure here is logged (the change is made). */
  async complete(id: string, done: AuditEnd): Promise<void> {
    const end = storable(done);
    try {
      const sql = await this.ready();
      await sql.query(
        `UPDATE audit_events SET completed_at = now(), outcome = $2, odin_writes = $3,
           steps = $4, entity_id = COALESCE($5, entity_id),
           service_provider_id = COALESCE($6, service_provider_id),
           group_id = COALESCE($7, group_id)
         WHERE id = $1`,
        [
          id,
          end.outcome,
          end.odinWrites,
          end.steps ? JSON.stringify(end.steps) : null,
          end.entityId ?? null,
          end.serviceProviderId ?? null,
          end.groupId ?? null,
        ],
      );
    } catch (err) {
      this.options.logger.error(
        { auditEventId: id, err: { message: err instanceof Error ? err.message : String(err) } },
        'audit event not completed: it stays PENDING',
      );
    }
  }

  /** Events newest first, `first` after the cursor `after` (an event id). */
  async list(
    filter: AuditFilter,
    page: { first: number; after?: string },
    reach?: AuditReach,
  ): Promise<AuditPage> {
    const sql = await this.ready();
    const params: unknown[] = [];
    const clause = where(filter, reach, params);
    const count = sql.query<{ n: string }>(
      `SELECT count(*) AS n FROM audit_events ${clause}`,
      params,
    );
    const pageParams = [...params];
    const cursor =
      page.after === undefined
        ? ''
        : `${clause ? 'AND' : 'WHERE'} id < $${pageParams.push(page.after)}`;
    const rows = await sql.query<Row>(
      `SELECT * FROM audit_events ${clause} ${cursor} ORDER BY id DESC LIMIT $${pageParams.push(page.first + 1)}`,
      pageParams,
    );
    return {
      events: rows.slice(0, page.first).map(toEvent),
      hasNextPage: rows.length > page.first,
      totalCount: Number((await count)[0].n),
    };
  }

  /** The plan Postgres makes for a page with this filter (for tests and the bench). */
  async plan(filter: AuditFilter): Promise<string> {
    const sql = await this.ready();
    const params: unknown[] = [];
    const clause = where(filter, undefined, params);
    const rows = await sql.query<Record<string, string>>(
      `EXPLAIN SELECT * FROM audit_events ${clause} ORDER BY id DESC LIMIT 51`,
      params,
    );
    return rows.map((r) => Object.values(r)[0]).join('\n');
  }

  /** Removes events older than the retention (AUDIT_RETENTION_DAYS). */
  async prune(now = new Date()): Promise<number> {
    const sql = await this.ready();
    const before = new Date(now.getTime() - this.options.retentionDays * 86_400_000);
    const rows = await sql.query<{ id: string }>(
      'DELETE FROM audit_events WHERE at < $1 RETURNING id',
      [before],
    );
    if (rows.length)
      this.options.logger.info(
        { removed: rows.length },
        'audit events past their retention removed',
      );
    return rows.length;
  }

  /** For tests and the bench: SQL on the store itself. */
  async query<R>(text: string, params?: Params): Promise<R[]> {
    return (await this.ready()).query<R>(text, params);
  }

  async close(): Promise<void> {
    clearInterval(this.pruner);
    const sql = await this.sql?.catch(() => undefined);
    this.sql = undefined;
    await sql?.close();
  }

  private ready(): Promise<Sql> {
    if (!this.sql) {
      const opening = this.open();
      this.sql = opening;
      // A failed open is tried again by the next caller.
      opening.catch(() => {
        this.state = 'unavailable';
        if (this.sql === opening) this.sql = undefined;
      });
    }
    const sql = this.sql;
    return this.migrated ? sql : sql.then((s) => this.migrate(s));
  }

  private async migrate(sql: Sql): Promise<Sql> {
    await sql.transaction(async (query) => {
      await query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      await query(MIGRATIONS_TABLE);
      const done = new Set(
        (await query<{ version: number }>('SELECT version FROM audit_migrations')).map((r) =>
          Number(r.version),
        ),
      );
      for (const m of MIGRATIONS) {
        if (done.has(m.version)) continue;
        // One statement a call: the embedded store's protocol takes no more.
        for (const statement of m.sql
          .split(';')
          .map((s) => s.trim())
          .filter(Boolean))
          await query(statement);
        await query('INSERT INTO audit_migrations (version, name) VALUES ($1, $2)', [
          m.version,
          m.name,
        ]);
        this.options.logger.info({ version: m.version, name: m.name }, 'audit store migrated');
      }
    });
    this.migrated = true;
    this.state = 'ready';
    return sql;
  }
}
