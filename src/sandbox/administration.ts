import type express from 'express';
import type { Request } from 'express';
import { type Json, bodyOf, query, str } from './request';
import type { Directory } from './directory';
import { OdinFault, badRequest, notFound } from './fault';
import { Inventory, renderDevice, userServiceEntry } from './inventory';
import type { SbAuthorization, SbDevice, SbGroup, SbUser } from './model';

// The rest of docs/odin/provisioning.md sections c and d: service-provider and system services,
// reports, devices at service-provider and system level, device files, tags and profiles,
// reset and rebuild, device types, and shared call appearances. Few of these have an
// example answer; the shapes are the ones docs/odin/provisioning.md assumes.

const DEVICE_TYPES = [
  { deviceType: 'Polycom VVX 150', numberOfPorts: 2 },
  { deviceType: 'Polycom VVX 400', numberOfPorts: 12 },
  { deviceType: 'Polycom VVX 450', numberOfPorts: 12 },
  { deviceType: 'Yealink T54W', numberOfPorts: 16 },
  { deviceType: 'Cisco 8851', numberOfPorts: 10 },
  { deviceType: 'Generic SIP Phone', numberOfPorts: 'unlimited' },
];

interface DeviceExtras {
  files: Json[];
  tags: Array<{ tagName: string; tagValue: string }>;
}

/** A device level: where a device lives and how its ids read. */
type Level = 'Group' | 'Service Provider' | 'System';

export class Administration {
  /** Devices above group level; group devices live in their group. */
  private readonly spDevices = new Map<string, SbDevice[]>();
  private readonly systemDevices: SbDevice[] = [];
  /** Files and custom tags, by level and name (device or device type). */
  private readonly extras = new Map<string, DeviceExtras>();
  /** Service provider authorisations changed with PUT /service-providers/services. */
  private readonly spAuthorized = new Map<string, Map<string, boolean>>();
  /** Shared call appearance endpoints by user. */
  private readonly sca = new Map<string, Json[]>();

  constructor(
    private readonly dir: Directory,
    private readonly inv: Inventory,
  ) {}

  private extrasOf(key: string): DeviceExtras {
    let e = this.extras.get(key);
    if (!e) this.extras.set(key, (e = { files: [], tags: [] }));
    return e;
  }

  // --- services above the group ---

  /** Every user service any group of the service provider knows, with its authorisation. */
  private spServices(serviceProviderId: string): Array<SbAuthorization & { usage: number }> {
    const groups = this.dir.groupsOf(serviceProviderId);
    const byName = new Map<string, SbAuthorization & { usage: number }>();
    for (const g of groups)
      for (const a of g.userServices) {
        const known = byName.get(a.name) ?? { ...a, authorized: false, usage: 0 };
        known.authorized ||= a.authorized;
        known.usage += this.dir.usersOf(g).filter((u) => this.inv.hasService(u, a.name)).length;
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
        .filter((a) => this.inv.hasService(user, a.name))
        .map((a) => a.name),
      servicePacks: packs.map((p) => p.name),
      userLinePorts: user.endpoint.type === 'none' ? [] : [user.endpoint.linePort],
    };
  }

  // --- devices above the group ---

  private devicesAt(level: Level, ids: Json): SbDevice[] {
    if (level === 'System') return this.systemDevices;
    const sp = this.dir.serviceProvider(str(ids.serviceProviderId) ?? '').serviceProviderId;
    let list = this.spDevices.get(sp);
    if (!list) this.spDevices.set(sp, (list = []));
    return list;
  }

  private deviceAt(level: Level, ids: Json, deviceName: string): SbDevice {
    const device = this.devicesAt(level, ids).find((d) => d.deviceName === deviceName);
    if (!device) throw notFound(`Device not found: ${deviceName}`);
    return device;
  }

  /** Create (POST, a new name) or update (PUT, an existing one) a device above group level. */
  private upsertDevice(level: Level, body: Json, create: boolean): SbDevice {
    const deviceName = str(body.deviceName) ?? '';
    if (!/^[A-Za-z0-9._@-]{1,80}$/.test(deviceName))
      throw badRequest(`Invalid deviceName ${deviceName}`, { field: 'deviceName' });
    const list = this.devicesAt(level, body);
    const existing = list.find((d) => d.deviceName === deviceName);
    if (create && existing) throw new OdinFault(409, `Device ${deviceName} already exists`);
    if (!create && !existing) throw notFound(`Device not found: ${deviceName}`);
    const device = existing ?? {
      deviceName,
      deviceType: str(body.deviceType) ?? 'Generic SIP Phone',
      macAddress: '',
      ports: 'unlimited' as const,
      protocol: 'SIP 2.0',
      transportProtocol: 'Unspecified',
    };
    Inventory.applyDevice(device, body);
    if (!existing) list.push(device);
    return device;
  }

  private renderAt(level: Level, ids: Json, d: SbDevice): Json {
    const serviceProviderId = level === 'System' ? undefined : str(ids.serviceProviderId);
    return renderDevice(d, { level, serviceProviderId, assignedPorts: 0 });
  }

  /** Devices of every level whose MAC matches an Odin pattern, case-insensitively. */
  private byMac(pattern: string): Json[] {
    const p = pattern.toUpperCase();
    const matches = (mac: string) => {
      const m = mac.toUpperCase();
      if (p.length > 1 && p.startsWith('*') && p.endsWith('*')) return m.includes(p.slice(1, -1));
      if (p.endsWith('*')) return m.startsWith(p.slice(0, -1));
      return m === p;
    };
    const groupDevices = [...this.dir.groups.values()].flatMap((g) =>
      g.devices
        .filter((d) => d.macAddress && matches(d.macAddress))
        .map((d) => this.inv.renderDevice(g, d)),
    );
    const others = [...this.spDevices.entries()].flatMap(([sp, list]) =>
      list
        .filter((d) => d.macAddress && matches(d.macAddress))
        .map((d) => this.renderAt('Service Provider', { serviceProviderId: sp }, d)),
    );
    const system = this.systemDevices
      .filter((d) => d.macAddress && matches(d.macAddress))
      .map((d) => this.renderAt('System', {}, d));
    return [...groupDevices, ...others, ...system];
  }

  // --- routes ---

  routes(r: express.Router): void {
    const dir = this.dir;
    const groupOf = (ids: Json) =>
      dir.group(str(ids.serviceProviderId) ?? '', str(ids.groupId) ?? '');
    const userOf = (req: Request) => dir.user(query(req).userId ?? str(bodyOf(req).userId) ?? '');

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
          assigned: users.some((u) => this.inv.hasService(u, serviceName)),
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
      const services = this.inv.groupServices(group);
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

    // d. devices above the group, files, tags, profiles, types, ports, reset and rebuild
    const levels: Array<[string, Level]> = [
      ['/service-providers/devices', 'Service Provider'],
      ['/system/devices', 'System'],
    ];
    for (const [path, level] of levels) {
      r.get(path, (req, res) => {
        const q = query(req);
        if (level === 'System' && q.macAddress) {
          res.json(this.byMac(q.macAddress));
          return;
        }
        if (q.deviceName) {
          res.json(this.renderAt(level, q, this.deviceAt(level, q, q.deviceName)));
          return;
        }
        res.json(this.devicesAt(level, q).map((d) => this.renderAt(level, q, d)));
      });
      r.post(path, (req, res) =>
        res.json(this.renderAt(level, bodyOf(req), this.upsertDevice(level, bodyOf(req), true))),
      );
      r.put(path, (req, res) =>
        res.json(this.renderAt(level, bodyOf(req), this.upsertDevice(level, bodyOf(req), false))),
      );
      r.delete(path, (req, res) => {
        const q = query(req);
        const list = this.devicesAt(level, q);
        this.deviceAt(level, q, q.deviceName ?? '');
        list.splice(
          list.findIndex((d) => d.deviceName === q.deviceName),
          1,
        );
        res.json([]);
      });
      r.get(`${path}/users`, (req, res) => {
        const q = query(req);
        this.deviceAt(level, q, q.deviceName ?? '');
        // Only group devices carry the demo users' lines.
        res.json([]);
      });
    }
    r.delete('/system/device', (req, res) => {
      const q = query(req);
      this.deviceAt('System', q, q.deviceName ?? '');
      this.systemDevices.splice(
        this.systemDevices.findIndex((d) => d.deviceName === q.deviceName),
        1,
      );
      res.json([]);
    });
    r.get('/groups/devices/available-ports', (req, res) => {
      const q = query(req);
      const group = groupOf(q);
      const device = this.inv.device(group, q.deviceName ?? '');
      const used = dir.portsInUse(group, device.deviceName);
      res.json({
        deviceName: device.deviceName,
        deviceLevel: 'Group',
        availablePorts:
          device.ports === 'unlimited' ? 'unlimited' : Math.max(0, device.ports - used),
      });
    });
    r.get(['/system/device-types', '/groups/device-types'], (req, res) => {
      const wanted = query(req).deviceType;
      res.json(
        DEVICE_TYPES.filter((t) => !wanted || t.deviceType === wanted).map((t) => ({
          ...t,
          protocol: 'SIP 2.0',
          deviceTypeLevel: 'System',
        })),
      );
    });

    // Files, tags and profiles: kept per level and device (or device type).
    const keyOf = (level: string, ids: Json, name: string) =>
      [level, str(ids.serviceProviderId) ?? '', str(ids.groupId) ?? '', name].join('\u0000');
    const groupDevice = (ids: Json) => {
      const group = groupOf(ids);
      return this.inv.device(group, str(ids.deviceName) ?? '').deviceName;
    };
    const filePaths: Array<[string, string, (ids: Json) => string]> = [
      [
        '/groups/devices/files',
        'Group',
        (ids) => (ids.groupId ? groupDevice(ids) : (str(ids.deviceName) ?? '')),
      ],
      [
        '/service-providers/devices/files',
        'Service Provider',
        (ids) => this.deviceAt('Service Provider', ids, str(ids.deviceName) ?? '').deviceName,
      ],
      ['/service_provider/devices/files', 'Service Provider', (ids) => str(ids.deviceName) ?? ''],
      [
        '/system/devices/files',
        'System',
        (ids) => this.deviceAt('System', ids, str(ids.deviceName) ?? '').deviceName,
      ],
      ['/groups/device-types/files', 'GroupType', (ids) => str(ids.deviceType) ?? ''],
    ];
    for (const [path, level, name] of filePaths) {
      r.put(path, (req, res) => {
        const b = bodyOf(req);
        const content = str(b.fileContent) ?? '';
        if (!/^[A-Za-z0-9+/=]*$/.test(content)) throw badRequest('fileContent must be base64');
        const files = this.extrasOf(keyOf(level, b, name(b))).files;
        const file = {
          fileFormat: str(b.fileFormat) ?? '',
          fileSource: str(b.fileSource) ?? 'Custom',
          fileContent: content,
        };
        const at = files.findIndex((f) => f.fileFormat === file.fileFormat);
        if (at >= 0) files[at] = file;
        else files.push(file);
        res.json([]);
      });
      r.get(path, (req, res) => {
        const q = query(req);
        const files = this.extrasOf(keyOf(level, q, name(q))).files;
        res.json(
          files
            .filter((f) => !q.fileFormat || f.fileFormat === q.fileFormat)
            .map(({ fileContent: _c, ...f }) => f),
        );
      });
    }
    const wrap = (tag: string) => (tag.startsWith('%') ? tag : `%${tag}%`);
    const tagPaths: Array<[string, string, (ids: Json) => string, boolean]> = [
      ['/groups/devices/tags', 'Group', groupDevice, true],
      [
        '/service-providers/devices/tags',
        'Service Provider',
        (ids) => this.deviceAt('Service Provider', ids, str(ids.deviceName) ?? '').deviceName,
        true,
      ],
      [
        '/system/devices/tags',
        'System',
        (ids) => this.deviceAt('System', ids, str(ids.deviceName) ?? '').deviceName,
        true,
      ],
      ['/groups/system/device-types/tags', 'GroupType', (ids) => str(ids.deviceType) ?? '', false],
      ['/groups/device-types/tags', 'GroupType', (ids) => str(ids.deviceType) ?? '', false],
      ['/service-providers/device-types/tags', 'SpType', (ids) => str(ids.deviceType) ?? '', false],
    ];
    for (const [path, level, name, wrapped] of tagPaths) {
      r.put(path, (req, res) => {
        const b = bodyOf(req);
        const tagName = str(b.tagName) ?? '';
        if (!tagName) throw badRequest('tagName is required', { field: 'tagName' });
        const tags = this.extrasOf(keyOf(level, b, name(b))).tags;
        const tag = { tagName: wrapped ? wrap(tagName) : tagName, tagValue: str(b.tagValue) ?? '' };
        const at = tags.findIndex((t) => t.tagName === tag.tagName);
        if (at >= 0) tags[at] = tag;
        else tags.push(tag);
        res.json([]);
      });
      r.get(path, (req, res) =>
        res.json(this.extrasOf(keyOf(level, query(req), name(query(req)))).tags),
      );
    }
    r.put('/groups/devices/profile', (req, res) => {
      const b = bodyOf(req);
      const elements = (Array.isArray(b.tags) ? (b.tags as Json[]) : []).flatMap((t) =>
        Array.isArray(t.elements) ? (t.elements as Json[]) : [],
      );
      this.extrasOf(keyOf('Group', b, groupDevice(b))).tags = elements.map((e) => ({
        tagName: str(e.tagName) ?? '',
        tagValue: str(e.tagValue) ?? '',
      }));
      res.json([]);
    });
    r.get('/groups/devices/profile', (req, res) => {
      const q = query(req);
      res.json({
        deviceName: groupDevice(q),
        tags: [{ elements: this.extrasOf(keyOf('Group', q, groupDevice(q))).tags }],
      });
    });
    for (const base of [
      '/groups/devices',
      '/service-providers/devices',
      '/system/devices',
      '/groups/device-types',
    ])
      for (const action of ['reset', 'rebuild'])
        r.post(`${base}/${action}`, (req, res) => {
          const b = bodyOf(req);
          if (!str(b.deviceName) && !str(b.deviceType))
            throw badRequest('deviceName or deviceType is required');
          if (base === '/groups/devices') groupDevice(b);
          res.json([]);
        });

    // Shared call appearance: a second device for a user, with the service.
    r.post('/users/shared-call-appearance/endpoints', (req, res) => {
      const b = bodyOf(req);
      const user = userOf(req);
      if (!this.inv.hasService(user, 'Shared Call Appearance'))
        throw badRequest(`User ${user.userId} needs the Shared Call Appearance service`);
      const group: SbGroup = dir.group(user.serviceProviderId, user.groupId);
      this.inv.device(group, str(b.deviceName) ?? '');
      const linePort = str(b.linePort) ?? '';
      const inUse =
        [...dir.users.values()].some(
          (u) => u.endpoint.type !== 'none' && u.endpoint.linePort === linePort,
        ) || [...this.sca.values()].flat().some((e) => e.linePort === linePort);
      if (!linePort.includes('@') || inUse)
        throw badRequest(`Line port ${linePort} is invalid or in use`);
      const endpoint = {
        deviceName: str(b.deviceName),
        deviceLevel: str(b.deviceLevel) ?? 'Group',
        linePort,
        isActive: b.isActive !== false,
        allowOrigination: b.allowOrigination !== false,
        allowTermination: b.allowTermination !== false,
      };
      this.sca.set(user.userId, [...(this.sca.get(user.userId) ?? []), endpoint]);
      res.json([]);
    });
    r.get(
      ['/users/shared-call-appearance', '/users/shared-call-appearance/endpoints'],
      (req, res) => {
        const user = userOf(req);
        res.json({ userId: user.userId, endpoints: this.sca.get(user.userId) ?? [] });
      },
    );
    r.delete('/users/shared-call-appearance/endpoints', (req, res) => {
      const q = query(req);
      const user = userOf(req);
      const list = this.sca.get(user.userId) ?? [];
      if (!list.some((e) => e.linePort === q.linePort)) throw notFound(`No endpoint ${q.linePort}`);
      this.sca.set(
        user.userId,
        list.filter((e) => e.linePort !== q.linePort),
      );
      res.json([]);
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
