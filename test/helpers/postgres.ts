// The bench starts the same server: one way to run a throwaway Postgres.
export { type PostgresServer, postgresAvailable, startPostgres } from '../../bench/postgres-server';
