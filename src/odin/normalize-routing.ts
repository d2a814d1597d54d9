import type { DoNotDisturb, Forwarding, SelectiveCriterion, SelectiveForwarding } from './model';
import { bool, int, named, text } from './normalize';
import type {
  WireDoNotDisturb,
  WireForwarding,
  WireForwardingRow,
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
