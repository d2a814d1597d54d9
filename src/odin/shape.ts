import {
  type CreateUserRequest,
  type EndpointChange,
  EndpointType,
  FilterMatch,
  MAX_LIST_SIZE,
  type UpdateUserRequest,
  type UserListQuery,
  type UserSettings,
} from './model';
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
    limit: query.limit ?? MAX_LIST_SIZE,
    extended: true,
  };
  if (query.filter) params[query.filter.field] = WILDCARD[query.filter.match](query.filter.value);
  return params;
}
