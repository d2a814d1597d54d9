import { OdinFault, badRequest, notFound } from './fault';
import {
  type SbEndpoint,
  type SbGroup,
  type SbServiceInstance,
  type SbServiceProvider,
  type SbUser,
  UNSET_USER_FIELDS,
} from './model';
import { randomSecret } from './passwords';
import { str } from './request';
import type { Seed } from './seed';

type Body = Record<string, unknown>;

const LANGUAGES = new Set(['English', 'French', 'Spanish', 'German']);
const TIME_ZONES = new Set(Intl.supportedValuesOf('timeZone'));
const NAME_FIELDS = [
  'firstName',
  'lastName',
  'callingLineIdFirstName',
  'callingLineIdLastName',
] as const;
const TEXT_FIELDS = [
  'emailAddress',
  'title',
  'mobilePhoneNumber',
  'pagerPhoneNumber',
  'yahooId',
  'addressLocation',
  'networkClassOfService',
  'callingLineIdPhoneNumber',
] as const;

const groupKey = (serviceProviderId: string, groupId: string) =>
  `${serviceProviderId}\u0000${groupId}`;

/** In-memory BroadWorks: service providers, groups and users, with the rules it enforces. */
export class Directory {
  readonly serviceProviders = new Map<string, SbServiceProvider>();
  readonly groups = new Map<string, SbGroup>();
  readonly users = new Map<string, SbUser>();
  /** The system pool: numbers no service provider holds. */
  readonly systemNumbers: string[];

  constructor(seed: Seed) {
    this.systemNumbers = [...(seed.systemNumbers ?? [])];
    for (const sp of seed.serviceProviders) this.serviceProviders.set(sp.serviceProviderId, sp);
    for (const g of seed.groups) this.groups.set(groupKey(g.serviceProviderId, g.groupId), g);
    for (const u of seed.users) this.users.set(u.userId, u);
  }

  serviceProvider(serviceProviderId: string): SbServiceProvider {
    const sp = this.serviceProviders.get(serviceProviderId);
    if (!sp) throw notFound(`Service provider not found: ${serviceProviderId}`);
    return sp;
  }

  group(serviceProviderId: string, groupId: string): SbGroup {
    this.serviceProvider(serviceProviderId);
    const group = this.groups.get(groupKey(serviceProviderId, groupId));
    if (!group) throw notFound(`Group not found: ${groupId}`);
    return group;
  }

  groupsOf(serviceProviderId: string): SbGroup[] {
    this.serviceProvider(serviceProviderId);
    return [...this.groups.values()].filter((g) => g.serviceProviderId === serviceProviderId);
  }

  usersOf(group: SbGroup): SbUser[] {
    return [...this.users.values()].filter(
      (u) => u.serviceProviderId === group.serviceProviderId && u.groupId === group.groupId,
    );
  }

  /** The group a user belongs to. */
  groupOf(user: SbUser): SbGroup | undefined {
    return this.groups.get(groupKey(user.serviceProviderId, user.groupId));
  }

  user(userId: string): SbUser {
    const user = this.users.get(userId);
    if (!user) throw notFound(`User not found: ${userId}`);
    return user;
  }

  createUser(body: Body): SbUser {
    for (const key of [
      'serviceProviderId',
      'groupId',
      'userId',
      'firstName',
      'lastName',
      'password',
    ]) {
      if (!str(body[key])) throw badRequest(`Missing required field: ${key}`, { field: key });
    }
    const group = this.group(str(body.serviceProviderId) ?? '', str(body.groupId) ?? '');
    const userId = str(body.userId) ?? '';
    if (this.usersOf(group).length >= group.userLimit) {
      throw badRequest(`Group ${group.groupId} has reached its user limit of ${group.userLimit}`);
    }
    if (this.users.has(userId)) {
      throw new OdinFault(
        409,
        `User already exists: ${userId}`,
        `[Error 4500] User already exists: ${userId}`,
      );
    }
    const domain = userId.split('@')[1] ?? '';
    if (!group.domains.includes(domain)) {
      throw badRequest(`Domain ${domain} is not assigned to group ${group.groupId}`, {
        field: 'userId',
        allowed: group.domains,
      });
    }
    const firstName = str(body.firstName) ?? '';
    const lastName = str(body.lastName) ?? '';
    const user: SbUser = {
      serviceProviderId: group.serviceProviderId,
      groupId: group.groupId,
      userId,
      firstName,
      lastName,
      callingLineIdFirstName: firstName,
      callingLineIdLastName: lastName,
      hiraganaFirstName: firstName,
      hiraganaLastName: lastName,
      ...UNSET_USER_FIELDS,
      timeZone: group.timeZone,
      webAuthPassword: '',
      passwordExpiresDays: '-2147483648',
    };
    const created = this.apply(user, body, group);
    // A number without an extension: its last default-length digits, when free.
    if (body.extension === undefined && created.phoneNumber) {
      const candidate = created.phoneNumber.slice(-group.extensionLength.default);
      const taken =
        this.usersOf(group).some((u) => u.extension === candidate) ||
        group.serviceInstances.some((i) => i.extension === candidate);
      if (!taken) created.extension = candidate;
    }
    this.users.set(userId, created);
    return created;
  }

  updateUser(body: Body): SbUser {
    const userId = str(body.userId);
    if (!userId) throw badRequest('Missing required field: userId', { field: 'userId' });
    const existing = this.user(userId);
    for (const key of ['serviceProviderId', 'groupId'] as const) {
      const given = str(body[key]);
      if (given !== undefined && given !== existing[key]) {
        throw badRequest(`User ${userId} is not in ${key} ${given}`, { field: key });
      }
    }
    const group = this.group(existing.serviceProviderId, existing.groupId);
    const updated = this.apply(existing, body, group);
    this.users.set(userId, updated);
    return updated;
  }

  /** Who holds a number of the group: a user (its primary number) or a service instance. */
  holderOf(
    group: SbGroup,
    national: string,
  ): { id: string; user?: SbUser; instance?: SbServiceInstance } | undefined {
    const user = this.usersOf(group).find((u) => u.phoneNumber === national);
    if (user) return { id: user.userId, user };
    const instance = group.serviceInstances.find((i) => i.phoneNumber === national);
    return instance ? { id: instance.id, instance } : undefined;
  }

  /** Line ports in use on a device of the group: one per endpoint that names it. */
  portsInUse(group: SbGroup, deviceName: string): number {
    return this.usersOf(group).filter(
      (u) => u.endpoint.type === 'accessDeviceEndpoint' && u.endpoint.deviceName === deviceName,
    ).length;
  }

  /** Deleting a user frees its number, extension, device port and seats: all derived. */
  deleteUser(userId: string): void {
    const user = this.user(userId);
    this.users.delete(userId);
    this.passcodes.delete(userId);
    // BroadWorks drops a deleted user from every agent list.
    for (const instance of this.groupOf(user)?.serviceInstances ?? []) {
      if (instance.huntGroup)
        instance.huntGroup.agents = instance.huntGroup.agents.filter((a) => a !== userId);
      if (instance.callCenter)
        instance.callCenter.agents = instance.callCenter.agents.filter((a) => a.userId !== userId);
    }
  }

  /**
   * `PUT /users/bulk`: `{users: [{userId}], data}`, the same change to each user. All or
   * nothing: a user the change cannot apply to leaves every user as it was.
   */
  updateUsers(body: Body): SbUser[] {
    const { users, data } = body;
    if (!Array.isArray(users) || users.length === 0)
      throw badRequest('users must be a non-empty list of {userId}', { field: 'users' });
    if (!data || typeof data !== 'object' || Array.isArray(data))
      throw badRequest('data must be an object of user fields', { field: 'data' });
    const before = new Map<string, SbUser>();
    try {
      return users.map((entry) => {
        const userId = str((entry as Body | null)?.userId) ?? '';
        if (!before.has(userId)) before.set(userId, this.user(userId));
        return this.updateUser({ ...(data as Body), userId });
      });
    } catch (err) {
      for (const [userId, user] of before) this.users.set(userId, user);
      throw err;
    }
  }

  /** `PUT /users/passwords`: the web password, as `newPassword` (1.5) or `password` (2.3). */
  setWebPassword(body: Body): void {
    const userId = str(body.userId);
    if (!userId) throw badRequest('Missing required field: userId', { field: 'userId' });
    const password = str(body.newPassword) ?? str(body.password);
    if (!password)
      throw badRequest('Missing required field: newPassword', { field: 'newPassword' });
    this.updateUser({ userId, password });
  }

  /** Portal passcodes by user id: the group's rules are digits only, 4 to 8 of them. */
  readonly passcodes = new Map<string, string>();

  /** `PUT /users/portal-passcode`: `{userId, newPasscode}`. */
  setPasscode(body: Body): void {
    const userId = str(body.userId);
    if (!userId) throw badRequest('Missing required field: userId', { field: 'userId' });
    this.user(userId);
    const passcode = str(body.newPasscode) ?? '';
    if (!/^\d{4,8}$/.test(passcode))
      throw badRequest('Invalid passcode: 4 to 8 digits', { field: 'newPasscode' });
    this.passcodes.set(userId, passcode);
  }

  /** A password that passes the group's rules; without a group, 12 characters of all kinds. */
  generatePassword(group?: SbGroup): string {
    return randomSecret(
      ['ABCDEFGHJKLMNPQRSTUVWXYZ', 'abcdefghijkmnopqrstuvwxyz', '23456789', '!#$%+?-_.:'],
      Math.max(12, group?.passwordRules.minLength ?? 0),
    );
  }

  /** A copy of `user` with the body's fields applied, after every rule has passed. */
  private apply(user: SbUser, body: Body, group: SbGroup): SbUser {
    const next: SbUser = { ...user };
    for (const key of NAME_FIELDS) {
      const value = str(body[key]);
      if (value === undefined) continue;
      if (!value.trim() || value.length > 30)
        throw badRequest(`Invalid ${key}: 1 to 30 characters`, { field: key });
      next[key] = value;
    }
    for (const key of TEXT_FIELDS) {
      const value = str(body[key]);
      if (value !== undefined) next[key] = value;
    }
    if (body.extension !== undefined)
      next.extension = this.checkExtension(str(body.extension) ?? '', group, user.userId);
    if (body.phoneNumber !== undefined)
      next.phoneNumber = this.checkNumber(str(body.phoneNumber) ?? '', group, user.userId);
    if (body.department !== undefined)
      next.department = this.checkDepartment(body.department, group);
    if (body.language !== undefined) {
      const language = str(body.language) ?? '';
      if (!LANGUAGES.has(language))
        throw badRequest(`Unknown language: ${language}`, { field: 'language' });
      next.language = language;
    }
    if (body.timeZone !== undefined) {
      const timeZone = str(body.timeZone) ?? '';
      if (!TIME_ZONES.has(timeZone))
        throw badRequest(`Unknown time zone: ${timeZone}`, { field: 'timeZone' });
      next.timeZone = timeZone;
    }
    if (body.allowVideo !== undefined)
      next.allowVideo = body.allowVideo === true || body.allowVideo === 'true';
    if (body.address !== undefined && body.address !== null && typeof body.address === 'object') {
      next.address = Object.fromEntries(
        Object.entries(body.address as Body).map(([k, v]) => [k, str(v) ?? '']),
      );
    }
    if (Array.isArray(body.alternateUserId)) {
      next.alternateUserIds = (body.alternateUserId as Body[]).map((a) => ({
        alternateUserId: str(a.alternateUserId) ?? '',
        description: str(a.description) ?? '',
      }));
    }
    if (body.endpointType !== undefined)
      next.endpoint = this.checkEndpoint(body, group, user.userId);
    if (body.password !== undefined) {
      next.webAuthPassword = this.checkPassword(str(body.password) ?? '', group, user.userId);
    }
    return next;
  }

  /** An extension `self` (a user or an instance) may take in the group. */
  checkExtension(extension: string, group: SbGroup, self: string): string {
    if (extension === '') return '';
    const { min, max } = group.extensionLength;
    if (!/^\d+$/.test(extension) || extension.length < min || extension.length > max) {
      throw badRequest(
        `Invalid extension ${extension}: ${min} to ${max} digits in group ${group.groupId}`,
        {
          field: 'extension',
          min,
          max,
        },
      );
    }
    const holder =
      this.usersOf(group).find((u) => u.extension === extension && u.userId !== self) ??
      group.serviceInstances.find((i) => i.extension === extension && i.id !== self);
    if (holder)
      throw badRequest(`Extension ${extension} is already in use in group ${group.groupId}`);
    return extension;
  }

  /** A number of the group's inventory that `self` (a user or an instance) may take. */
  checkNumber(phoneNumber: string, group: SbGroup, self: string): string {
    if (phoneNumber === '') return '';
    // National digits, E.164 or +cc-number: all stored as national digits.
    const plain = phoneNumber.replace(/^\+1-?/, '');
    if (!group.numbers.includes(plain)) {
      throw badRequest(`Number ${phoneNumber} is not in the inventory of group ${group.groupId}`, [
        { field: 'phoneNumber', reason: 'not in group inventory' },
      ]);
    }
    const holder = this.holderOf(group, plain);
    if (holder && holder.id !== self)
      throw badRequest(`Number ${phoneNumber} is already assigned to ${holder.id}`);
    return plain;
  }

  private checkDepartment(value: unknown, group: SbGroup): string {
    const name =
      value && typeof value === 'object' ? (str((value as Body).name) ?? '') : (str(value) ?? '');
    if (name === '') return '';
    if (!group.departments.includes(name)) {
      throw badRequest(`Department ${name} does not exist in group ${group.groupId}`, {
        field: 'department',
      });
    }
    return name;
  }

  private checkPassword(password: string, group: SbGroup, userId: string): string {
    const r = group.passwordRules;
    const problems: string[] = [];
    if (password.length < r.minLength) problems.push(`at least ${r.minLength} characters`);
    if (r.requireDigit && !/\d/.test(password)) problems.push('a digit');
    if (r.requireUppercase && !/[A-Z]/.test(password)) problems.push('an uppercase letter');
    if (r.requireLowercase && !/[a-z]/.test(password)) problems.push('a lowercase letter');
    if (r.requireSymbol && !/[^A-Za-z0-9]/.test(password)) problems.push('a symbol');
    const local = userId.split('@')[0].toLowerCase();
    if (local && password.toLowerCase().includes(local))
      problems.push('not containing the user id');
    if (problems.length) {
      // Worst case for a client: the error echoes the rejected password.
      throw badRequest('Password does not satisfy the group password rules', {
        message: `[Error 4003] Invalid password ${password}: requires ${problems.join(', ')}`,
        requires: problems,
      });
    }
    return password;
  }

  private checkEndpoint(body: Body, group: SbGroup, self: string): SbEndpoint {
    const type = str(body.endpointType);
    const linePortInUse = (linePort: string) =>
      [...this.users.values()].some(
        (u) => u.userId !== self && u.endpoint.type !== 'none' && u.endpoint.linePort === linePort,
      );
    const contacts = (list: unknown) =>
      Array.isArray(list)
        ? list.map((c) => str((c as Body)?.sipContact) ?? '').filter(Boolean)
        : [];
    if (type === 'none') return { type: 'none' };
    if (type === 'accessDeviceEndpoint') {
      const e = (body.accessDeviceEndpoint ?? {}) as Body;
      const device = (e.accessDevice ?? {}) as Body;
      const deviceName = str(device.deviceName) ?? '';
      if (!group.devices.some((d) => d.deviceName === deviceName)) {
        throw badRequest(`Device ${deviceName} does not exist in group ${group.groupId}`, {
          field: 'accessDevice',
        });
      }
      const linePort = str(e.linePort) ?? '';
      if (!linePort.includes('@'))
        throw badRequest('linePort must be user@domain', { field: 'linePort' });
      if (linePortInUse(linePort)) throw badRequest(`Line port ${linePort} is already in use`);
      const ports = group.devices.find((d) => d.deviceName === deviceName)?.ports;
      const current = this.users.get(self)?.endpoint;
      const already = current?.type === 'accessDeviceEndpoint' && current.deviceName === deviceName;
      if (typeof ports === 'number' && !already && this.portsInUse(group, deviceName) >= ports)
        throw new OdinFault(409, `Device ${deviceName} has no free port: all ${ports} are in use`);
      // Contacts may come inside the endpoint or at the top level of the body (2.3 client).
      return { type, deviceName, linePort, contacts: contacts(e.contacts ?? body.contacts) };
    }
    if (type === 'trunkAddressing') {
      const t = (body.trunkAddressing ?? {}) as Body;
      const e = (t.trunkGroupDeviceEndpoint ?? {}) as Body;
      const trunkGroupName = str(e.name) ?? '';
      if (!group.trunkGroups.includes(trunkGroupName)) {
        throw badRequest(`Trunk group ${trunkGroupName} does not exist in group ${group.groupId}`, {
          field: 'trunkGroupName',
        });
      }
      const linePort = str(e.linePort) ?? '';
      if (!linePort.includes('@'))
        throw badRequest('linePort must be user@domain', { field: 'linePort' });
      if (linePortInUse(linePort)) throw badRequest(`Line port ${linePort} is already in use`);
      return {
        type,
        trunkGroupName,
        linePort,
        isPilotUser: e.isPilotUser === true || e.isPilotUser === 'true',
        contacts: contacts(e.contacts),
      };
    }
    throw badRequest(`Unknown endpointType: ${type}`, { field: 'endpointType' });
  }
}
