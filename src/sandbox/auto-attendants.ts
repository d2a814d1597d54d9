import type express from 'express';
import type { Directory } from './directory';
import { badRequest, notFound } from './fault';
import type { SbAutoAttendant, SbGroup, SbMenu, SbMenuKey, SbServiceInstance } from './model';
import { findInstance, instanceProfile, instanceRoutes, newInstance } from './instances';
import { numeric } from './render';
import { type Json, bodyOf, query, str } from './request';
import { checkForwarding } from './routing';

// Auto attendants and schedules as docs/odin/routing.md (sections d and e) describes them:
// menus of keys, submenus (Standard only), the schedules that split business hours.

type AttendantInstance = SbServiceInstance & { autoAttendant: SbAutoAttendant };

const KEYS = new Set(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '*', '#']);
const ACTIONS = new Set([
  'Transfer With Prompt',
  'Transfer Without Prompt',
  'Transfer To Operator',
  'Transfer To Submenu',
  'Transfer To Mailbox',
  'Name Dialing',
  'Extension Dialing',
  'Repeat Menu',
  'Return to Previous Menu',
  'Exit',
  'Play Announcement',
]);
/** The actions that send the call to `phoneNumber`. */
const NEEDS_NUMBER = new Set([
  'Transfer With Prompt',
  'Transfer Without Prompt',
  'Transfer To Operator',
]);
const MENUS = ['businessHoursMenu', 'afterHoursMenu', 'holidayMenu'] as const;

export class AutoAttendants {
  constructor(private readonly dir: Directory) {}

  find(serviceUserId: string): { group: SbGroup; instance: AttendantInstance } {
    return findInstance(
      this.dir,
      serviceUserId,
      (i): i is AttendantInstance => !!i.autoAttendant,
      'Auto attendant',
    );
  }

  list(group: SbGroup): Json[] {
    return group.serviceInstances
      .filter((i): i is AttendantInstance => !!i.autoAttendant)
      .map((i) => ({
        serviceUserId: i.id,
        name: i.name,
        video: false,
        // A JSON number here, as the docs' list shows it.
        phoneNumber: i.phoneNumber ? numeric(i.phoneNumber) : null,
        extension: i.extension || null,
        department: null,
        isActive: i.active !== false,
        type: i.autoAttendant.type,
      }));
  }

  render(group: SbGroup, i: AttendantInstance): Json {
    const a = i.autoAttendant;
    return {
      serviceInstanceProfile: instanceProfile(group, i, 'Auto Attendant', {
        aliases: i.extension ? [`${i.extension}@${i.id.split('@')[1]}`] : [],
      }),
      type: a.type,
      firstDigitTimeoutSeconds: 1,
      enableVideo: false,
      extensionDialingScope: 'Group',
      nameDialingScope: 'Group',
      nameDialingEntries: 'LastName + FirstName',
      // What Odin's web client reads and writes on the attendant [assumed].
      ...(a.businessHours ? { businessHours: { name: a.businessHours, type: 'Time' } } : {}),
      ...(a.holidaySchedule
        ? { holidaySchedule: { name: a.holidaySchedule, type: 'Holiday' } }
        : {}),
      businessHoursMenu: a.businessHoursMenu,
      afterHoursMenu: a.afterHoursMenu,
      ...(a.type === 'Standard' && a.holidayMenu ? { holidayMenu: a.holidayMenu } : {}),
      serviceUserId: i.id,
      serviceProviderId: group.serviceProviderId,
      groupId: group.groupId,
      isEnterprise: this.dir.serviceProvider(group.serviceProviderId).isEnterprise,
    };
  }

  /** A menu's keys, each checked; a submenu key names one that exists. */
  private keys(raw: unknown, a: SbAutoAttendant): SbMenuKey[] {
    if (!Array.isArray(raw)) throw badRequest('keys must be a list', { field: 'keys' });
    const keys = raw.map((k) => {
      const row = (k ?? {}) as Json;
      const key = str(row.key) ?? (typeof row.key === 'number' ? String(row.key) : '');
      const action = str(row.action) ?? '';
      if (!KEYS.has(key)) throw badRequest(`Invalid key ${key}`, { field: 'key' });
      if (!ACTIONS.has(action)) throw badRequest(`Invalid action ${action}`, { field: 'action' });
      const phoneNumber =
        row.phoneNumber === null || row.phoneNumber === undefined ? null : String(row.phoneNumber);
      if (NEEDS_NUMBER.has(action))
        checkForwarding('Auto Attendant', {
          isActive: true,
          forwardToPhoneNumber: phoneNumber ?? undefined,
        });
      const submenuId = str(row.submenuId) ?? null;
      if (action === 'Transfer To Submenu' && !(submenuId && a.submenus[submenuId]))
        throw badRequest(`Submenu ${submenuId} does not exist`, { field: 'submenuId' });
      return { key, action, description: str(row.description) ?? null, phoneNumber, submenuId };
    });
    if (new Set(keys.map((k) => k.key)).size !== keys.length)
      throw badRequest('A key is given twice', { field: 'keys' });
    return keys;
  }

  /** `POST /groups/auto-attendants`: the default menus; Standard needs its group service. */
  create(body: Json): Json {
    const { group, id } = newInstance(this.dir, body);
    const type = str(body.type) === 'Standard' ? 'Standard' : 'Basic';
    const service = type === 'Standard' ? 'Auto Attendant - Standard' : 'Auto Attendant';
    if (!group.groupServices.some((s) => s.name === service && s.authorized))
      throw badRequest(`Group ${group.groupId} is not authorised for ${service}`);
    const profile = (body.serviceInstanceProfile ?? {}) as Json;
    const name = str(profile.name) ?? '';
    if (!name.trim() || name.length > 30)
      throw badRequest('Invalid name: 1 to 30 characters', { field: 'name' });
    const defaults = (): SbMenu => ({
      announcementSelection: 'Default',
      enableFirstMenuLevelExtensionDialing: false,
      keys: [
        {
          key: '0',
          action: 'Transfer To Operator',
          description: null,
          phoneNumber: null,
          submenuId: null,
        },
        {
          key: '1',
          action: 'Extension Dialing',
          description: null,
          phoneNumber: null,
          submenuId: null,
        },
        { key: '2', action: 'Name Dialing', description: null, phoneNumber: null, submenuId: null },
      ],
    });
    const instance: AttendantInstance = {
      id,
      kind: 'Auto Attendant',
      name,
      extension: this.dir.checkExtension(str(profile.extension) ?? '', group, id),
      phoneNumber: this.dir.checkNumber(str(profile.phoneNumber) ?? '', group, id),
      active: true,
      autoAttendant: {
        type,
        businessHours: '',
        holidaySchedule: '',
        businessHoursMenu: defaults(),
        afterHoursMenu: defaults(),
        ...(type === 'Standard' ? { holidayMenu: defaults() } : {}),
        submenus: {},
      },
    };
    group.serviceInstances.push(instance);
    return this.render(group, instance);
  }

  /** `PUT /groups/auto-attendants`: a menu sent replaces that menu, keys included. */
  update(body: Json): Json {
    const { group, instance } = this.find(str(body.serviceUserId) ?? '');
    const a = instance.autoAttendant;
    const next: Partial<Record<(typeof MENUS)[number], SbMenu>> = {};
    for (const name of MENUS) {
      const menu = body[name] as Json | undefined;
      if (!menu) continue;
      if (name === 'holidayMenu' && a.type !== 'Standard')
        throw badRequest('Only a Standard auto attendant has a holiday menu', { field: name });
      const now = a[name] ?? {
        announcementSelection: 'Default',
        enableFirstMenuLevelExtensionDialing: false,
        keys: [],
      };
      next[name] = {
        announcementSelection: str(menu.announcementSelection) ?? now.announcementSelection,
        enableFirstMenuLevelExtensionDialing:
          menu.enableFirstMenuLevelExtensionDialing === undefined
            ? now.enableFirstMenuLevelExtensionDialing
            : menu.enableFirstMenuLevelExtensionDialing === true ||
              menu.enableFirstMenuLevelExtensionDialing === 'true',
        keys: menu.keys === undefined ? now.keys : this.keys(menu.keys, a),
      };
    }
    Object.assign(a, next);
    return this.render(group, instance);
  }

  private submenuUse(a: SbAutoAttendant, submenuId: string): Json[] {
    const uses: Json[] = [];
    const labels = {
      businessHoursMenu: 'Business Hours Menu',
      afterHoursMenu: 'After Hours Menu',
      holidayMenu: 'Holiday Menu',
    };
    for (const name of MENUS)
      if (a[name]?.keys.some((k) => k.submenuId === submenuId))
        uses.push({ type: labels[name], submenuId: null });
    for (const [id, menu] of Object.entries(a.submenus))
      if (menu.keys.some((k) => k.submenuId === submenuId))
        uses.push({ type: 'Submenu', submenuId: id });
    return uses;
  }

  routes(r: express.Router): void {
    instanceRoutes(r, '/groups/auto-attendants', this.dir, this);
    r.put('/groups/auto-attendants', (req, res) => res.json(this.update(bodyOf(req))));
    r.post('/groups/auto-attendants', (req, res) => res.json(this.create(bodyOf(req))));
    r.delete('/groups/auto-attendants', (req, res) => {
      const { group, instance } = this.find(
        query(req).serviceUserId ?? str(bodyOf(req).serviceUserId) ?? '',
      );
      const answer = this.render(group, instance);
      group.serviceInstances = group.serviceInstances.filter((i) => i !== instance);
      res.json(answer);
    });
    // Every attendant of the user's group, list fields merged in (the docstring's reading).
    r.get('/groups/auto-attendants/user', (req, res) => {
      const q = query(req);
      const group = this.dir.group(q.serviceProviderId ?? '', q.groupId ?? '');
      this.dir.user(q.userId ?? '');
      const rows = this.list(group);
      res.json(
        group.serviceInstances
          .filter((i): i is AttendantInstance => !!i.autoAttendant)
          .map((i, n) => ({ ...rows[n], ...this.render(group, i) })),
      );
    });
    // Keys that sent calls to the user (its number or extension) are cleared [assumed].
    r.post('/groups/auto-attendants/removeUser', (req, res) => {
      const body = bodyOf(req);
      const group = this.dir.group(str(body.serviceProviderId) ?? '', str(body.groupId) ?? '');
      const user = this.dir.user(str(body.userId) ?? '');
      const targets = new Set([user.phoneNumber, user.extension].filter(Boolean));
      const attendants = group.serviceInstances.filter(
        (i): i is AttendantInstance => !!i.autoAttendant,
      );
      for (const i of attendants)
        for (const menu of [
          ...MENUS.map((m) => i.autoAttendant[m]),
          ...Object.values(i.autoAttendant.submenus),
        ])
          if (menu)
            menu.keys = menu.keys.filter((k) => !(k.phoneNumber && targets.has(k.phoneNumber)));
      res.json(attendants.map((i) => i.id));
    });
    r.post('/groups/auto-attendants/submenus', (req, res) => {
      const body = bodyOf(req);
      const { instance } = this.find(str(body.serviceUserId) ?? '');
      const a = instance.autoAttendant;
      if (a.type !== 'Standard') throw badRequest('Only a Standard auto attendant has submenus');
      const id = str(body.submenuId) ?? '';
      if (!id.trim() || id.length > 40)
        throw badRequest('Invalid submenuId', { field: 'submenuId' });
      if (a.submenus[id]) throw badRequest(`Submenu ${id} already exists`, { field: 'submenuId' });
      a.submenus[id] = {
        announcementSelection: str(body.announcementSelection) ?? 'Default',
        enableFirstMenuLevelExtensionDialing: body.enableLevelExtensionDialing === true,
        keys: [],
      };
      res.json([]);
    });
    r.delete('/groups/auto-attendants/submenus', (req, res) => {
      const q = query(req);
      const { instance } = this.find(q.serviceUserId ?? '');
      const a = instance.autoAttendant;
      const id = q.submenuId ?? '';
      if (!a.submenus[id]) throw notFound(`Submenu not found: ${id}`);
      if (this.submenuUse(a, id).length)
        throw badRequest(`Submenu ${id} is in use`, { field: 'submenuId' });
      delete a.submenus[id];
      res.json([]);
    });
    r.get('/groups/auto-attendants/submenus', (req, res) => {
      const q = query(req);
      const { instance } = this.find(q.serviceUserId ?? '');
      const a = instance.autoAttendant;
      if (a.type !== 'Standard') throw badRequest('Only a Standard auto attendant has submenus');
      if (q.submenuId) {
        const menu = a.submenus[q.submenuId];
        if (!menu) throw notFound(`Submenu not found: ${q.submenuId}`);
        res.json({
          serviceUserId: instance.id,
          submenuId: q.submenuId,
          announcementSelection: menu.announcementSelection,
          enableLevelExtensionDialing: menu.enableFirstMenuLevelExtensionDialing,
          keys: menu.keys,
        });
        return;
      }
      res.json(
        Object.keys(a.submenus).map((submenuId) => ({
          submenuId,
          isUsed: this.submenuUse(a, submenuId).length > 0,
          serviceUserId: instance.id,
        })),
      );
    });
    r.get('/groups/auto-attendants/submenus/usage', (req, res) => {
      const q = query(req);
      res.json(
        this.submenuUse(this.find(q.serviceUserId ?? '').instance.autoAttendant, q.submenuId ?? ''),
      );
    });
    r.get('/groups/schedules', (req, res) => {
      const q = query(req);
      const group = this.dir.group(q.serviceProviderId ?? '', q.groupId ?? '');
      res.json(
        (group.schedules ?? []).map((s) => ({
          name: s.name,
          type: s.type,
          level: 'Group',
          serviceProviderId: group.serviceProviderId,
          groupId: group.groupId,
        })),
      );
    });
    r.get('/groups/events', (req, res) => {
      const q = query(req);
      const group = this.dir.group(q.serviceProviderId ?? '', q.groupId ?? '');
      const schedule = (group.schedules ?? []).find((s) => s.name === q.name && s.type === q.type);
      if (!schedule) throw notFound(`Schedule not found: ${q.name} (${q.type})`);
      res.json(
        schedule.events.map((e) => ({
          eventName: e.eventName,
          startTime: e.startTime,
          endTime: e.endTime,
          allDayEvent: e.allDayEvent,
          name: schedule.name,
          type: schedule.type,
          serviceProviderId: group.serviceProviderId,
          groupId: group.groupId,
          rrule: `DTSTART:${e.startTime.replace(/[-:]/g, '')}\nRRULE:${e.rrule}`,
        })),
      );
    });
  }
}
