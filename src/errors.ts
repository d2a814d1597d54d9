import { GraphQLError } from 'graphql';
import { OdinError } from './odin/odin-error';

export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'ODIN_AUTH_FAILED'
  | 'ODIN_UNAVAILABLE'
  | 'ODIN_ERROR';

export interface FieldProblem {
  field: string;
  message: string;
}

/** The project's own errors: a fixed `extensions.code`, safe to show to any caller. */
export class AppError extends GraphQLError {
  constructor(
    message: string,
    readonly code: ErrorCode,
    extensions: Record<string, unknown> = {},
  ) {
    super(message, { extensions: { code, ...extensions } });
    this.name = 'AppError';
  }
}

export class BadUserInputError extends AppError {
  constructor(
    message: string,
    readonly fields: FieldProblem[] = [],
    extensions: Record<string, unknown> = {},
  ) {
    super(message, 'BAD_USER_INPUT', fields.length ? { fields, ...extensions } : extensions);
  }
}

export class UnauthenticatedError extends AppError {
  constructor(message = 'Missing or invalid credentials') {
    super(message, 'UNAUTHENTICATED');
  }
}

export class NotFoundError extends AppError {
  constructor(message: string) {
    super(message, 'NOT_FOUND');
  }
}

function codeFor(err: OdinError): ErrorCode {
  switch (err.kind) {
    case 'login':
      return 'ODIN_AUTH_FAILED';
    case 'credentials':
      return 'UNAUTHENTICATED';
    case 'timeout':
    case 'network':
      return 'ODIN_UNAVAILABLE';
    case 'protocol':
      return 'ODIN_ERROR';
  }
  const status = err.status ?? 0;
  if (err.conflict) return 'CONFLICT';
  if (status === 400 || status === 422) return 'BAD_USER_INPUT';
  if (status === 401) return 'UNAUTHENTICATED';
  if (status === 403) return 'FORBIDDEN';
  if (status === 404) return 'NOT_FOUND';
  if (status === 429 || status >= 500) return 'ODIN_UNAVAILABLE';
  return 'ODIN_ERROR';
}

const MESSAGES: Record<ErrorCode, string> = {
  BAD_USER_INPUT: 'Odin rejected the input',
  UNAUTHENTICATED: 'Not authenticated',
  FORBIDDEN: 'Odin refused the operation',
  NOT_FOUND: 'Odin has no such object',
  CONFLICT: 'Odin reports a conflict',
  ODIN_AUTH_FAILED: 'Odin refused the service account; check ODIN_USERNAME and ODIN_PASSWORD',
  ODIN_UNAVAILABLE: 'Odin is unavailable',
  ODIN_ERROR: 'Odin failed',
};

/** The GraphQL error a caller sees for a failed Odin call: a code plus Odin's own words. */
export function fromOdinError(err: OdinError): AppError {
  const code = codeFor(err);
  const detail = err.kind === 'http' || err.kind === 'login' ? err.error : err.message;
  const message = detail ? `${MESSAGES[code]}: ${detail}` : MESSAGES[code];
  // A caller's missing or refused token is not an answer of Odin's.
  return new AppError(message, code, err.kind === 'credentials' ? {} : { odin: err.odin });
}

/** The project's error for anything thrown by a resolver, or undefined when it is unexpected. */
export function toAppError(err: unknown): AppError | undefined {
  if (err instanceof AppError) return err;
  if (err instanceof OdinError) return fromOdinError(err);
  return undefined;
}
