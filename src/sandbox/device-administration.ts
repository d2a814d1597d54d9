import type express from 'express';
import type { Request } from 'express';
import { DeviceInventory, renderDevice } from './devices';
import type { Directory } from './directory';
import { OdinFault, badRequest, notFound } from './fault';
import type { SbDevice, SbGroup } from './model';
import type { Families } from './provisioning-routes';
import { type Json, bodyOf, query, str } from './request';

// The rest of docs/odin/provisioning.md section d: devices at service-provider and system
// level, device files, tags and profiles, reset and rebuild, device types, available ports
// and shared call appearances. Few of these have an example answer; the shapes are the
// ones docs/odin/provisioning.md assumes.

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

export class DeviceAdministration {
  /** Devices above group level; group devices live in their group. */
  private readonly spDevices = new Map<string, SbDevice[]>();
  private readonly systemDevices: SbDevice[] = [];
  /** Files and custom tags, by level and name (device or device type). */
  private readonly extras = new Map<string, DeviceExtras>();
  /** Shared call appearance endpoints by user. */
  private readonly sca = new Map<string, Json[]>();

  constructor(
    private readonly dir: Directory,
    private readonly inv: Families,
  ) {}

  private extrasOf(key: string): DeviceExtras {
    let e = this.extras.get(key);
    if (!e) this.extras.set(key, (e = { files: [], tags: [] }));
    return e;
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
    DeviceInventory.applyDevice(device, body);
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
        .map((d) => this.inv.devices.renderDevice(g, d)),
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

  routes(r: express.Router): void {
    const dir = this.dir;
    const groupOf = (ids: Json) =>
      dir.group(str(ids.serviceProviderId) ?? '', str(ids.groupId) ?? '');
    const userOf = (req: Request) => dir.user(query(req).userId ?? str(bodyOf(req).userId) ?? '');

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
      const device = this.inv.devices.device(group, q.deviceName ?? '');
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
      return this.inv.devices.device(group, str(ids.deviceName) ?? '').deviceName;
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
      if (!this.inv.services.hasService(user, 'Shared Call Appearance'))
        throw badRequest(`User ${user.userId} needs the Shared Call Appearance service`);
      const group: SbGroup = dir.group(user.serviceProviderId, user.groupId);
      this.inv.devices.device(group, str(b.deviceName) ?? '');
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
}
