import type express from 'express';
import type { Directory } from './directory';
import { badRequest } from './fault';
import type { SbCallCenter, SbGroup, SbServiceInstance, SbTreatment } from './model';
import { flag, findInstance, instanceProfile, instanceRoutes } from './instances';
import { numeric } from './render';
import { type Json, bodyOf, query, str } from './request';
import { checkForwarding } from './routing';

// Call centers as docs/odin/routing.md (section c) describes them: the list, one, the agents
// and the four routing objects the report reads, each with its rules.

type CallCenterInstance = SbServiceInstance & { callCenter: SbCallCenter };

const ACTIONS: Record<'overflow' | 'stranded', string[]> = {
  overflow: ['Busy', 'Transfer', 'Ringing'],
  stranded: ['None', 'Busy', 'Transfer', 'Night Service', 'Ringing', 'Announcement'],
};

const MEDIA = {
  audioMessageSource: 'Default',
  videoMessageSource: 'Default',
  audioUrlList: [],
  videoUrlList: [],
  audioFileList: [],
  videoFileList: [],
};

/** The PUTs send `serviceUserID`; the GETs `serviceUserId`: both are read. */
const idOf = (b: Json) => str(b.serviceUserId) ?? str(b.serviceUserID) ?? '';

const BOUNCED = {
  isActive: true,
  numberOfRingsBeforeBouncingCall: 5,
  enableTransfer: false,
  bounceCallWhenAgentUnavailable: true,
  alertCallCenterCallOnHold: true,
  alertCallCenterCallOnHoldSeconds: 30,
  bounceCallCenterCallOnHold: false,
  bounceCallCenterCallOnHoldSeconds: 60,
};

export class CallCenters {
  /** Bounced-call settings changed by PUT, by call center. */
  private readonly bounced = new Map<string, Json>();

  constructor(private readonly dir: Directory) {}

  find(serviceUserId: string): { group: SbGroup; instance: CallCenterInstance } {
    return findInstance(
      this.dir,
      serviceUserId,
      (i): i is CallCenterInstance => !!i.callCenter,
      'Call center',
    );
  }

  list(group: SbGroup): Json[] {
    return group.serviceInstances
      .filter((i): i is CallCenterInstance => !!i.callCenter)
      .map((i) => ({
        serviceUserId: i.id,
        name: i.name,
        video: false,
        phoneNumber: i.phoneNumber || null,
        extension: i.extension || null,
        department: null,
        isActive: i.active !== false,
        policy: i.callCenter.policy,
        type: i.callCenter.type,
      }));
  }

  render(group: SbGroup, i: CallCenterInstance): Json {
    const c = i.callCenter;
    return {
      serviceInstanceProfile: instanceProfile(group, i, 'Call Center'),
      type: c.type,
      routingType: c.routingType,
      policy: c.policy,
      enableVideo: false,
      queueLength: c.queueLength,
      enableReporting: false,
      allowCallerToDialEscapeDigit: false,
      escapeDigit: 3,
      resetCallStatisticsUponEntryInQueue: true,
      allowAgentLogoff: true,
      allowCallWaitingForAgents: true,
      allowCallsToAgentsInWrapUp: true,
      overrideAgentWrapUpTime: false,
      forceDeliveryOfCalls: false,
      enableAutomaticStateChangeForAgents: false,
      externalPreferredAudioCodec: 'None',
      internalPreferredAudioCodec: 'None',
      playRingingWhenOfferingCall: true,
      callCenterQueueThresholdsIsActive: false,
      serviceUserId: i.id,
      // Not in Odin's example; the hunt group object has them [assumed].
      serviceProviderId: group.serviceProviderId,
      groupId: group.groupId,
    };
  }

  agents(i: CallCenterInstance): Json {
    return {
      agents: i.callCenter.agents.map(({ userId, skillLevel }) => {
        const user = this.dir.users.get(userId);
        return {
          userId,
          firstName: numeric(user?.firstName ?? ''),
          lastName: numeric(user?.lastName ?? ''),
          phoneNumber: user?.phoneNumber || null,
          extension: user?.extension || null,
          department: user?.department || null,
          skillLevel,
        };
      }),
    };
  }

  /** `PUT …/agents`: the whole list, in order, with skill levels (1 to 20, default 1). */
  setAgents(body: Json): Json {
    const { group, instance } = this.find(idOf(body));
    if (!Array.isArray(body.agents)) throw badRequest('agents must be a list', { field: 'agents' });
    const agents = body.agents.map((a) => {
      const row = (a ?? {}) as Json;
      const userId = str(row.userId) ?? '';
      const user = this.dir.users.get(userId);
      if (
        !user ||
        user.serviceProviderId !== group.serviceProviderId ||
        user.groupId !== group.groupId
      )
        throw badRequest(`Agent ${userId} must be a user of group ${group.groupId}`, {
          field: 'agents',
        });
      const skillLevel =
        row.skillLevel === undefined || row.skillLevel === null ? 1 : Number(row.skillLevel);
      if (!Number.isInteger(skillLevel) || skillLevel < 1 || skillLevel > 20)
        throw badRequest('skillLevel must be 1 to 20', { field: 'skillLevel' });
      return { userId, skillLevel };
    });
    if (new Set(agents.map((a) => a.userId)).size !== agents.length)
      throw badRequest('An agent is listed twice', { field: 'agents' });
    instance.callCenter.agents = agents;
    return this.agents(instance);
  }

  private treatment(
    i: CallCenterInstance,
    kind: 'overflow' | 'stranded' | 'strandedUnavailable',
  ): Json {
    const t = i.callCenter[kind];
    return {
      serviceUserId: i.id,
      action: t.action,
      transferPhoneNumber: t.transferPhoneNumber ? numeric(t.transferPhoneNumber) : null,
      ...(kind === 'overflow'
        ? {
            overflowAfterTimeout: t.overflowAfterTimeout ?? false,
            timeoutSeconds: t.timeoutSeconds ?? 30,
            playAnnouncementBeforeOverflowProcessing: false,
          }
        : {}),
      ...MEDIA,
    };
  }

  private setTreatment(body: Json, kind: 'overflow' | 'stranded' | 'strandedUnavailable'): Json {
    const { instance } = this.find(idOf(body));
    const now = instance.callCenter[kind];
    const action = body.action === undefined ? now.action : (str(body.action) ?? '');
    if (!ACTIONS[kind === 'overflow' ? 'overflow' : 'stranded'].includes(action))
      throw badRequest(`Invalid action ${action}`, { field: 'action' });
    const next: SbTreatment = {
      action,
      transferPhoneNumber:
        body.transferPhoneNumber === undefined
          ? now.transferPhoneNumber
          : body.transferPhoneNumber === null
            ? ''
            : String(body.transferPhoneNumber),
      ...(kind === 'overflow'
        ? {
            overflowAfterTimeout: flag(
              body.overflowAfterTimeout,
              now.overflowAfterTimeout ?? false,
            ),
            timeoutSeconds:
              body.timeoutSeconds === undefined ? now.timeoutSeconds : Number(body.timeoutSeconds),
          }
        : {}),
    };
    if (action === 'Transfer')
      checkForwarding('Call Center', {
        isActive: true,
        forwardToPhoneNumber: next.transferPhoneNumber || undefined,
      });
    const seconds = next.timeoutSeconds ?? 0;
    if (!Number.isInteger(seconds) || seconds < 0 || seconds > 7200)
      throw badRequest('timeoutSeconds must be 0 to 7200', { field: 'timeoutSeconds' });
    instance.callCenter[kind] = next;
    return this.treatment(instance, kind);
  }

  private forced(i: CallCenterInstance): Json {
    const f = i.callCenter.forcedForwarding;
    return {
      serviceUserId: i.id,
      enabled: f.enabled,
      forwardToPhoneNumber: f.forwardToPhoneNumber ? numeric(f.forwardToPhoneNumber) : null,
      allowEnableViaFAC: true,
      playAnnouncementBeforeForwarding: false,
      ...MEDIA,
    };
  }

  /** `GET /users/call-center`: the agent's side; 400 without a call center to be agent of. */
  agentSide(userId: string): Json {
    const user = this.dir.user(userId);
    const group = this.dir.group(user.serviceProviderId, user.groupId);
    const centers = group.serviceInstances.filter(
      (i): i is CallCenterInstance => !!i.callCenter?.agents.some((a) => a.userId === userId),
    );
    if (!centers.length)
      throw badRequest(`User ${userId} does not have a call center agent service`);
    const first = centers[0].callCenter.acd[userId];
    return {
      agentACDState: first?.state ?? 'Available',
      agentThresholdProfileName: 'Default Agent Threshold Profile',
      useDefaultGuardTimer: true,
      enableGuardTimer: false,
      guardTimerSeconds: 5,
      useSystemDefaultUnavailableSettings: true,
      forceAgentUnavailableOnDNDActivation: false,
      forceAgentUnavailableOnPersonalCalls: false,
      forceAgentUnavailableOnBouncedCallLimit: false,
      numberConsecutiveBouncedCallsToForceAgentUnavailable: 3,
      forceAgentUnavailableOnNotReachable: false,
      makeOutgoingCallsAsCallCenter: false,
      userId,
      callCenters: centers.map((c) => ({
        serviceUserId: c.id,
        phoneNumber: c.phoneNumber || null,
        extension: c.extension || null,
        available: c.callCenter.acd[userId]?.available ?? true,
        logoffAllowed: true,
        type: c.callCenter.type,
        priority: 1,
        routingType: c.callCenter.routingType,
        skillLevel: c.callCenter.agents.find((a) => a.userId === userId)?.skillLevel ?? 1,
      })),
    };
  }

  routes(r: express.Router): void {
    instanceRoutes(r, '/groups/call-centers', this.dir, this);
    // The call center's own settings: profile names, type, routing type, policy.
    r.put('/groups/call-centers', (req, res) => {
      const body = bodyOf(req);
      const { group, instance } = this.find(idOf(body));
      const c = instance.callCenter;
      const type = body.type === undefined ? c.type : (str(body.type) ?? '');
      if (!['Basic', 'Standard', 'Premium'].includes(type))
        throw badRequest(`Invalid type ${type}`, { field: 'type' });
      const routingType =
        body.routingType === undefined ? c.routingType : (str(body.routingType) ?? '');
      if (!['Priority Based', 'Skill Based'].includes(routingType))
        throw badRequest(`Invalid routingType ${routingType}`, { field: 'routingType' });
      const policy = body.policy === undefined ? c.policy : (str(body.policy) ?? '');
      if (!['Circular', 'Regular', 'Simultaneous', 'Uniform', 'Weighted'].includes(policy))
        throw badRequest(`Invalid policy ${policy}`, { field: 'policy' });
      const profile = (body.serviceInstanceProfile ?? {}) as Json;
      Object.assign(c, { type, routingType, policy });
      if (str(profile.name)) instance.name = str(profile.name) ?? instance.name;
      res.json(this.render(group, instance));
    });
    // A supervisor and the agents it watches (agents of this call center).
    r.put('/groups/call-centers/supervisors', (req, res) => {
      const body = bodyOf(req);
      const { instance } = this.find(idOf(body));
      const supervisor = str(body.supervisorUserId) ?? '';
      this.dir.user(supervisor);
      const watched = Array.isArray(body.supervisors)
        ? (body.supervisors as Json[]).map((r) => str(r?.userId) ?? '')
        : [];
      for (const userId of watched)
        if (!instance.callCenter.agents.some((a) => a.userId === userId))
          throw badRequest(`${userId} is not an agent of ${instance.id}`, { field: 'supervisors' });
      instance.callCenter.supervisors = {
        ...(instance.callCenter.supervisors ?? {}),
        [supervisor]: watched,
      };
      res.json([]);
    });
    // A DNIS number: one more way into the call center, kept as sent.
    r.put('/groups/call-centers/dnis/instances', (req, res) => {
      const body = bodyOf(req);
      const { instance } = this.find(idOf(body));
      const name = str(body.newDNISName) ?? str(body.name) ?? '';
      if (!name) throw badRequest('Missing required field: name', { field: 'name' });
      instance.callCenter.dnis = { ...(instance.callCenter.dnis ?? {}), [name]: body };
      res.json([]);
    });
    r.get('/groups/call-centers/agents', (req, res) =>
      res.json(this.agents(this.find(query(req).serviceUserId ?? '').instance)),
    );
    r.put('/groups/call-centers/agents', (req, res) => res.json(this.setAgents(bodyOf(req))));
    const treatments = [
      ['overflow', 'overflow'],
      ['stranded-calls', 'stranded'],
      ['stranded-calls-unavailable', 'strandedUnavailable'],
    ] as const;
    for (const [path, kind] of treatments) {
      r.get(`/groups/call-centers/${path}`, (req, res) =>
        res.json(this.treatment(this.find(query(req).serviceUserId ?? '').instance, kind)),
      );
      r.put(`/groups/call-centers/${path}`, (req, res) =>
        res.json(this.setTreatment(bodyOf(req), kind)),
      );
    }
    // Bounced calls: kept as sent over Odin's example defaults; the report never reads them.
    r.get('/groups/call-centers/bounced-calls', (req, res) => {
      const { instance } = this.find(query(req).serviceUserId ?? '');
      res.json({
        ...BOUNCED,
        ...(this.bounced.get(instance.id) ?? {}),
        serviceUserId: instance.id,
      });
    });
    r.put('/groups/call-centers/bounced-calls', (req, res) => {
      const body = bodyOf(req);
      const { instance } = this.find(idOf(body));
      const { serviceUserId: _a, serviceUserID: _b, ...change } = body;
      const rings = change.numberOfRingsBeforeBouncingCall;
      if (
        rings !== undefined &&
        (!Number.isInteger(Number(rings)) || Number(rings) < 1 || Number(rings) > 20)
      )
        throw badRequest('numberOfRingsBeforeBouncingCall must be 1 to 20', {
          field: 'numberOfRingsBeforeBouncingCall',
        });
      this.bounced.set(instance.id, { ...(this.bounced.get(instance.id) ?? {}), ...change });
      res.json({ ...BOUNCED, ...this.bounced.get(instance.id), serviceUserId: instance.id });
    });
    r.get('/groups/call-centers/forced-forwarding', (req, res) =>
      res.json(this.forced(this.find(query(req).serviceUserId ?? '').instance)),
    );
    r.put('/groups/call-centers/forced-forwarding', (req, res) => {
      const body = bodyOf(req);
      const { instance } = this.find(idOf(body));
      const now = instance.callCenter.forcedForwarding;
      const next = {
        enabled: flag(body.enabled, now.enabled),
        forwardToPhoneNumber:
          body.forwardToPhoneNumber === undefined
            ? now.forwardToPhoneNumber
            : String(body.forwardToPhoneNumber ?? ''),
      };
      checkForwarding('Call Center', {
        isActive: next.enabled,
        forwardToPhoneNumber: next.forwardToPhoneNumber || undefined,
      });
      instance.callCenter.forcedForwarding = next;
      res.json(this.forced(instance));
    });
    for (const base of ['/users', '/user']) {
      r.get(`${base}/call-center`, (req, res) => res.json(this.agentSide(query(req).userId ?? '')));
      // The agent's side: its ACD state, and per call center whether it takes calls.
      r.put(`${base}/call-center`, (req, res) => {
        const body = bodyOf(req);
        const userId = str(body.userId) ?? '';
        this.agentSide(userId);
        const state =
          body.agentACDState === undefined ? undefined : (str(body.agentACDState) ?? '');
        if (
          state !== undefined &&
          !['Sign-In', 'Sign-Out', 'Available', 'Unavailable', 'Wrap-Up'].includes(state)
        )
          throw badRequest(`Invalid agentACDState ${state}`, { field: 'agentACDState' });
        const group = this.dir.group(
          this.dir.user(userId).serviceProviderId,
          this.dir.user(userId).groupId,
        );
        for (const i of group.serviceInstances.filter(
          (x): x is CallCenterInstance => !!x.callCenter,
        )) {
          if (!i.callCenter.agents.some((a) => a.userId === userId)) continue;
          const row = Array.isArray(body.callCenters)
            ? (body.callCenters as Json[]).find((c) => str(c?.serviceUserId) === i.id)
            : undefined;
          const now = i.callCenter.acd[userId] ?? { state: 'Available', available: true };
          i.callCenter.acd[userId] = {
            state: state ?? now.state,
            available:
              row?.available === undefined ? now.available : flag(row.available, now.available),
          };
        }
        res.json(this.agentSide(userId));
      });
      // Which call centers an agent belongs to, and signing it out of all of them.
      r.put(`${base}/call-centers/agents`, (req, res) => {
        const body = bodyOf(req);
        const userId = str(body.agentUserId) ?? '';
        const user = this.dir.user(userId);
        const wanted = new Set(
          Array.isArray(body.callCenters)
            ? (body.callCenters as Json[]).map((c) => str(c?.userId) ?? '')
            : [],
        );
        const group = this.dir.group(user.serviceProviderId, user.groupId);
        for (const id of wanted) this.find(id);
        for (const i of group.serviceInstances.filter(
          (x): x is CallCenterInstance => !!x.callCenter,
        )) {
          const has = i.callCenter.agents.some((a) => a.userId === userId);
          if (wanted.has(i.id) && !has) i.callCenter.agents.push({ userId, skillLevel: 1 });
          if (!wanted.has(i.id) && has)
            i.callCenter.agents = i.callCenter.agents.filter((a) => a.userId !== userId);
        }
        res.json([]);
      });
      r.put(`${base}/call-centers/agents/sign-out`, (req, res) => {
        const userId = str(bodyOf(req).agentUserId) ?? '';
        const user = this.dir.user(userId);
        const group = this.dir.group(user.serviceProviderId, user.groupId);
        for (const i of group.serviceInstances.filter(
          (x): x is CallCenterInstance => !!x.callCenter,
        ))
          if (i.callCenter.agents.some((a) => a.userId === userId))
            i.callCenter.acd[userId] = { state: 'Sign-Out', available: false };
        res.json([]);
      });
    }
  }
}
