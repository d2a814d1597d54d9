import {
  ValidateBy,
  type ValidationError,
  type ValidationOptions,
  validate,
} from 'class-validator';
import { BadUserInputError, type FieldProblem } from './errors';

export const USER_ID = /^[^\s@\p{C}]+@[^\s@\p{C}]+$/u;
export const EXTENSION = /^\d{2,20}$/;
export const PHONE_NUMBER = /^\+?\d{1,23}$/;
const CONTROL = /\p{Cc}/u;

/** A string whose length, once trimmed, is within bounds and holds no control character. */
export function TrimmedLength(min: number, max: number, options?: ValidationOptions) {
  return ValidateBy(
    {
      name: 'trimmedLength',
      validator: {
        validate: (value: unknown) => {
          if (typeof value !== 'string' || CONTROL.test(value)) return false;
          const length = [...value.trim()].length;
          return length >= min && length <= max;
        },
        defaultMessage: () =>
          `must be ${min} to ${max} characters after trimming, without control characters`,
      },
    },
    options,
  );
}

/**
 * A rule over the whole input object (e.g. "groupId needs serviceProviderId"). It runs
 * for absent values too, so it is not paired with @IsOptional().
 */
export function Check<T extends object>(
  valid: (value: unknown, input: T) => boolean,
  message: string,
  options?: ValidationOptions,
) {
  return ValidateBy(
    {
      name: 'check',
      validator: {
        validate: (value: unknown, args) => valid(value, args?.object as T),
        defaultMessage: () => message,
      },
    },
    options,
  );
}

/** Flattens class-validator's tree into `{field: "address.city", message}` pairs. */
export function fieldProblems(errors: ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({
      field,
      // class-validator starts its own messages with the property name; ours do not.
      message: message.startsWith(`${error.property} `)
        ? message.slice(error.property.length + 1)
        : message,
    }));
    return [...own, ...fieldProblems(error.children ?? [], field)];
  });
}

/** The problems of one input object; never echoes the values themselves. */
export async function inputProblems(input: object, prefix = ''): Promise<FieldProblem[]> {
  const errors = await validate(input, {
    forbidUnknownValues: false,
    validationError: { target: false, value: false },
  });
  return fieldProblems(errors, prefix);
}

/** type-graphql's validateFn: every problem of an argument at once, as BAD_USER_INPUT. */
export async function validateArgument(value: unknown): Promise<void> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return;
  const problems = await inputProblems(value);
  if (problems.length > 0) {
    throw new BadUserInputError(
      `Invalid input: ${problems.map((p) => `${p.field} ${p.message}`).join('; ')}`,
      problems,
    );
  }
}
