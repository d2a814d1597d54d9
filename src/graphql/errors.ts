import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { registerEnumType } from 'type-graphql';
import { OdinError } from '../odin/odin-error';

/**
 * Every `extensions.code` the server sends, its own and Apollo Server's; docs/api/errors.md's
 * error table lists the same, and formatError masks any other as INTERNAL_SERVER_ERROR.
 */
export const ERROR_CODES = [
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'ODIN_AUTH_FAILED',
  'ODIN_UNAVAILABLE',
  'ODIN_ERROR',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'BAD_REQUEST',
  'PAYLOAD_TOO_LARGE',
  'SHUTTING_DOWN',
  'REDIS_UNAVAILABLE',
  'SERVICE_UNAVAILABLE',
  'INTERNAL_SERVER_ERROR',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export const isErrorCode = (code: unknown): code is ErrorCode =>
  (ERROR_CODES as readonly unknown[]).includes(code);

/** The same list as a GraphQL enum, for fields that carry a code (CreateUserFailure.code). */
export const ErrorCodeEnum = Object.fromEntries(ERROR_CODES.map((c) => [c, c])) as {
  [K in ErrorCode]: K;
};
registerEnumType(ErrorCodeEnum, {
  name: 'ErrorCode',
  description: 'The codes errors carry in extensions.code',
});

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

/** The codes a failed Odin call maps to. */
type OdinErrorCode = Extract<
  ErrorCode,
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'ODIN_AUTH_FAILED'
  | 'ODIN_UNAVAILABLE'
  | 'ODIN_ERROR'
>;

function codeFor(err: OdinError): OdinErrorCode {
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
  if (err.unauthorized) return 'UNAUTHENTICATED';
  if (status === 403) return 'FORBIDDEN';
  if (err.notFound) return 'NOT_FOUND';
  if (err.unavailable) return 'ODIN_UNAVAILABLE';
  return 'ODIN_ERROR';
}

const MESSAGES: Record<OdinErrorCode, string> = {
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

/** The code an error reaches the caller with: one of the list, else INTERNAL_SERVER_ERROR. */
export const codeOf = (error: unknown, formatted?: GraphQLFormattedError): ErrorCode => {
  const code = toAppError(unwrapResolverError(error))?.code ?? formatted?.extensions?.code;
  return isErrorCode(code) ? code : 'INTERNAL_SERVER_ERROR';
};

/**
 * The project's own errors keep their message and extensions; Apollo's request errors pass
 * when their code is in the list; anything else is masked.
 */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
): GraphQLFormattedError {
  const appError = toAppError(unwrapResolverError(error));
  if (appError) {
    // `http` sets the status; it is not for the caller.
    const { http: _http, ...extensions } = appError.extensions;
    return {
      message: appError.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions,
    };
  }
  if (codeOf(error, formatted) !== 'INTERNAL_SERVER_ERROR') return formatted;
  return {
    message: 'Internal server error',
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
