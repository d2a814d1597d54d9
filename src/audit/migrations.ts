/**
 * The audit store's schema, one version after another: applied in order at start, each once,
 * in its own transaction, by whichever replica comes first (the others wait on the lock).
 * A released version is never edited: a change is a new version.
 */
export const MIGRATIONS: ReadonlyArray<{ version: number; name: string; sql: string }> = [
  {
    version: 1,
    name: 'audit events',
    sql: `
      CREATE TABLE audit_events (
        id bigserial PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT now(),
        completed_at timestamptz,
        instance text NOT NULL,
        caller text NOT NULL,
        request_id text,
        operation_name text,
        field text NOT NULL,
        entity_kind text,
        entity_id text,
        service_provider_id text,
        group_id text,
        outcome text NOT NULL,
        changes jsonb NOT NULL DEFAULT '{}'::jsonb,
        odin_writes integer NOT NULL DEFAULT 0,
        steps jsonb,
        job_id text,
        job_row integer
      );
      -- Newest first within each filter: the index gives the order as well as the rows.
      CREATE INDEX audit_events_entity ON audit_events (entity_id, id DESC);
      CREATE INDEX audit_events_place ON audit_events (service_provider_id, group_id, id DESC);
      CREATE INDEX audit_events_caller ON audit_events (caller, id DESC);
      CREATE INDEX audit_events_field ON audit_events (field, id DESC);
      CREATE INDEX audit_events_at ON audit_events (at);
    `,
  },
];

/** The table that says which versions a database has. */
export const MIGRATIONS_TABLE = `
  CREATE TABLE IF NOT EXISTS audit_migrations (
    version integer PRIMARY KEY,
    name text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now()
  )`;

/** Any number, the same in every replica: the advisory lock migrations are applied under. */
export const MIGRATION_LOCK = 7_405_313;
