import {
  ArrayMaxSize,
  IsOptional,
  Max,
  Min,
  ValidateBy,
  isEmail,
  type ValidationError,
  type ValidationOptions,
  validate,
} from 'class-validator';
import { BadUserInputError, type FieldProblem } from './errors';
import { MAX_LIST_SIZE } from '../odin/model';
import { parsePhoneNumber } from '../odin/phone';

// BroadWorks ids are ASCII: a look-alike letter from another script is not the same user.
export const USER_ID =
  /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*$/;
export const EXTENSION = /^\d{2,20}$/;
export const PHONE_NUMBER = /^\+?\d{1,23}$/;
// Control characters, lone surrogates and bidi overrides have no place in provisioning data.
const UNSAFE = /[\p{Cc}\p{Cs}\u202A-\u202E\u2066-\u2069]/u;

export const isSafeText = (value: unknown): value is string =>
  typeof value === 'string' && !UNSAFE.test(value);

export const hasTrimmedLength = (value: unknown, min: number, max: number): boolean => {
  if (!isSafeText(value)) return false;
  const length = [...value.trim()].length;
  return length >= min && length <= max;
};

export const trimmedLengthMessage = (min: number, max: number) =>
  `must be ${min} to ${max} characters after trimming, without control characters`;

/** A string whose length, once trimmed, is within bounds and holds no control character. */
export function TrimmedLength(min: number, max: number, options?: ValidationOptions) {
  return ValidateBy(
    {
      name: 'trimmedLength',
      validator: {
        validate: (value: unknown) => hasTrimmedLength(value, min, max),
        defaultMessage: () => trimmedLengthMessage(min, max),
      },
    },
    options,
  );
}

/** A BroadWorks user id (also the form of a line port): ASCII local@domain, at most 161. */
export const isUserId = (value: unknown): value is string =>
  typeof value === 'string' && value.length <= 161 && USER_ID.test(value);

/** The user-id rule as a class-validator decorator. */
export function IsUserId(options?: ValidationOptions) {
  return ValidateBy(
    {
      name: 'userId',
      validator: {
        validate: isUserId,
        defaultMessage: () => 'must be local@domain without spaces, at most 161 characters',
      },
    },
    options,
  );
}

/**
 * An email address of at most `max` characters. Unsafe text is refused before the email
 * check, which throws URIError on a lone surrogate.
 */
export function IsEmailAddress(max: number, options?: ValidationOptions) {
  return ValidateBy(
    {
      name: 'emailAddress',
      validator: {
        validate: (value: unknown) => isSafeText(value) && value.length <= max && isEmail(value),
        defaultMessage: () => `must be an email address of at most ${max} characters`,
      },
    },
    options,
  );
}

/** A phone number in one of the forms the layer reads (see odin/phone.ts). */
export function IsPhoneNumber(options?: ValidationOptions) {
  return ValidateBy(
    {
      name: 'phoneNumber',
      validator: {
        validate: (value: unknown) =>
          isSafeText(value) && value.length <= 30 && parsePhoneNumber(value) !== null,
        defaultMessage: () =>
          'must be a phone number: 2125550142, +12125550142 or +1-2125550142 (+cc-number outside +1)',
      },
    },
    options,
  );
}

/** A MAC address: 12 hex digits, `:` or `-` separators allowed. */
export function IsMacAddress(options?: ValidationOptions) {
  return ValidateBy(
    {
      name: 'macAddress',
      validator: {
        validate: (value: unknown) =>
          typeof value === 'string' && /^[0-9A-Fa-f]{12}$/.test(value.replace(/[:-]/g, '')),
        defaultMessage: () => 'must be 12 hex digits, with or without : or - separators',
      },
    },
    options,
  );
}

/** A BroadWorks device name: letters, digits and . _ @ -, 1 to 80 characters. */
export const DEVICE_NAME = /^[A-Za-z0-9._@-]{1,80}$/;

/** A list of service or service pack names: optional, at most 100, each 1 to 80 characters. */
export function ServiceNames(): PropertyDecorator {
  return (target, property) => {
    IsOptional()(target, property);
    ArrayMaxSize(100)(target, property);
    TrimmedLength(1, 80, { each: true })(target, property);
  };
}

/** Free text: at most `max` characters, without control characters. */
export function SafeText(max: number, options?: ValidationOptions) {
  return ValidateBy(
    {
      name: 'safeText',
      validator: {
        validate: (value: unknown) => isSafeText(value) && [...value].length <= max,
        defaultMessage: () => `must be at most ${max} characters, without control characters`,
      },
    },
    options,
  );
}

const PAYLOAD_KEY = /^[A-Za-z][A-Za-z0-9]{0,63}$/;
const PAYLOAD_MAX_BYTES = 16_384;
const PAYLOAD_MAX_DEPTH = 5;

function payloadProblem(value: unknown, depth: number): string | undefined {
  if (depth > PAYLOAD_MAX_DEPTH) return `nests deeper than ${PAYLOAD_MAX_DEPTH} levels`;
  if (typeof value === 'string') return isSafeText(value) ? undefined : 'holds a control character';
  if (Array.isArray(value)) {
    for (const item of value) {
      const problem = payloadProblem(item, depth + 1);
      if (problem) return problem;
    }
    return undefined;
  }
  if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (!PAYLOAD_KEY.test(key))
        return `has a key that is not an Odin field name: ${JSON.stringify(key.slice(0, 40))}`;
      const problem = payloadProblem(item, depth + 1);
      if (problem) return problem;
    }
  }
  return undefined;
}

/** Further Odin configuration: Odin field names, bounded size and depth, safe text. */
export function OdinPayload(options?: ValidationOptions) {
  let problem: string | undefined;
  return ValidateBy(
    {
      name: 'odinPayload',
      validator: {
        validate: (value: unknown) => {
          // Depth first: serializing a hostile 5000-level object would overflow the stack.
          problem = payloadProblem(value, 0);
          if (!problem && Buffer.byteLength(JSON.stringify(value ?? null)) > PAYLOAD_MAX_BYTES) {
            problem = `is larger than ${PAYLOAD_MAX_BYTES} bytes`;
          }
          return problem === undefined;
        },
        defaultMessage: () => problem ?? 'is not valid Odin configuration',
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

/** The one list-size rule: a `limit` is absent or 1 to MAX_LIST_SIZE. */
export function ListLimit(): PropertyDecorator {
  return (target, property) => {
    IsOptional()(target, property);
    Min(1)(target, property);
    Max(MAX_LIST_SIZE)(target, property);
  };
}
