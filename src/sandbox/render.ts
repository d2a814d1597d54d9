import type { SbGroup, SbServiceProvider, SbUser } from './model';

type Json = Record<string, unknown>;

// Odin sends all-digit names and pager/mobile numbers as JSON numbers.
export function numeric(value: string): string | number {
  return /^[1-9]\d{0,14}$/.test(value) ? Number(value) : value;
}

/** What Odin calls an ordinary user, in number and service answers. */
export const USER_TYPE = 'Normal';

const bool = (b: boolean) => (b ? 'true' : 'false');

// One formatter per zone: making one costs ~0.15 ms, which made a list of 200 users 30 ms of
// CPU, long enough to delay the recording of the requests queued behind it.
const FORMATTERS = new Map<string, Intl.DateTimeFormat>();

export function displayName(timeZone: string): string {
  let format = FORMATTERS.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' });
    FORMATTERS.set(timeZone, format);
  }
  const offset =
    format.formatToParts(new Date()).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  return `(${offset === 'GMT' ? 'GMT+00:00' : offset}) ${timeZone}`;
}

/** A user as Odin answers it: both endpoint objects, string booleans, the empty department. */
export function renderUser(user: SbUser, group: SbGroup | undefined, assignedPorts = 1): Json {
  const device =
    user.endpoint.type === 'accessDeviceEndpoint'
      ? group?.devices.find(
          (d) => d.deviceName === (user.endpoint as { deviceName: string }).deviceName,
        )
      : undefined;
  const contacts = (list: string[]) => list.map((sipContact) => ({ sipContact }));
  const out: Json = {
    serviceProviderId: user.serviceProviderId,
    groupId: user.groupId,
    userId: user.userId,
    lastName: numeric(user.lastName),
    firstName: numeric(user.firstName),
    callingLineIdLastName: numeric(user.callingLineIdLastName),
    callingLineIdFirstName: numeric(user.callingLineIdFirstName),
    hiraganaLastName: numeric(user.hiraganaLastName),
    hiraganaFirstName: numeric(user.hiraganaFirstName),
    phoneNumber: user.phoneNumber,
    extension: user.extension,
    callingLineIdPhoneNumber: user.callingLineIdPhoneNumber,
    department: user.department
      ? { serviceProviderId: user.serviceProviderId, groupId: user.groupId, name: user.department }
      : { serviceProviderId: '', groupId: '', name: '' },
    ...(user.department ? { departmentFullPath: `${user.department} (${user.groupId})` } : {}),
    language: user.language,
    timeZone: user.timeZone,
    timeZoneDisplayName: displayName(user.timeZone),
    defaultAlias: user.userId,
    accessDeviceEndpoint:
      user.endpoint.type === 'accessDeviceEndpoint' && device
        ? {
            accessDevice: {
              deviceType: device.deviceType,
              protocol: device.protocol,
              numberOfPorts:
                device.ports === 'unlimited'
                  ? { unlimited: 'true' }
                  : { quantity: String(device.ports) },
              numberOfAssignedPorts: assignedPorts,
              status: 'Online',
              transportProtocol: device.transportProtocol,
              useCustomUserNamePassword: false,
              ...(device.version ? { version: device.version } : {}),
              deviceName: device.deviceName,
              macAddress: device.macAddress,
              deviceLevel: 'Group',
              accessDeviceCredentials: { userName: null },
              serviceProviderId: user.serviceProviderId,
              groupId: user.groupId,
              tags: [],
              relatedServices: [],
            },
            linePort: user.endpoint.linePort,
            staticRegistrationCapable: 'true',
            useDomain: 'true',
            supportVisualDeviceManagement: 'false',
            contacts: contacts(user.endpoint.contacts),
          }
        : { contacts: [] },
    trunkAddressing:
      user.endpoint.type === 'trunkAddressing'
        ? {
            trunkGroupDeviceEndpoint: {
              name: user.endpoint.trunkGroupName,
              linePort: user.endpoint.linePort,
              staticRegistrationCapable: 'true',
              useDomain: 'true',
              isPilotUser: bool(user.endpoint.isPilotUser),
              contacts: contacts(user.endpoint.contacts),
            },
          }
        : { trunkGroupDeviceEndpoint: { contacts: [] } },
    emailAddress: user.emailAddress,
    nationalPrefix: '',
    phoneNumberActivated:
      user.phoneNumber !== '' && !group?.inactiveNumbers.includes(user.phoneNumber),
    countryCode: '1',
    allowVideo: user.allowVideo,
    domain: user.userId.split('@')[1] ?? '',
    endpointType: user.endpoint.type,
    aliases: user.aliases,
    isEnterprise: true,
    passwordExpiresDays: user.passwordExpiresDays,
  };
  for (const key of ['title', 'addressLocation', 'networkClassOfService', 'yahooId'] as const) {
    if (user[key]) out[key] = user[key];
  }
  for (const key of ['pagerPhoneNumber', 'mobilePhoneNumber'] as const) {
    if (user[key]) out[key] = numeric(user[key]);
  }
  if (user.address) out.address = user.address;
  // One alternate id comes as a bare object, several as a list.
  if (user.alternateUserIds.length === 1) out.alternateUserId = user.alternateUserIds[0];
  else if (user.alternateUserIds.length > 1) out.alternateUserId = user.alternateUserIds;
  return out;
}

export function renderGroup(group: SbGroup, userCount: number): Json {
  return {
    defaultDomain: group.defaultDomain,
    userLimit: group.userLimit,
    userCount,
    groupName: group.groupName,
    callingLineIdName: group.callingLineIdName,
    callingLineIdPhoneNumber: group.callingLineIdPhoneNumber,
    timeZone: group.timeZone,
    timeZoneDisplayName: displayName(group.timeZone),
    serviceProviderId: group.serviceProviderId,
    groupId: group.groupId,
  };
}

export function renderServiceProvider(sp: SbServiceProvider): Json {
  return { ...sp };
}
