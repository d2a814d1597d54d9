// The onboarding step engine's own vocabulary: no GraphQL here, so a job worker can run it.
import type { ErrorCode } from '../graphql/errors';
import type { OdinClient } from '../odin/client';
import type { AccessDevice, CreateUserRequest } from '../odin/model';

export enum StepKind {
  CHECK_GROUP = 'CHECK_GROUP',
  CHOOSE_NUMBER = 'CHOOSE_NUMBER',
  CHOOSE_EXTENSION = 'CHOOSE_EXTENSION',
  CREATE_USER = 'CREATE_USER',
  ACTIVATE_NUMBER = 'ACTIVATE_NUMBER',
  ASSIGN_SERVICES = 'ASSIGN_SERVICES',
  CREATE_DEVICE = 'CREATE_DEVICE',
  ATTACH_DEVICE = 'ATTACH_DEVICE',
  SET_SIP_AUTHENTICATION = 'SET_SIP_AUTHENTICATION',
  // Deprovisioning's own kinds: a removal is never reported under a creating name.
  DETACH_DEVICE = 'DETACH_DEVICE',
  DELETE_DEVICE = 'DELETE_DEVICE',
  UNASSIGN_SERVICES = 'UNASSIGN_SERVICES',
  DEACTIVATE_NUMBER = 'DEACTIVATE_NUMBER',
  DELETE_USER = 'DELETE_USER',
}

export enum StepStatus {
  PLANNED = 'PLANNED',
  DONE = 'DONE',
  SKIPPED = 'SKIPPED',
  FAILED = 'FAILED',
  UNDONE = 'UNDONE',
  UNDO_FAILED = 'UNDO_FAILED',
}

export interface StepReport {
  kind: StepKind;
  status: StepStatus;
  detail: string | null;
}

/** A reason the request cannot be carried out, found by reading. */
export interface Problem {
  field: string;
  message: string;
  code: Extract<ErrorCode, 'BAD_USER_INPUT' | 'CONFLICT' | 'NOT_FOUND'>;
}

export interface ProvisionRequest {
  user: CreateUserRequest;
  number?: {
    phoneNumber?: string | null;
    firstFree?: boolean | null;
    activate?: boolean | null;
  } | null;
  services?: string[] | null;
  servicePacks?: string[] | null;
  device?: {
    deviceName?: string | null;
    deviceType: string;
    macAddress?: string | null;
    existing?: boolean | null;
    linePort?: string | null;
  } | null;
  /** Default: true when a device is given. */
  sipAuthentication?: boolean | null;
}

/** What the steps learn and do, passed along the run; secrets are kept here only. */
export interface ProvisionState {
  /** The chosen number, national digits, and whether it was activated before. */
  phoneNumber?: string;
  wasActivated?: boolean;
  extension?: string;
  deviceName?: string;
  linePort?: string;
  device?: AccessDevice;
  services: string[];
  servicePacks: string[];
  sipUserName?: string;
  generatedWebAuthPassword?: string | null;
  generatedDevicePassword?: string | null;
  generatedSipPassword?: string | null;
}

/** Nothing chosen yet. */
export const newState = (): ProvisionState => ({ services: [], servicePacks: [] });

/** What every step runs with: the Odin client, and what the steps before it learned. */
export interface StepContext {
  odin: OdinClient;
  state: ProvisionState;
}

/** An onboarding's steps also read the request they carry out. */
export interface ProvisionContext extends StepContext {
  request: ProvisionRequest;
}

export interface Plan {
  status: StepStatus.PLANNED | StepStatus.SKIPPED;
  detail: string | null;
  problems?: Problem[];
}

/** One step: what it would do (reads only), doing it, and taking it back. */
export interface Step<C extends StepContext = ProvisionContext> {
  kind: StepKind;
  plan(ctx: C): Promise<Plan>;
  run(ctx: C): Promise<string | null>;
  undo(ctx: C): Promise<void>;
  /** What stays in Odin when the undo fails. */
  leftover(ctx: C): string;
}
