import {
  type AgentSide,
  type AutoAttendant,
  AutoAttendantAction,
  type AutoAttendantKey,
  type AutoAttendantMenu,
  type AutoAttendantRow,
  type Schedule,
  type ScheduleEvent,
  ScheduleType,
  type CallCenter,
  CallCenterAction,
  type CallCenterAgentRow,
  type CallCenterRow,
  type CallCenterTreatment,
  type GroupRef,
  type DoNotDisturb,
  type Forwarding,
  type HuntGroup,
  type HuntGroupRow,
  HuntPolicy,
  type SelectiveCriterion,
  type SelectiveForwarding,
  type ServiceInstanceBase,
} from './model';
import { bool, int, named, text, unwrapOne } from './normalize';
import type {
  WireAgentSide,
  WireBool,
  WireAutoAttendant,
  WireAutoAttendantRow,
  WireEvent,
  WireMenu,
  WireSchedule,
  WireScheduleRef,
  WireCallCenter,
  WireCallCenterAgents,
  WireCallCenterRow,
  WireDoNotDisturb,
  WireForcedForwarding,
  WireTreatment,
  WireForwarding,
  WireForwardingRow,
  WireHuntGroup,
  WireHuntGroupRow,
  WireSelective,
  WireSelectiveCriterion,
  WireText,
} from './wire';

// Call routing answers (docs/odin/routing.md): digit-only targets arrive as JSON numbers and
// become the same digits as text; booleans may be strings; "None" is no schedule.

/** A forwarding target as text: `4500` → `"4500"`, `"*551001"` kept, empty → null. */
export const target = (value: WireText): string | null => text(value);

export function normalizeForwarding(wire: WireForwarding | null | undefined): Forwarding {
  return {
    active: bool(wire?.isActive) ?? false,
    forwardTo: target(wire?.forwardToPhoneNumber),
    numberOfRings: int(wire?.numberOfRings),
    ringSplash: bool(wire?.isRingSplashActive),
  };
}

/** Each user of a `/bulk` answer: its forwarding, or null when the service is not assigned. */
export function normalizeForwardingRows(
  rows: WireForwardingRow[] | null | undefined,
): Map<string, Forwarding | null> {
  const out = new Map<string, Forwarding | null>();
  for (const row of Array.isArray(rows) ? rows : []) {
    const userId = text(row?.user?.userId);
    if (!userId) continue;
    out.set(userId, bool(row.service?.assigned) ? normalizeForwarding(row.data) : null);
  }
  return out;
}

function criterion(wire: WireSelectiveCriterion): SelectiveCriterion {
  const from = Array.isArray(wire.callsFrom)
    ? wire.callsFrom.map((c) => text(c)).filter((c): c is string => !!c)
    : [text(wire.callsFrom)].filter((c): c is string => !!c);
  return {
    name: text(wire.criteriaName) ?? '',
    active: bool(wire.isActive) ?? false,
    forwardTo: target(wire.forwardTo),
    timeSchedule: named(wire.timeSchedule),
    holidaySchedule: named(wire.holidaySchedule),
    callsFrom: from.length ? from.join(', ') : null,
  };
}

export function normalizeSelective(wire: WireSelective | null | undefined): SelectiveForwarding {
  return {
    active: bool(wire?.isActive) ?? false,
    defaultForwardTo: target(wire?.defaultForwardToPhoneNumber),
    criteria: (Array.isArray(wire?.criteria) ? wire.criteria : []).map(criterion),
  };
}

export function normalizeDoNotDisturb(wire: WireDoNotDisturb | null | undefined): DoNotDisturb {
  return { active: bool(wire?.isActive) ?? false, ringSplash: bool(wire?.ringSplash) ?? false };
}

const POLICY: Record<string, HuntPolicy> = {
  circular: HuntPolicy.CIRCULAR,
  regular: HuntPolicy.REGULAR,
  simultaneous: HuntPolicy.SIMULTANEOUS,
  // A docs example spells it so.
  similtaneous: HuntPolicy.SIMULTANEOUS,
  uniform: HuntPolicy.UNIFORM,
  weighted: HuntPolicy.WEIGHTED,
};

/** Odin's policy name as the enum; an unknown one reads as Regular, BroadWorks' default. */
export const huntPolicy = (value: WireText): HuntPolicy =>
  POLICY[(text(value) ?? '').toLowerCase()] ?? HuntPolicy.REGULAR;

export function normalizeHuntGroupRows(
  rows: WireHuntGroupRow[] | null | undefined,
): HuntGroupRow[] {
  return instanceRows(rows, undefined, (r) => ({ policy: huntPolicy(r.policy) }));
}

/** One hunt group (GET one answers an array in the docs, an object in practice). */
export function normalizeHuntGroup(answer: WireHuntGroup | WireHuntGroup[]): HuntGroup | null {
  const wire = unwrapOne(answer);
  const serviceUserId = text(wire?.serviceUserId);
  if (!wire || !serviceUserId) return null;
  return {
    kind: 'HUNT_GROUP',
    ...instanceBase(serviceUserId, wire.serviceInstanceProfile ?? {}, wire),
    policy: huntPolicy(wire.policy),
    agentUserIds: (wire.agents ?? [])
      .map((a) => text(a?.userId))
      .filter((id): id is string => !!id),
    huntAfterNoAnswer: bool(wire.huntAfterNoAnswer) ?? false,
    noAnswerRings: int(wire.noAnswerNumberOfRings),
    forwardAfterTimeout: bool(wire.forwardAfterTimeout) ?? false,
    forwardTimeoutSeconds: int(wire.forwardTimeoutSeconds),
    forwardTo: target(wire.forwardToPhoneNumber),
    notReachableForwarding: bool(wire.enableNotReachableForwarding) ?? false,
    notReachableForwardTo: target(wire.notReachableForwardToPhoneNumber),
  };
}

/** What every instance answer has: its id, name, number and extension, and its group. */
function instanceBase(
  serviceUserId: string,
  fields: { name?: WireText; phoneNumber?: WireText; extension?: WireText },
  group: { serviceProviderId?: WireText; groupId?: WireText },
  where?: GroupRef,
): ServiceInstanceBase {
  return {
    serviceUserId,
    name: named(fields.name) ?? serviceUserId,
    phoneNumber: text(fields.phoneNumber),
    extension: text(fields.extension),
    serviceProviderId: text(group.serviceProviderId) ?? where?.serviceProviderId ?? '',
    groupId: text(group.groupId) ?? where?.groupId ?? '',
  };
}

/** The rows of a group's list of one kind: each with its id, and `active`. */
function instanceRows<
  W extends {
    serviceUserId?: WireText;
    isActive?: WireBool;
    name?: WireText;
    phoneNumber?: WireText;
    extension?: WireText;
    serviceProviderId?: WireText;
    groupId?: WireText;
  },
  T,
>(
  rows: W[] | null | undefined,
  where: GroupRef | undefined,
  more: (row: W) => T,
): Array<ServiceInstanceBase & { active: boolean } & T> {
  return (Array.isArray(rows) ? rows : [])
    .filter((r) => text(r?.serviceUserId))
    .map((r) => ({
      ...instanceBase(text(r.serviceUserId) ?? '', r, r, where),
      active: bool(r.isActive) ?? true,
      ...more(r),
    }));
}

/** `Night Service` → NIGHT_SERVICE; the string "None" (or nothing) is NONE. */
export function callCenterAction(value: WireText): CallCenterAction {
  const key = (text(value) ?? 'None').toUpperCase().replace(/\s+/g, '_');
  return (Object.values(CallCenterAction) as string[]).includes(key)
    ? (key as CallCenterAction)
    : CallCenterAction.NONE;
}

export function normalizeCallCenterRows(
  rows: WireCallCenterRow[] | null | undefined,
  where: GroupRef,
): CallCenterRow[] {
  return instanceRows(rows, where, (r) => ({ policy: huntPolicy(r.policy), type: named(r.type) }));
}

/** One call center; its group from the answer, else from the caller (Odin's GET lacks it). */
export function normalizeCallCenter(
  wire: WireCallCenter | null | undefined,
  where?: GroupRef,
): CallCenter | null {
  const serviceUserId = text(wire?.serviceUserId);
  if (!wire || !serviceUserId) return null;
  return {
    kind: 'CALL_CENTER',
    ...instanceBase(serviceUserId, wire.serviceInstanceProfile ?? {}, wire, where),
    type: named(wire.type),
    policy: huntPolicy(wire.policy),
    queueLength: int(wire.queueLength),
  };
}

export function normalizeCallCenterAgents(
  wire: WireCallCenterAgents | null | undefined,
): CallCenterAgentRow[] {
  return (wire?.agents ?? [])
    .filter((a) => text(a?.userId))
    .map((a) => ({ userId: text(a?.userId) ?? '', skillLevel: int(a?.skillLevel) }));
}

export function normalizeTreatment(wire: WireTreatment | null | undefined): CallCenterTreatment {
  return {
    action: callCenterAction(wire?.action),
    transferTo: target(wire?.transferPhoneNumber),
    afterSeconds: bool(wire?.overflowAfterTimeout) ? int(wire?.timeoutSeconds) : null,
  };
}

export function normalizeForcedForwarding(
  wire: WireForcedForwarding | null | undefined,
): Forwarding {
  return {
    active: bool(wire?.enabled) ?? false,
    forwardTo: target(wire?.forwardToPhoneNumber),
    numberOfRings: null,
    ringSplash: null,
  };
}

export function normalizeAgentSide(wire: WireAgentSide | null | undefined): AgentSide {
  return {
    acdState: named(wire?.agentACDState),
    callCenters: (wire?.callCenters ?? [])
      .filter((c) => text(c?.serviceUserId))
      .map((c) => ({
        serviceUserId: text(c?.serviceUserId) ?? '',
        available: bool(c?.available),
        skillLevel: int(c?.skillLevel),
      })),
  };
}

/** `Transfer To Submenu` → TRANSFER_TO_SUBMENU; what the enum does not know is OTHER. */
export function attendantAction(value: WireText): AutoAttendantAction {
  const key = (text(value) ?? '').toUpperCase().replace(/\s+/g, '_');
  return (Object.values(AutoAttendantAction) as string[]).includes(key)
    ? (key as AutoAttendantAction)
    : AutoAttendantAction.OTHER;
}

export function normalizeKeys(keys: WireMenu['keys']): AutoAttendantKey[] {
  return (Array.isArray(keys) ? keys : [])
    .filter((k) => text(k?.key))
    .map((k) => ({
      key: text(k?.key) ?? '',
      action: attendantAction(k?.action),
      description: named(k?.description),
      phoneNumber: target(k?.phoneNumber),
      submenuId: named(k?.submenuId),
    }));
}

export function normalizeMenu(wire: WireMenu | null | undefined): AutoAttendantMenu {
  return {
    extensionDialing:
      bool(wire?.enableFirstMenuLevelExtensionDialing) ?? bool(wire?.enableLevelExtensionDialing),
    keys: normalizeKeys(wire?.keys),
  };
}

const scheduleName = (ref: WireScheduleRef | undefined): string | null =>
  ref && typeof ref === 'object' ? named(ref.name) : named(ref);

export function normalizeAutoAttendantRows(
  rows: WireAutoAttendantRow[] | null | undefined,
  where: GroupRef,
): AutoAttendantRow[] {
  return instanceRows(rows, where, (r) => ({ type: named(r.type) }));
}

export function normalizeAutoAttendant(
  wire: WireAutoAttendant | null | undefined,
  where?: GroupRef,
): AutoAttendant | null {
  const serviceUserId = text(wire?.serviceUserId);
  if (!wire || !serviceUserId) return null;
  return {
    kind: 'AUTO_ATTENDANT',
    ...instanceBase(serviceUserId, wire.serviceInstanceProfile ?? {}, wire, where),
    type: named(wire.type),
    businessHours: scheduleName(wire.businessHours),
    holidaySchedule: scheduleName(wire.holidaySchedule),
    businessHoursMenu: normalizeMenu(wire.businessHoursMenu),
    afterHoursMenu: normalizeMenu(wire.afterHoursMenu),
    holidayMenu: wire.holidayMenu ? normalizeMenu(wire.holidayMenu) : null,
  };
}

export function normalizeSchedules(rows: WireSchedule[] | null | undefined): Schedule[] {
  return (Array.isArray(rows) ? rows : [])
    .filter((r) => text(r?.name))
    .map((r) => ({
      name: text(r.name) ?? '',
      type:
        (text(r.type) ?? '').toLowerCase() === 'holiday' ? ScheduleType.HOLIDAY : ScheduleType.TIME,
    }));
}

export function normalizeEvents(rows: WireEvent[] | null | undefined): ScheduleEvent[] {
  return (Array.isArray(rows) ? rows : []).map((e) => ({
    name: text(e?.eventName) ?? '',
    start: text(e?.startTime),
    end: text(e?.endTime),
    allDay: bool(e?.allDayEvent),
    recurrence: text(e?.rrule),
  }));
}
