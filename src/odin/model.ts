// The project's own plain model of what Odin holds: what normalize.ts produces from
// Odin's wire format and what shape.ts turns back into it. No GraphQL here.

/** The most items a list read returns; also Odin's `limit` when the caller gives none. */
export const MAX_LIST_SIZE = 1000;

export enum EndpointType {
  NONE = 'NONE',
  ACCESS_DEVICE_ENDPOINT = 'ACCESS_DEVICE_ENDPOINT',
  TRUNK_ADDRESSING = 'TRUNK_ADDRESSING',
}

export interface Address {
  addressLine1: string | null;
  addressLine2: string | null;
  city: string | null;
  stateOrProvince: string | null;
  zipOrPostalCode: string | null;
  country: string | null;
}

export interface Department {
  serviceProviderId: string;
  groupId: string;
  name: string;
  fullPath: string | null;
}

export interface AlternateUserId {
  alternateUserId: string;
  description: string | null;
}

export interface AccessDevice {
  deviceName: string;
  /** Where the device lives; null for a device seen only through a user's endpoint. */
  serviceProviderId: string | null;
  groupId: string | null;
  deviceType: string | null;
  deviceLevel: string | null;
  protocol: string | null;
  macAddress: string | null;
  status: string | null;
  transportProtocol: string | null;
  version: string | null;
  numberOfPorts: number | null;
  unlimitedPorts: boolean;
  numberOfAssignedPorts: number | null;
  serialNumber: string | null;
  description: string | null;
  physicalLocation: string | null;
  /** The device's own credentials' name; Odin never echoes the password. */
  userName: string | null;
}

interface EndpointCommon {
  linePort: string | null;
  contacts: string[];
  staticRegistrationCapable: boolean | null;
  useDomain: boolean | null;
}

export interface AccessDeviceEndpoint extends EndpointCommon {
  kind: 'accessDevice';
  supportVisualDeviceManagement: boolean | null;
  accessDevice: AccessDevice | null;
}

export interface TrunkAddressingEndpoint extends EndpointCommon {
  kind: 'trunkAddressing';
  trunkGroupName: string | null;
  isPilotUser: boolean | null;
  alternateTrunkIdentity: string | null;
}

export type Endpoint = AccessDeviceEndpoint | TrunkAddressingEndpoint;

export interface User {
  userId: string;
  serviceProviderId: string;
  groupId: string;
  firstName: string;
  lastName: string;
  callingLineIdFirstName: string | null;
  callingLineIdLastName: string | null;
  hiraganaFirstName: string | null;
  hiraganaLastName: string | null;
  extension: string | null;
  phoneNumber: string | null;
  callingLineIdPhoneNumber: string | null;
  phoneNumberActivated: boolean | null;
  emailAddress: string | null;
  language: string | null;
  timeZone: string | null;
  timeZoneDisplayName: string | null;
  defaultAlias: string | null;
  domain: string | null;
  countryCode: string | null;
  nationalPrefix: string | null;
  title: string | null;
  mobilePhoneNumber: string | null;
  pagerPhoneNumber: string | null;
  yahooId: string | null;
  addressLocation: string | null;
  address: Address | null;
  networkClassOfService: string | null;
  allowVideo: boolean | null;
  isEnterprise: boolean | null;
  passwordExpiresDays: number | null;
  aliases: string[];
  alternateUserIds: AlternateUserId[];
  department: Department | null;
  endpointType: EndpointType;
  endpoint: Endpoint | null;
}

export interface Group {
  serviceProviderId: string;
  groupId: string;
  groupName: string | null;
  defaultDomain: string | null;
  userLimit: number | null;
  userCount: number | null;
  timeZone: string | null;
  callingLineIdName: string | null;
}

export interface AddressFields {
  addressLine1?: string | null;
  addressLine2?: string | null;
  city?: string | null;
  stateOrProvince?: string | null;
  zipOrPostalCode?: string | null;
  country?: string | null;
}

/** The user configuration a caller may set on create and on update. */
export interface UserSettings {
  firstName?: string | null;
  lastName?: string | null;
  extension?: string | null;
  callingLineIdFirstName?: string | null;
  callingLineIdLastName?: string | null;
  phoneNumber?: string | null;
  callingLineIdPhoneNumber?: string | null;
  emailAddress?: string | null;
  /** A department name in the user's group. */
  department?: string | null;
  language?: string | null;
  timeZone?: string | null;
  title?: string | null;
  mobilePhoneNumber?: string | null;
  pagerPhoneNumber?: string | null;
  addressLocation?: string | null;
  address?: AddressFields | null;
  networkClassOfService?: string | null;
  allowVideo?: boolean | null;
  /** Any further Odin user configuration, merged underneath the typed fields. */
  payload?: Record<string, unknown> | null;
}

export interface CreateUserRequest extends UserSettings {
  serviceProviderId: string;
  groupId: string;
  userId: string;
  firstName: string;
  lastName: string;
  webAuthPassword?: string | null;
}

export interface CreatedUser {
  user: User;
  /** Set only when the layer asked Odin to generate the web authentication password. */
  generatedWebAuthPassword: string | null;
}

/** A new endpoint for a user: a line port on a device, on a trunk group, or none. */
export type EndpointChange =
  | { type: EndpointType.NONE }
  | {
      type: EndpointType.ACCESS_DEVICE_ENDPOINT;
      deviceName: string;
      linePort: string;
      contacts?: string[] | null;
    }
  | {
      type: EndpointType.TRUNK_ADDRESSING;
      trunkGroupName: string;
      linePort: string;
      isPilotUser?: boolean | null;
      contacts?: string[] | null;
    };

export interface UpdateUserRequest extends UserSettings {
  userId: string;
  webAuthPassword?: string | null;
  endpoint?: EndpointChange | null;
}

/** The user fields Odin's `GET /users` filters on; the values are Odin's parameter names. */
export enum UserFilterField {
  MAC_ADDRESS = 'macAddress',
  LAST_NAME = 'lastName',
  FIRST_NAME = 'firstName',
  DN = 'dn',
  EMAIL_ADDRESS = 'emailAddress',
  USER_ID = 'userId',
  EXTENSION = 'extension',
}

/** How a filter value matches, case-insensitively. */
export enum FilterMatch {
  EQUALS = 'EQUALS',
  STARTS_WITH = 'STARTS_WITH',
  CONTAINS = 'CONTAINS',
}

export interface UserListQuery {
  serviceProviderId?: string | null;
  groupId?: string | null;
  filter?: {
    field: UserFilterField;
    match: FilterMatch;
    value: string;
  } | null;
  limit?: number | null;
  /** Every user, with no limit sent (a connection pages through them). */
  all?: boolean;
}

// --- Numbers, extensions, services, devices (docs/odin/provisioning.md) ---

export interface GroupRef {
  serviceProviderId: string;
  groupId: string;
}

/** One string per group, for maps, loaders and locks. */
export const groupKey = (ref: GroupRef) => `${ref.serviceProviderId}\u0000${ref.groupId}`;

export enum NumberHolderKind {
  USER = 'USER',
  HUNT_GROUP = 'HUNT_GROUP',
  AUTO_ATTENDANT = 'AUTO_ATTENDANT',
  CALL_CENTER = 'CALL_CENTER',
  GROUP_PAGING = 'GROUP_PAGING',
  FLEXIBLE_SEATING_HOST = 'FLEXIBLE_SEATING_HOST',
  GROUP_CALLING_LINE_ID = 'GROUP_CALLING_LINE_ID',
  OTHER = 'OTHER',
}

/** Who holds a number: a user, a service instance, or the group's calling line id. */
export interface NumberHolder {
  kind: NumberHolderKind;
  /** The user or service instance id; null for the group calling line id. */
  id: string | null;
  firstName: string | null;
  lastName: string | null;
  extension: string | null;
  serviceProviderId: string | null;
  groupId: string | null;
}

export interface GroupNumber {
  /** National digits, as User.phoneNumber and createUser use them. */
  phoneNumber: string;
  e164: string;
  countryCode: string | null;
  activated: boolean;
  assigned: boolean;
}

export enum NumberStatus {
  ALL = 'ALL',
  FREE = 'FREE',
  ASSIGNED = 'ASSIGNED',
}

export interface NumberRange {
  first: string;
  last: string;
}

export interface ExtensionLengths {
  min: number;
  max: number;
  default: number;
}

export interface AuthorizedService {
  name: string;
  description: string | null;
  authorized: boolean;
  /** Null: unlimited. */
  limit: number | null;
  usage: number;
  /** limit - usage; null: unlimited. */
  available: number | null;
}

export interface GroupServices {
  userServices: AuthorizedService[];
  groupServices: AuthorizedService[];
  servicePacks: AuthorizedService[];
}

export interface UserService {
  name: string;
  assigned: boolean;
  description: string | null;
}

export interface UserServices {
  services: UserService[];
  servicePacks: UserService[];
}

export interface UserServicesChange {
  userId: string;
  services?: string[] | null;
  servicePacks?: string[] | null;
}

export interface DeviceSettings {
  macAddress?: string | null;
  serialNumber?: string | null;
  description?: string | null;
  physicalLocation?: string | null;
  transportProtocol?: string | null;
  /** Any further Odin device configuration, merged underneath the typed fields. */
  payload?: Record<string, unknown> | null;
}

export interface CreateDeviceRequest extends DeviceSettings, GroupRef {
  deviceName: string;
  deviceType: string;
  /** Omitted: user name = deviceName, password generated. */
  credentials?: { userName: string; password?: string | null } | null;
}

export interface UpdateDeviceRequest extends DeviceSettings, GroupRef {
  deviceName: string;
}

export interface CreatedDevice {
  device: AccessDevice;
  /** Set only when the layer generated the device password. */
  generatedPassword: string | null;
}

export interface SipAuthentication {
  userId: string;
  userName: string;
  /** Set only when the layer generated the SIP password. */
  generatedPassword: string | null;
}

// Call routing's model lives beside this one; one import path for the whole model.
export * from './routing-model';
