// The sandbox's own state: what BroadWorks holds, in plain form. render.ts turns it
// into Odin's wire format, quirks included.

export interface PasswordRules {
  minLength: number;
  requireDigit: boolean;
  requireUppercase: boolean;
  requireLowercase: boolean;
  requireSymbol: boolean;
}

export interface SbDevice {
  deviceName: string;
  deviceType: string;
  macAddress: string;
  /** A number of ports, or 'unlimited'. */
  ports: number | 'unlimited';
  protocol: string;
  transportProtocol: string;
  version?: string;
  serialNumber?: string;
  description?: string;
  physicalLocation?: string;
  /** The device's own credentials; the password is never answered. */
  userName?: string;
  password?: string;
  /** Anything else a create or update sent, kept and echoed. */
  extra?: Record<string, unknown>;
}

/** What a number can be held by, besides a user: a service instance of the group. */
export type SbServiceKind =
  'Hunt Group' | 'Auto Attendant' | 'Call Center' | 'Group Paging' | 'Flexible Seating Host';

export interface SbServiceInstance {
  id: string;
  kind: SbServiceKind;
  name: string;
  extension: string;
  phoneNumber: string;
  /** `PUT …/status`; true unless set. */
  active?: boolean;
  /** A hunt group's settings (docs/odin/routing.md, section b). */
  huntGroup?: SbHuntGroup;
  /** A call center's settings (section c). */
  callCenter?: SbCallCenter;
  /** An auto attendant's settings (section d). */
  autoAttendant?: SbAutoAttendant;
}

export interface SbMenuKey {
  key: string;
  action: string;
  description: string | null;
  phoneNumber: string | null;
  submenuId: string | null;
}

export interface SbMenu {
  announcementSelection: string;
  enableFirstMenuLevelExtensionDialing: boolean;
  keys: SbMenuKey[];
}

export interface SbAutoAttendant {
  type: 'Basic' | 'Standard';
  /** Schedule names: business hours (a Time schedule) and holidays; '' when none. */
  businessHours: string;
  holidaySchedule: string;
  businessHoursMenu: SbMenu;
  afterHoursMenu: SbMenu;
  holidayMenu?: SbMenu;
  submenus: Record<string, SbMenu>;
}

/** A group's schedule and its events (section e). */
export interface SbSchedule {
  name: string;
  type: 'Time' | 'Holiday';
  events: Array<{
    eventName: string;
    startTime: string;
    endTime: string;
    allDayEvent: boolean;
    /** The RRULE part, without DTSTART. */
    rrule: string;
  }>;
}

/** What a call center does with a call it cannot place (overflow, stranded…). */
export interface SbTreatment {
  action: string;
  transferPhoneNumber: string;
  /** Overflow only. */
  overflowAfterTimeout?: boolean;
  timeoutSeconds?: number;
}

export interface SbCallCenter {
  type: string;
  policy: string;
  routingType: string;
  queueLength: number;
  /** In order, with skill levels. */
  agents: Array<{ userId: string; skillLevel: number }>;
  overflow: SbTreatment;
  stranded: SbTreatment;
  strandedUnavailable: SbTreatment;
  forcedForwarding: { enabled: boolean; forwardToPhoneNumber: string };
  /** Per agent: ACD state and whether it takes this call center's calls. */
  acd: Record<string, { state: string; available: boolean }>;
  /** Per supervisor, the agents it watches; DNIS numbers by name. */
  supervisors?: Record<string, string[]>;
  dnis?: Record<string, Record<string, unknown>>;
}

export interface SbHuntGroup {
  policy: string;
  /** User ids, in hunt order. */
  agents: string[];
  /** Weighted policy: each agent's share, adding up to 100. */
  weights?: Record<string, number>;
  huntAfterNoAnswer: boolean;
  noAnswerNumberOfRings: number;
  forwardAfterTimeout: boolean;
  forwardTimeoutSeconds: number;
  forwardToPhoneNumber: string;
  enableNotReachableForwarding: boolean;
  notReachableForwardToPhoneNumber: string;
  callingLineIdFirstName: string;
  callingLineIdLastName: string;
}

/** A service or pack the group is authorised for; `quantity` -1 is unlimited. */
export interface SbAuthorization {
  name: string;
  authorized: boolean;
  quantity: number;
  allowed: number;
  description?: string;
  /** A pack's services. */
  services?: string[];
}

export interface SbGroup {
  serviceProviderId: string;
  groupId: string;
  groupName: string;
  defaultDomain: string;
  domains: string[];
  userLimit: number;
  extensionLength: { min: number; max: number; default: number };
  /** The group's number inventory, national digits. */
  numbers: string[];
  /** Numbers of the inventory that are not activated. */
  inactiveNumbers: string[];
  serviceInstances: SbServiceInstance[];
  /** Time and holiday schedules (absent: none). */
  schedules?: SbSchedule[];
  userServices: SbAuthorization[];
  groupServices: SbAuthorization[];
  servicePacks: SbAuthorization[];
  departments: string[];
  devices: SbDevice[];
  trunkGroups: string[];
  timeZone: string;
  callingLineIdName: string;
  callingLineIdPhoneNumber: string;
  passwordRules: PasswordRules;
}

export interface SbServiceProvider {
  serviceProviderId: string;
  serviceProviderName: string;
  defaultDomain: string;
  isEnterprise: boolean;
  /** Numbers the service provider holds outside its groups. */
  numbers: string[];
}

export type SbEndpoint =
  | { type: 'none' }
  | { type: 'accessDeviceEndpoint'; deviceName: string; linePort: string; contacts: string[] }
  | {
      type: 'trunkAddressing';
      trunkGroupName: string;
      linePort: string;
      isPilotUser: boolean;
      contacts: string[];
    };

export interface SbUser {
  serviceProviderId: string;
  groupId: string;
  userId: string;
  firstName: string;
  lastName: string;
  callingLineIdFirstName: string;
  callingLineIdLastName: string;
  hiraganaFirstName: string;
  hiraganaLastName: string;
  extension: string;
  phoneNumber: string;
  callingLineIdPhoneNumber: string;
  department: string;
  language: string;
  timeZone: string;
  emailAddress: string;
  title: string;
  mobilePhoneNumber: string;
  pagerPhoneNumber: string;
  yahooId: string;
  addressLocation: string;
  address: Record<string, string> | null;
  networkClassOfService: string;
  allowVideo: boolean;
  aliases: string[];
  alternateUserIds: Array<{ alternateUserId: string; description: string }>;
  endpoint: SbEndpoint;
  webAuthPassword: string;
  passwordExpiresDays: number | string;
  services: string[];
  servicePacks: string[];
  /** SIP authentication; the user name is set when Authentication is assigned. */
  sipUserName: string;
  sipPassword: string;
  /** Service settings changed through PUT /users/services/settings, by service name. */
  settings?: Record<string, Record<string, unknown>>;
}

/** What a user has before anyone sets it: BroadWorks' empty values. */
export const UNSET_USER_FIELDS = {
  extension: '',
  phoneNumber: '',
  callingLineIdPhoneNumber: '',
  department: '',
  language: 'English',
  emailAddress: '',
  title: '',
  mobilePhoneNumber: '',
  pagerPhoneNumber: '',
  yahooId: '',
  addressLocation: '',
  address: null,
  networkClassOfService: '',
  allowVideo: true,
  aliases: [] as string[],
  alternateUserIds: [] as SbUser['alternateUserIds'],
  endpoint: { type: 'none' } as SbEndpoint,
  services: [] as string[],
  servicePacks: [] as string[],
  sipUserName: '',
  sipPassword: '',
} satisfies Partial<SbUser>;
