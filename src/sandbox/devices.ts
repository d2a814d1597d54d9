import type { Directory } from './directory';
import { OdinFault, badRequest, notFound } from './fault';
import type { SbDevice, SbGroup, SbUser } from './model';
import { numeric } from './render';
import { type Json, str } from './request';
import type { ServiceInventory } from './services';

// Devices and SIP credentials as docs/odin/provisioning.md (section d) describes them.

/** Where a device lives, and how many lines it carries. */
export interface DevicePlace {
  level: 'Group' | 'Service Provider' | 'System';
  serviceProviderId?: string;
  groupId?: string;
  assignedPorts: number;
}

/** The device object as the create answer shows it; the password never. */
export function renderDevice(d: SbDevice, place: DevicePlace): Json {
  return {
    ...(d.extra ?? {}),
    deviceType: d.deviceType,
    protocol: d.protocol,
    numberOfPorts: d.ports === 'unlimited' ? { unlimited: 'true' } : { quantity: String(d.ports) },
    numberOfAssignedPorts: place.assignedPorts,
    status: 'Online',
    transportProtocol: d.transportProtocol,
    useCustomUserNamePassword: !!d.userName,
    ...(d.version ? { version: d.version } : {}),
    deviceName: d.deviceName,
    ...(place.serviceProviderId ? { serviceProviderId: place.serviceProviderId } : {}),
    ...(place.groupId ? { groupId: place.groupId } : {}),
    macAddress: d.macAddress,
    ...(d.serialNumber ? { serialNumber: d.serialNumber } : {}),
    ...(d.description ? { description: d.description } : {}),
    ...(d.physicalLocation ? { physicalLocation: d.physicalLocation } : {}),
    deviceLevel: place.level,
    accessDeviceCredentials: { userName: d.userName ?? null },
    tags: [],
    relatedServices: [],
  };
}

/** A group's devices, who is on them, and users' SIP credentials. */
export class DeviceInventory {
  constructor(
    private readonly dir: Directory,
    private readonly services: ServiceInventory,
  ) {}

  device(group: SbGroup, deviceName: string): SbDevice {
    const device = group.devices.find((d) => d.deviceName === deviceName);
    if (!device) throw notFound(`Device not found: ${deviceName}`);
    return device;
  }

  /** A group device as Odin answers it. */
  renderDevice(group: SbGroup, d: SbDevice): Json {
    return renderDevice(d, {
      level: 'Group',
      serviceProviderId: group.serviceProviderId,
      groupId: group.groupId,
      assignedPorts: this.dir.portsInUse(group, d.deviceName),
    });
  }

  private static readonly DEVICE_NAME = /^[A-Za-z0-9._@-]{1,80}$/;
  private static readonly KNOWN_TYPES = new Set([
    'Polycom VVX 150',
    'Polycom VVX 400',
    'Polycom VVX 450',
    'Yealink T54W',
    'Cisco 8851',
    'Generic SIP Phone',
  ]);
  private static readonly READ_ONLY = new Set(['numberOfAssignedPorts', 'status', 'deviceLevel']);

  /** Fields of a create or update body: the typed ones, the rest kept as given. */
  static applyDevice(d: SbDevice, body: Json): void {
    const known = ['serviceProviderId', 'groupId', 'deviceName', 'deviceType', 'userName'];
    if (body.macAddress !== undefined) {
      const mac = (str(body.macAddress) ?? '').toUpperCase();
      if (mac && !/^[0-9A-F]{12}$/.test(mac))
        throw badRequest(`Invalid MAC address ${mac}`, { field: 'macAddress' });
      d.macAddress = mac;
    }
    for (const key of [
      'serialNumber',
      'description',
      'physicalLocation',
      'transportProtocol',
    ] as const) {
      if (body[key] !== undefined) d[key] = str(body[key]) ?? '';
    }
    const creds = body.accessDeviceCredentials as Json | undefined;
    if (creds && typeof creds === 'object') {
      if (creds.userName !== undefined) d.userName = str(creds.userName);
      if (creds.password !== undefined) d.password = str(creds.password);
    }
    const extra: Json = { ...(d.extra ?? {}) };
    for (const [k, v] of Object.entries(body)) {
      if (
        known.includes(k) ||
        DeviceInventory.READ_ONLY.has(k) ||
        k === 'accessDeviceCredentials' ||
        k === 'macAddress' ||
        k === 'serialNumber' ||
        k === 'description' ||
        k === 'physicalLocation' ||
        k === 'transportProtocol'
      )
        continue;
      extra[k] = v;
    }
    d.extra = extra;
  }

  createDevice(group: SbGroup, body: Json): SbDevice {
    const deviceName = str(body.deviceName) ?? '';
    const deviceType = str(body.deviceType) ?? '';
    if (!DeviceInventory.DEVICE_NAME.test(deviceName))
      throw badRequest(`Invalid deviceName ${deviceName}`, { field: 'deviceName' });
    if (!DeviceInventory.KNOWN_TYPES.has(deviceType))
      throw badRequest(`Unknown device type ${deviceType}`, { field: 'deviceType' });
    if (group.devices.some((d) => d.deviceName === deviceName))
      throw new OdinFault(409, `Device ${deviceName} already exists in group ${group.groupId}`);
    const device: SbDevice = {
      deviceName,
      deviceType,
      macAddress: '',
      ports: deviceType === 'Generic SIP Phone' ? 'unlimited' : 12,
      protocol: 'SIP 2.0',
      transportProtocol: 'Unspecified',
    };
    DeviceInventory.applyDevice(device, body);
    // One MAC, one device of the group [assumed]: BroadWorks refuses a MAC already in use.
    const twin = device.macAddress && group.devices.find((d) => d.macAddress === device.macAddress);
    if (twin)
      throw new OdinFault(
        409,
        `MAC address ${device.macAddress} is already used by ${twin.deviceName}`,
      );
    group.devices.push(device);
    return device;
  }

  updateDevice(group: SbGroup, body: Json): SbDevice {
    const device = this.device(group, str(body.deviceName) ?? '');
    if (body.deviceType !== undefined && str(body.deviceType) !== device.deviceType)
      throw badRequest('deviceType cannot be changed', { field: 'deviceType' });
    DeviceInventory.applyDevice(device, body);
    return device;
  }

  deleteDevice(group: SbGroup, deviceName: string): void {
    this.device(group, deviceName);
    const users = this.deviceUsers(group, deviceName);
    if (users.length)
      throw new OdinFault(
        409,
        `Device ${deviceName} is in use by ${users.map((u) => u.userId).join(', ')}`,
      );
    group.devices = group.devices.filter((d) => d.deviceName !== deviceName);
  }

  deviceUsers(group: SbGroup, deviceName: string): Json[] {
    return this.dir
      .usersOf(group)
      .filter(
        (u) => u.endpoint.type === 'accessDeviceEndpoint' && u.endpoint.deviceName === deviceName,
      )
      .map((u) => ({
        userId: u.userId,
        firstName: numeric(u.firstName),
        lastName: numeric(u.lastName),
        linePort: u.endpoint.type === 'accessDeviceEndpoint' ? u.endpoint.linePort : '',
        endpointType: 'Primary',
      }));
  }

  // --- SIP authentication ---

  authentication(user: SbUser): Json {
    if (!this.services.hasService(user, 'Authentication') || !user.sipUserName)
      throw notFound(`User ${user.userId} has no Authentication service`);
    return {
      userName: numeric(user.sipUserName),
      userId: user.userId,
      serviceProviderId: user.serviceProviderId,
      groupId: user.groupId,
      isEnterprise: true,
    };
  }

  setAuthentication(user: SbUser, body: Json): Json {
    if (!this.services.hasService(user, 'Authentication'))
      throw badRequest(`User ${user.userId} needs the Authentication service first`);
    const userName = str(body.userName) ?? (user.sipUserName || user.userId.split('@')[0]);
    const password = str(body.newPassword) ?? '';
    const problems: string[] = [];
    if (password.length < 6 || password.length > 60) problems.push('6 to 60 characters');
    if (!/[A-Z]/.test(password)) problems.push('an upper-case letter');
    if (!/[a-z]/.test(password)) problems.push('a lower-case letter');
    if (userName && password.toLowerCase().includes(userName.toLowerCase()))
      problems.push('not containing the authentication name');
    if (problems.length)
      throw badRequest('SIP password does not satisfy the rules', { requires: problems });
    user.sipUserName = userName;
    user.sipPassword = password;
    return { userId: user.userId, userName, newPassword: '' };
  }
}
