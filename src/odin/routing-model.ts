// The project's model of call routing (docs/odin/routing.md): forwarding, service
// instances, auto attendants and schedules.

// --- Call routing: forwarding and do not disturb (docs/odin/routing.md, section a) ---

/** The four forwarding services of a user, as the GraphQL `ForwardingKind` names them. */
export enum ForwardingKind {
  ALWAYS = 'ALWAYS',
  BUSY = 'BUSY',
  NO_ANSWER = 'NO_ANSWER',
  NOT_REACHABLE = 'NOT_REACHABLE',
}

/** One forwarding of a user. Targets are text exactly as Odin holds them (`"1001"`, `"*551001"`). */
export interface Forwarding {
  active: boolean;
  forwardTo: string | null;
  /** No answer only. */
  numberOfRings: number | null;
  /** Always and busy only. */
  ringSplash: boolean | null;
}

export interface SelectiveCriterion {
  name: string;
  active: boolean;
  forwardTo: string | null;
  timeSchedule: string | null;
  holidaySchedule: string | null;
  callsFrom: string | null;
}

export interface SelectiveForwarding {
  active: boolean;
  defaultForwardTo: string | null;
  criteria: SelectiveCriterion[];
}

export interface DoNotDisturb {
  active: boolean;
  ringSplash: boolean;
}

/** A change of one forwarding; absent fields keep what Odin holds. */
export interface ForwardingChange {
  userId: string;
  kind: ForwardingKind;
  active: boolean;
  forwardTo?: string | null;
  numberOfRings?: number | null;
  ringSplash?: boolean | null;
}

// --- Service instances: hunt groups (docs/odin/routing.md, section b) ---

export enum HuntPolicy {
  CIRCULAR = 'CIRCULAR',
  REGULAR = 'REGULAR',
  SIMULTANEOUS = 'SIMULTANEOUS',
  UNIFORM = 'UNIFORM',
  WEIGHTED = 'WEIGHTED',
}

/** What every service instance of a group has: it is a user-like id with a number. */
export interface ServiceInstanceBase {
  serviceUserId: string;
  name: string;
  phoneNumber: string | null;
  extension: string | null;
  serviceProviderId: string;
  groupId: string;
}

/** A row of a group's hunt group list: what the list holds, `active` among it. */
export interface HuntGroupRow extends ServiceInstanceBase {
  active: boolean;
  policy: HuntPolicy;
}

export interface HuntGroup extends ServiceInstanceBase {
  kind: 'HUNT_GROUP';
  policy: HuntPolicy;
  /** In hunt order. */
  agentUserIds: string[];
  huntAfterNoAnswer: boolean;
  noAnswerRings: number | null;
  forwardAfterTimeout: boolean;
  forwardTimeoutSeconds: number | null;
  forwardTo: string | null;
  notReachableForwarding: boolean;
  notReachableForwardTo: string | null;
}

/** A hunt group to make, or the changes to one; absent fields keep their value. */
export interface HuntGroupChange {
  serviceUserId: string;
  serviceProviderId?: string;
  groupId?: string;
  name?: string | null;
  phoneNumber?: string | null;
  extension?: string | null;
  policy?: HuntPolicy | null;
  agentUserIds?: string[] | null;
  noAnswerRings?: number | null;
  forwardAfterTimeout?: boolean | null;
  forwardTimeoutSeconds?: number | null;
  forwardTo?: string | null;
}

// --- Call centers (docs/odin/routing.md, section c) ---

export enum CallCenterAction {
  NONE = 'NONE',
  BUSY = 'BUSY',
  TRANSFER = 'TRANSFER',
  RINGING = 'RINGING',
  NIGHT_SERVICE = 'NIGHT_SERVICE',
  ANNOUNCEMENT = 'ANNOUNCEMENT',
}

export enum CallCenterTreatmentKind {
  OVERFLOW = 'OVERFLOW',
  STRANDED = 'STRANDED',
  STRANDED_UNAVAILABLE = 'STRANDED_UNAVAILABLE',
}

export interface CallCenterTreatment {
  action: CallCenterAction;
  transferTo: string | null;
  /** Overflow: after this many seconds in the queue. */
  afterSeconds: number | null;
}

export interface CallCenterRow extends ServiceInstanceBase {
  active: boolean;
  policy: HuntPolicy;
  type: string | null;
}

export interface CallCenter extends ServiceInstanceBase {
  kind: 'CALL_CENTER';
  type: string | null;
  policy: HuntPolicy;
  queueLength: number | null;
  active?: boolean;
}

export interface CallCenterAgentRow {
  userId: string;
  skillLevel: number | null;
}

/** A user's side of the call centers it is an agent of. */
export interface AgentSide {
  acdState: string | null;
  callCenters: Array<{
    serviceUserId: string;
    available: boolean | null;
    skillLevel: number | null;
  }>;
}

// --- Auto attendants and schedules (docs/odin/routing.md, sections d and e) ---

export enum AutoAttendantAction {
  TRANSFER_WITH_PROMPT = 'TRANSFER_WITH_PROMPT',
  TRANSFER_WITHOUT_PROMPT = 'TRANSFER_WITHOUT_PROMPT',
  TRANSFER_TO_OPERATOR = 'TRANSFER_TO_OPERATOR',
  TRANSFER_TO_SUBMENU = 'TRANSFER_TO_SUBMENU',
  TRANSFER_TO_MAILBOX = 'TRANSFER_TO_MAILBOX',
  NAME_DIALING = 'NAME_DIALING',
  EXTENSION_DIALING = 'EXTENSION_DIALING',
  REPEAT_MENU = 'REPEAT_MENU',
  RETURN_TO_PREVIOUS_MENU = 'RETURN_TO_PREVIOUS_MENU',
  EXIT = 'EXIT',
  PLAY_ANNOUNCEMENT = 'PLAY_ANNOUNCEMENT',
  OTHER = 'OTHER',
}

export enum AutoAttendantMenuKind {
  BUSINESS_HOURS = 'BUSINESS_HOURS',
  AFTER_HOURS = 'AFTER_HOURS',
  HOLIDAY = 'HOLIDAY',
}

export interface AutoAttendantKey {
  key: string;
  action: AutoAttendantAction;
  description: string | null;
  phoneNumber: string | null;
  submenuId: string | null;
}

export interface AutoAttendantMenu {
  extensionDialing: boolean | null;
  keys: AutoAttendantKey[];
}

export interface AutoAttendantSubmenu {
  id: string;
  keys: AutoAttendantKey[];
}

export interface AutoAttendantRow extends ServiceInstanceBase {
  active: boolean;
  type: string | null;
}

export interface AutoAttendant extends ServiceInstanceBase {
  kind: 'AUTO_ATTENDANT';
  type: string | null;
  businessHours: string | null;
  holidaySchedule: string | null;
  businessHoursMenu: AutoAttendantMenu;
  afterHoursMenu: AutoAttendantMenu;
  holidayMenu: AutoAttendantMenu | null;
  active?: boolean;
}

export enum ScheduleType {
  TIME = 'TIME',
  HOLIDAY = 'HOLIDAY',
}

export interface ScheduleEvent {
  name: string;
  start: string | null;
  end: string | null;
  allDay: boolean | null;
  recurrence: string | null;
}

export interface Schedule {
  name: string;
  type: ScheduleType;
}
