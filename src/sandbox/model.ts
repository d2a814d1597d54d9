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
}

export interface SbGroup {
  serviceProviderId: string;
  groupId: string;
  groupName: string;
  defaultDomain: string;
  domains: string[];
  userLimit: number;
  extensionLength: { min: number; max: number };
  /** The group's number inventory. */
  numbers: string[];
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
} satisfies Partial<SbUser>;
