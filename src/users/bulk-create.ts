import {
  BadUserInputError,
  type ErrorCode,
  type FieldProblem,
  toAppError,
} from '../graphql/errors';
import type { CreatedUser, CreateUserRequest } from '../odin/model';
import { inputProblems } from '../graphql/validation';
import type { CreateUserFailure, CreateUserSuccess } from './create-users.result';

export type BulkResult = CreateUserSuccess | CreateUserFailure;

/** What createUsers learns before any Odin call: the inputs to create, and the failures. */
export interface BulkCheck {
  /** Positions of the inputs to create, in input order. */
  valid: number[];
  /** One failure per input that is not created, at its position. */
  failures: Map<number, CreateUserFailure>;
}

const failure = (
  index: number,
  userId: string,
  code: ErrorCode,
  message: string,
): CreateUserFailure => ({ index, userId, code, message });

const describe = (problems: FieldProblem[]) =>
  problems.map((p) => `${p.field} ${p.message}`).join('; ');

/**
 * Every input checked by its own rules, and a userId given earlier in the same call is a
 * CONFLICT: no Odin call for either. Too many inputs refuse the whole call. `label(i)` names
 * an earlier input as the caller numbers them (createUsers: its 0-based `index`).
 */
export async function checkBulkInputs<T extends object = { userId: string }>(
  inputs: ReadonlyArray<T>,
  maxBulk: number,
  label: (index: number) => string = (index) => `input ${index}`,
  idOf: (input: T) => string = (input) => (input as unknown as { userId: string }).userId,
): Promise<BulkCheck> {
  if (inputs.length > maxBulk) {
    throw new BadUserInputError(`At most ${maxBulk} inputs per createUsers call`, [
      { field: 'inputs', message: `has ${inputs.length} items; the most is ${maxBulk}` },
    ]);
  }
  const valid: number[] = [];
  const failures = new Map<number, CreateUserFailure>();
  const firstOf = new Map<string, number>();
  for (const [index, input] of inputs.entries()) {
    const problems = await inputProblems(input);
    const userId = idOf(input);
    const earlier = firstOf.get(userId);
    if (problems.length) {
      const message = `Invalid input: ${describe(problems)}`;
      failures.set(index, failure(index, userId, 'BAD_USER_INPUT', message));
    } else if (earlier !== undefined) {
      const message = `The same userId as ${label(earlier)}`;
      failures.set(index, failure(index, userId, 'CONFLICT', message));
    } else {
      firstOf.set(userId, index);
      valid.push(index);
    }
  }
  return { valid, failures };
}

/**
 * One result per input, in input order: the check's failures, and the outcomes of the
 * creates (`outcomes[n]` belongs to `check.valid[n]`). `unexpected` hears of errors that
 * are not the project's own, which the result masks.
 */
export function bulkResults(
  inputs: readonly CreateUserRequest[],
  check: BulkCheck,
  outcomes: ReadonlyArray<CreatedUser | Error>,
  unexpected: (error: Error) => void,
): BulkResult[] {
  const results: BulkResult[] = inputs.map(
    (input, index) =>
      check.failures.get(index) ??
      failure(index, input.userId, 'INTERNAL_SERVER_ERROR', 'Internal server error'),
  );
  for (const [n, outcome] of outcomes.entries()) {
    const index = check.valid[n];
    if (!(outcome instanceof Error)) {
      results[index] = { index, ...outcome };
      continue;
    }
    const error = toAppError(outcome);
    if (error) results[index] = failure(index, inputs[index].userId, error.code, error.message);
    else unexpected(outcome);
  }
  return results;
}
