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
}
