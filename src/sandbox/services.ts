import type { Directory } from './directory';
import { OdinFault, badRequest } from './fault';
import type { SbAuthorization, SbGroup, SbUser } from './model';
import { numeric } from './render';
import { FORWARDING_KINDS, checkForwarding } from './routing';
import { type Json, str } from './request';

// Services and service packs as docs/odin/provisioning.md (section c) describes them: what
// is authorised, seats, assignment, settings.

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

/** What a group may assign and what its users have. */
export class ServiceInventory {
  constructor(private readonly dir: Directory) {}

  /** How many hold an authorisation: users for user services and packs, instances for group services. */
  private usage(group: SbGroup, kind: 'user' | 'group' | 'pack', name: string): number {
    if (kind === 'group')
      return group.serviceInstances.filter(
        (i) => i.kind === name || (i.kind === 'Call Center' && name.startsWith('Call Center')),
      ).length;
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
    // Every service checked before any changes: all or nothing.
    const next: Record<string, Record<string, unknown>> = { ...(user.settings ?? {}) };
    for (const [name, value] of Object.entries(body)) {
      if (name === 'userId') continue;
      if (!this.hasService(user, name))
        throw badRequest(`User ${user.userId} does not have the service ${name}`);
      if (value && typeof value === 'object' && !Array.isArray(value)) {
        const merged = { ...(next[name] ?? {}), ...(value as Json) };
        // Forwarding meets its own rules whichever way it is written.
        next[name] = FORWARDING_KINDS.some((k) => k.service === name)
          ? checkForwarding(name, merged)
          : merged;
      }
    }
    user.settings = next;
    return this.settings(user);
  }
}
