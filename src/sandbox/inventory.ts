import { randomInt } from 'node:crypto';
import type { Directory } from './directory';
import { OdinFault, badRequest, notFound } from './fault';
import type { SbAuthorization, SbDevice, SbGroup, SbServiceProvider, SbUser } from './model';
import { numeric } from './render';
import { type Json, str } from './request';

// Numbers, services, devices and SIP credentials as docs/odin/provisioning.md describes them: the
// rules BroadWorks enforces, Odin's answers with their quirks. Numbers are kept as national
// digits; the demo directory is all +1.

const COUNTRY_CODE = '1';

const inventoryForm = (national: string) => `+${COUNTRY_CODE}-${national}`;

/**
 * A number in an inventory body: only `+cc-number` is accepted there (every DN write page
 * warns so); a leading space is a `+` that travelled unencoded.
 */
function inventoryNumber(value: unknown): string {
  const s = str(value)?.replace(/^ /, '+') ?? '';
  const m = /^\+(\d{1,3})-(\d{4,14})$/.exec(s);
  if (!m) throw badRequest(`Invalid number ${s}: numbers must be strings like +1-2125550142`);
  if (m[1] !== COUNTRY_CODE) throw badRequest(`Unknown country code ${m[1]}`);
  return m[2];
}

/** The numbers of `dns` entries; `max` null, missing, "" or equal to `min` is one number. */
export function numbersOf(dns: unknown): string[] {
  if (!Array.isArray(dns) || dns.length === 0)
    throw badRequest('dns must be a list of {min, max}', { field: 'dns' });
  return dns.flatMap((entry) => {
    const e = (entry ?? {}) as Json;
    const min = inventoryNumber(e.min);
    const max =
      e.max === null || e.max === undefined || e.max === '' ? min : inventoryNumber(e.max);
    if (max.length !== min.length || BigInt(max) < BigInt(min))
      throw badRequest(`Invalid range ${str(e.min)} - ${str(e.max)}`);
    const out: string[] = [];
    for (let n = BigInt(min); n <= BigInt(max); n++)
      out.push(n.toString().padStart(min.length, '0'));
    if (out.length > 10_000) throw badRequest('A range holds at most 10000 numbers');
    return out;
  });
}

const sortNumbers = (list: string[]) => [...list].sort((a, b) => (BigInt(a) < BigInt(b) ? -1 : 1));

/** Consecutive numbers that share `key`, as runs. */
function runs<T>(numbers: string[], key: (n: string) => T): Array<{ numbers: string[]; key: T }> {
  const out: Array<{ numbers: string[]; key: T }> = [];
  for (const n of sortNumbers(numbers)) {
    const k = key(n);
    const last = out[out.length - 1];
    const prev = last?.numbers[last.numbers.length - 1];
    if (last && JSON.stringify(last.key) === JSON.stringify(k) && BigInt(n) === BigInt(prev) + 1n)
      last.numbers.push(n);
    else out.push({ numbers: [n], key: k });
  }
  return out;
}

const USER_TYPE = 'Normal';

/** A random string of `length` with at least one character of each set, shuffled. */
export function randomSecret(sets: string[], length: number): string {
  const all = sets.join('');
  const chars = sets.map((set) => set[randomInt(set.length)]);
  while (chars.length < length) chars.push(all[randomInt(all.length)]);
  for (let i = chars.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [chars[i], chars[j]] = [chars[j], chars[i]];
  }
  return chars.join('');
}

/** One user service of a `/groups/services` or `/service-providers/services` answer. */
export const userServiceEntry = (a: SbAuthorization, usage: number): Json => ({
  serviceName: a.name,
  authorized: a.authorized,
  assigned: usage > 0,
  limited: a.quantity < 0 ? 'Unlimited' : 'Limited',
  quantity: a.quantity,
  usage,
  licensed: true,
  allowed: a.allowed,
  userAssignable: true,
  groupServiceAssignable: true,
  tags: [],
  alias: a.name,
});

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

/** The inventory and services side of the sandbox, over the directory's state. */
export class Inventory {
  constructor(private readonly dir: Directory) {}

  // --- numbers ---

  private activated(group: SbGroup, n: string) {
    return !group.inactiveNumbers.includes(n);
  }

  /** `GET /groups/dns`: runs with the same assigned and activated, `list` with each number. */
  groupDns(group: SbGroup): Json {
    const key = (n: string) => ({
      assigned: this.dir.holderOf(group, n) !== undefined,
      activated: this.activated(group, n),
    });
    return {
      serviceProviderId: group.serviceProviderId,
      groupId: group.groupId,
      dns: runs(group.numbers, key).map((r) => ({
        ...r.key,
        min: inventoryForm(r.numbers[0]),
        max: r.numbers.length > 1 ? inventoryForm(r.numbers[r.numbers.length - 1]) : null,
        list: r.numbers.map(inventoryForm),
      })),
    };
  }

  /** A details row's holder fields: the user or service instance, or nobody. */
  private holderFields(group: SbGroup, n: string): Json {
    const h = this.dir.holderOf(group, n);
    if (h?.user) {
      const u = h.user;
      return {
        department: u.department || null,
        userId: u.userId,
        lastName: numeric(u.lastName),
        firstName: numeric(u.firstName),
        extension: u.extension ? numeric(u.extension) : null,
        emailAddress: u.emailAddress || null,
        userType: USER_TYPE,
      };
    }
    if (h?.instance) {
      const i = h.instance;
      return {
        department: null,
        userId: i.id,
        lastName: i.id.split('@')[0],
        firstName: i.kind,
        extension: i.extension ? numeric(i.extension) : null,
        emailAddress: null,
        userType: i.kind,
      };
    }
    const none = { department: null, userId: null, lastName: null, firstName: null };
    return { ...none, extension: null, emailAddress: null, userType: null };
  }

  /** `GET /groups/dns/details`: a row per run and owner; the calling line id listed apart. */
  groupDnsDetails(group: SbGroup): Json {
    const rows: Json[] = [];
    const clid = group.callingLineIdPhoneNumber.replace(/^\+1-?/, '');
    for (const r of runs(group.numbers, (n) => ({
      holder: this.dir.holderOf(group, n)?.id ?? null,
      activated: this.activated(group, n),
    }))) {
      const first = r.numbers[0];
      const last = r.numbers[r.numbers.length - 1];
      const range = r.numbers.length > 1;
      const base = {
        phoneNumbers: range
          ? `${inventoryForm(first)} - ${inventoryForm(last)}`
          : inventoryForm(first),
        activated: r.key.activated,
        countryCode: Number(COUNTRY_CODE),
        nationalPrefix: null,
        min: inventoryForm(first),
        max: range ? inventoryForm(last) : '',
      };
      if (r.numbers.includes(clid)) {
        rows.push({
          ...base,
          department: null,
          userId: null,
          lastName: 'Group Calling Line ID',
          firstName: null,
          extension: null,
          emailAddress: null,
          userType: null,
        });
      }
      rows.push({ ...base, ...this.holderFields(group, first) });
    }
    return { serviceProviderId: group.serviceProviderId, groupId: group.groupId, dns: rows };
  }

  /** A search row: details fields of a held number, with its place and a nested `dns`. */
  private searchRow(group: SbGroup, n: string): Json {
    const fields = this.holderFields(group, n);
    const userId = str(fields.userId) ?? '';
    return {
      phoneNumbers: inventoryForm(n),
      ...fields,
      // Searches send the extension as a string, "" when none.
      extension: fields.extension === null ? '' : String(fields.extension),
      activated: this.activated(group, n),
      countryCode: Number(COUNTRY_CODE),
      nationalPrefix: null,
      serviceProviderId: group.serviceProviderId,
      groupId: group.groupId,
      userIdShort: userId,
      domain: userId.split('@')[1] ?? '',
      dns: { min: inventoryForm(n), max: '', activated: this.activated(group, n) },
    };
  }

  /** Numbers in use in some groups matching an Odin `dn` pattern on the national digits. */
  search(groups: SbGroup[], pattern: string | undefined, limit?: string): Json[] {
    const digits = (pattern ?? '').replace(/^[+ ]/, '').replace(/^1-/, '');
    const matches = (n: string) => {
      if (!digits) return true;
      if (digits.startsWith('*') && digits.endsWith('*') && digits.length > 1)
        return n.includes(digits.slice(1, -1));
      if (digits.endsWith('*')) return n.startsWith(digits.slice(0, -1));
      return n === digits || `${COUNTRY_CODE}${n}` === digits;
    };
    const rows = groups.flatMap((g) =>
      sortNumbers(g.numbers)
        .filter((n) => this.dir.holderOf(g, n) && matches(n))
        .map((n) => this.searchRow(g, n)),
    );
    return limit ? rows.slice(0, Number(limit)) : rows;
  }

  /** `GET /service-providers/dns`: its pool (canDelete) and what each group holds. */
  serviceProviderDns(sp: SbServiceProvider): Json {
    const own = runs(sp.numbers, () => null).map((r) => ({
      canDelete: true,
      groupId: null,
      min: inventoryForm(r.numbers[0]),
      max: inventoryForm(r.numbers[r.numbers.length - 1]),
    }));
    const inGroups = this.dir.groupsOf(sp.serviceProviderId).flatMap((g) =>
      runs(g.numbers, () => null).map((r) => ({
        canDelete: false,
        groupId: g.groupId,
        min: inventoryForm(r.numbers[0]),
        max: inventoryForm(r.numbers[r.numbers.length - 1]),
      })),
    );
    return { serviceProviderId: sp.serviceProviderId, dns: [...own, ...inGroups] };
  }

  /** From the service provider's pool to a group; all or nothing. */
  addToGroup(group: SbGroup, numbers: string[]): void {
    const sp = this.dir.serviceProvider(group.serviceProviderId);
    const missing = numbers.filter((n) => !sp.numbers.includes(n));
    if (missing.length)
      throw new OdinFault(
        409,
        `Numbers not available in service provider ${sp.serviceProviderId}: ${missing.map(inventoryForm).join(', ')}`,
      );
    sp.numbers = sp.numbers.filter((n) => !numbers.includes(n));
    group.numbers.push(...numbers);
  }

  /** From the system pool to a service provider; all or nothing. */
  addToServiceProvider(sp: SbServiceProvider, numbers: string[]): void {
    const missing = numbers.filter((n) => !this.dir.systemNumbers.includes(n));
    if (missing.length)
      throw new OdinFault(
        409,
        `Numbers not available in the system: ${missing.map(inventoryForm).join(', ')}`,
      );
    const keep = this.dir.systemNumbers.filter((n) => !numbers.includes(n));
    this.dir.systemNumbers.splice(0, this.dir.systemNumbers.length, ...keep);
    sp.numbers.push(...numbers);
  }

  /** Back to the service provider; refused, whole, while any number is held. */
  removeFromGroup(group: SbGroup, numbers: string[]): void {
    const foreign = numbers.filter((n) => !group.numbers.includes(n));
    if (foreign.length)
      throw badRequest(
        `Numbers not in group ${group.groupId}: ${foreign.map(inventoryForm).join(', ')}`,
      );
    const held = numbers.filter((n) => this.dir.holderOf(group, n));
    if (held.length)
      throw new OdinFault(
        409,
        `Numbers still in use: ${held.map((n) => `${inventoryForm(n)} (${this.dir.holderOf(group, n)?.id})`).join(', ')}`,
      );
    group.numbers = group.numbers.filter((n) => !numbers.includes(n));
    group.inactiveNumbers = group.inactiveNumbers.filter((n) => !numbers.includes(n));
    this.dir.serviceProvider(group.serviceProviderId).numbers.push(...numbers);
  }

  removeFromServiceProvider(sp: SbServiceProvider, numbers: string[]): void {
    const missing = numbers.filter((n) => !sp.numbers.includes(n));
    if (missing.length)
      throw new OdinFault(
        409,
        `Numbers cannot be deleted (in a group or not held): ${missing.map(inventoryForm).join(', ')}`,
      );
    sp.numbers = sp.numbers.filter((n) => !numbers.includes(n));
    this.dir.systemNumbers.push(...numbers);
  }

  /** `PUT /groups/dns`: each entry carries its own `activated`. */
  activate(group: SbGroup, dns: unknown): void {
    if (!Array.isArray(dns) || dns.length === 0)
      throw badRequest('dns must be a list', { field: 'dns' });
    const changes = dns.map((entry) => {
      const e = (entry ?? {}) as Json;
      if (typeof e.activated !== 'boolean' && e.activated !== 'true' && e.activated !== 'false')
        throw badRequest('Each dns entry needs activated', { field: 'activated' });
      return { numbers: numbersOf([e]), activated: e.activated === true || e.activated === 'true' };
    });
    const foreign = changes.flatMap((c) => c.numbers).filter((n) => !group.numbers.includes(n));
    if (foreign.length)
      throw badRequest(
        `Numbers not in group ${group.groupId}: ${foreign.map(inventoryForm).join(', ')}`,
      );
    for (const c of changes) {
      group.inactiveNumbers = group.inactiveNumbers.filter((n) => !c.numbers.includes(n));
      if (!c.activated) group.inactiveNumbers.push(...c.numbers);
    }
  }

  /** The number of the whole system: the group that holds it, or nobody. */
  groupHolding(national: string): SbGroup | undefined {
    return [...this.dir.groups.values()].find((g) => g.numbers.includes(national));
  }

  // --- extensions ---

  extensions(group: SbGroup): Json {
    return {
      minExtensionLength: group.extensionLength.min,
      maxExtensionLength: group.extensionLength.max,
      defaultExtensionLength: group.extensionLength.default,
      serviceProviderId: group.serviceProviderId,
      groupId: group.groupId,
    };
  }

  setExtensions(group: SbGroup, values: Json): void {
    const int = (key: string, current: number) => {
      const v = values[key];
      if (v === undefined || v === null || v === '') return current;
      const n = Number(v);
      if (!Number.isInteger(n) || n < 2 || n > 20)
        throw badRequest(`${key} must be 2 to 20`, { field: key });
      return n;
    };
    const next = {
      min: int('minExtensionLength', group.extensionLength.min),
      max: int('maxExtensionLength', group.extensionLength.max),
      default: int('defaultExtensionLength', group.extensionLength.default),
    };
    if (!(next.min <= next.default && next.default <= next.max))
      throw badRequest('Extension lengths must satisfy min <= default <= max');
    group.extensionLength = next;
  }

  // --- services ---

  /** How many hold an authorisation: users for user services and packs, instances for group services. */
  private usage(group: SbGroup, kind: 'user' | 'group' | 'pack', name: string): number {
    if (kind === 'group')
      return name === 'Hunt Group'
        ? group.serviceInstances.filter((i) => i.kind === 'Hunt Group').length
        : 0;
    const users = this.dir.usersOf(group);
    return users.filter((u) => (kind === 'pack' ? u.servicePacks : u.services).includes(name))
      .length;
  }

  groupServices(group: SbGroup): Json {
    const limited = (a: SbAuthorization) => (a.quantity < 0 ? 'Unlimited' : 'Limited');
    return {
      resellerId: 'None',
      serviceProviderId: group.serviceProviderId,
      groupId: group.groupId,
      userServices: group.userServices.map((a) =>
        userServiceEntry(a, this.usage(group, 'user', a.name)),
      ),
      groupServices: group.groupServices.map((a) => ({
        serviceName: a.name,
        authorized: a.authorized,
        assigned: this.usage(group, 'group', a.name) > 0,
        limited: limited(a),
        quantity: a.quantity,
        usage: this.usage(group, 'group', a.name),
        licensed: true,
        allowed: a.allowed,
        instanceCount: this.usage(group, 'group', a.name),
        alias: a.name,
      })),
      servicePackServices: group.servicePacks.map((a) => ({
        servicePackName: a.name,
        serviceName: a.name,
        description: a.description ?? null,
        authorized: a.authorized,
        assigned: this.usage(group, 'pack', a.name) > 0,
        // Quirks of the answers: quantity as a string when limited.
        limited: limited(a),
        quantity: a.quantity < 0 ? -1 : String(a.quantity),
        allowed: a.allowed,
        usage: this.usage(group, 'pack', a.name),
        alias: a.name,
      })),
    };
  }

  /** `GET /users/services`: what the user could have (authorised), with `assigned`. */
  userServices(user: SbUser): Json {
    const group = this.dir.group(user.serviceProviderId, user.groupId);
    return {
      userId: user.userId,
      userServices: group.userServices
        .filter((a) => a.authorized)
        .map((a) => ({
          serviceName: a.name,
          assigned: user.services.includes(a.name),
          tags: [],
          alias: a.name,
        })),
      servicePackServices: group.servicePacks
        .filter((a) => a.authorized)
        .map((a) => ({
          assigned: user.servicePacks.includes(a.name),
          description: a.description ?? 'None',
          serviceName: a.name,
          alias: a.name,
        })),
      serviceProviderId: user.serviceProviderId,
      groupId: user.groupId,
    };
  }

  /** `GET /users/services/assigned`: only what is assigned, packs' services included. */
  userServicesAssigned(user: SbUser): Json {
    const group = this.dir.group(user.serviceProviderId, user.groupId);
    const fromPacks = group.servicePacks
      .filter((p) => user.servicePacks.includes(p.name))
      .flatMap((p) => p.services ?? []);
    const names = [...new Set([...user.services, ...fromPacks])];
    return {
      userId: user.userId,
      userServices: names.map((serviceName) =>
        serviceName === 'Call Waiting' ? { serviceName, isActive: true } : { serviceName },
      ),
      groupServices: group.groupServices
        .filter((g) => g.name === 'Music On Hold')
        .map((g) => ({ serviceName: g.name, isActive: true })),
    };
  }

  /** The services a user has, directly or through a pack. */
  hasService(user: SbUser, name: string): boolean {
    if (user.services.includes(name)) return true;
    const group = this.dir.group(user.serviceProviderId, user.groupId);
    return group.servicePacks.some(
      (p) => user.servicePacks.includes(p.name) && p.services?.includes(name),
    );
  }

  /** `PUT /users/services`: each item's own flag; authorised, with seats; all or nothing. */
  changeUserServices(user: SbUser, body: Json): void {
    const group = this.dir.group(user.serviceProviderId, user.groupId);
    const items = (list: unknown, kind: 'user' | 'pack') =>
      (Array.isArray(list) ? list : []).map((i) => {
        const item = (i ?? {}) as Json;
        const name = str(item.serviceName) ?? '';
        if (!name) throw badRequest('serviceName is required', { field: 'serviceName' });
        return { kind, name, assigned: item.assigned === true || item.assigned === 'true' };
      });
    const changes = [
      ...items(body.userServices, 'user'),
      ...items(body.servicePackServices, 'pack'),
    ];
    if (!changes.length) throw badRequest('Nothing to assign or unassign');
    const services = new Set(user.services);
    const packs = new Set(user.servicePacks);
    for (const c of changes) {
      const table = c.kind === 'pack' ? group.servicePacks : group.userServices;
      const auth = table.find((a) => a.name === c.name);
      const held = c.kind === 'pack' ? packs : services;
      if (!c.assigned) {
        held.delete(c.name);
        continue;
      }
      if (!auth || !auth.authorized)
        throw new OdinFault(
          409,
          `${c.kind === 'pack' ? 'Service pack' : 'Service'} ${c.name} is not authorized for group ${group.groupId}`,
        );
      if (held.has(c.name)) continue;
      if (auth.quantity >= 0 && this.usage(group, c.kind, c.name) >= auth.quantity)
        throw new OdinFault(
          409,
          `${c.kind === 'pack' ? 'Service pack' : 'Service'} ${c.name} has no licenses left: ${auth.quantity} of ${auth.quantity} in use`,
        );
      held.add(c.name);
    }
    user.services = [...services];
    user.servicePacks = [...packs];
    if (!this.hasService(user, 'Authentication')) {
      user.sipUserName = '';
      user.sipPassword = '';
    } else if (!user.sipUserName) user.sipUserName = user.userId.split('@')[0];
  }

  /** `GET /groups/services/assigned`: users with a service or pack directly. */
  assignedUsers(group: SbGroup, serviceType: string, serviceName: string): Json {
    const users = this.dir
      .usersOf(group)
      .filter((u) =>
        (serviceType === 'servicePackName' ? u.servicePacks : u.services).includes(serviceName),
      );
    return {
      serviceProviderId: group.serviceProviderId,
      groupId: group.groupId,
      serviceType,
      serviceName,
      users: users.map((u) => ({
        userId: u.userId,
        lastName: numeric(u.lastName),
        firstName: numeric(u.firstName),
        department: u.department || null,
        phoneNumber: u.phoneNumber || null,
        emailAddress: u.emailAddress || null,
        hiraganaLastName: u.hiraganaLastName,
        hiraganaFirstName: u.hiraganaFirstName,
        extension: u.extension || null,
      })),
    };
  }

  // --- devices ---

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
        Inventory.READ_ONLY.has(k) ||
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
    if (!Inventory.DEVICE_NAME.test(deviceName))
      throw badRequest(`Invalid deviceName ${deviceName}`, { field: 'deviceName' });
    if (!Inventory.KNOWN_TYPES.has(deviceType))
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
    Inventory.applyDevice(device, body);
    group.devices.push(device);
    return device;
  }

  updateDevice(group: SbGroup, body: Json): SbDevice {
    const device = this.device(group, str(body.deviceName) ?? '');
    if (body.deviceType !== undefined && str(body.deviceType) !== device.deviceType)
      throw badRequest('deviceType cannot be changed', { field: 'deviceType' });
    Inventory.applyDevice(device, body);
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
    if (!this.hasService(user, 'Authentication') || !user.sipUserName)
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
    if (!this.hasService(user, 'Authentication'))
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

  /** A SIP password of 12 characters that passes the SIP rules. */
  generateSipPassword(): string {
    return randomSecret(
      ['ABCDEFGHJKLMNPQRSTUVWXYZ', 'abcdefghijkmnopqrstuvwxyz', '23456789', '!_{}#'],
      12,
    );
  }

  // --- the other reads of sections a to e ---

  /** `GET /system/dns/summary`: each service provider's runs. */
  systemSummary(): Json[] {
    return [...this.dir.serviceProviders.values()].flatMap((sp) =>
      runs(this.numbersOf(sp), () => null).map((r) => ({
        isEnterprise: sp.isEnterprise,
        serviceProviderId: sp.serviceProviderId,
        min: inventoryForm(r.numbers[0]),
        max: inventoryForm(r.numbers[r.numbers.length - 1]),
      })),
    );
  }

  /** `GET /system/dns/utilization`, with the lowercase "to" of `assignedtoGroups`. */
  systemUtilization(): Json[] {
    return [...this.dir.serviceProviders.values()].map((sp) => {
      const groups = this.dir.groupsOf(sp.serviceProviderId);
      const total = this.numbersOf(sp).length;
      const inGroups = groups.reduce((n, g) => n + g.numbers.length, 0);
      const activated = groups.reduce(
        (n, g) => n + g.numbers.filter((x) => this.activated(g, x)).length,
        0,
      );
      return {
        serviceProviderId: sp.serviceProviderId,
        phoneNumbers: total,
        assignedtoGroups: inGroups,
        percentageAssigned: total ? Math.round((inGroups / total) * 100) : 0,
        isEnterprise: sp.isEnterprise,
        activatedOnGroups: activated,
      };
    });
  }

  private numbersOf(sp: SbServiceProvider): string[] {
    return [...sp.numbers, ...this.dir.groupsOf(sp.serviceProviderId).flatMap((g) => g.numbers)];
  }

  /** `GET /users/alternate-numbers`: ten slots; the demo users use none. */
  alternateNumbers(user: SbUser): Json {
    return {
      userId: user.userId,
      distinctiveRing: false,
      alternateEntries: Array.from({ length: 10 }, (_, i) => ({
        phoneNumber: null,
        extension: null,
        ringPattern: null,
        alternateEntryId: i + 1,
      })),
    };
  }

  /** `GET /groups/services/authorized`. */
  authorized(group: SbGroup): Json {
    const list = (table: SbAuthorization[]) =>
      table.map((a) => ({ serviceName: a.name, authorized: a.authorized }));
    return {
      userServices: list(group.userServices),
      groupServices: list(group.groupServices),
      servicePackServices: list(group.servicePacks),
    };
  }

  /** `GET /groups/services/available`: names of what may be assigned. */
  available(group: SbGroup): string[] {
    return [...group.userServices, ...group.groupServices]
      .filter((a) => a.authorized)
      .map((a) => a.name);
  }

  /** `GET /groups/services/assigned-list`: names of what someone in the group has. */
  assignedList(group: SbGroup): string[] {
    const users = this.dir.usersOf(group);
    return group.userServices
      .filter((a) => users.some((u) => this.hasService(u, a.name)))
      .map((a) => a.name)
      .sort();
  }

  /** `GET /users/services/viewable`: what the user has, `isActive` as the string "false". */
  viewable(user: SbUser): Json {
    const group = this.dir.group(user.serviceProviderId, user.groupId);
    return {
      userId: user.userId,
      userServices: group.userServices
        .filter((a) => this.hasService(user, a.name))
        .map((a) =>
          a.name === 'Voice Messaging User'
            ? { serviceName: a.name, isActive: 'false' }
            : { serviceName: a.name },
        ),
    };
  }

  /** `GET /users/services/settings`: keyed by service display name. */
  settings(user: SbUser): Json {
    const group = this.dir.group(user.serviceProviderId, user.groupId);
    const out: Json = { userId: user.userId };
    for (const a of group.userServices.filter((x) => this.hasService(user, x.name))) {
      out[a.name] =
        a.name === 'Authentication'
          ? { userName: numeric(user.sipUserName) }
          : { isActive: false, ...(user.settings?.[a.name] ?? {}) };
    }
    return out;
  }

  /** `PUT /users/services/settings`: only services the user has. */
  changeSettings(user: SbUser, body: Json): Json {
    for (const [name, value] of Object.entries(body)) {
      if (name === 'userId') continue;
      if (!this.hasService(user, name))
        throw badRequest(`User ${user.userId} does not have the service ${name}`);
      if (value && typeof value === 'object' && !Array.isArray(value))
        user.settings = {
          ...(user.settings ?? {}),
          [name]: { ...(user.settings?.[name] ?? {}), ...(value as Json) },
        };
    }
    return this.settings(user);
  }

  /** `GET /passcode/generate`: 8 digits. */
  static passcode(): string {
    return Array.from({ length: 8 }, () => randomInt(10)).join('');
  }
}
