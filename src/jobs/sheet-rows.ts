import { BadUserInputError } from '../graphql/errors';
import type { Caller } from '../tenancy/scope';
import { checkPlace } from '../tenancy/scope-rules';
import { checkBulkInputs } from '../users/bulk-create';
import { type JobRow, rowLabel } from './model';
import type { Context } from '../graphql/context';
import type { JobStarter } from './imports';

/** A row of a job as read: its CSV line, the input it reads as, or why it reads as none. */
export interface ReadRow<T> {
  line?: number;
  input?: T;
  problem?: string;
}

/** Exactly one of the rows given as a list (`field`) and `csv`. */
export function oneSource(list: unknown, csv: unknown, field: string): void {
  if ((list ? 1 : 0) + (csv !== undefined && csv !== null ? 1 : 0) !== 1)
    throw new BadUserInputError(`Give either ${field} or csv`, [
      { field, message: `give either ${field} or csv, not both or neither` },
    ]);
}

/** More rows than a job takes refuse the whole start. */
export function tooMany(count: number, maxRows: number, field: string): void {
  if (count > maxRows)
    throw new BadUserInputError(`At most ${maxRows} rows per job`, [
      { field, message: `has ${count} rows` },
    ]);
}

/**
 * A job's rows, each checked by its input's rules as createUsers checks its inputs (a user id
 * given earlier is a CONFLICT): a row that cannot be done fails at once, named by its label;
 * the others carry what `toRow` makes of their input. `blank(line)` stands in for a row that
 * reads as no input, so that every row is checked and named alike.
 */
export async function checkedRows<T extends object>(
  rows: ReadRow<T>[],
  maxRows: number,
  blank: (line: number | undefined) => T,
  userIdOf: (input: T) => unknown,
  toRow: (input: T) => Partial<JobRow>,
): Promise<JobRow[]> {
  const readable = rows.map((r) => r.input ?? blank(r.line));
  const label = (i: number) => rowLabel(rows[i], i);
  const check = await checkBulkInputs(readable, maxRows, label, (x) => String(userIdOf(x)));
  return rows.map((r, i) => {
    const at = `${label(i)}: `;
    const id = userIdOf(readable[i]);
    const row = {
      userId: typeof id === 'string' ? id : '',
      ...(r.line === undefined ? {} : { line: r.line }),
    };
    if (r.problem)
      return { ...row, failure: { code: 'BAD_USER_INPUT', message: `${at}${r.problem}` } };
    const failed = check.failures.get(i);
    if (failed)
      return { ...row, failure: { code: failed.code, message: `${at}${failed.message}` } };
    return { ...row, ...toRow(readable[i]) };
  });
}

/**
 * A scoped caller's rows: a row whose group is outside its scope refuses the whole start
 * (FORBIDDEN naming the row), before any Odin call. CSV rows are known only once read.
 */
export function confineRows(caller: Caller | undefined, rows: readonly JobRow[]): void {
  if (!caller) return;
  for (const [i, row] of rows.entries()) {
    const place = row.request ?? row.provision?.user;
    if (!place) continue;
    const at = rowLabel(row, i);
    checkPlace(caller, place, {
      serviceProviderId: `${at}: serviceProviderId`,
      groupId: `${at}: groupId`,
    });
  }
}

/** The scope a job started by this caller carries. */
const scopeOf = (caller: Caller | undefined): string[] =>
  caller ? [...caller.scope.entries] : ['*'];

/** Who starts a job, as the job keeps it: the scope, instance and name of the request's caller. */
export const starterOf = (ctx: Context): JobStarter => ({
  scope: scopeOf(ctx.caller),
  instance: ctx.instance,
  caller: ctx.audit?.callerOf(ctx.callerName, ctx.callerToken) ?? ctx.callerName,
});
