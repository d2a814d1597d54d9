import type express from 'express';
import type { Directory } from './directory';
import { OdinFault, badRequest, notFound } from './fault';
import type { SbGroup, SbServiceInstance } from './model';
import { displayName } from './render';
import { type Json, bodyOf, query, str } from './request';

// What hunt groups, call centers and auto attendants share in the sandbox: they are service
// instances of a group, found by id, shown with one profile, turned on and off in bulk.

/** A boolean as Odin's clients send it (`true` or `"true"`); anything else keeps `otherwise`. */
export const flag = (value: unknown, otherwise: boolean): boolean =>
  value === true || value === 'true'
    ? true
    : value === false || value === 'false'
      ? false
      : otherwise;

/** The instance of one kind with that id, and its group; Odin's 404 when there is none. */
export function findInstance<T extends SbServiceInstance>(
  dir: Directory,
  serviceUserId: string,
  isKind: (i: SbServiceInstance) => i is T,
  what: string,
): { group: SbGroup; instance: T } {
  for (const group of dir.groups.values()) {
    const instance = group.serviceInstances.find(
      (i): i is T => i.id === serviceUserId && isKind(i),
    );
    if (instance) return { group, instance };
  }
  throw notFound(`${what} not found: ${serviceUserId}`);
}

/** The `serviceInstanceProfile` of every instance answer. */
export function instanceProfile(
  group: SbGroup,
  i: SbServiceInstance,
  kindName: string,
  names: { first?: string; last?: string; aliases?: string[] } = {},
): Json {
  return {
    name: i.name,
    callingLineIdLastName: names.last || i.name,
    callingLineIdFirstName: names.first || i.name,
    hiraganaLastName: names.last || i.name,
    hiraganaFirstName: names.first || kindName,
    ...(i.phoneNumber ? { phoneNumber: i.phoneNumber } : {}),
    ...(i.extension ? { extension: i.extension } : {}),
    language: 'English',
    timeZone: group.timeZone,
    timeZoneDisplayName: displayName(group.timeZone),
    aliases: names.aliases ?? [],
  };
}

/**
 * `GET <path>`: one instance with `serviceUserId`, else the group's list; `PUT <path>/status`:
 * `{instances: [{serviceUserId, isActive}]}`, every id found first (all or nothing).
 */
export function instanceRoutes<T extends SbServiceInstance>(
  r: express.Router,
  path: string,
  dir: Directory,
  family: {
    find(id: string): { group: SbGroup; instance: T };
    render(group: SbGroup, instance: T): Json;
    list(group: SbGroup): Json[];
  },
): void {
  r.get(path, (req, res) => {
    const q = query(req);
    if (q.serviceUserId) {
      const { group, instance } = family.find(q.serviceUserId);
      res.json(family.render(group, instance));
      return;
    }
    res.json(family.list(dir.group(q.serviceProviderId ?? '', q.groupId ?? '')));
  });
  r.put(`${path}/status`, (req, res) => {
    const instances = bodyOf(req).instances;
    if (!Array.isArray(instances))
      throw badRequest('instances must be a list', { field: 'instances' });
    const found = instances.map((x) => ({
      ...family.find(str((x as Json).serviceUserId) ?? ''),
      active: flag((x as Json).isActive, true),
    }));
    for (const f of found) f.instance.active = f.active;
    res.json([]);
  });
}

/**
 * The group and the id a new instance's body names: local@domain, unique system-wide among
 * users and instances (Odin's 409 as for a user), in one of the group's domains.
 */
export function newInstance(dir: Directory, body: Json): { group: SbGroup; id: string } {
  const group = dir.group(str(body.serviceProviderId) ?? '', str(body.groupId) ?? '');
  const id = str(body.serviceUserId) ?? '';
  if (!/^[^@\s]+@[^@\s]+$/.test(id))
    throw badRequest('serviceUserId must be local@domain', { field: 'serviceUserId' });
  const taken =
    dir.users.has(id) ||
    [...dir.groups.values()].some((g) => g.serviceInstances.some((i) => i.id === id));
  if (taken)
    throw new OdinFault(
      409,
      `User already exists: ${id}`,
      `[Error 4500] User already exists: ${id}`,
    );
  const domain = id.split('@')[1] ?? '';
  if (!group.domains.includes(domain))
    throw badRequest(`Domain ${domain} is not assigned to group ${group.groupId}`, {
      field: 'serviceUserId',
    });
  return { group, id };
}
