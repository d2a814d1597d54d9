import type { OdinRequest } from './http';
import type { Edit } from './cache-store';

// What a cached answer shows and what a write touches, as tags: a read is served only while
// none of its tags has moved since it was kept.

export type Params = Record<string, unknown>;

export const isObject = (v: unknown): v is Params =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The ids a request names, from its query and its body. */
function idsOf(req: OdinRequest): { sp?: string; g?: string; u?: string } {
  const p: Params = { ...(isObject(req.body) ? req.body : {}), ...(req.params ?? {}) };
  const s = (v: unknown) => (typeof v === 'string' && v ? v : undefined);
  // `userId=*abc*` is a search filter, not a user.
  const u = s(p.userId);
  return { sp: s(p.serviceProviderId), g: s(p.groupId), u: u?.includes('*') ? undefined : u };
}

const WHOLE_LIST_PARAMS = new Set(['serviceProviderId', 'groupId', 'limit', 'extended']);

/**
 * A group's users, unfiltered: its key (`sp/group`). Updating a user leaves such a list
 * standing; the user is shown from its own entry (see OdinCache.current).
 */
export function wholeUserList(req: OdinRequest): string | undefined {
  const { sp, g } = idsOf(req);
  if (req.method !== 'GET' || req.path !== '/users' || !sp || !g) return undefined;
  const params = Object.entries(req.params ?? {}).filter(([, v]) => v !== undefined);
  return params.every(([k]) => WHOLE_LIST_PARAMS.has(k)) ? `${sp}/${g}` : undefined;
}

/**
 * What an entry holds, from its request. A user's own reads hold `user:<id>` (and, from the
 * answer, `members:<group>`: what the group's devices and numbers show in it); lists and
 * group reads hold `lists` and their group (`userlist:` for its whole list of users,
 * `group:` for anything else listed in it), service provider, or `any` for searches. Every
 * entry holds `all`, which a write that cannot be placed moves.
 */
export function readTags(req: OdinRequest): string[] {
  const { sp, g, u } = idsOf(req);
  if (u && !sp) return ['all', `user:${u}`];
  const tags = ['all', 'lists'];
  // The group itself (name, limits, user count) is apart from what is listed in it.
  if (sp && g && req.path === '/groups') tags.push(`groupinfo:${sp}/${g}`);
  else if (sp && g) tags.push(`${wholeUserList(req) ? 'userlist' : 'group'}:${sp}/${g}`);
  else if (sp) tags.push(`sp:${sp}`);
  else tags.push('any');
  return tags;
}

const isUserUpdate = (req: OdinRequest) => req.path === '/users' && req.method === 'PUT';

/** An update of one user of a known group: noted for the group's whole lists. */
export function editOf(req: OdinRequest, keepMs: number): Edit | undefined {
  const { sp, g, u } = idsOf(req);
  return isUserUpdate(req) && sp && g && u ? { group: `${sp}/${g}`, userId: u, keepMs } : undefined;
}

/**
 * What a write touches: its user, its group's and service provider's lists, searches; a
 * write to the group's own resources (devices, numbers, services) also what its users show.
 * A write known only by its user id moves that user and every list (its group is unknown).
 */
export function writeTags(req: OdinRequest): string[] {
  const { sp, g, u } = idsOf(req);
  if (!sp && !u) return ['all'];
  const tags = ['any'];
  if (u) tags.push(`user:${u}`);
  if (!sp) return [...tags, 'lists'];
  tags.push(`sp:${sp}`);
  if (g) tags.push(`group:${sp}/${g}`);
  // Updating a user changes nothing of the group itself, and its whole user lists show the
  // update from the user's own entry (editOf); creating one changes both.
  if (g && !isUserUpdate(req)) tags.push(`userlist:${sp}/${g}`, `groupinfo:${sp}/${g}`);
  if (g && !req.path.startsWith('/users')) tags.push(`members:${sp}/${g}`);
  return tags;
}

/** A user's answer also shows its group's devices and numbers. */
export function answerTags(value: unknown): string[] {
  const one = Array.isArray(value) ? value[0] : value;
  if (!isObject(one) || typeof one.userId !== 'string') return [];
  const { serviceProviderId: sp, groupId: g } = one;
  return typeof sp === 'string' && typeof g === 'string' && sp && g ? [`members:${sp}/${g}`] : [];
}
