import type { CreateUserRequest, UserSettings } from './model';
import type { WireBody } from './wire';

// Typed settings that go to Odin under the same name. Names are trimmed; the rest as given.
const PLAIN_SETTINGS = [
  'extension',
  'phoneNumber',
  'callingLineIdPhoneNumber',
  'emailAddress',
  'language',
  'timeZone',
  'title',
  'mobilePhoneNumber',
  'pagerPhoneNumber',
  'addressLocation',
  'networkClassOfService',
  'allowVideo',
] as const;

const NAME_SETTINGS = [
  'firstName',
  'lastName',
  'callingLineIdFirstName',
  'callingLineIdLastName',
] as const;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Drops null and undefined everywhere: Odin reads a null as "clear this field". */
export function compact(value: unknown): unknown {
  if (Array.isArray(value)) return value.filter((v) => v !== null && v !== undefined).map(compact);
  if (!isPlainObject(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    if (v !== null && v !== undefined) out[key] = compact(v);
  }
  return out;
}

/** The typed settings a caller set, in Odin's names; unset ones are absent. */
function settings(
  input: UserSettings,
  where: { serviceProviderId: string; groupId: string },
): WireBody {
  const body: WireBody = {};
  for (const key of NAME_SETTINGS) {
    const v = input[key];
    if (typeof v === 'string') body[key] = v.trim();
  }
  for (const key of PLAIN_SETTINGS) body[key] = input[key];
  if (input.address) body.address = { ...input.address };
  if (typeof input.department === 'string') {
    body.department = { ...where, name: input.department.trim() };
  }
  return body;
}

/** The `POST /users` body: payload underneath, typed fields over it, no nulls. */
export function shapeCreateUser(input: CreateUserRequest, webAuthPassword: string): WireBody {
  const where = {
    serviceProviderId: input.serviceProviderId.trim(),
    groupId: input.groupId.trim(),
  };
  const typed = settings(input, where);
  const firstName = input.firstName.trim();
  const lastName = input.lastName.trim();
  return compact({
    ...(input.payload ?? {}),
    ...typed,
    ...where,
    userId: input.userId.trim(),
    firstName,
    lastName,
    callingLineIdFirstName: typed.callingLineIdFirstName ?? firstName,
    callingLineIdLastName: typed.callingLineIdLastName ?? lastName,
    password: webAuthPassword,
  }) as WireBody;
}
