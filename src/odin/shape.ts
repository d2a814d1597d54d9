import {
  type CreateDeviceRequest,
  type CreateUserRequest,
  type DeviceSettings,
  type GroupRef,
  type UpdateDeviceRequest,
  type UserServicesChange,
  type EndpointChange,
  EndpointType,
  FilterMatch,
  MAX_LIST_SIZE,
  type UpdateUserRequest,
  type UserListQuery,
  type UserSettings,
  UserFilterField,
} from './model';
import { type PhoneNumber, foldRuns, inventoryForm, parsePhoneNumber } from './phone';
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
  // An unset typed field leaves the payload's value of the same key alone.
  for (const key of PLAIN_SETTINGS) {
    const v = input[key];
    if (v !== undefined && v !== null) body[key] = v;
  }
  // The user entity holds national digits; a number given as +1… or +1-… is converted.
  if (typeof input.phoneNumber === 'string')
    body.phoneNumber = parsePhoneNumber(input.phoneNumber)?.national ?? input.phoneNumber;
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

/** Odin's endpoint fields: `endpointType` plus the object it names. */
function shapeEndpoint(endpoint: EndpointChange, userId: string): Record<string, unknown> {
  const contacts = (list?: string[] | null) => (list ?? []).map((sipContact) => ({ sipContact }));
  switch (endpoint.type) {
    case EndpointType.NONE:
      return { endpointType: 'none' };
    case EndpointType.ACCESS_DEVICE_ENDPOINT:
      return {
        endpointType: 'accessDeviceEndpoint',
        accessDeviceEndpoint: {
          accessDevice: { deviceName: endpoint.deviceName, deviceLevel: 'Group' },
          linePort: endpoint.linePort || userId,
          contacts: contacts(endpoint.contacts),
        },
      };
    case EndpointType.TRUNK_ADDRESSING:
      return {
        endpointType: 'trunkAddressing',
        trunkAddressing: {
          trunkGroupDeviceEndpoint: {
            name: endpoint.trunkGroupName,
            linePort: endpoint.linePort || userId,
            isPilotUser: endpoint.isPilotUser ?? false,
            contacts: contacts(endpoint.contacts),
          },
        },
      };
  }
}

/** The `PUT /users` body: the ids, then only what the caller set, payload underneath. */
export function shapeUpdateUser(
  input: UpdateUserRequest,
  user: { serviceProviderId: string; groupId: string },
): WireBody {
  // Only the two ids: `user` may be a whole user entity.
  const where = { serviceProviderId: user.serviceProviderId, groupId: user.groupId };
  return compact({
    ...(input.payload ?? {}),
    ...settings(input, where),
    ...(input.endpoint ? shapeEndpoint(input.endpoint, input.userId) : {}),
    password: input.webAuthPassword,
    ...where,
    userId: input.userId,
  }) as WireBody;
}

const WILDCARD: Record<FilterMatch, (v: string) => string> = {
  [FilterMatch.EQUALS]: (v) => v,
  [FilterMatch.STARTS_WITH]: (v) => `${v}*`,
  [FilterMatch.CONTAINS]: (v) => `*${v}*`,
};

/** The `GET /users` list parameters, with Odin's `abc*` / `*abc*` filter syntax; capped. */
export function shapeUserList(
  query: UserListQuery,
): Record<string, string | number | boolean | undefined> {
  const params: Record<string, string | number | boolean | undefined> = {
    serviceProviderId: query.serviceProviderId ?? undefined,
    groupId: query.groupId ?? undefined,
    limit: query.all ? undefined : (query.limit ?? MAX_LIST_SIZE),
    extended: true,
  };
  if (query.filter) {
    const { field, match, value } = query.filter;
    // Odin holds MACs as 12 hex digits: `00:04:f2:…` is searched as `0004F2…`.
    const text = field === UserFilterField.MAC_ADDRESS ? normalizeMac(value) : value;
    params[field] = WILDCARD[match](text);
  }
  return params;
}

// --- Numbers, services, devices ---

/** Numbers and ranges as Odin's inventory calls take them: `{min, max}` in `+cc-number`. */
export function shapeNumberRuns(numbers: PhoneNumber[]): Array<{ min: string; max: string }> {
  return foldRuns(numbers).map((r) => ({
    min: inventoryForm(r.first),
    max: inventoryForm(r.last),
  }));
}

/** `PUT /groups/dns`: one entry per number, `max` null, as the public client sends it. */
export function shapeActivation(
  where: GroupRef,
  numbers: PhoneNumber[],
  activated: boolean,
): WireBody {
  return {
    ...where,
    dns: numbers.map((n) => ({ activated, min: inventoryForm(n), max: null })),
  };
}

/** `PUT /users/services`: each list only when given, one flag for every item. */
export function shapeUserServices(change: UserServicesChange, assigned: boolean): WireBody {
  const items = (names?: string[] | null) =>
    names?.length ? names.map((serviceName) => ({ serviceName, assigned })) : undefined;
  return compact({
    userId: change.userId,
    userServices: items(change.services),
    servicePackServices: items(change.servicePacks),
  }) as WireBody;
}

function deviceSettings(input: DeviceSettings): WireBody {
  const body: WireBody = {};
  for (const key of [
    'serialNumber',
    'description',
    'physicalLocation',
    'transportProtocol',
  ] as const) {
    const v = input[key];
    if (v !== undefined && v !== null) body[key] = v;
  }
  if (typeof input.macAddress === 'string') body.macAddress = normalizeMac(input.macAddress);
  return body;
}

/** MACs are stored as 12 upper-case hex digits; `:` and `-` separators are dropped. */
export const normalizeMac = (mac: string) => mac.replace(/[:-]/g, '').toUpperCase();

/** `POST /groups/devices`: payload underneath, typed fields, custom credentials. */
export function shapeCreateDevice(
  input: CreateDeviceRequest,
  credentials: { userName: string; password: string },
): WireBody {
  return compact({
    ...(input.payload ?? {}),
    ...deviceSettings(input),
    serviceProviderId: input.serviceProviderId,
    groupId: input.groupId,
    deviceName: input.deviceName,
    deviceType: input.deviceType,
    deviceLevel: 'Group',
    useCustomUserNamePassword: true,
    accessDeviceCredentials: credentials,
    userName: credentials.userName,
  }) as WireBody;
}

/** `PUT /groups/devices`: the ids, then only what the caller set; no renaming. */
export function shapeUpdateDevice(input: UpdateDeviceRequest): WireBody {
  return compact({
    ...(input.payload ?? {}),
    ...deviceSettings(input),
    serviceProviderId: input.serviceProviderId,
    groupId: input.groupId,
    deviceName: input.deviceName,
  }) as WireBody;
}
