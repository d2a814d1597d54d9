import {
  type AccessDevice,
  type AuthorizedService,
  type ExtensionLengths,
  type GroupNumber,
  type GroupServices,
  type NumberHolder,
  NumberHolderKind,
  type UserService,
  type UserServices,
  type Address,
  type AlternateUserId,
  type Department,
  type Endpoint,
  EndpointType,
  type Group,
  type User,
} from './model';
import type {
  WireAccessDevice,
  WireAddress,
  WireAuthorizedService,
  WireDnRow,
  WireDnRun,
  WireExtensions,
  WireGroupDns,
  WireGroupServices,
  WireUserService,
  WireUserServices,
  WireAlternateUserId,
  WireBool,
  WireContact,
  WireDepartment,
  WireGroup,
  WireInt,
  WireText,
  WireUser,
} from './wire';
import { type PhoneNumber, e164Form, expandRange, parsePhoneNumber } from './phone';

// Odin's int32 extremes on passwordExpiresDays mean "never", not a number of days.
const INT32_SENTINELS = new Set([2147483647, -2147483648, -2147483647]);

/** A string field: numbers become strings, empty strings and null become null. */
export function text(value: WireText): string | null {
  if (value === null || value === undefined) return null;
  const s = typeof value === 'number' ? String(value) : value;
  return s === '' ? null : s;
}

/** A name or description: as text(), and Python's `None` that leaks through as "None" is null. */
export function named(value: WireText): string | null {
  const s = text(value);
  return s === 'None' ? null : s;
}

/** A boolean field that may arrive as `true` or `"true"`. */
export function bool(value: WireBool): boolean | null {
  if (value === true || value === 'true') return true;
  if (value === false || value === 'false') return false;
  return null;
}

/** An integer that may arrive as a number or a numeric string. */
export function int(value: WireInt): number | null {
  if (value === null || value === undefined || value === '') return null;
  const n = typeof value === 'number' ? value : Number(value);
  return Number.isInteger(n) ? n : null;
}

/** Create and update answers may be wrapped in a one-element array. */
export function unwrapOne<T>(answer: T | T[]): T | undefined {
  return Array.isArray(answer) ? answer[0] : answer;
}

function contacts(list: Array<WireContact | string> | undefined): string[] {
  return (list ?? [])
    .map((c) => (typeof c === 'string' ? c : text(c.sipContact)))
    .filter((c): c is string => c !== null);
}

function address(wire: WireAddress | undefined): Address | null {
  if (!wire) return null;
  const a: Address = {
    addressLine1: text(wire.addressLine1),
    addressLine2: text(wire.addressLine2),
    city: text(wire.city),
    stateOrProvince: text(wire.stateOrProvince),
    zipOrPostalCode: text(wire.zipOrPostalCode),
    country: text(wire.country),
  };
  return Object.values(a).some((v) => v !== null) ? a : null;
}

function department(wire: WireDepartment | undefined, fullPath: WireText): Department | null {
  const name = text(wire?.name);
  if (!wire || name === null) return null;
  return {
    serviceProviderId: text(wire.serviceProviderId) ?? '',
    groupId: text(wire.groupId) ?? '',
    name,
    fullPath: text(fullPath),
  };
}

function alternateUserIds(
  wire: WireAlternateUserId | WireAlternateUserId[] | undefined,
): AlternateUserId[] {
  // A single alternate id arrives as a bare object, several as a list.
  const list = wire === undefined ? [] : Array.isArray(wire) ? wire : [wire];
  return list.flatMap((a) => {
    const id = text(a.alternateUserId);
    return id === null ? [] : [{ alternateUserId: id, description: text(a.description) }];
  });
}

export function accessDevice(wire: WireAccessDevice | undefined): AccessDevice | null {
  const deviceName = text(wire?.deviceName);
  if (!wire || deviceName === null) return null;
  const unlimitedPorts = bool(wire.numberOfPorts?.unlimited) === true;
  return {
    deviceName,
    serviceProviderId: text(wire.serviceProviderId),
    groupId: text(wire.groupId),
    deviceType: text(wire.deviceType),
    deviceLevel: text(wire.deviceLevel),
    protocol: text(wire.protocol),
    macAddress: text(wire.macAddress),
    status: text(wire.status),
    transportProtocol: text(wire.transportProtocol),
    version: text(wire.version),
    numberOfPorts: unlimitedPorts ? null : int(wire.numberOfPorts?.quantity),
    unlimitedPorts,
    numberOfAssignedPorts: int(wire.numberOfAssignedPorts),
    serialNumber: text(wire.serialNumber),
    description: named(wire.description),
    physicalLocation: text(wire.physicalLocation),
    userName: text(wire.accessDeviceCredentials?.userName) ?? text(wire.userName),
  };
}

export function endpointType(wire: string | undefined): EndpointType {
  switch (wire) {
    case 'accessDeviceEndpoint':
      return EndpointType.ACCESS_DEVICE_ENDPOINT;
    case 'trunkAddressing':
      return EndpointType.TRUNK_ADDRESSING;
    default:
      return EndpointType.NONE;
  }
}

/** Both endpoint objects always arrive; only the one endpointType names is meaningful. */
function endpoint(wire: WireUser, type: EndpointType): Endpoint | null {
  if (type === EndpointType.ACCESS_DEVICE_ENDPOINT) {
    const e = wire.accessDeviceEndpoint ?? {};
    return {
      kind: 'accessDevice',
      linePort: text(e.linePort),
      contacts: contacts(e.contacts),
      staticRegistrationCapable: bool(e.staticRegistrationCapable),
      useDomain: bool(e.useDomain),
      supportVisualDeviceManagement: bool(e.supportVisualDeviceManagement),
      accessDevice: accessDevice(e.accessDevice),
    };
  }
  if (type === EndpointType.TRUNK_ADDRESSING) {
    const t = wire.trunkAddressing ?? {};
    const e = t.trunkGroupDeviceEndpoint ?? {};
    return {
      kind: 'trunkAddressing',
      linePort: text(e.linePort),
      contacts: contacts(e.contacts),
      staticRegistrationCapable: bool(e.staticRegistrationCapable),
      useDomain: bool(e.useDomain),
      trunkGroupName: text(e.name),
      isPilotUser: bool(e.isPilotUser),
      alternateTrunkIdentity: text(t.alternateTrunkIdentity),
    };
  }
  return null;
}

function passwordExpiresDays(value: WireInt): number | null {
  const n = int(value);
  return n === null || INT32_SENTINELS.has(n) ? null : n;
}

export function normalizeUser(wire: WireUser): User {
  const type = endpointType(wire.endpointType);
  return {
    userId: text(wire.userId) ?? '',
    serviceProviderId: text(wire.serviceProviderId) ?? '',
    groupId: text(wire.groupId) ?? '',
    firstName: text(wire.firstName) ?? '',
    lastName: text(wire.lastName) ?? '',
    callingLineIdFirstName: text(wire.callingLineIdFirstName),
    callingLineIdLastName: text(wire.callingLineIdLastName),
    hiraganaFirstName: text(wire.hiraganaFirstName),
    hiraganaLastName: text(wire.hiraganaLastName),
    extension: text(wire.extension),
    phoneNumber: text(wire.phoneNumber),
    callingLineIdPhoneNumber: text(wire.callingLineIdPhoneNumber),
    phoneNumberActivated: bool(wire.phoneNumberActivated),
    emailAddress: text(wire.emailAddress),
    language: text(wire.language),
    timeZone: text(wire.timeZone),
    timeZoneDisplayName: text(wire.timeZoneDisplayName),
    defaultAlias: text(wire.defaultAlias),
    domain: text(wire.domain),
    countryCode: text(wire.countryCode),
    nationalPrefix: text(wire.nationalPrefix),
    title: text(wire.title),
    mobilePhoneNumber: text(wire.mobilePhoneNumber),
    pagerPhoneNumber: text(wire.pagerPhoneNumber),
    yahooId: text(wire.yahooId),
    addressLocation: text(wire.addressLocation),
    address: address(wire.address),
    networkClassOfService: text(wire.networkClassOfService),
    allowVideo: bool(wire.allowVideo),
    isEnterprise: bool(wire.isEnterprise),
    passwordExpiresDays: passwordExpiresDays(wire.passwordExpiresDays),
    aliases: (wire.aliases ?? []).map(text).filter((a): a is string => a !== null),
    alternateUserIds: alternateUserIds(wire.alternateUserId),
    department: department(wire.department, wire.departmentFullPath),
    endpointType: type,
    endpoint: endpoint(wire, type),
  };
}

export function normalizeGroup(wire: WireGroup): Group {
  return {
    serviceProviderId: text(wire.serviceProviderId) ?? '',
    groupId: text(wire.groupId) ?? '',
    groupName: text(wire.groupName),
    defaultDomain: text(wire.defaultDomain),
    userLimit: int(wire.userLimit),
    userCount: int(wire.userCount),
    timeZone: text(wire.timeZone),
    callingLineIdName: text(wire.callingLineIdName),
  };
}

// --- Numbers ---

/** A number in any of Odin's forms; null when none is given or it cannot be read. */
export function phoneNumber(value: WireText): PhoneNumber | null {
  const s = text(value);
  return s === null ? null : parsePhoneNumber(s.replace(/^ /, '+'));
}

/**
 * The numbers of a run. `list` when Odin sends it; else `min`..`max`, where a single
 * number has `max` null, "" or equal to `min`. A run given as `"a - b"` text too.
 */
export function runNumbers(min: WireText, max: WireText, list?: WireText[]): PhoneNumber[] {
  if (list?.length) return list.map(phoneNumber).filter((n): n is PhoneNumber => n !== null);
  const first = phoneNumber(min);
  if (!first) return [];
  const last = phoneNumber(max) ?? first;
  return expandRange(first, last) ?? [first];
}

const asGroupNumber = (n: PhoneNumber, activated: boolean, assigned: boolean): GroupNumber => ({
  phoneNumber: n.national,
  e164: e164Form(n),
  countryCode: n.countryCode,
  activated,
  assigned,
});

/** `GET /groups/dns` (and the `PUT` answer): every number of the group, one entry each. */
export function normalizeGroupNumbers(wire: WireGroupDns | undefined): GroupNumber[] {
  return (wire?.dns ?? []).flatMap((run: WireDnRun) =>
    runNumbers(run.min, run.max, run.list).map((n) =>
      asGroupNumber(n, bool(run.activated) === true, bool(run.assigned) === true),
    ),
  );
}

const HOLDER_KINDS: Record<string, NumberHolderKind> = {
  normal: NumberHolderKind.USER,
  'hunt group': NumberHolderKind.HUNT_GROUP,
  'auto attendant': NumberHolderKind.AUTO_ATTENDANT,
  'call center': NumberHolderKind.CALL_CENTER,
  'call centre': NumberHolderKind.CALL_CENTER,
  'group paging': NumberHolderKind.GROUP_PAGING,
  'flexible seating host': NumberHolderKind.FLEXIBLE_SEATING_HOST,
};

/** Who a details or search row names, or null for a free number. */
function holder(row: WireDnRow): NumberHolder | null {
  const id = text(row.userId);
  const lastName = named(row.lastName);
  const userType = text(row.userType)?.toLowerCase();
  const base = {
    firstName: named(row.firstName),
    lastName,
    extension: text(row.extension),
    serviceProviderId: text(row.serviceProviderId),
    groupId: text(row.groupId),
  };
  if (id === null) {
    // The group's calling line id is listed as a row of its own, without a user id.
    return lastName === 'Group Calling Line ID'
      ? { ...base, kind: NumberHolderKind.GROUP_CALLING_LINE_ID, id: null, firstName: null }
      : null;
  }
  return { ...base, kind: (userType && HOLDER_KINDS[userType]) || NumberHolderKind.OTHER, id };
}

/**
 * `GET /groups/dns/details` and the number searches: each number with who holds it. A
 * number listed twice (the group calling line id plus its owner) is held by its owner.
 */
export function normalizeNumberHolders(
  rows: WireDnRow[] | undefined,
  where?: { serviceProviderId?: WireText; groupId?: WireText },
): Map<string, NumberHolder> {
  const holders = new Map<string, NumberHolder>();
  for (const row of rows ?? []) {
    const h = holder({
      ...row,
      serviceProviderId: row.serviceProviderId ?? where?.serviceProviderId,
      groupId: row.groupId ?? where?.groupId,
    });
    if (!h) continue;
    const [min, max] = row.dns
      ? [row.dns.min, row.dns.max]
      : row.min !== undefined
        ? [row.min, row.max]
        : (text(row.phoneNumbers) ?? '').split(' - ');
    for (const n of runNumbers(min, max)) {
      const known = holders.get(n.national);
      if (!known || known.kind === NumberHolderKind.GROUP_CALLING_LINE_ID)
        holders.set(n.national, h);
    }
  }
  return holders;
}

export function normalizeExtensionLengths(wire: WireExtensions | undefined): ExtensionLengths {
  const min = int(wire?.minExtensionLength) ?? 2;
  const max = int(wire?.maxExtensionLength) ?? 20;
  return { min, max, default: int(wire?.defaultExtensionLength) ?? min };
}

// --- Services ---

/** `-1` (and "Unlimited") mean no limit. */
function limitOf(wire: WireAuthorizedService): number | null {
  const quantity = int(wire.quantity);
  if (text(wire.limited)?.toLowerCase() === 'unlimited' || quantity === null || quantity < 0)
    return null;
  return quantity;
}

function authorizedService(wire: WireAuthorizedService): AuthorizedService | null {
  const name = named(wire.servicePackName) ?? named(wire.serviceName);
  if (name === null) return null;
  const limit = limitOf(wire);
  const usage = Math.max(0, int(wire.usage) ?? 0);
  return {
    name,
    description: named(wire.description),
    authorized: bool(wire.authorized) === true,
    limit,
    usage,
    available: limit === null ? null : Math.max(0, limit - usage),
  };
}

const present = <T>(v: T | null): v is T => v !== null;

/** `GET /groups/services`: each of the three lists, limits and usage read leniently. */
export function normalizeGroupServices(wire: WireGroupServices | undefined): GroupServices {
  return {
    userServices: (wire?.userServices ?? []).map(authorizedService).filter(present),
    groupServices: (wire?.groupServices ?? []).map(authorizedService).filter(present),
    servicePacks: (wire?.servicePackServices ?? []).map(authorizedService).filter(present),
  };
}

function userService(wire: WireUserService, assignedByDefault: boolean): UserService | null {
  const name = named(wire.serviceName);
  if (name === null) return null;
  const assigned = bool(wire.assigned);
  return {
    name,
    assigned: assigned ?? assignedByDefault,
    description: named(wire.description),
  };
}

/**
 * `GET /users/services` (what the user could have, each with `assigned`) or
 * `/users/services/assigned` (only what is assigned, no flag).
 */
export function normalizeUserServices(wire: WireUserServices | undefined): UserServices {
  const assignedOnly = wire?.servicePackServices === undefined && wire?.groupServices !== undefined;
  return {
    services: (wire?.userServices ?? []).map((s) => userService(s, assignedOnly)).filter(present),
    servicePacks: (wire?.servicePackServices ?? [])
      .map((s) => userService(s, assignedOnly))
      .filter(present),
  };
}
