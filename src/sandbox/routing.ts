import type express from 'express';
import type { Directory } from './directory';
import { badRequest, notFound } from './fault';
import type { SbUser } from './model';
import { numeric } from './render';
import { type Json, bodyOf, query, str } from './request';
import type { ServiceInventory } from './services';

// A user's forwarding and do not disturb as docs/odin/routing.md (section a) describes them.
// One state, the user's service settings, behind every way in: the per-user calls, the
// group's `/bulk` reads and `/users/services/settings`.

/** Each forwarding kind: its path, its service (the settings key) and the fields it has. */
export const FORWARDING_KINDS = [
  { path: 'call-forwarding-always', service: 'Call Forwarding Always', ringSplash: true },
  { path: 'call-forwarding-busy', service: 'Call Forwarding Busy', ringSplash: false },
  { path: 'call-forwarding-no-answer', service: 'Call Forwarding No Answer', rings: true },
  { path: 'call-forwarding-not-reachable', service: 'Call Forwarding Not Reachable' },
] as const;

export const DO_NOT_DISTURB = 'Do Not Disturb';
export const SELECTIVE = 'Call Forwarding Selective';

type Kind = (typeof FORWARDING_KINDS)[number];

const TARGET = /^[+*#]?\d{1,160}$/;
const SIP_URI = /^sips?:[^\s@]+@[^\s@]+$/i;

/** A target as sent: a JSON number is its digits. */
const targetOf = (value: unknown): string | undefined =>
  typeof value === 'number' ? String(value) : str(value);

const flag = (value: unknown): boolean | undefined =>
  value === true || value === 'true'
    ? true
    : value === false || value === 'false'
      ? false
      : undefined;

/**
 * The rules a forwarding change meets (docs/odin/routing.md): an active one needs a target;
 * a target is digits with an optional leading +, * or #, or a SIP URI, 1 to 161 characters;
 * rings 0 to 20. The merged state is checked: nothing changes on a refusal.
 */
export function checkForwarding(service: string, next: Json): Json {
  const out: Json = { ...next };
  if (out.forwardToPhoneNumber !== undefined && out.forwardToPhoneNumber !== null) {
    const target = targetOf(out.forwardToPhoneNumber) ?? '';
    if (target.length > 161 || !(TARGET.test(target) || SIP_URI.test(target)))
      throw badRequest(`Invalid forwardToPhoneNumber ${target}`, { field: 'forwardToPhoneNumber' });
    out.forwardToPhoneNumber = target;
  }
  if (out.isActive !== undefined) out.isActive = flag(out.isActive) ?? false;
  if (out.isRingSplashActive !== undefined)
    out.isRingSplashActive = flag(out.isRingSplashActive) ?? false;
  if (out.isActive && !out.forwardToPhoneNumber)
    throw badRequest(`${service}: an active forwarding needs forwardToPhoneNumber`, {
      field: 'forwardToPhoneNumber',
    });
  if (out.numberOfRings !== undefined) {
    const rings = Number(out.numberOfRings);
    if (!Number.isInteger(rings) || rings < 0 || rings > 20)
      throw badRequest('numberOfRings must be 0 to 20', { field: 'numberOfRings' });
    out.numberOfRings = rings;
  }
  return out;
}

/** Forwarding and do not disturb over the users' service settings. */
export class Routing {
  constructor(
    private readonly dir: Directory,
    private readonly services: ServiceInventory,
  ) {}

  private settingsOf(user: SbUser, service: string): Json {
    if (!this.services.hasService(user, service))
      throw badRequest(`User ${user.userId} does not have the service ${service}`);
    return user.settings?.[service] ?? {};
  }

  private store(user: SbUser, service: string, value: Json): void {
    user.settings = { ...(user.settings ?? {}), [service]: value };
  }

  /** The per-user answer of one kind: digit-only targets as JSON numbers, as Odin sends them. */
  forwarding(user: SbUser, kind: Kind): Json {
    const s = this.settingsOf(user, kind.service);
    const target = str(s.forwardToPhoneNumber);
    return {
      isActive: s.isActive === true,
      ...(target ? { forwardToPhoneNumber: numeric(target) } : {}),
      ...('rings' in kind ? { numberOfRings: Number(s.numberOfRings ?? 2) } : {}),
      ...('ringSplash' in kind && kind.ringSplash
        ? { isRingSplashActive: s.isRingSplashActive === true }
        : {}),
      userId: user.userId,
    };
  }

  /** `PUT /users/call-forwarding-<kind>`: the GET object back; absent fields are kept. */
  setForwarding(user: SbUser, kind: Kind, body: Json): Json {
    const { userId: _userId, ...change } = body;
    const next = checkForwarding(kind.service, {
      ...this.settingsOf(user, kind.service),
      ...change,
    });
    this.store(user, kind.service, next);
    return this.forwarding(user, kind);
  }

  /** `GET …/bulk`: a row per user of the group; `data` is `{}` where the service is not assigned. */
  bulk(serviceProviderId: string, groupId: string, kind: Kind): Json[] {
    const group = this.dir.group(serviceProviderId, groupId);
    return this.dir.usersOf(group).map((user) => {
      const assigned = this.services.hasService(user, kind.service);
      return {
        service: { assigned, serviceName: kind.service },
        user: {
          userId: user.userId,
          lastName: numeric(user.lastName),
          firstName: numeric(user.firstName),
          department: user.department ? `${user.department} (${user.groupId})` : null,
          phoneNumber: user.phoneNumber ? `+1-${user.phoneNumber}` : null,
          phoneNumberActivated:
            !!user.phoneNumber && !group.inactiveNumbers.includes(user.phoneNumber),
          emailAddress: user.emailAddress || null,
          hiraganaLastName: numeric(user.hiraganaLastName),
          hiraganaFirstName: numeric(user.hiraganaFirstName),
          inTrunkGroup: user.endpoint.type === 'trunkAddressing',
          extension: user.extension || null,
          domain: user.userId.split('@')[1] ?? '',
        },
        data: assigned ? this.forwarding(user, kind) : {},
      };
    });
  }

  doNotDisturb(user: SbUser): Json {
    const s = this.settingsOf(user, DO_NOT_DISTURB);
    return {
      isActive: s.isActive === true,
      ringSplash: s.ringSplash === true,
      userId: user.userId,
    };
  }

  /** `PUT /users/do-not-disturb`: both flags, `false` when absent, as the released client sends. */
  setDoNotDisturb(user: SbUser, body: Json): Json {
    this.settingsOf(user, DO_NOT_DISTURB);
    this.store(user, DO_NOT_DISTURB, {
      isActive: flag(body.isActive) ?? false,
      ringSplash: flag(body.ringSplash) ?? false,
    });
    return this.doNotDisturb(user);
  }

  routes(r: express.Router): void {
    const userOf = (userId: string | undefined) => {
      if (!userId) throw badRequest('Missing required field: userId', { field: 'userId' });
      return this.dir.user(userId);
    };
    for (const kind of FORWARDING_KINDS) {
      r.get(`/users/${kind.path}`, (req, res) =>
        res.json(this.forwarding(userOf(query(req).userId), kind)),
      );
      r.put(`/users/${kind.path}`, (req, res) => {
        const body = bodyOf(req);
        res.json(this.setForwarding(userOf(str(body.userId)), kind, body));
      });
      r.get(`/users/${kind.path}/bulk`, (req, res) => {
        const q = query(req);
        res.json(this.bulk(q.serviceProviderId ?? '', q.groupId ?? '', kind));
      });
    }
    r.get('/users/call-forwarding-selective', (req, res) => {
      const user = userOf(query(req).userId);
      const s = this.settingsOf(user, SELECTIVE);
      const target = str(s.defaultForwardToPhoneNumber);
      res.json({
        isActive: s.isActive === true,
        ...(target ? { defaultForwardToPhoneNumber: numeric(target) } : {}),
        playRingReminder: s.playRingReminder === true,
        userId: user.userId,
        criteria: Array.isArray(s.criteria) ? s.criteria : [],
      });
    });
    // The selective criteria, all or one by name (booleans as strings in the one).
    r.get('/users/call-forwarding-selective/criteria', (req, res) => {
      const q = query(req);
      const user = userOf(q.userId);
      const criteria = (this.settingsOf(user, SELECTIVE).criteria ?? []) as Json[];
      if (!q.criteriaName) {
        res.json(criteria);
        return;
      }
      const one = criteria.find((c) => c.criteriaName === q.criteriaName);
      if (!one) throw notFound(`Criteria not found: ${q.criteriaName}`);
      res.json({
        forwardToNumberSelection: 'Forward To Default Number',
        fromDnCriteria: {
          fromDnCriteriaSelection: 'Any',
          includeAnonymousCallers: 'false',
          includeUnavailableCallers: 'false',
          phoneNumbers: [],
        },
        userId: user.userId,
        criteriaName: q.criteriaName,
      });
    });
    r.get('/users/do-not-disturb', (req, res) =>
      res.json(this.doNotDisturb(userOf(query(req).userId))),
    );
    r.put('/users/do-not-disturb', (req, res) => {
      const body = bodyOf(req);
      res.json(this.setDoNotDisturb(userOf(str(body.userId)), body));
    });
  }
}
