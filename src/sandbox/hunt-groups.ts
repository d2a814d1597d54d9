import type express from 'express';
import type { Directory } from './directory';
import { badRequest } from './fault';
import type { SbGroup, SbHuntGroup, SbServiceInstance } from './model';
import { flag, findInstance, instanceProfile, instanceRoutes, newInstance } from './instances';
import { numeric } from './render';
import { type Json, bodyOf, query, str } from './request';
import { checkForwarding } from './routing';

// Hunt groups as docs/odin/routing.md (section b) describes them: one object for GET, POST
// and DELETE answers; the list rows; the rules a create and an update meet.

const POLICIES = ['Circular', 'Regular', 'Simultaneous', 'Uniform', 'Weighted'];
const SERVICE = 'Hunt Group';

/** A target text from what was sent (a JSON number is its digits); '' when absent. */
const targetText = (value: unknown): string =>
  value === undefined || value === null
    ? ''
    : typeof value === 'number'
      ? String(value)
      : (str(value) ?? '');

type HuntGroupInstance = SbServiceInstance & { huntGroup: SbHuntGroup };

export class HuntGroups {
  constructor(private readonly dir: Directory) {}

  /** The hunt group and its group, or Odin's 404. */
  find(serviceUserId: string): { group: SbGroup; instance: HuntGroupInstance } {
    return findInstance(
      this.dir,
      serviceUserId,
      (i): i is HuntGroupInstance => !!i.huntGroup,
      'Hunt group',
    );
  }

  private row(group: SbGroup, i: SbServiceInstance & { huntGroup: SbHuntGroup }): Json {
    return {
      serviceUserId: i.id,
      name: i.name,
      phoneNumber: i.phoneNumber || null,
      extension: i.extension || null,
      department: null,
      isActive: i.active !== false,
      policy: i.huntGroup.policy,
      serviceProviderId: group.serviceProviderId,
      groupId: group.groupId,
    };
  }

  /** The object of GET one, POST and DELETE; digit-only targets as JSON numbers. */
  render(group: SbGroup, i: SbServiceInstance & { huntGroup: SbHuntGroup }): Json {
    const h = i.huntGroup;
    return {
      serviceInstanceProfile: instanceProfile(group, i, 'Hunt Group', {
        first: h.callingLineIdFirstName,
        last: h.callingLineIdLastName,
      }),
      policy: h.policy,
      huntAfterNoAnswer: h.huntAfterNoAnswer,
      noAnswerNumberOfRings: h.noAnswerNumberOfRings,
      forwardAfterTimeout: h.forwardAfterTimeout,
      forwardTimeoutSeconds: h.forwardTimeoutSeconds,
      ...(h.forwardToPhoneNumber ? { forwardToPhoneNumber: numeric(h.forwardToPhoneNumber) } : {}),
      allowCallWaitingForAgents: false,
      useSystemHuntGroupCLIDSetting: true,
      includeHuntGroupNameInCLID: true,
      enableNotReachableForwarding: h.enableNotReachableForwarding,
      ...(h.notReachableForwardToPhoneNumber
        ? { notReachableForwardToPhoneNumber: numeric(h.notReachableForwardToPhoneNumber) }
        : {}),
      makeBusyWhenNotReachable: false,
      serviceUserId: i.id,
      serviceProviderId: group.serviceProviderId,
      groupId: group.groupId,
      isEnterprise: this.dir.serviceProvider(group.serviceProviderId).isEnterprise,
      agents: h.agents.map((userId) => ({
        userId,
        ...(h.weights?.[userId] !== undefined ? { weight: h.weights[userId] } : {}),
      })),
    };
  }

  list(group: SbGroup): Json[] {
    return group.serviceInstances
      .filter((i): i is SbServiceInstance & { huntGroup: SbHuntGroup } => !!i.huntGroup)
      .map((i) => this.row(group, i));
  }

  /** Settings from a body over `base`, each checked; nothing is kept until all pass. */
  private settings(group: SbGroup, body: Json, base: SbHuntGroup): SbHuntGroup {
    const profile = (body.serviceInstanceProfile ?? {}) as Json;
    const policy = body.policy === undefined ? base.policy : (str(body.policy) ?? '');
    if (!POLICIES.includes(policy))
      throw badRequest(`Invalid policy ${policy}: one of ${POLICIES.join(', ')}`, {
        field: 'policy',
      });
    let agents = base.agents;
    if (body.agents !== undefined) {
      if (!Array.isArray(body.agents)) throw badRequest('agents must be a list of {userId}');
      agents = body.agents.map((a) => str((a as Json | null)?.userId) ?? '');
      for (const userId of agents) {
        const user = this.dir.users.get(userId);
        if (
          !user ||
          user.serviceProviderId !== group.serviceProviderId ||
          user.groupId !== group.groupId
        )
          throw badRequest(`Agent ${userId} must already exist in group ${group.groupId}`, {
            field: 'agents',
          });
      }
      if (new Set(agents).size !== agents.length) throw badRequest('An agent is listed twice');
    }
    const rings =
      body.noAnswerNumberOfRings === undefined
        ? base.noAnswerNumberOfRings
        : Number(body.noAnswerNumberOfRings);
    if (!Number.isInteger(rings) || rings < 1 || rings > 20)
      throw badRequest('noAnswerNumberOfRings must be 1 to 20', { field: 'noAnswerNumberOfRings' });
    const seconds =
      body.forwardTimeoutSeconds === undefined
        ? base.forwardTimeoutSeconds
        : Number(body.forwardTimeoutSeconds);
    if (!Number.isInteger(seconds) || seconds < 0 || seconds > 7200)
      throw badRequest('forwardTimeoutSeconds must be 0 to 7200', {
        field: 'forwardTimeoutSeconds',
      });
    const next: SbHuntGroup = {
      policy,
      agents,
      huntAfterNoAnswer: flag(body.huntAfterNoAnswer, base.huntAfterNoAnswer),
      noAnswerNumberOfRings: rings,
      forwardAfterTimeout: flag(body.forwardAfterTimeout, base.forwardAfterTimeout),
      forwardTimeoutSeconds: seconds,
      forwardToPhoneNumber:
        body.forwardToPhoneNumber === undefined
          ? base.forwardToPhoneNumber
          : targetText(body.forwardToPhoneNumber),
      enableNotReachableForwarding: flag(
        body.enableNotReachableForwarding,
        base.enableNotReachableForwarding,
      ),
      notReachableForwardToPhoneNumber:
        body.notReachableForwardToPhoneNumber === undefined
          ? base.notReachableForwardToPhoneNumber
          : targetText(body.notReachableForwardToPhoneNumber),
      callingLineIdFirstName: str(profile.callingLineIdFirstName) ?? base.callingLineIdFirstName,
      callingLineIdLastName: str(profile.callingLineIdLastName) ?? base.callingLineIdLastName,
    };
    // The targets meet the forwarding rules; timing out needs a target.
    checkForwarding(SERVICE, {
      isActive: next.forwardAfterTimeout,
      forwardToPhoneNumber: next.forwardToPhoneNumber || undefined,
    });
    checkForwarding(SERVICE, {
      isActive: next.enableNotReachableForwarding,
      forwardToPhoneNumber: next.notReachableForwardToPhoneNumber || undefined,
    });
    return next;
  }

  create(body: Json): Json {
    const { group, id } = newInstance(this.dir, body);
    const service = group.groupServices.find((s) => s.name === SERVICE);
    const used = group.serviceInstances.filter((i) => i.kind === SERVICE).length;
    if (!service?.authorized || (service.quantity >= 0 && used >= service.quantity))
      throw badRequest(`Group ${group.groupId} has no ${SERVICE} service left`);
    const profile = (body.serviceInstanceProfile ?? {}) as Json;
    const name = str(profile.name) ?? '';
    if (!name.trim() || name.length > 30)
      throw badRequest('Invalid name: 1 to 30 characters', { field: 'name' });
    const extension = this.dir.checkExtension(str(profile.extension) ?? '', group, id);
    const phoneNumber = this.dir.checkNumber(str(profile.phoneNumber) ?? '', group, id);
    const huntGroup = this.settings(group, body, {
      policy: 'Regular',
      agents: [],
      huntAfterNoAnswer: true,
      noAnswerNumberOfRings: 5,
      forwardAfterTimeout: false,
      forwardTimeoutSeconds: 0,
      forwardToPhoneNumber: '',
      enableNotReachableForwarding: false,
      notReachableForwardToPhoneNumber: '',
      callingLineIdFirstName: '',
      callingLineIdLastName: '',
    });
    const instance = {
      id,
      kind: SERVICE,
      name,
      extension,
      phoneNumber,
      active: true,
      huntGroup,
    } as const;
    group.serviceInstances.push({ ...instance });
    return this.render(group, this.find(id).instance);
  }

  /** Absent fields keep their value; `agents` replaces the list, in its order. */
  update(body: Json): Json {
    const { group, instance } = this.find(str(body.serviceUserId) ?? '');
    const profile = (body.serviceInstanceProfile ?? {}) as Json;
    const name = profile.name === undefined ? instance.name : (str(profile.name) ?? '');
    if (!name.trim() || name.length > 30)
      throw badRequest('Invalid name: 1 to 30 characters', { field: 'name' });
    const extension =
      profile.extension === undefined
        ? instance.extension
        : this.dir.checkExtension(str(profile.extension) ?? '', group, instance.id);
    const phoneNumber =
      profile.phoneNumber === undefined
        ? instance.phoneNumber
        : this.dir.checkNumber(str(profile.phoneNumber) ?? '', group, instance.id);
    const huntGroup = this.settings(group, body, instance.huntGroup);
    Object.assign(instance, { name, extension, phoneNumber, huntGroup });
    return this.render(group, instance);
  }

  /** Frees its number and extension (both are derived from the instances). */
  delete(serviceUserId: string): Json {
    const { group, instance } = this.find(serviceUserId);
    const answer = this.render(group, instance);
    group.serviceInstances = group.serviceInstances.filter((i) => i !== instance);
    return answer;
  }

  routes(r: express.Router): void {
    instanceRoutes(r, '/groups/hunt-groups', this.dir, this);
    r.post('/groups/hunt-groups', (req, res) => res.json(this.create(bodyOf(req))));
    r.put('/groups/hunt-groups', (req, res) => res.json(this.update(bodyOf(req))));
    r.delete('/groups/hunt-groups', (req, res) => {
      const id = query(req).serviceUserId ?? str(bodyOf(req).serviceUserId);
      if (!id)
        throw badRequest('Missing required field: serviceUserId', { field: 'serviceUserId' });
      res.json(this.delete(id));
    });
    // Take a user out of every hunt group of the group; the answer names them.
    r.post('/groups/hunt-groups/removeUser', (req, res) => {
      const body = bodyOf(req);
      const group = this.dir.group(str(body.serviceProviderId) ?? '', str(body.groupId) ?? '');
      const userId = str(body.userId) ?? '';
      this.dir.user(userId);
      const from = group.serviceInstances.filter((i) => i.huntGroup?.agents.includes(userId));
      for (const i of from)
        if (i.huntGroup) i.huntGroup.agents = i.huntGroup.agents.filter((a) => a !== userId);
      res.json(from.map((i) => i.id));
    });
    // The hunt groups that have the user as agent: the list row merged with the object.
    r.get('/groups/hunt-groups/user', (req, res) => {
      const q = query(req);
      const group = this.dir.group(q.serviceProviderId ?? '', q.groupId ?? '');
      const userId = q.userId ?? '';
      res.json(
        group.serviceInstances
          .filter(
            (i): i is SbServiceInstance & { huntGroup: SbHuntGroup } =>
              !!i.huntGroup?.agents.includes(userId),
          )
          .map((i) => ({ ...this.row(group, i), ...this.render(group, i) })),
      );
    });
    // Weights for the Weighted policy: every agent once, adding up to 100.
    r.put('/groups/hunt-groups/weighted-call-distribution', (req, res) => {
      const body = bodyOf(req);
      const { group, instance } = this.find(str(body.serviceUserId) ?? '');
      if (!Array.isArray(body.agents))
        throw badRequest('agents must be a list', { field: 'agents' });
      const weights: Record<string, number> = {};
      for (const row of body.agents as Json[]) {
        const userId = str(row?.userId) ?? '';
        if (!instance.huntGroup.agents.includes(userId))
          throw badRequest(`${userId} is not an agent of ${instance.id}`, { field: 'agents' });
        weights[userId] = Number(row.weight);
      }
      const total = Object.values(weights).reduce((a, b) => a + b, 0);
      if (total !== 100 || Object.values(weights).some((w) => !Number.isInteger(w) || w < 0))
        throw badRequest('Weights must be whole numbers adding up to 100', { field: 'agents' });
      instance.huntGroup.weights = weights;
      res.json(this.render(group, instance));
    });
    // The users a hunt group of the group may take as agents: one row each.
    r.get('/groups/hunt-groups/users', (req, res) => {
      const q = query(req);
      const group = this.dir.group(q.serviceProviderId ?? '', q.groupId ?? '');
      res.json(
        this.dir.usersOf(group).map((u) => ({
          userId: u.userId,
          lastName: numeric(u.lastName),
          firstName: numeric(u.firstName),
          hiraganaLastName: numeric(u.hiraganaLastName),
          hiraganaFirstName: numeric(u.hiraganaFirstName),
          weight: null,
          phoneNumber: u.phoneNumber || null,
          extension: u.extension || null,
          department: u.department || null,
          emailAddress: u.emailAddress || null,
          groupId: group.groupId,
          groupName: group.groupName,
        })),
      );
    });
  }
}
