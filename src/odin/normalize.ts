import {
  type AccessDevice,
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
  WireAlternateUserId,
  WireBool,
  WireContact,
  WireDepartment,
  WireGroup,
  WireInt,
  WireText,
  WireUser,
} from './wire';

// Odin's int32 extremes on passwordExpiresDays mean "never", not a number of days.
const INT32_SENTINELS = new Set([2147483647, -2147483648, -2147483647]);

/** A string field: numbers become strings, empty strings and null become null. */
export function text(value: WireText): string | null {
  if (value === null || value === undefined) return null;
  const s = typeof value === 'number' ? String(value) : value;
  return s === '' ? null : s;
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

function accessDevice(wire: WireAccessDevice | undefined): AccessDevice | null {
  const deviceName = text(wire?.deviceName);
  if (!wire || deviceName === null) return null;
  const unlimitedPorts = bool(wire.numberOfPorts?.unlimited) === true;
  return {
    deviceName,
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
