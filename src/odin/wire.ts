/* eslint-disable @typescript-eslint/no-explicit-any */
// Odin's wire format as it is seen in the samples: loose, because Odin is loose.
// Numbers arrive where strings belong, "true" where booleans do. Nothing outside
// src/odin/ sees these types; normalize.ts turns them into model.ts.

export type WireText = string | number | null | undefined;
export type WireBool = boolean | 'true' | 'false' | null | undefined;
export type WireInt = number | string | null | undefined;

export interface WireContact {
  sipContact?: string;
}

export interface WireAccessDevice {
  deviceName?: WireText;
  deviceType?: WireText;
  deviceLevel?: WireText;
  protocol?: WireText;
  macAddress?: WireText;
  status?: WireText;
  transportProtocol?: WireText;
  version?: WireText;
  numberOfPorts?: { unlimited?: WireBool; quantity?: WireInt };
  numberOfAssignedPorts?: WireInt;
  serviceProviderId?: WireText;
  groupId?: WireText;
  serialNumber?: WireText;
  description?: WireText;
  physicalLocation?: WireText;
  accessDeviceCredentials?: { userName?: WireText };
  [other: string]: any;
}

export interface WireAccessDeviceEndpoint {
  accessDevice?: WireAccessDevice;
  linePort?: WireText;
  staticRegistrationCapable?: WireBool;
  useDomain?: WireBool;
  supportVisualDeviceManagement?: WireBool;
  contacts?: Array<WireContact | string>;
}

export interface WireTrunkAddressing {
  trunkGroupDeviceEndpoint?: {
    name?: WireText;
    linePort?: WireText;
    staticRegistrationCapable?: WireBool;
    useDomain?: WireBool;
    isPilotUser?: WireBool;
    contacts?: Array<WireContact | string>;
  };
  alternateTrunkIdentity?: WireText;
}

export interface WireDepartment {
  serviceProviderId?: WireText;
  groupId?: WireText;
  name?: WireText;
}

export interface WireAddress {
  addressLine1?: WireText;
  addressLine2?: WireText;
  city?: WireText;
  stateOrProvince?: WireText;
  zipOrPostalCode?: WireText;
  country?: WireText;
}

export interface WireAlternateUserId {
  alternateUserId?: WireText;
  description?: WireText;
}

export interface WireUser {
  serviceProviderId?: WireText;
  groupId?: WireText;
  userId?: WireText;
  firstName?: WireText;
  lastName?: WireText;
  callingLineIdFirstName?: WireText;
  callingLineIdLastName?: WireText;
  hiraganaFirstName?: WireText;
  hiraganaLastName?: WireText;
  extension?: WireText;
  phoneNumber?: WireText;
  callingLineIdPhoneNumber?: WireText;
  phoneNumberActivated?: WireBool;
  emailAddress?: WireText;
  language?: WireText;
  timeZone?: WireText;
  timeZoneDisplayName?: WireText;
  defaultAlias?: WireText;
  domain?: WireText;
  countryCode?: WireText;
  nationalPrefix?: WireText;
  title?: WireText;
  mobilePhoneNumber?: WireText;
  pagerPhoneNumber?: WireText;
  yahooId?: WireText;
  addressLocation?: WireText;
  address?: WireAddress;
  networkClassOfService?: WireText;
  allowVideo?: WireBool;
  isEnterprise?: WireBool;
  passwordExpiresDays?: WireInt;
  aliases?: WireText[];
  alternateUserId?: WireAlternateUserId | WireAlternateUserId[];
  department?: WireDepartment;
  departmentFullPath?: WireText;
  endpointType?: string;
  accessDeviceEndpoint?: WireAccessDeviceEndpoint;
  trunkAddressing?: WireTrunkAddressing;
  [other: string]: any;
}

export interface WireGroup {
  serviceProviderId?: WireText;
  groupId?: WireText;
  groupName?: WireText;
  defaultDomain?: WireText;
  userLimit?: WireInt;
  userCount?: WireInt;
  timeZone?: WireText;
  callingLineIdName?: WireText;
  [other: string]: any;
}

/** A run of numbers in `/groups/dns` answers; `list` only where Odin sends it. */
export interface WireDnRun {
  assigned?: WireBool;
  activated?: WireBool;
  min?: WireText;
  max?: WireText;
  list?: WireText[];
}

export interface WireGroupDns {
  serviceProviderId?: WireText;
  groupId?: WireText;
  dns?: WireDnRun[];
}

/** A row of `/groups/dns/details` and of the searches: a run and who holds it. */
export interface WireDnRow {
  phoneNumbers?: WireText;
  activated?: WireBool;
  userId?: WireText;
  lastName?: WireText;
  firstName?: WireText;
  extension?: WireText;
  userType?: WireText;
  countryCode?: WireText;
  serviceProviderId?: WireText;
  groupId?: WireText;
  min?: WireText;
  max?: WireText;
  dns?: { min?: WireText; max?: WireText; activated?: WireBool };
  [other: string]: any;
}

export interface WireExtensions {
  minExtensionLength?: WireInt;
  maxExtensionLength?: WireInt;
  defaultExtensionLength?: WireInt;
}

export interface WireAuthorizedService {
  serviceName?: WireText;
  servicePackName?: WireText;
  description?: WireText;
  authorized?: WireBool;
  limited?: WireText;
  quantity?: WireInt;
  usage?: WireInt;
  allowed?: WireInt;
  [other: string]: any;
}

export interface WireGroupServices {
  userServices?: WireAuthorizedService[];
  groupServices?: WireAuthorizedService[];
  servicePackServices?: WireAuthorizedService[];
  [other: string]: any;
}

export interface WireUserService {
  serviceName?: WireText;
  assigned?: WireBool;
  description?: WireText;
  isActive?: WireBool;
  [other: string]: any;
}

export interface WireUserServices {
  userId?: WireText;
  userServices?: WireUserService[];
  servicePackServices?: WireUserService[];
  groupServices?: WireUserService[];
}

export interface WireAuthentication {
  userId?: WireText;
  userName?: WireText;
  [other: string]: any;
}

/** Odin's error body. `details` may be a string, an object or a list. */
export interface WireError {
  details?: any;
  status?: number;
  error?: string;
}

/** A request body: Odin user fields, flat, as the public client sends them. */
export type WireBody = Record<string, unknown>;

// --- Call routing (docs/odin/routing.md): digit-only targets arrive as JSON numbers ---

export interface WireForwarding {
  isActive?: WireBool;
  forwardToPhoneNumber?: WireText;
  numberOfRings?: WireInt;
  isRingSplashActive?: WireBool;
  userId?: WireText;
}

/** A row of `GET /users/call-forwarding-<kind>/bulk`: `data` is `{}` when not assigned. */
export interface WireForwardingRow {
  service?: { assigned?: WireBool; serviceName?: WireText } | null;
  user?: { userId?: WireText } | null;
  data?: WireForwarding | null;
}

export interface WireSelectiveCriterion {
  isActive?: WireBool;
  criteriaName?: WireText;
  timeSchedule?: WireText;
  holidaySchedule?: WireText;
  forwardTo?: WireText;
  callsFrom?: WireText | WireText[];
}

export interface WireSelective {
  isActive?: WireBool;
  defaultForwardToPhoneNumber?: WireText;
  criteria?: WireSelectiveCriterion[] | null;
}

export interface WireDoNotDisturb {
  isActive?: WireBool;
  ringSplash?: WireBool;
  userId?: WireText;
}

export interface WireHuntGroupRow {
  serviceUserId?: WireText;
  name?: WireText;
  phoneNumber?: WireText;
  extension?: WireText;
  isActive?: WireBool;
  policy?: WireText;
  serviceProviderId?: WireText;
  groupId?: WireText;
}

export interface WireHuntGroup {
  serviceInstanceProfile?: {
    name?: WireText;
    phoneNumber?: WireText;
    extension?: WireText;
  } | null;
  policy?: WireText;
  huntAfterNoAnswer?: WireBool;
  noAnswerNumberOfRings?: WireInt;
  forwardAfterTimeout?: WireBool;
  forwardTimeoutSeconds?: WireInt;
  forwardToPhoneNumber?: WireText;
  enableNotReachableForwarding?: WireBool;
  notReachableForwardToPhoneNumber?: WireText;
  serviceUserId?: WireText;
  serviceProviderId?: WireText;
  groupId?: WireText;
  agents?: Array<{ userId?: WireText } | null> | null;
}

export interface WireCallCenterRow {
  serviceUserId?: WireText;
  name?: WireText;
  phoneNumber?: WireText;
  extension?: WireText;
  isActive?: WireBool;
  policy?: WireText;
  type?: WireText;
}

export interface WireCallCenter {
  serviceInstanceProfile?: { name?: WireText; phoneNumber?: WireText; extension?: WireText } | null;
  type?: WireText;
  policy?: WireText;
  queueLength?: WireInt;
  serviceUserId?: WireText;
  serviceProviderId?: WireText;
  groupId?: WireText;
}

export interface WireCallCenterAgents {
  agents?: Array<{ userId?: WireText; skillLevel?: WireInt } | null> | null;
}

export interface WireTreatment {
  action?: WireText;
  transferPhoneNumber?: WireText;
  overflowAfterTimeout?: WireBool;
  timeoutSeconds?: WireInt;
}

export interface WireForcedForwarding {
  enabled?: WireBool;
  forwardToPhoneNumber?: WireText;
}

export interface WireAgentSide {
  agentACDState?: WireText;
  callCenters?: Array<{
    serviceUserId?: WireText;
    available?: WireBool;
    skillLevel?: WireInt;
  } | null> | null;
}

export interface WireMenuKey {
  key?: WireText;
  action?: WireText;
  description?: WireText;
  phoneNumber?: WireText;
  submenuId?: WireText;
}

export interface WireMenu {
  announcementSelection?: WireText;
  enableFirstMenuLevelExtensionDialing?: WireBool;
  enableLevelExtensionDialing?: WireBool;
  keys?: Array<WireMenuKey | null> | null;
}

export interface WireAutoAttendantRow {
  serviceUserId?: WireText;
  name?: WireText;
  phoneNumber?: WireText;
  extension?: WireText;
  isActive?: WireBool;
  type?: WireText;
}

/** A schedule reference on an attendant: a name, or `{name, type}` [assumed]. */
export type WireScheduleRef = WireText | { name?: WireText } | null;

export interface WireAutoAttendant {
  serviceInstanceProfile?: { name?: WireText; phoneNumber?: WireText; extension?: WireText } | null;
  type?: WireText;
  businessHours?: WireScheduleRef;
  holidaySchedule?: WireScheduleRef;
  businessHoursMenu?: WireMenu | null;
  afterHoursMenu?: WireMenu | null;
  holidayMenu?: WireMenu | null;
  serviceUserId?: WireText;
  serviceProviderId?: WireText;
  groupId?: WireText;
}

export interface WireSubmenuRow {
  submenuId?: WireText;
  isUsed?: WireBool;
}

export interface WireSchedule {
  name?: WireText;
  type?: WireText;
}

export interface WireEvent {
  eventName?: WireText;
  startTime?: WireText;
  endTime?: WireText;
  allDayEvent?: WireBool;
  rrule?: WireText;
}
