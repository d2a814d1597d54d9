import type express from 'express';
import { type Json, bodyOf, query, str } from './request';
import type { Directory } from './directory';
import { badRequest } from './fault';
import type { Families } from './provisioning-routes';
import { userServiceEntry } from './services';
import type { SbAuthorization, SbUser } from './model';

// The rest of docs/odin/provisioning.md section c: service-provider and system services and
// reports (the devices above the group are device-administration.ts). Few of these have an
// example answer; the shapes are the ones docs/odin/provisioning.md assumes.

export class ServiceAdministration {
  /** Service provider authorisations changed with PUT /service-providers/services. */
  private readonly spAuthorized = new Map<string, Map<string, boolean>>();

  constructor(
    private readonly dir: Directory,
    private readonly inv: Families,
  ) {}

  // --- services above the group ---

  /** Every user service any group of the service provider knows, with its authorisation. */
  private spServices(serviceProviderId: string): Array<SbAuthorization & { usage: number }> {
    const groups = this.dir.groupsOf(serviceProviderId);
    const byName = new Map<string, SbAuthorization & { usage: number }>();
    for (const g of groups)
      for (const a of g.userServices) {
        const known = byName.get(a.name) ?? { ...a, authorized: false, usage: 0 };
        known.authorized ||= a.authorized;
        known.usage += this.dir
          .usersOf(g)
          .filter((u) => this.inv.services.hasService(u, a.name)).length;
        byName.set(a.name, known);
      }
    const changed = this.spAuthorized.get(serviceProviderId);
    for (const [name, authorized] of changed ?? [])
      byName.set(name, {
        ...(byName.get(name) ?? { name, quantity: -1, allowed: -1, usage: 0 }),
        authorized,
      });
    return [...byName.values()];
  }

  private spAuthorizedList(serviceProviderId: string): Json {
    return {
      serviceProviderId,
      userServices: this.spServices(serviceProviderId).map((a) => ({
        serviceName: a.name,
        authorized: a.authorized,
        assigned: a.usage > 0,
        limited: a.quantity < 0 ? 'Unlimited' : 'Limited',
        quantity: a.quantity,
        allocated: a.quantity,
        licensed: true,
        // Odin mixes 0 and "Unlimited" here.
        servicePackAllocation: a.quantity < 0 ? 'Unlimited' : 0,
        userAssignable: true,
        servicePackAssignable: true,
        tags: [],
        alias: a.name,
      })),
    };
  }

  // --- reports ---

  private report(user: SbUser, render: (u: SbUser) => Json): Json {
    const group = this.dir.group(user.serviceProviderId, user.groupId);
    const packs = group.servicePacks.filter((p) => user.servicePacks.includes(p.name));
    const entity = render(user);
    const endpoint = entity.accessDeviceEndpoint as { accessDevice?: Json } | undefined;
    return {
      ...entity,
      // The report writes these as strings, unlike the user entity.
      phoneNumberActivated: String(entity.phoneNumberActivated ?? false),
      passwordExpiresDays: String(entity.passwordExpiresDays ?? ''),
      ...(endpoint?.accessDevice
        ? {
            accessDeviceEndpoint: {
              ...endpoint,
              accessDevice: { ...endpoint.accessDevice, configurationMode: 'Default' },
            },
          }
        : {}),
      departmentName: user.department || 'None',
      inTrunkGroup: String(user.endpoint.type === 'trunkAddressing'),
      premiumServices: [],
      userServices: group.userServices
        .filter((a) => this.inv.services.hasService(user, a.name))
        .map((a) => a.name),
      servicePacks: packs.map((p) => p.name),
      userLinePorts: user.endpoint.type === 'none' ? [] : [user.endpoint.linePort],
    };
  }

  // --- routes ---

  routes(r: express.Router): void {
    const dir = this.dir;
    const groupOf = (ids: Json) =>
      dir.group(str(ids.serviceProviderId) ?? '', str(ids.groupId) ?? '');

    // c. services above the group, and reports
    r.get('/service-providers/services', (req, res) => {
      const q = query(req);
      const list = this.spServices(
        dir.serviceProvider(q.serviceProviderId ?? '').serviceProviderId,
      ).filter((a) => q.onlyAuthorised !== 'true' || a.authorized);
      res.json({
        userServices: list.map((a) => userServiceEntry(a, a.usage)),
      });
    });
    r.get('/service-providers/services/authorized', (req, res) =>
      res.json(
        this.spAuthorizedList(
          dir.serviceProvider(query(req).serviceProviderId ?? '').serviceProviderId,
        ),
      ),
    );
    r.get('/service-providers/services/assignable', (req, res) => {
      const sp = dir.serviceProvider(query(req).serviceProviderId ?? '').serviceProviderId;
      res.json({
        serviceProviderId: sp,
        userServices: this.spServices(sp)
          .filter((a) => a.authorized)
          .map((a) => ({ serviceName: a.name })),
      });
    });
    r.put('/service-providers/services', (req, res) => {
      const b = bodyOf(req);
      const sp = dir.serviceProvider(str(b.serviceProviderId) ?? '').serviceProviderId;
      const changes = this.spAuthorized.get(sp) ?? new Map<string, boolean>();
      for (const item of Array.isArray(b.userServices) ? (b.userServices as Json[]) : []) {
        const name = str(item.serviceName);
        if (!name) throw badRequest('serviceName is required');
        changes.set(name, item.authorized === true || item.authorized === 'true');
      }
      this.spAuthorized.set(sp, changes);
      res.json(this.spAuthorizedList(sp));
    });
    r.get('/system/services', (_req, res) => {
      const names = new Set(
        [...dir.groups.values()].flatMap((g) => g.userServices.map((a) => a.name)),
      );
      const users = [...dir.users.values()];
      res.json({
        userServices: [...names].sort().map((serviceName) => ({
          serviceName,
          assigned: users.some((u) => this.inv.services.hasService(u, serviceName)),
        })),
        groupServices: [],
        servicePackServices: [],
      });
    });
    r.put('/groups/services', (req, res) => {
      // Authorisation and quantities of the group's services; all or nothing.
      const b = bodyOf(req);
      const group = groupOf(b);
      const apply = (table: SbAuthorization[], items: unknown) => {
        for (const item of Array.isArray(items) ? (items as Json[]) : []) {
          const a = table.find((x) => x.name === str(item.serviceName));
          if (!a) throw badRequest(`Unknown service ${str(item.serviceName)}`);
          if (item.authorized !== undefined)
            a.authorized = item.authorized === true || item.authorized === 'true';
          if (item.quantity !== undefined) a.quantity = Number(item.quantity);
        }
      };
      apply(group.userServices, b.userServices);
      apply(group.groupServices, b.groupServices);
      const services = this.inv.services.groupServices(group);
      res.json({
        serviceProviderId: group.serviceProviderId,
        groupId: group.groupId,
        userServices: services.userServices,
        groupServices: services.groupServices,
      });
    });
    r.get('/users/services/search', (req, res) => {
      const q = query(req);
      const users = [...dir.users.values()].filter(
        (u) =>
          (!q.serviceProviderId || u.serviceProviderId === q.serviceProviderId) &&
          (!q.groupId || u.groupId === q.groupId) &&
          (!q.userId || u.userId.toLowerCase().includes(q.userId.replace(/\*/g, '').toLowerCase())),
      );
      const limit = q.limit ? Number(q.limit) : Infinity;
      res.json(
        users.slice(0, limit).map((u) => ({
          serviceType: 'User',
          name: `${u.firstName} ${u.lastName}`,
          phoneNumber: u.phoneNumber,
          extension: u.extension,
          department: u.department,
          groupId: u.groupId,
          userId: u.userId,
          serviceProviderId: u.serviceProviderId,
          userIdShort: u.userId,
          domain: u.userId.split('@')[1] ?? '',
        })),
      );
    });
  }

  /** `GET /users/reports/users` and `/groups/reports/users`. */
  reportRoutes(r: express.Router, render: (u: SbUser) => Json): void {
    r.get('/users/reports/users', (req, res) => {
      const userId = query(req).userId ?? '';
      res.json(this.report(this.dir.user(userId), render));
    });
    r.get('/groups/reports/users', (req, res) => {
      const q = query(req);
      const group = this.dir.group(q.serviceProviderId ?? '', q.groupId ?? '');
      res.json(this.dir.usersOf(group).map((u) => this.report(u, render)));
    });
  }
}
