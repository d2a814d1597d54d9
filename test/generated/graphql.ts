/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** A line port on one of the group’s access devices. */
export type AccessDeviceEndpointInput = {
  /** SIP contacts, e.g. sip:host */
  contacts?: Array<string> | null | undefined;
  deviceName: string;
  /** Omitted: the user id */
  linePort?: string | null | undefined;
};

/** A postal address; unset lines stay as they are. */
export type AddressInput = {
  addressLine1?: string | null | undefined;
  addressLine2?: string | null | undefined;
  city?: string | null | undefined;
  country?: string | null | undefined;
  stateOrProvince?: string | null | undefined;
  zipOrPostalCode?: string | null | undefined;
};

/** Events that match every field given */
export type AuditFilterInput = {
  caller?: string | null | undefined;
  entityId?: string | null | undefined;
  entityKind?: string | null | undefined;
  field?: string | null | undefined;
  groupId?: string | null | undefined;
  outcome?: string | null | undefined;
  serviceProviderId?: string | null | undefined;
  since?: string | null | undefined;
  until?: string | null | undefined;
};

export type AutoAttendantAction =
  | 'EXIT'
  | 'EXTENSION_DIALING'
  | 'NAME_DIALING'
  | 'OTHER'
  | 'PLAY_ANNOUNCEMENT'
  | 'REPEAT_MENU'
  | 'RETURN_TO_PREVIOUS_MENU'
  | 'TRANSFER_TO_MAILBOX'
  | 'TRANSFER_TO_OPERATOR'
  | 'TRANSFER_TO_SUBMENU'
  | 'TRANSFER_WITHOUT_PROMPT'
  | 'TRANSFER_WITH_PROMPT';

/** One key of a menu. */
export type AutoAttendantKeyInput = {
  action: AutoAttendantAction;
  description?: string | null | undefined;
  /** 0 to 9, * or # */
  key: string;
  /** Required for the transfers */
  phoneNumber?: string | null | undefined;
  /** Required for TRANSFER_TO_SUBMENU */
  submenuId?: string | null | undefined;
};

export type AutoAttendantMenuKind =
  | 'AFTER_HOURS'
  | 'BUSINESS_HOURS'
  | 'HOLIDAY';

/** What the rows are: users to create, phone users to provision, or to deprovision */
export type BulkJobKind =
  | 'DEPROVISIONING_IMPORT'
  | 'PROVISIONING_IMPORT'
  | 'USER_IMPORT';

/** QUEUED until a worker takes it; SUCCEEDED once every row is settled (some may have failed). */
export type BulkJobState =
  | 'CANCELLED'
  | 'FAILED'
  | 'QUEUED'
  | 'RUNNING'
  | 'SUCCEEDED';

export type BulkRowOutcome =
  | 'FAILED'
  | 'SUCCEEDED';

/** What a call center does with a call it cannot give an agent */
export type CallCenterAction =
  | 'ANNOUNCEMENT'
  | 'BUSY'
  | 'NIGHT_SERVICE'
  | 'NONE'
  | 'RINGING'
  | 'TRANSFER';

/** One agent of a call center. */
export type CallCenterAgentInput = {
  /** 1 to 20; omitted: 1 */
  skillLevel?: number | null | undefined;
  userId: string | number;
};

/** OVERFLOW: queue full or waited too long; STRANDED: no agent signed in; STRANDED_UNAVAILABLE: all agents unavailable */
export type CallCenterTreatmentKind =
  | 'OVERFLOW'
  | 'STRANDED'
  | 'STRANDED_UNAVAILABLE';

export type CallFlowEdgeKind =
  | 'CALL_CENTER_AGENT'
  | 'FORCED_FORWARD'
  | 'FORWARD_ALWAYS'
  | 'FORWARD_BUSY'
  | 'FORWARD_NOT_REACHABLE'
  | 'FORWARD_NO_ANSWER'
  | 'HUNT_AGENT'
  | 'HUNT_NOT_REACHABLE'
  | 'HUNT_NO_ANSWER'
  | 'MENU_KEY'
  | 'OVERFLOW'
  | 'STRANDED'
  | 'STRANDED_UNAVAILABLE'
  | 'VOICE_MAIL';

export type CallFlowNodeKind =
  | 'AUTO_ATTENDANT'
  | 'CALL_CENTER'
  | 'EXTERNAL'
  | 'HUNT_GROUP'
  | 'SUBMENU'
  | 'USER'
  | 'VOICE_MAIL';

/** Which menu an edge is in */
export type CallFlowWhen =
  | 'AFTER_HOURS'
  | 'ALWAYS'
  | 'BUSINESS_HOURS'
  | 'HOLIDAY';

/** A new access device in a group. */
export type CreateDeviceInput = {
  /** Omitted: user name = deviceName, password generated */
  credentials?: DeviceCredentialsInput | null | undefined;
  description?: string | null | undefined;
  deviceName: string;
  deviceType: string;
  groupId: string;
  /** 12 hex digits; : and - separators are removed, stored upper case */
  macAddress?: string | null | undefined;
  /** Any further Odin device configuration; the typed fields win */
  payload?: Record<string, unknown> | null | undefined;
  physicalLocation?: string | null | undefined;
  serialNumber?: string | null | undefined;
  serviceProviderId: string;
  /** UDP, TCP, TLS or Unspecified */
  transportProtocol?: string | null | undefined;
};

/** A new hunt group of a group. */
export type CreateHuntGroupInput = {
  /** Users of the group, in hunt order */
  agentUserIds?: Array<string | number> | null | undefined;
  extension?: string | null | undefined;
  /** 0 to 7200 */
  forwardTimeoutSeconds?: number | null | undefined;
  /** Unanswered calls go here */
  forwardTo?: string | null | undefined;
  groupId: string;
  name: string;
  /** 1 to 20 */
  noAnswerRings?: number | null | undefined;
  /** A free number of the group's inventory */
  phoneNumber?: string | null | undefined;
  policy?: HuntPolicy | null | undefined;
  serviceProviderId: string;
  /** Its id: local@domain, in one of the group's domains */
  serviceUserId: string | number;
};

/** A new BroadWorks user in a group. */
export type CreateUserInput = {
  address?: AddressInput | null | undefined;
  addressLocation?: string | null | undefined;
  allowVideo?: boolean | null | undefined;
  /** Omitted: firstName */
  callingLineIdFirstName?: string | null | undefined;
  /** Omitted: lastName */
  callingLineIdLastName?: string | null | undefined;
  callingLineIdPhoneNumber?: string | null | undefined;
  /** A department name in the user's group */
  department?: string | null | undefined;
  emailAddress?: string | null | undefined;
  /** 2 to 20 digits, within the group range */
  extension?: string | null | undefined;
  firstName: string;
  groupId: string;
  language?: string | null | undefined;
  lastName: string;
  mobilePhoneNumber?: string | null | undefined;
  networkClassOfService?: string | null | undefined;
  pagerPhoneNumber?: string | null | undefined;
  /** Any further Odin user configuration; the typed fields win */
  payload?: Record<string, unknown> | null | undefined;
  /** A free number of the group's inventory: 2125550142, +12125550142 or +1-2125550142 */
  phoneNumber?: string | null | undefined;
  serviceProviderId: string;
  timeZone?: string | null | undefined;
  title?: string | null | undefined;
  /** Full user id with the group's domain, e.g. john.smith@acme.example */
  userId: string;
  /** Omitted: generated by Odin for the group and returned once */
  webAuthPassword?: string | null | undefined;
};

/** The reverse of provisionUser. */
export type DeprovisionUserInput = {
  deactivateNumber?: boolean | null | undefined;
  /** Delete the device unless someone else is on it */
  deleteDevice?: boolean | null | undefined;
  dryRun?: boolean | null | undefined;
  userId: string | number;
};

/** Users to deprovision as a job: user ids, or CSV with a userId column. */
export type DeprovisioningImportInput = {
  /** CSV with a userId column */
  csv?: string | null | undefined;
  deactivateNumber?: boolean | null | undefined;
  /** Delete each device unless someone else is on it */
  deleteDevice?: boolean | null | undefined;
  /** List what would be removed; no write */
  dryRun?: boolean | null | undefined;
  /** A bad id fails its row, with its position */
  userIds?: Array<string | number> | null | undefined;
};

/** The device's own SIP credentials. */
export type DeviceCredentialsInput = {
  /** Omitted: generated and returned once */
  password?: string | null | undefined;
  userName: string;
};

/** How calls reach the user: no endpoint, a device line port, or a trunk group. */
export type EndpointType =
  | 'ACCESS_DEVICE_ENDPOINT'
  | 'NONE'
  | 'TRUNK_ADDRESSING';

/** The codes errors carry in extensions.code */
export type ErrorCode =
  | 'BAD_REQUEST'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'FORBIDDEN'
  | 'GRAPHQL_PARSE_FAILED'
  | 'GRAPHQL_VALIDATION_FAILED'
  | 'INTERNAL_SERVER_ERROR'
  | 'NOT_FOUND'
  | 'ODIN_AUTH_FAILED'
  | 'ODIN_ERROR'
  | 'ODIN_UNAVAILABLE'
  | 'OPERATION_RESOLUTION_FAILURE'
  | 'PAYLOAD_TOO_LARGE'
  | 'PERSISTED_QUERY_NOT_FOUND'
  | 'REDIS_UNAVAILABLE'
  | 'SERVICE_UNAVAILABLE'
  | 'SHUTTING_DOWN'
  | 'UNAUTHENTICATED';

/** Case-insensitive */
export type FilterMatch =
  | 'CONTAINS'
  | 'EQUALS'
  | 'STARTS_WITH';

export type ForwardingKind =
  | 'ALWAYS'
  | 'BUSY'
  | 'NOT_REACHABLE'
  | 'NO_ANSWER';

/** Numbers of a group to activate or deactivate. */
export type GroupNumbersActivationInput = {
  activated: boolean;
  groupId: string;
  numbers: Array<string>;
  serviceProviderId: string;
};

/** Numbers and ranges of a group. */
export type GroupNumbersInput = {
  groupId: string;
  numbers?: Array<string> | null | undefined;
  ranges?: Array<NumberRangeInput> | null | undefined;
  serviceProviderId: string;
};

/** How calls are offered to agents */
export type HuntPolicy =
  | 'CIRCULAR'
  | 'REGULAR'
  | 'SIMULTANEOUS'
  | 'UNIFORM'
  | 'WEIGHTED';

/** Which number: a given one, or the first free one of the group. */
export type NumberChoiceInput = {
  /** Activate it if it is not */
  activate?: boolean | null | undefined;
  firstFree?: boolean | null | undefined;
  phoneNumber?: string | null | undefined;
};

/** What holds a number: a user, a service instance, or the group calling line id */
export type NumberHolderKind =
  | 'AUTO_ATTENDANT'
  | 'CALL_CENTER'
  | 'FLEXIBLE_SEATING_HOST'
  | 'GROUP_CALLING_LINE_ID'
  | 'GROUP_PAGING'
  | 'HUNT_GROUP'
  | 'OTHER'
  | 'USER';

/** The numbers from first to last, both included. */
export type NumberRangeInput = {
  first: string;
  last: string;
};

/** Which numbers of a group */
export type NumberStatus =
  | 'ALL'
  | 'ASSIGNED'
  | 'FREE';

/** The device to create (or, with existing, to use) and the line on it. */
export type ProvisionDeviceInput = {
  /** Omitted: <local part>-desk */
  deviceName?: string | null | undefined;
  deviceType: string;
  /** true: attach a device that already exists */
  existing?: boolean | null | undefined;
  /** Omitted: the user id */
  linePort?: string | null | undefined;
  macAddress?: string | null | undefined;
};

/** The steps of an onboarding, in order */
export type ProvisionStepKind =
  | 'ACTIVATE_NUMBER'
  | 'ASSIGN_SERVICES'
  | 'ATTACH_DEVICE'
  | 'CHECK_GROUP'
  | 'CHOOSE_EXTENSION'
  | 'CHOOSE_NUMBER'
  | 'CREATE_DEVICE'
  | 'CREATE_USER'
  | 'DEACTIVATE_NUMBER'
  | 'DELETE_DEVICE'
  | 'DELETE_USER'
  | 'DETACH_DEVICE'
  | 'SET_SIP_AUTHENTICATION'
  | 'UNASSIGN_SERVICES';

export type ProvisionStepStatus =
  | 'DONE'
  | 'FAILED'
  | 'PLANNED'
  | 'SKIPPED'
  | 'UNDONE'
  | 'UNDO_FAILED';

/** A working phone user in one call: user, number, services, device, SIP. */
export type ProvisionUserInput = {
  /** Omitted: no device */
  device?: ProvisionDeviceInput | null | undefined;
  /** true: reads only; the plan and every problem */
  dryRun?: boolean | null | undefined;
  /** Omitted: no number */
  number?: NumberChoiceInput | null | undefined;
  servicePacks?: Array<string> | null | undefined;
  services?: Array<string> | null | undefined;
  /** Default: true when a device is given */
  sipAuthentication?: boolean | null | undefined;
  /** phoneNumber and extension may be left out */
  user: CreateUserInput;
};

/** Phone users to provision as a job: rows as ProvisionUserInput, or CSV. Planned as a whole sheet first. */
export type ProvisioningImportInput = {
  /** CSV: the user columns of startUserImport plus number ("first-free" or a number), activate, services and servicePacks (";" between names), deviceType, deviceName, macAddress, existingDevice, linePort, sipAuthentication */
  csv?: string | null | undefined;
  /** Plan the whole sheet (reads only): every problem of every row at once */
  dryRun?: boolean | null | undefined;
  /** For rows that leave it empty */
  groupId?: string | null | undefined;
  inputs?: Array<ProvisionUserInput> | null | undefined;
  /** For rows that leave it empty */
  serviceProviderId?: string | null | undefined;
};

export type ScheduleType =
  | 'HOLIDAY'
  | 'TIME';

/** One menu's keys: replaces them. */
export type SetAutoAttendantKeysInput = {
  keys: Array<AutoAttendantKeyInput>;
  menu: AutoAttendantMenuKind;
  serviceUserId: string | number;
};

/** A call center's agents: replaces them, in this order. */
export type SetCallCenterAgentsInput = {
  agents: Array<CallCenterAgentInput>;
  serviceUserId: string | number;
};

/** What a call center does with calls it cannot place. */
export type SetCallCenterTreatmentInput = {
  action: CallCenterAction;
  /** OVERFLOW only: 0 to 7200 seconds in the queue */
  afterSeconds?: number | null | undefined;
  serviceUserId: string | number;
  /** Required for TRANSFER */
  transferTo?: string | null | undefined;
  treatment: CallCenterTreatmentKind;
};

/** One forwarding of a user; what is left out keeps its value. */
export type SetCallForwardingInput = {
  active: boolean;
  /** Required to turn it on */
  forwardTo?: string | null | undefined;
  kind: ForwardingKind;
  /** No answer only: 0 to 20 */
  numberOfRings?: number | null | undefined;
  /** Always and busy only */
  ringSplash?: boolean | null | undefined;
  userId: string | number;
};

/** Do not disturb for a user. */
export type SetDoNotDisturbInput = {
  active: boolean;
  ringSplash?: boolean | null | undefined;
  userId: string | number;
};

/** A user's SIP authentication credentials. */
export type SipAuthenticationInput = {
  /** Omitted: generated and returned once */
  password?: string | null | undefined;
  userId: string;
  /** Omitted: the current one, or the local part of userId */
  userName?: string | null | undefined;
};

/** A line port on one of the group’s trunk groups. */
export type TrunkAddressingEndpointInput = {
  contacts?: Array<string> | null | undefined;
  isPilotUser?: boolean | null | undefined;
  /** Omitted: the user id */
  linePort?: string | null | undefined;
  trunkGroupName: string;
};

/** What to change on a device; fields left out stay as they are. */
export type UpdateDeviceInput = {
  description?: string | null | undefined;
  deviceName: string;
  groupId: string;
  /** 12 hex digits; : and - separators are removed, stored upper case */
  macAddress?: string | null | undefined;
  /** Any further Odin device configuration; the typed fields win */
  payload?: Record<string, unknown> | null | undefined;
  physicalLocation?: string | null | undefined;
  serialNumber?: string | null | undefined;
  serviceProviderId: string;
  /** UDP, TCP, TLS or Unspecified */
  transportProtocol?: string | null | undefined;
};

/** Changes to a hunt group; what is left out keeps its value. */
export type UpdateHuntGroupInput = {
  /** Replaces the agents, in this order */
  agentUserIds?: Array<string | number> | null | undefined;
  extension?: string | null | undefined;
  forwardAfterTimeout?: boolean | null | undefined;
  forwardTimeoutSeconds?: number | null | undefined;
  forwardTo?: string | null | undefined;
  name?: string | null | undefined;
  noAnswerRings?: number | null | undefined;
  phoneNumber?: string | null | undefined;
  policy?: HuntPolicy | null | undefined;
  serviceUserId: string | number;
};

/** What to change on a user; fields left out stay as they are. */
export type UpdateUserInput = {
  accessDeviceEndpoint?: AccessDeviceEndpointInput | null | undefined;
  address?: AddressInput | null | undefined;
  addressLocation?: string | null | undefined;
  allowVideo?: boolean | null | undefined;
  /** Omitted: firstName */
  callingLineIdFirstName?: string | null | undefined;
  /** Omitted: lastName */
  callingLineIdLastName?: string | null | undefined;
  callingLineIdPhoneNumber?: string | null | undefined;
  /** A department name in the user's group */
  department?: string | null | undefined;
  emailAddress?: string | null | undefined;
  /** A new endpoint: NONE, or with accessDeviceEndpoint / trunkAddressing */
  endpointType?: EndpointType | null | undefined;
  /** 2 to 20 digits, within the group range */
  extension?: string | null | undefined;
  firstName?: string | null | undefined;
  language?: string | null | undefined;
  lastName?: string | null | undefined;
  mobilePhoneNumber?: string | null | undefined;
  networkClassOfService?: string | null | undefined;
  pagerPhoneNumber?: string | null | undefined;
  /** Any further Odin user configuration; the typed fields win */
  payload?: Record<string, unknown> | null | undefined;
  /** A free number of the group's inventory: 2125550142, +12125550142 or +1-2125550142 */
  phoneNumber?: string | null | undefined;
  timeZone?: string | null | undefined;
  title?: string | null | undefined;
  trunkAddressing?: TrunkAddressingEndpointInput | null | undefined;
  userId: string | number;
  /** A new web authentication password */
  webAuthPassword?: string | null | undefined;
};

/** DN is a phone number */
export type UserFilterField =
  | 'DN'
  | 'EMAIL_ADDRESS'
  | 'EXTENSION'
  | 'FIRST_NAME'
  | 'LAST_NAME'
  | 'MAC_ADDRESS'
  | 'USER_ID';

/** One field to match users on. */
export type UserFilterInput = {
  field: UserFilterField;
  match: FilterMatch;
  value: string;
};

/** Services and service packs of one user; all of them or none. */
export type UserServicesInput = {
  servicePacks?: Array<string> | null | undefined;
  services?: Array<string> | null | undefined;
  userId: string;
};

export type AuditEventFieldsFragment = { id: string, at: string, completedAt: string | null, instance: string, caller: string, requestId: string | null, operationName: string | null, field: string, entityKind: string | null, entityId: string | null, serviceProviderId: string | null, groupId: string | null, outcome: string, changes: Record<string, unknown>, odinWrites: number, jobId: string | null, jobRow: number | null, steps: Array<{ kind: string, status: string, detail: string | null }> | null };

export type AuditPageFieldsFragment = { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, at: string, completedAt: string | null, instance: string, caller: string, requestId: string | null, operationName: string | null, field: string, entityKind: string | null, entityId: string | null, serviceProviderId: string | null, groupId: string | null, outcome: string, changes: Record<string, unknown>, odinWrites: number, jobId: string | null, jobRow: number | null, steps: Array<{ kind: string, status: string, detail: string | null }> | null } }> };

export type AuditEventsQueryVariables = Exact<{
  filter?: AuditFilterInput | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AuditEventsQuery = { auditEvents: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, at: string, completedAt: string | null, instance: string, caller: string, requestId: string | null, operationName: string | null, field: string, entityKind: string | null, entityId: string | null, serviceProviderId: string | null, groupId: string | null, outcome: string, changes: Record<string, unknown>, odinWrites: number, jobId: string | null, jobRow: number | null, steps: Array<{ kind: string, status: string, detail: string | null }> | null } }> } };

export type UserAuditEventsQueryVariables = Exact<{
  userId: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type UserAuditEventsQuery = { user: { userId: string, auditEvents: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, at: string, completedAt: string | null, instance: string, caller: string, requestId: string | null, operationName: string | null, field: string, entityKind: string | null, entityId: string | null, serviceProviderId: string | null, groupId: string | null, outcome: string, changes: Record<string, unknown>, odinWrites: number, jobId: string | null, jobRow: number | null, steps: Array<{ kind: string, status: string, detail: string | null }> | null } }> } } | null };

export type GroupAuditEventsQueryVariables = Exact<{
  serviceProviderId: string;
  groupId: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type GroupAuditEventsQuery = { group: { groupId: string, auditEvents: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, at: string, completedAt: string | null, instance: string, caller: string, requestId: string | null, operationName: string | null, field: string, entityKind: string | null, entityId: string | null, serviceProviderId: string | null, groupId: string | null, outcome: string, changes: Record<string, unknown>, odinWrites: number, jobId: string | null, jobRow: number | null, steps: Array<{ kind: string, status: string, detail: string | null }> | null } }> } } | null };

export type CreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type CreateUserMutation = { createUser: { generatedWebAuthPassword: string | null, user: { userId: string, serviceProviderId: string, groupId: string, firstName: string, lastName: string, callingLineIdFirstName: string | null, callingLineIdLastName: string | null, extension: string | null, phoneNumber: string | null, callingLineIdPhoneNumber: string | null, emailAddress: string | null, language: string | null, timeZone: string | null, title: string | null, domain: string | null, passwordExpiresDays: number | null, aliases: Array<string>, endpointType: EndpointType, alternateUserIds: Array<{ alternateUserId: string, description: string | null }>, address: { addressLine1: string | null, city: string | null, country: string | null } | null, department: { serviceProviderId: string, groupId: string, name: string, fullPath: string | null } | null, endpoint:
        | { __typename: 'AccessDeviceEndpoint', supportVisualDeviceManagement: boolean | null, linePort: string | null, contacts: Array<string>, staticRegistrationCapable: boolean | null, useDomain: boolean | null, accessDevice: { deviceName: string, deviceType: string | null, macAddress: string | null, numberOfPorts: number | null, unlimitedPorts: boolean } | null }
        | { __typename: 'TrunkAddressingEndpoint', trunkGroupName: string | null, isPilotUser: boolean | null, linePort: string | null, contacts: Array<string>, staticRegistrationCapable: boolean | null, useDomain: boolean | null }
       | null } } };

export type CreateUsersMutationVariables = Exact<{
  inputs: Array<CreateUserInput> | CreateUserInput;
}>;


export type CreateUsersMutation = { createUsers: Array<
    | { __typename: 'CreateUserFailure', index: number, userId: string, code: ErrorCode, message: string }
    | { __typename: 'CreateUserSuccess', index: number, generatedWebAuthPassword: string | null, user: { userId: string, groupId: string, extension: string | null } }
  > };

export type DeleteUserMutationVariables = Exact<{
  userId: string | number;
}>;


export type DeleteUserMutation = { deleteUser: { userId: string, deleted: boolean } };

export type DeviceFieldsFragment = { deviceName: string, serviceProviderId: string | null, groupId: string | null, deviceType: string | null, deviceLevel: string | null, macAddress: string | null, serialNumber: string | null, description: string | null, physicalLocation: string | null, transportProtocol: string | null, userName: string | null, numberOfPorts: number | null, unlimitedPorts: boolean, numberOfAssignedPorts: number | null };

export type GroupDevicesQueryVariables = Exact<{
  serviceProviderId: string;
  groupId: string;
  limit?: number | null | undefined;
}>;


export type GroupDevicesQuery = { group: { devices: Array<{ deviceName: string, serviceProviderId: string | null, groupId: string | null, deviceType: string | null, deviceLevel: string | null, macAddress: string | null, serialNumber: string | null, description: string | null, physicalLocation: string | null, transportProtocol: string | null, userName: string | null, numberOfPorts: number | null, unlimitedPorts: boolean, numberOfAssignedPorts: number | null }> } | null };

export type CreateDeviceMutationVariables = Exact<{
  input: CreateDeviceInput;
}>;


export type CreateDeviceMutation = { createDevice: { generatedPassword: string | null, device: { deviceName: string, serviceProviderId: string | null, groupId: string | null, deviceType: string | null, deviceLevel: string | null, macAddress: string | null, serialNumber: string | null, description: string | null, physicalLocation: string | null, transportProtocol: string | null, userName: string | null, numberOfPorts: number | null, unlimitedPorts: boolean, numberOfAssignedPorts: number | null } } };

export type UpdateDeviceMutationVariables = Exact<{
  input: UpdateDeviceInput;
}>;


export type UpdateDeviceMutation = { updateDevice: { deviceName: string, serviceProviderId: string | null, groupId: string | null, deviceType: string | null, deviceLevel: string | null, macAddress: string | null, serialNumber: string | null, description: string | null, physicalLocation: string | null, transportProtocol: string | null, userName: string | null, numberOfPorts: number | null, unlimitedPorts: boolean, numberOfAssignedPorts: number | null } };

export type DeleteDeviceMutationVariables = Exact<{
  serviceProviderId: string;
  groupId: string;
  deviceName: string;
}>;


export type DeleteDeviceMutation = { deleteDevice: { deviceName: string, deleted: boolean } };

export type SetSipAuthenticationMutationVariables = Exact<{
  input: SipAuthenticationInput;
}>;


export type SetSipAuthenticationMutation = { setSipAuthentication: { userId: string, userName: string, generatedPassword: string | null } };

export type UsersWithProvisioningQueryVariables = Exact<{
  serviceProviderId: string;
  groupId: string;
}>;


export type UsersWithProvisioningQuery = { users: Array<{ userId: string, sipUserName: string | null, services: { servicePacks: Array<{ name: string, assigned: boolean }> }, group: { groupId: string, numbers: Array<{ phoneNumber: string }>, services: { servicePacks: Array<{ name: string, usage: number }> }, devices: Array<{ deviceName: string }> } | null }> };

export type GeneratedPasswordQueryVariables = Exact<{
  serviceProviderId: string;
  groupId: string;
}>;


export type GeneratedPasswordQuery = { generatedPassword: string };

export type GetGroupQueryVariables = Exact<{
  serviceProviderId: string;
  groupId: string;
}>;


export type GetGroupQuery = { group: { serviceProviderId: string, groupId: string, groupName: string | null, defaultDomain: string | null, userLimit: number | null, userCount: number | null, timeZone: string | null, callingLineIdName: string | null } | null };

export type GetUserQueryVariables = Exact<{
  userId: string | number;
}>;


export type GetUserQuery = { user: { userId: string, serviceProviderId: string, groupId: string, firstName: string, lastName: string, callingLineIdFirstName: string | null, callingLineIdLastName: string | null, extension: string | null, phoneNumber: string | null, callingLineIdPhoneNumber: string | null, emailAddress: string | null, language: string | null, timeZone: string | null, title: string | null, domain: string | null, passwordExpiresDays: number | null, aliases: Array<string>, endpointType: EndpointType, alternateUserIds: Array<{ alternateUserId: string, description: string | null }>, address: { addressLine1: string | null, city: string | null, country: string | null } | null, department: { serviceProviderId: string, groupId: string, name: string, fullPath: string | null } | null, endpoint:
      | { __typename: 'AccessDeviceEndpoint', supportVisualDeviceManagement: boolean | null, linePort: string | null, contacts: Array<string>, staticRegistrationCapable: boolean | null, useDomain: boolean | null, accessDevice: { deviceName: string, deviceType: string | null, macAddress: string | null, numberOfPorts: number | null, unlimitedPorts: boolean } | null }
      | { __typename: 'TrunkAddressingEndpoint', trunkGroupName: string | null, isPilotUser: boolean | null, linePort: string | null, contacts: Array<string>, staticRegistrationCapable: boolean | null, useDomain: boolean | null }
     | null } | null };

export type ListUsersWithGroupQueryVariables = Exact<{
  serviceProviderId: string;
  groupId?: string | null | undefined;
  limit?: number | null | undefined;
}>;


export type ListUsersWithGroupQuery = { users: Array<{ userId: string, department: { name: string } | null, group: { groupId: string, groupName: string | null } | null }> };

export type ListUsersQueryVariables = Exact<{
  serviceProviderId?: string | null | undefined;
  groupId?: string | null | undefined;
  filter?: UserFilterInput | null | undefined;
  limit?: number | null | undefined;
}>;


export type ListUsersQuery = { users: Array<{ userId: string, serviceProviderId: string, groupId: string, firstName: string, lastName: string, callingLineIdFirstName: string | null, callingLineIdLastName: string | null, extension: string | null, phoneNumber: string | null, callingLineIdPhoneNumber: string | null, emailAddress: string | null, language: string | null, timeZone: string | null, title: string | null, domain: string | null, passwordExpiresDays: number | null, aliases: Array<string>, endpointType: EndpointType, alternateUserIds: Array<{ alternateUserId: string, description: string | null }>, address: { addressLine1: string | null, city: string | null, country: string | null } | null, department: { serviceProviderId: string, groupId: string, name: string, fullPath: string | null } | null, endpoint:
      | { __typename: 'AccessDeviceEndpoint', supportVisualDeviceManagement: boolean | null, linePort: string | null, contacts: Array<string>, staticRegistrationCapable: boolean | null, useDomain: boolean | null, accessDevice: { deviceName: string, deviceType: string | null, macAddress: string | null, numberOfPorts: number | null, unlimitedPorts: boolean } | null }
      | { __typename: 'TrunkAddressingEndpoint', trunkGroupName: string | null, isPilotUser: boolean | null, linePort: string | null, contacts: Array<string>, staticRegistrationCapable: boolean | null, useDomain: boolean | null }
     | null }> };

export type GroupNumberFieldsFragment = { phoneNumber: string, e164: string, countryCode: string | null, activated: boolean, assigned: boolean, holder: { kind: NumberHolderKind, id: string | null, extension: string | null } | null };

export type GroupNumbersQueryVariables = Exact<{
  serviceProviderId: string;
  groupId: string;
  status?: NumberStatus | null | undefined;
  limit?: number | null | undefined;
}>;


export type GroupNumbersQuery = { group: { freeExtension: string | null, numbers: Array<{ phoneNumber: string, e164: string, countryCode: string | null, activated: boolean, assigned: boolean, holder: { kind: NumberHolderKind, id: string | null, extension: string | null } | null }>, extensionLengths: { min: number, max: number, default: number } } | null };

export type NumberHolderQueryVariables = Exact<{
  phoneNumber: string;
}>;


export type NumberHolderQuery = { numberHolder: { kind: NumberHolderKind, id: string | null, firstName: string | null, lastName: string | null, extension: string | null, serviceProviderId: string | null, groupId: string | null, user: { userId: string, phoneNumber: string | null } | null } | null };

export type AddGroupNumbersMutationVariables = Exact<{
  input: GroupNumbersInput;
}>;


export type AddGroupNumbersMutation = { addGroupNumbers: Array<{ phoneNumber: string, e164: string, countryCode: string | null, activated: boolean, assigned: boolean, holder: { kind: NumberHolderKind, id: string | null, extension: string | null } | null }> };

export type RemoveGroupNumbersMutationVariables = Exact<{
  input: GroupNumbersInput;
}>;


export type RemoveGroupNumbersMutation = { removeGroupNumbers: Array<{ phoneNumber: string, e164: string, countryCode: string | null, activated: boolean, assigned: boolean, holder: { kind: NumberHolderKind, id: string | null, extension: string | null } | null }> };

export type SetGroupNumbersActivatedMutationVariables = Exact<{
  input: GroupNumbersActivationInput;
}>;


export type SetGroupNumbersActivatedMutation = { setGroupNumbersActivated: Array<{ phoneNumber: string, e164: string, countryCode: string | null, activated: boolean, assigned: boolean, holder: { kind: NumberHolderKind, id: string | null, extension: string | null } | null }> };

export type ProvisionRowFieldsFragment = { row: number, line: number | null, userId: string | null, outcome: BulkRowOutcome, code: ErrorCode | null, message: string | null, field: string | null, phoneNumber: string | null, extension: string | null, deviceName: string | null, sipUserName: string | null, generatedWebAuthPassword: string | null, generatedSipPassword: string | null, generatedDevicePassword: string | null, steps: Array<{ kind: ProvisionStepKind, status: ProvisionStepStatus, detail: string | null }> };

export type ProvisioningJobFieldsFragment = { id: string, kind: BulkJobKind, state: BulkJobState, dryRun: boolean, total: number, settled: number, succeeded: number, failed: number, odinCalls: number };

export type StartProvisioningImportMutationVariables = Exact<{
  input: ProvisioningImportInput;
}>;


export type StartProvisioningImportMutation = { startProvisioningImport: { id: string, kind: BulkJobKind, state: BulkJobState, dryRun: boolean, total: number, settled: number, succeeded: number, failed: number, odinCalls: number, provisionResults: Array<{ row: number, line: number | null, userId: string | null, outcome: BulkRowOutcome, code: ErrorCode | null, message: string | null, field: string | null, phoneNumber: string | null, extension: string | null, deviceName: string | null, sipUserName: string | null, generatedWebAuthPassword: string | null, generatedSipPassword: string | null, generatedDevicePassword: string | null, steps: Array<{ kind: ProvisionStepKind, status: ProvisionStepStatus, detail: string | null }> }> } };

export type StartDeprovisioningImportMutationVariables = Exact<{
  input: DeprovisioningImportInput;
}>;


export type StartDeprovisioningImportMutation = { startDeprovisioningImport: { id: string, kind: BulkJobKind, state: BulkJobState, dryRun: boolean, total: number, settled: number, succeeded: number, failed: number, odinCalls: number, provisionResults: Array<{ row: number, line: number | null, userId: string | null, outcome: BulkRowOutcome, code: ErrorCode | null, message: string | null, field: string | null, phoneNumber: string | null, extension: string | null, deviceName: string | null, sipUserName: string | null, generatedWebAuthPassword: string | null, generatedSipPassword: string | null, generatedDevicePassword: string | null, steps: Array<{ kind: ProvisionStepKind, status: ProvisionStepStatus, detail: string | null }> }> } };

export type ProvisioningJobQueryVariables = Exact<{
  id: string | number;
}>;


export type ProvisioningJobQuery = { bulkJob: { id: string, kind: BulkJobKind, state: BulkJobState, dryRun: boolean, total: number, settled: number, succeeded: number, failed: number, odinCalls: number, provisionResults: Array<{ row: number, line: number | null, userId: string | null, outcome: BulkRowOutcome, code: ErrorCode | null, message: string | null, field: string | null, phoneNumber: string | null, extension: string | null, deviceName: string | null, sipUserName: string | null, generatedWebAuthPassword: string | null, generatedSipPassword: string | null, generatedDevicePassword: string | null, steps: Array<{ kind: ProvisionStepKind, status: ProvisionStepStatus, detail: string | null }> }> } | null };

export type ProvisionStepFieldsFragment = { kind: ProvisionStepKind, status: ProvisionStepStatus, detail: string | null };

export type ProvisionUserMutationVariables = Exact<{
  input: ProvisionUserInput;
}>;


export type ProvisionUserMutation = { provisionUser: { dryRun: boolean, phoneNumber: string | null, extension: string | null, deviceName: string | null, linePort: string | null, sipUserName: string | null, generatedWebAuthPassword: string | null, generatedSipPassword: string | null, generatedDevicePassword: string | null, user: { userId: string, phoneNumber: string | null, phoneNumberActivated: boolean | null, extension: string | null, sipUserName: string | null, services: { servicePacks: Array<{ name: string, assigned: boolean }> }, endpoint:
        | { linePort: string | null, accessDevice: { deviceName: string, numberOfAssignedPorts: number | null } | null }
        | { linePort: string | null }
       | null } | null, steps: Array<{ kind: ProvisionStepKind, status: ProvisionStepStatus, detail: string | null }> } };

export type DeprovisionUserMutationVariables = Exact<{
  input: DeprovisionUserInput;
}>;


export type DeprovisionUserMutation = { deprovisionUser: { userId: string, dryRun: boolean, freedPhoneNumber: string | null, deletedDeviceName: string | null, steps: Array<{ kind: ProvisionStepKind, status: ProvisionStepStatus, detail: string | null }> } };

export type ForwardingFieldsFragment = { active: boolean, forwardTo: string | null, numberOfRings: number | null, ringSplash: boolean | null };

export type CallForwardingFieldsFragment = { always: { active: boolean, forwardTo: string | null, numberOfRings: number | null, ringSplash: boolean | null } | null, busy: { active: boolean, forwardTo: string | null, numberOfRings: number | null, ringSplash: boolean | null } | null, noAnswer: { active: boolean, forwardTo: string | null, numberOfRings: number | null, ringSplash: boolean | null } | null, notReachable: { active: boolean, forwardTo: string | null, numberOfRings: number | null, ringSplash: boolean | null } | null };

export type UserRoutingQueryVariables = Exact<{
  userId: string | number;
}>;


export type UserRoutingQuery = { user: { userId: string, callForwarding: { always: { active: boolean, forwardTo: string | null, numberOfRings: number | null, ringSplash: boolean | null } | null, busy: { active: boolean, forwardTo: string | null, numberOfRings: number | null, ringSplash: boolean | null } | null, noAnswer: { active: boolean, forwardTo: string | null, numberOfRings: number | null, ringSplash: boolean | null } | null, notReachable: { active: boolean, forwardTo: string | null, numberOfRings: number | null, ringSplash: boolean | null } | null }, doNotDisturb: { active: boolean, ringSplash: boolean } | null } | null };

export type GroupForwardingQueryVariables = Exact<{
  serviceProviderId: string;
  groupId: string;
}>;


export type GroupForwardingQuery = { group: { users: Array<{ userId: string, callForwarding: { always: { active: boolean, forwardTo: string | null, numberOfRings: number | null, ringSplash: boolean | null } | null, busy: { active: boolean, forwardTo: string | null, numberOfRings: number | null, ringSplash: boolean | null } | null, noAnswer: { active: boolean, forwardTo: string | null, numberOfRings: number | null, ringSplash: boolean | null } | null, notReachable: { active: boolean, forwardTo: string | null, numberOfRings: number | null, ringSplash: boolean | null } | null } }> } | null };

export type SetCallForwardingMutationVariables = Exact<{
  input: SetCallForwardingInput;
}>;


export type SetCallForwardingMutation = { setCallForwarding: { always: { active: boolean, forwardTo: string | null, numberOfRings: number | null, ringSplash: boolean | null } | null, busy: { active: boolean, forwardTo: string | null, numberOfRings: number | null, ringSplash: boolean | null } | null, noAnswer: { active: boolean, forwardTo: string | null, numberOfRings: number | null, ringSplash: boolean | null } | null, notReachable: { active: boolean, forwardTo: string | null, numberOfRings: number | null, ringSplash: boolean | null } | null } };

export type SetDoNotDisturbMutationVariables = Exact<{
  input: SetDoNotDisturbInput;
}>;


export type SetDoNotDisturbMutation = { setDoNotDisturb: { active: boolean, ringSplash: boolean } };

export type HuntGroupFieldsFragment = { serviceUserId: string, name: string, phoneNumber: string | null, extension: string | null, active: boolean, policy: HuntPolicy, huntAfterNoAnswer: boolean, noAnswerRings: number | null, forwardAfterTimeout: boolean, forwardTimeoutSeconds: number | null, forwardTo: string | null, notReachableForwarding: boolean, notReachableForwardTo: string | null, agents: Array<{ userId: string }> };

export type GroupHuntGroupsQueryVariables = Exact<{
  serviceProviderId: string;
  groupId: string;
}>;


export type GroupHuntGroupsQuery = { group: { huntGroups: Array<{ serviceUserId: string, name: string, phoneNumber: string | null, extension: string | null, active: boolean, policy: HuntPolicy, huntAfterNoAnswer: boolean, noAnswerRings: number | null, forwardAfterTimeout: boolean, forwardTimeoutSeconds: number | null, forwardTo: string | null, notReachableForwarding: boolean, notReachableForwardTo: string | null, agents: Array<{ userId: string }> }> } | null };

export type UserHuntGroupsQueryVariables = Exact<{
  userId: string | number;
}>;


export type UserHuntGroupsQuery = { user: { huntGroups: Array<{ serviceUserId: string }> } | null };

export type ServiceInstanceQueryVariables = Exact<{
  serviceUserId: string | number;
}>;


export type ServiceInstanceQuery = { serviceInstance:
    | { __typename: 'AutoAttendant', serviceUserId: string, name: string, active: boolean, group: { groupId: string } }
    | { __typename: 'CallCenter', serviceUserId: string, name: string, active: boolean, group: { groupId: string } }
    | { __typename: 'HuntGroup', policy: HuntPolicy, serviceUserId: string, name: string, active: boolean, group: { groupId: string } }
   | null };

export type CreateHuntGroupMutationVariables = Exact<{
  input: CreateHuntGroupInput;
}>;


export type CreateHuntGroupMutation = { createHuntGroup: { serviceUserId: string, name: string, phoneNumber: string | null, extension: string | null, active: boolean, policy: HuntPolicy, huntAfterNoAnswer: boolean, noAnswerRings: number | null, forwardAfterTimeout: boolean, forwardTimeoutSeconds: number | null, forwardTo: string | null, notReachableForwarding: boolean, notReachableForwardTo: string | null, agents: Array<{ userId: string }> } };

export type UpdateHuntGroupMutationVariables = Exact<{
  input: UpdateHuntGroupInput;
}>;


export type UpdateHuntGroupMutation = { updateHuntGroup: { serviceUserId: string, name: string, phoneNumber: string | null, extension: string | null, active: boolean, policy: HuntPolicy, huntAfterNoAnswer: boolean, noAnswerRings: number | null, forwardAfterTimeout: boolean, forwardTimeoutSeconds: number | null, forwardTo: string | null, notReachableForwarding: boolean, notReachableForwardTo: string | null, agents: Array<{ userId: string }> } };

export type DeleteHuntGroupMutationVariables = Exact<{
  serviceUserId: string | number;
}>;


export type DeleteHuntGroupMutation = { deleteHuntGroup: { serviceUserId: string, deleted: boolean, freedPhoneNumber: string | null } };

export type SetServiceInstanceActiveMutationVariables = Exact<{
  serviceUserId: string | number;
  active: boolean;
}>;


export type SetServiceInstanceActiveMutation = { setServiceInstanceActive:
    | { serviceUserId: string, active: boolean }
    | { serviceUserId: string, active: boolean }
    | { serviceUserId: string, active: boolean }
   };

export type TreatmentFieldsFragment = { action: CallCenterAction, transferTo: string | null, afterSeconds: number | null };

export type CallCenterFieldsFragment = { serviceUserId: string, name: string, phoneNumber: string | null, extension: string | null, active: boolean, type: string | null, policy: HuntPolicy, queueLength: number | null, agents: Array<{ skillLevel: number | null, acdState: string | null, available: boolean | null, user: { userId: string } }>, overflow: { action: CallCenterAction, transferTo: string | null, afterSeconds: number | null }, strandedCalls: { action: CallCenterAction, transferTo: string | null, afterSeconds: number | null }, strandedCallsUnavailable: { action: CallCenterAction, transferTo: string | null, afterSeconds: number | null }, forcedForwarding: { active: boolean, forwardTo: string | null } };

export type GroupCallCentersQueryVariables = Exact<{
  serviceProviderId: string;
  groupId: string;
}>;


export type GroupCallCentersQuery = { group: { callCenters: Array<{ serviceUserId: string, name: string, phoneNumber: string | null, extension: string | null, active: boolean, type: string | null, policy: HuntPolicy, queueLength: number | null, agents: Array<{ skillLevel: number | null, acdState: string | null, available: boolean | null, user: { userId: string } }>, overflow: { action: CallCenterAction, transferTo: string | null, afterSeconds: number | null }, strandedCalls: { action: CallCenterAction, transferTo: string | null, afterSeconds: number | null }, strandedCallsUnavailable: { action: CallCenterAction, transferTo: string | null, afterSeconds: number | null }, forcedForwarding: { active: boolean, forwardTo: string | null } }> } | null };

export type UserCallCentersQueryVariables = Exact<{
  userId: string | number;
}>;


export type UserCallCentersQuery = { user: { callCenters: Array<{ skillLevel: number | null, acdState: string | null, available: boolean | null, callCenter: { serviceUserId: string } }> } | null };

export type SetCallCenterAgentsMutationVariables = Exact<{
  input: SetCallCenterAgentsInput;
}>;


export type SetCallCenterAgentsMutation = { setCallCenterAgents: { serviceUserId: string, name: string, phoneNumber: string | null, extension: string | null, active: boolean, type: string | null, policy: HuntPolicy, queueLength: number | null, agents: Array<{ skillLevel: number | null, acdState: string | null, available: boolean | null, user: { userId: string } }>, overflow: { action: CallCenterAction, transferTo: string | null, afterSeconds: number | null }, strandedCalls: { action: CallCenterAction, transferTo: string | null, afterSeconds: number | null }, strandedCallsUnavailable: { action: CallCenterAction, transferTo: string | null, afterSeconds: number | null }, forcedForwarding: { active: boolean, forwardTo: string | null } } };

export type SetCallCenterTreatmentMutationVariables = Exact<{
  input: SetCallCenterTreatmentInput;
}>;


export type SetCallCenterTreatmentMutation = { setCallCenterTreatment: { serviceUserId: string, name: string, phoneNumber: string | null, extension: string | null, active: boolean, type: string | null, policy: HuntPolicy, queueLength: number | null, agents: Array<{ skillLevel: number | null, acdState: string | null, available: boolean | null, user: { userId: string } }>, overflow: { action: CallCenterAction, transferTo: string | null, afterSeconds: number | null }, strandedCalls: { action: CallCenterAction, transferTo: string | null, afterSeconds: number | null }, strandedCallsUnavailable: { action: CallCenterAction, transferTo: string | null, afterSeconds: number | null }, forcedForwarding: { active: boolean, forwardTo: string | null } } };

export type KeyFieldsFragment = { key: string, action: AutoAttendantAction, description: string | null, phoneNumber: string | null, submenuId: string | null };

export type AutoAttendantFieldsFragment = { serviceUserId: string, name: string, phoneNumber: string | null, extension: string | null, active: boolean, type: string | null, businessHours: string | null, holidaySchedule: string | null, businessHoursMenu: { extensionDialing: boolean | null, keys: Array<{ key: string, action: AutoAttendantAction, description: string | null, phoneNumber: string | null, submenuId: string | null }> }, afterHoursMenu: { keys: Array<{ key: string, action: AutoAttendantAction, description: string | null, phoneNumber: string | null, submenuId: string | null }> }, holidayMenu: { keys: Array<{ key: string }> } | null, submenus: Array<{ id: string, keys: Array<{ key: string, action: AutoAttendantAction, description: string | null, phoneNumber: string | null, submenuId: string | null }> }> };

export type GroupAutoAttendantsQueryVariables = Exact<{
  serviceProviderId: string;
  groupId: string;
}>;


export type GroupAutoAttendantsQuery = { group: { autoAttendants: Array<{ serviceUserId: string, name: string, phoneNumber: string | null, extension: string | null, active: boolean, type: string | null, businessHours: string | null, holidaySchedule: string | null, businessHoursMenu: { extensionDialing: boolean | null, keys: Array<{ key: string, action: AutoAttendantAction, description: string | null, phoneNumber: string | null, submenuId: string | null }> }, afterHoursMenu: { keys: Array<{ key: string, action: AutoAttendantAction, description: string | null, phoneNumber: string | null, submenuId: string | null }> }, holidayMenu: { keys: Array<{ key: string }> } | null, submenus: Array<{ id: string, keys: Array<{ key: string, action: AutoAttendantAction, description: string | null, phoneNumber: string | null, submenuId: string | null }> }> }>, schedules: Array<{ name: string, type: ScheduleType, events: Array<{ name: string, start: string | null, end: string | null, allDay: boolean | null, recurrence: string | null }> }> } | null };

export type SetAutoAttendantKeysMutationVariables = Exact<{
  input: SetAutoAttendantKeysInput;
}>;


export type SetAutoAttendantKeysMutation = { setAutoAttendantKeys: { serviceUserId: string, name: string, phoneNumber: string | null, extension: string | null, active: boolean, type: string | null, businessHours: string | null, holidaySchedule: string | null, businessHoursMenu: { extensionDialing: boolean | null, keys: Array<{ key: string, action: AutoAttendantAction, description: string | null, phoneNumber: string | null, submenuId: string | null }> }, afterHoursMenu: { keys: Array<{ key: string, action: AutoAttendantAction, description: string | null, phoneNumber: string | null, submenuId: string | null }> }, holidayMenu: { keys: Array<{ key: string }> } | null, submenus: Array<{ id: string, keys: Array<{ key: string, action: AutoAttendantAction, description: string | null, phoneNumber: string | null, submenuId: string | null }> }> } };

export type CallFlowQueryVariables = Exact<{
  phoneNumber?: string | null | undefined;
  serviceProviderId?: string | null | undefined;
  groupId?: string | null | undefined;
  extension?: string | null | undefined;
  maxDepth?: number | null | undefined;
}>;


export type CallFlowQuery = { callFlow: { loops: Array<Array<string>>, truncated: boolean, mermaid: string, start: { id: string, kind: CallFlowNodeKind }, nodes: Array<{ id: string, kind: CallFlowNodeKind, label: string, phoneNumber: string | null, extension: string | null, entityId: string | null }>, edges: Array<{ from: string, to: string, kind: CallFlowEdgeKind, when: CallFlowWhen, key: string | null, afterSeconds: number | null, numberOfRings: number | null }> } | null };

export type CallFlowDoNotDisturbQueryVariables = Exact<{
  phoneNumber?: string | null | undefined;
}>;


export type CallFlowDoNotDisturbQuery = { callFlow: { nodes: Array<{ id: string, kind: CallFlowNodeKind, doNotDisturb: boolean | null }> } | null };

export type SameUserThriceQueryVariables = Exact<{
  userId: string | number;
}>;


export type SameUserThriceQuery = { first: { userId: string } | null, second: { firstName: string } | null, third: { extension: string | null, group: { groupName: string | null } | null } | null };

export type AuthorizedServiceFieldsFragment = { name: string, description: string | null, authorized: boolean, limit: number | null, usage: number, available: number | null };

export type GroupServicesQueryVariables = Exact<{
  serviceProviderId: string;
  groupId: string;
}>;


export type GroupServicesQuery = { group: { services: { userServices: Array<{ name: string, description: string | null, authorized: boolean, limit: number | null, usage: number, available: number | null }>, groupServices: Array<{ name: string, description: string | null, authorized: boolean, limit: number | null, usage: number, available: number | null }>, servicePacks: Array<{ name: string, description: string | null, authorized: boolean, limit: number | null, usage: number, available: number | null }> } } | null };

export type UserServicesQueryVariables = Exact<{
  userId: string | number;
}>;


export type UserServicesQuery = { user: { userId: string, sipUserName: string | null, services: { services: Array<{ name: string, assigned: boolean }>, servicePacks: Array<{ name: string, assigned: boolean, description: string | null }> } } | null };

export type AssignUserServicesMutationVariables = Exact<{
  input: UserServicesInput;
}>;


export type AssignUserServicesMutation = { assignUserServices: { services: Array<{ name: string, assigned: boolean }>, servicePacks: Array<{ name: string, assigned: boolean }> } };

export type UnassignUserServicesMutationVariables = Exact<{
  input: UserServicesInput;
}>;


export type UnassignUserServicesMutation = { unassignUserServices: { services: Array<{ name: string, assigned: boolean }>, servicePacks: Array<{ name: string, assigned: boolean }> } };

export type LoginMutationVariables = Exact<{
  username: string;
  password: string;
}>;


export type LoginMutation = { login: { token: string, expiresAt: string | null } };

export type RefreshSessionMutationVariables = Exact<{ [key: string]: never; }>;


export type RefreshSessionMutation = { refreshSession: { token: string, expiresAt: string | null } };

export type UpdateUserMutationVariables = Exact<{
  input: UpdateUserInput;
}>;


export type UpdateUserMutation = { updateUser: { userId: string, serviceProviderId: string, groupId: string, firstName: string, lastName: string, callingLineIdFirstName: string | null, callingLineIdLastName: string | null, extension: string | null, phoneNumber: string | null, callingLineIdPhoneNumber: string | null, emailAddress: string | null, language: string | null, timeZone: string | null, title: string | null, domain: string | null, passwordExpiresDays: number | null, aliases: Array<string>, endpointType: EndpointType, alternateUserIds: Array<{ alternateUserId: string, description: string | null }>, address: { addressLine1: string | null, city: string | null, country: string | null } | null, department: { serviceProviderId: string, groupId: string, name: string, fullPath: string | null } | null, endpoint:
      | { __typename: 'AccessDeviceEndpoint', supportVisualDeviceManagement: boolean | null, linePort: string | null, contacts: Array<string>, staticRegistrationCapable: boolean | null, useDomain: boolean | null, accessDevice: { deviceName: string, deviceType: string | null, macAddress: string | null, numberOfPorts: number | null, unlimitedPorts: boolean } | null }
      | { __typename: 'TrunkAddressingEndpoint', trunkGroupName: string | null, isPilotUser: boolean | null, linePort: string | null, contacts: Array<string>, staticRegistrationCapable: boolean | null, useDomain: boolean | null }
     | null } };

export type UserFieldsFragment = { userId: string, serviceProviderId: string, groupId: string, firstName: string, lastName: string, callingLineIdFirstName: string | null, callingLineIdLastName: string | null, extension: string | null, phoneNumber: string | null, callingLineIdPhoneNumber: string | null, emailAddress: string | null, language: string | null, timeZone: string | null, title: string | null, domain: string | null, passwordExpiresDays: number | null, aliases: Array<string>, endpointType: EndpointType, alternateUserIds: Array<{ alternateUserId: string, description: string | null }>, address: { addressLine1: string | null, city: string | null, country: string | null } | null, department: { serviceProviderId: string, groupId: string, name: string, fullPath: string | null } | null, endpoint:
    | { __typename: 'AccessDeviceEndpoint', supportVisualDeviceManagement: boolean | null, linePort: string | null, contacts: Array<string>, staticRegistrationCapable: boolean | null, useDomain: boolean | null, accessDevice: { deviceName: string, deviceType: string | null, macAddress: string | null, numberOfPorts: number | null, unlimitedPorts: boolean } | null }
    | { __typename: 'TrunkAddressingEndpoint', trunkGroupName: string | null, isPilotUser: boolean | null, linePort: string | null, contacts: Array<string>, staticRegistrationCapable: boolean | null, useDomain: boolean | null }
   | null };

export const AuditEventFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"instance"}},{"kind":"Field","name":{"kind":"Name","value":"caller"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"operationName"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"entityKind"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"serviceProviderId"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"changes"}},{"kind":"Field","name":{"kind":"Name","value":"odinWrites"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}},{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","name":{"kind":"Name","value":"jobRow"}}]}}]} as unknown as DocumentNode<AuditEventFieldsFragment, unknown>;
export const AuditPageFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditPageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEventConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditEventFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"instance"}},{"kind":"Field","name":{"kind":"Name","value":"caller"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"operationName"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"entityKind"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"serviceProviderId"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"changes"}},{"kind":"Field","name":{"kind":"Name","value":"odinWrites"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}},{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","name":{"kind":"Name","value":"jobRow"}}]}}]} as unknown as DocumentNode<AuditPageFieldsFragment, unknown>;
export const DeviceFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeviceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessDevice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deviceName"}},{"kind":"Field","name":{"kind":"Name","value":"serviceProviderId"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"deviceType"}},{"kind":"Field","name":{"kind":"Name","value":"deviceLevel"}},{"kind":"Field","name":{"kind":"Name","value":"macAddress"}},{"kind":"Field","name":{"kind":"Name","value":"serialNumber"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"physicalLocation"}},{"kind":"Field","name":{"kind":"Name","value":"transportProtocol"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}},{"kind":"Field","name":{"kind":"Name","value":"numberOfPorts"}},{"kind":"Field","name":{"kind":"Name","value":"unlimitedPorts"}},{"kind":"Field","name":{"kind":"Name","value":"numberOfAssignedPorts"}}]}}]} as unknown as DocumentNode<DeviceFieldsFragment, unknown>;
export const GroupNumberFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GroupNumberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GroupNumber"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"}},{"kind":"Field","name":{"kind":"Name","value":"e164"}},{"kind":"Field","name":{"kind":"Name","value":"countryCode"}},{"kind":"Field","name":{"kind":"Name","value":"activated"}},{"kind":"Field","name":{"kind":"Name","value":"assigned"}},{"kind":"Field","name":{"kind":"Name","value":"holder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"extension"}}]}}]}}]} as unknown as DocumentNode<GroupNumberFieldsFragment, unknown>;
export const ProvisionRowFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProvisionRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProvisionRowResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}},{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"}},{"kind":"Field","name":{"kind":"Name","value":"extension"}},{"kind":"Field","name":{"kind":"Name","value":"deviceName"}},{"kind":"Field","name":{"kind":"Name","value":"sipUserName"}},{"kind":"Field","name":{"kind":"Name","value":"generatedWebAuthPassword"}},{"kind":"Field","name":{"kind":"Name","value":"generatedSipPassword"}},{"kind":"Field","name":{"kind":"Name","value":"generatedDevicePassword"}}]}}]} as unknown as DocumentNode<ProvisionRowFieldsFragment, unknown>;
export const ProvisioningJobFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProvisioningJobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BulkJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"settled"}},{"kind":"Field","name":{"kind":"Name","value":"succeeded"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"odinCalls"}}]}}]} as unknown as DocumentNode<ProvisioningJobFieldsFragment, unknown>;
export const ProvisionStepFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProvisionStepFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProvisionStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}}]} as unknown as DocumentNode<ProvisionStepFieldsFragment, unknown>;
export const ForwardingFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ForwardingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Forwarding"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"forwardTo"}},{"kind":"Field","name":{"kind":"Name","value":"numberOfRings"}},{"kind":"Field","name":{"kind":"Name","value":"ringSplash"}}]}}]} as unknown as DocumentNode<ForwardingFieldsFragment, unknown>;
export const CallForwardingFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallForwardingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallForwarding"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"always"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ForwardingFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"busy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ForwardingFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"noAnswer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ForwardingFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notReachable"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ForwardingFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ForwardingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Forwarding"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"forwardTo"}},{"kind":"Field","name":{"kind":"Name","value":"numberOfRings"}},{"kind":"Field","name":{"kind":"Name","value":"ringSplash"}}]}}]} as unknown as DocumentNode<CallForwardingFieldsFragment, unknown>;
export const HuntGroupFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HuntGroupFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HuntGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceUserId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"}},{"kind":"Field","name":{"kind":"Name","value":"extension"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"policy"}},{"kind":"Field","name":{"kind":"Name","value":"agents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"huntAfterNoAnswer"}},{"kind":"Field","name":{"kind":"Name","value":"noAnswerRings"}},{"kind":"Field","name":{"kind":"Name","value":"forwardAfterTimeout"}},{"kind":"Field","name":{"kind":"Name","value":"forwardTimeoutSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"forwardTo"}},{"kind":"Field","name":{"kind":"Name","value":"notReachableForwarding"}},{"kind":"Field","name":{"kind":"Name","value":"notReachableForwardTo"}}]}}]} as unknown as DocumentNode<HuntGroupFieldsFragment, unknown>;
export const TreatmentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TreatmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallCenterTreatment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"transferTo"}},{"kind":"Field","name":{"kind":"Name","value":"afterSeconds"}}]}}]} as unknown as DocumentNode<TreatmentFieldsFragment, unknown>;
export const CallCenterFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallCenterFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallCenter"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceUserId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"}},{"kind":"Field","name":{"kind":"Name","value":"extension"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"policy"}},{"kind":"Field","name":{"kind":"Name","value":"queueLength"}},{"kind":"Field","name":{"kind":"Name","value":"agents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"skillLevel"}},{"kind":"Field","name":{"kind":"Name","value":"acdState"}},{"kind":"Field","name":{"kind":"Name","value":"available"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overflow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TreatmentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"strandedCalls"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TreatmentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"strandedCallsUnavailable"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TreatmentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"forcedForwarding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"forwardTo"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TreatmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallCenterTreatment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"transferTo"}},{"kind":"Field","name":{"kind":"Name","value":"afterSeconds"}}]}}]} as unknown as DocumentNode<CallCenterFieldsFragment, unknown>;
export const KeyFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KeyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AutoAttendantKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"}},{"kind":"Field","name":{"kind":"Name","value":"submenuId"}}]}}]} as unknown as DocumentNode<KeyFieldsFragment, unknown>;
export const AutoAttendantFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AutoAttendantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AutoAttendant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceUserId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"}},{"kind":"Field","name":{"kind":"Name","value":"extension"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"businessHours"}},{"kind":"Field","name":{"kind":"Name","value":"holidaySchedule"}},{"kind":"Field","name":{"kind":"Name","value":"businessHoursMenu"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"extensionDialing"}},{"kind":"Field","name":{"kind":"Name","value":"keys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KeyFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"afterHoursMenu"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"keys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KeyFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"holidayMenu"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"keys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"submenus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"keys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KeyFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KeyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AutoAttendantKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"}},{"kind":"Field","name":{"kind":"Name","value":"submenuId"}}]}}]} as unknown as DocumentNode<AutoAttendantFieldsFragment, unknown>;
export const AuthorizedServiceFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthorizedServiceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthorizedService"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"authorized"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"usage"}},{"kind":"Field","name":{"kind":"Name","value":"available"}}]}}]} as unknown as DocumentNode<AuthorizedServiceFieldsFragment, unknown>;
export const UserFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"serviceProviderId"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"callingLineIdFirstName"}},{"kind":"Field","name":{"kind":"Name","value":"callingLineIdLastName"}},{"kind":"Field","name":{"kind":"Name","value":"extension"}},{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"}},{"kind":"Field","name":{"kind":"Name","value":"callingLineIdPhoneNumber"}},{"kind":"Field","name":{"kind":"Name","value":"emailAddress"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"passwordExpiresDays"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"alternateUserIds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alternateUserId"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addressLine1"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceProviderId"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"fullPath"}}]}},{"kind":"Field","name":{"kind":"Name","value":"endpointType"}},{"kind":"Field","name":{"kind":"Name","value":"endpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"linePort"}},{"kind":"Field","name":{"kind":"Name","value":"contacts"}},{"kind":"Field","name":{"kind":"Name","value":"staticRegistrationCapable"}},{"kind":"Field","name":{"kind":"Name","value":"useDomain"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessDeviceEndpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supportVisualDeviceManagement"}},{"kind":"Field","name":{"kind":"Name","value":"accessDevice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deviceName"}},{"kind":"Field","name":{"kind":"Name","value":"deviceType"}},{"kind":"Field","name":{"kind":"Name","value":"macAddress"}},{"kind":"Field","name":{"kind":"Name","value":"numberOfPorts"}},{"kind":"Field","name":{"kind":"Name","value":"unlimitedPorts"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrunkAddressingEndpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trunkGroupName"}},{"kind":"Field","name":{"kind":"Name","value":"isPilotUser"}}]}}]}}]}}]} as unknown as DocumentNode<UserFieldsFragment, unknown>;
export const AuditEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditFilterInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditPageFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"instance"}},{"kind":"Field","name":{"kind":"Name","value":"caller"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"operationName"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"entityKind"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"serviceProviderId"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"changes"}},{"kind":"Field","name":{"kind":"Name","value":"odinWrites"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}},{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","name":{"kind":"Name","value":"jobRow"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditPageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEventConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditEventFields"}}]}}]}}]}}]} as unknown as DocumentNode<AuditEventsQuery, AuditEventsQueryVariables>;
export const UserAuditEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UserAuditEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"auditEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditPageFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"instance"}},{"kind":"Field","name":{"kind":"Name","value":"caller"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"operationName"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"entityKind"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"serviceProviderId"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"changes"}},{"kind":"Field","name":{"kind":"Name","value":"odinWrites"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}},{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","name":{"kind":"Name","value":"jobRow"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditPageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEventConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditEventFields"}}]}}]}}]}}]} as unknown as DocumentNode<UserAuditEventsQuery, UserAuditEventsQueryVariables>;
export const GroupAuditEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GroupAuditEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"serviceProviderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"serviceProviderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"serviceProviderId"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"auditEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditPageFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"instance"}},{"kind":"Field","name":{"kind":"Name","value":"caller"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"operationName"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"entityKind"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"serviceProviderId"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"changes"}},{"kind":"Field","name":{"kind":"Name","value":"odinWrites"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}},{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","name":{"kind":"Name","value":"jobRow"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditPageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEventConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditEventFields"}}]}}]}}]}}]} as unknown as DocumentNode<GroupAuditEventsQuery, GroupAuditEventsQueryVariables>;
export const CreateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"generatedWebAuthPassword"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"serviceProviderId"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"callingLineIdFirstName"}},{"kind":"Field","name":{"kind":"Name","value":"callingLineIdLastName"}},{"kind":"Field","name":{"kind":"Name","value":"extension"}},{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"}},{"kind":"Field","name":{"kind":"Name","value":"callingLineIdPhoneNumber"}},{"kind":"Field","name":{"kind":"Name","value":"emailAddress"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"passwordExpiresDays"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"alternateUserIds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alternateUserId"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addressLine1"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceProviderId"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"fullPath"}}]}},{"kind":"Field","name":{"kind":"Name","value":"endpointType"}},{"kind":"Field","name":{"kind":"Name","value":"endpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"linePort"}},{"kind":"Field","name":{"kind":"Name","value":"contacts"}},{"kind":"Field","name":{"kind":"Name","value":"staticRegistrationCapable"}},{"kind":"Field","name":{"kind":"Name","value":"useDomain"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessDeviceEndpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supportVisualDeviceManagement"}},{"kind":"Field","name":{"kind":"Name","value":"accessDevice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deviceName"}},{"kind":"Field","name":{"kind":"Name","value":"deviceType"}},{"kind":"Field","name":{"kind":"Name","value":"macAddress"}},{"kind":"Field","name":{"kind":"Name","value":"numberOfPorts"}},{"kind":"Field","name":{"kind":"Name","value":"unlimitedPorts"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrunkAddressingEndpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trunkGroupName"}},{"kind":"Field","name":{"kind":"Name","value":"isPilotUser"}}]}}]}}]}}]} as unknown as DocumentNode<CreateUserMutation, CreateUserMutationVariables>;
export const CreateUsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateUsers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"inputs"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUsers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"inputs"},"value":{"kind":"Variable","name":{"kind":"Name","value":"inputs"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"generatedWebAuthPassword"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"extension"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserFailure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CreateUsersMutation, CreateUsersMutationVariables>;
export const DeleteUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"deleted"}}]}}]}}]} as unknown as DocumentNode<DeleteUserMutation, DeleteUserMutationVariables>;
export const GroupDevicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GroupDevices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"serviceProviderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"serviceProviderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"serviceProviderId"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"devices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeviceFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeviceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessDevice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deviceName"}},{"kind":"Field","name":{"kind":"Name","value":"serviceProviderId"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"deviceType"}},{"kind":"Field","name":{"kind":"Name","value":"deviceLevel"}},{"kind":"Field","name":{"kind":"Name","value":"macAddress"}},{"kind":"Field","name":{"kind":"Name","value":"serialNumber"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"physicalLocation"}},{"kind":"Field","name":{"kind":"Name","value":"transportProtocol"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}},{"kind":"Field","name":{"kind":"Name","value":"numberOfPorts"}},{"kind":"Field","name":{"kind":"Name","value":"unlimitedPorts"}},{"kind":"Field","name":{"kind":"Name","value":"numberOfAssignedPorts"}}]}}]} as unknown as DocumentNode<GroupDevicesQuery, GroupDevicesQueryVariables>;
export const CreateDeviceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateDevice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateDeviceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDevice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"device"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeviceFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"generatedPassword"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeviceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessDevice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deviceName"}},{"kind":"Field","name":{"kind":"Name","value":"serviceProviderId"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"deviceType"}},{"kind":"Field","name":{"kind":"Name","value":"deviceLevel"}},{"kind":"Field","name":{"kind":"Name","value":"macAddress"}},{"kind":"Field","name":{"kind":"Name","value":"serialNumber"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"physicalLocation"}},{"kind":"Field","name":{"kind":"Name","value":"transportProtocol"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}},{"kind":"Field","name":{"kind":"Name","value":"numberOfPorts"}},{"kind":"Field","name":{"kind":"Name","value":"unlimitedPorts"}},{"kind":"Field","name":{"kind":"Name","value":"numberOfAssignedPorts"}}]}}]} as unknown as DocumentNode<CreateDeviceMutation, CreateDeviceMutationVariables>;
export const UpdateDeviceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateDevice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateDeviceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateDevice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeviceFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeviceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessDevice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deviceName"}},{"kind":"Field","name":{"kind":"Name","value":"serviceProviderId"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"deviceType"}},{"kind":"Field","name":{"kind":"Name","value":"deviceLevel"}},{"kind":"Field","name":{"kind":"Name","value":"macAddress"}},{"kind":"Field","name":{"kind":"Name","value":"serialNumber"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"physicalLocation"}},{"kind":"Field","name":{"kind":"Name","value":"transportProtocol"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}},{"kind":"Field","name":{"kind":"Name","value":"numberOfPorts"}},{"kind":"Field","name":{"kind":"Name","value":"unlimitedPorts"}},{"kind":"Field","name":{"kind":"Name","value":"numberOfAssignedPorts"}}]}}]} as unknown as DocumentNode<UpdateDeviceMutation, UpdateDeviceMutationVariables>;
export const DeleteDeviceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteDevice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"serviceProviderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"deviceName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteDevice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"serviceProviderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"serviceProviderId"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}}},{"kind":"Argument","name":{"kind":"Name","value":"deviceName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"deviceName"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deviceName"}},{"kind":"Field","name":{"kind":"Name","value":"deleted"}}]}}]}}]} as unknown as DocumentNode<DeleteDeviceMutation, DeleteDeviceMutationVariables>;
export const SetSipAuthenticationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetSipAuthentication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SipAuthenticationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setSipAuthentication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}},{"kind":"Field","name":{"kind":"Name","value":"generatedPassword"}}]}}]}}]} as unknown as DocumentNode<SetSipAuthenticationMutation, SetSipAuthenticationMutationVariables>;
export const UsersWithProvisioningDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UsersWithProvisioning"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"serviceProviderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"serviceProviderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"serviceProviderId"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"sipUserName"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"servicePacks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"assigned"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"numbers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"servicePacks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"usage"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"devices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deviceName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UsersWithProvisioningQuery, UsersWithProvisioningQueryVariables>;
export const GeneratedPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GeneratedPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"serviceProviderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"generatedPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"serviceProviderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"serviceProviderId"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}}}]}]}}]} as unknown as DocumentNode<GeneratedPasswordQuery, GeneratedPasswordQueryVariables>;
export const GetGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GetGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"serviceProviderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"serviceProviderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"serviceProviderId"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceProviderId"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"groupName"}},{"kind":"Field","name":{"kind":"Name","value":"defaultDomain"}},{"kind":"Field","name":{"kind":"Name","value":"userLimit"}},{"kind":"Field","name":{"kind":"Name","value":"userCount"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"callingLineIdName"}}]}}]}}]} as unknown as DocumentNode<GetGroupQuery, GetGroupQueryVariables>;
export const GetUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GetUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"serviceProviderId"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"callingLineIdFirstName"}},{"kind":"Field","name":{"kind":"Name","value":"callingLineIdLastName"}},{"kind":"Field","name":{"kind":"Name","value":"extension"}},{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"}},{"kind":"Field","name":{"kind":"Name","value":"callingLineIdPhoneNumber"}},{"kind":"Field","name":{"kind":"Name","value":"emailAddress"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"passwordExpiresDays"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"alternateUserIds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alternateUserId"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addressLine1"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceProviderId"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"fullPath"}}]}},{"kind":"Field","name":{"kind":"Name","value":"endpointType"}},{"kind":"Field","name":{"kind":"Name","value":"endpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"linePort"}},{"kind":"Field","name":{"kind":"Name","value":"contacts"}},{"kind":"Field","name":{"kind":"Name","value":"staticRegistrationCapable"}},{"kind":"Field","name":{"kind":"Name","value":"useDomain"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessDeviceEndpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supportVisualDeviceManagement"}},{"kind":"Field","name":{"kind":"Name","value":"accessDevice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deviceName"}},{"kind":"Field","name":{"kind":"Name","value":"deviceType"}},{"kind":"Field","name":{"kind":"Name","value":"macAddress"}},{"kind":"Field","name":{"kind":"Name","value":"numberOfPorts"}},{"kind":"Field","name":{"kind":"Name","value":"unlimitedPorts"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrunkAddressingEndpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trunkGroupName"}},{"kind":"Field","name":{"kind":"Name","value":"isPilotUser"}}]}}]}}]}}]} as unknown as DocumentNode<GetUserQuery, GetUserQueryVariables>;
export const ListUsersWithGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListUsersWithGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"serviceProviderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"serviceProviderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"serviceProviderId"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"groupName"}}]}}]}}]}}]} as unknown as DocumentNode<ListUsersWithGroupQuery, ListUsersWithGroupQueryVariables>;
export const ListUsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListUsers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"serviceProviderId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"UserFilterInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"serviceProviderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"serviceProviderId"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"serviceProviderId"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"callingLineIdFirstName"}},{"kind":"Field","name":{"kind":"Name","value":"callingLineIdLastName"}},{"kind":"Field","name":{"kind":"Name","value":"extension"}},{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"}},{"kind":"Field","name":{"kind":"Name","value":"callingLineIdPhoneNumber"}},{"kind":"Field","name":{"kind":"Name","value":"emailAddress"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"passwordExpiresDays"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"alternateUserIds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alternateUserId"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addressLine1"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceProviderId"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"fullPath"}}]}},{"kind":"Field","name":{"kind":"Name","value":"endpointType"}},{"kind":"Field","name":{"kind":"Name","value":"endpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"linePort"}},{"kind":"Field","name":{"kind":"Name","value":"contacts"}},{"kind":"Field","name":{"kind":"Name","value":"staticRegistrationCapable"}},{"kind":"Field","name":{"kind":"Name","value":"useDomain"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessDeviceEndpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supportVisualDeviceManagement"}},{"kind":"Field","name":{"kind":"Name","value":"accessDevice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deviceName"}},{"kind":"Field","name":{"kind":"Name","value":"deviceType"}},{"kind":"Field","name":{"kind":"Name","value":"macAddress"}},{"kind":"Field","name":{"kind":"Name","value":"numberOfPorts"}},{"kind":"Field","name":{"kind":"Name","value":"unlimitedPorts"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrunkAddressingEndpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trunkGroupName"}},{"kind":"Field","name":{"kind":"Name","value":"isPilotUser"}}]}}]}}]}}]} as unknown as DocumentNode<ListUsersQuery, ListUsersQueryVariables>;
export const GroupNumbersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GroupNumbers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"serviceProviderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NumberStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"serviceProviderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"serviceProviderId"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"numbers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GroupNumberFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"extensionLengths"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"default"}}]}},{"kind":"Field","name":{"kind":"Name","value":"freeExtension"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GroupNumberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GroupNumber"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"}},{"kind":"Field","name":{"kind":"Name","value":"e164"}},{"kind":"Field","name":{"kind":"Name","value":"countryCode"}},{"kind":"Field","name":{"kind":"Name","value":"activated"}},{"kind":"Field","name":{"kind":"Name","value":"assigned"}},{"kind":"Field","name":{"kind":"Name","value":"holder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"extension"}}]}}]}}]} as unknown as DocumentNode<GroupNumbersQuery, GroupNumbersQueryVariables>;
export const NumberHolderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NumberHolder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"phoneNumber"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"numberHolder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"phoneNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"phoneNumber"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"extension"}},{"kind":"Field","name":{"kind":"Name","value":"serviceProviderId"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"}}]}}]}}]}}]} as unknown as DocumentNode<NumberHolderQuery, NumberHolderQueryVariables>;
export const AddGroupNumbersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddGroupNumbers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GroupNumbersInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addGroupNumbers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GroupNumberFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GroupNumberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GroupNumber"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"}},{"kind":"Field","name":{"kind":"Name","value":"e164"}},{"kind":"Field","name":{"kind":"Name","value":"countryCode"}},{"kind":"Field","name":{"kind":"Name","value":"activated"}},{"kind":"Field","name":{"kind":"Name","value":"assigned"}},{"kind":"Field","name":{"kind":"Name","value":"holder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"extension"}}]}}]}}]} as unknown as DocumentNode<AddGroupNumbersMutation, AddGroupNumbersMutationVariables>;
export const RemoveGroupNumbersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveGroupNumbers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GroupNumbersInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeGroupNumbers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GroupNumberFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GroupNumberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GroupNumber"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"}},{"kind":"Field","name":{"kind":"Name","value":"e164"}},{"kind":"Field","name":{"kind":"Name","value":"countryCode"}},{"kind":"Field","name":{"kind":"Name","value":"activated"}},{"kind":"Field","name":{"kind":"Name","value":"assigned"}},{"kind":"Field","name":{"kind":"Name","value":"holder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"extension"}}]}}]}}]} as unknown as DocumentNode<RemoveGroupNumbersMutation, RemoveGroupNumbersMutationVariables>;
export const SetGroupNumbersActivatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetGroupNumbersActivated"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GroupNumbersActivationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setGroupNumbersActivated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GroupNumberFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GroupNumberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GroupNumber"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"}},{"kind":"Field","name":{"kind":"Name","value":"e164"}},{"kind":"Field","name":{"kind":"Name","value":"countryCode"}},{"kind":"Field","name":{"kind":"Name","value":"activated"}},{"kind":"Field","name":{"kind":"Name","value":"assigned"}},{"kind":"Field","name":{"kind":"Name","value":"holder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"extension"}}]}}]}}]} as unknown as DocumentNode<SetGroupNumbersActivatedMutation, SetGroupNumbersActivatedMutationVariables>;
export const StartProvisioningImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartProvisioningImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProvisioningImportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startProvisioningImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProvisioningJobFields"}},{"kind":"Field","name":{"kind":"Name","value":"provisionResults"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProvisionRowFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProvisioningJobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BulkJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"settled"}},{"kind":"Field","name":{"kind":"Name","value":"succeeded"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"odinCalls"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProvisionRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProvisionRowResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}},{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"}},{"kind":"Field","name":{"kind":"Name","value":"extension"}},{"kind":"Field","name":{"kind":"Name","value":"deviceName"}},{"kind":"Field","name":{"kind":"Name","value":"sipUserName"}},{"kind":"Field","name":{"kind":"Name","value":"generatedWebAuthPassword"}},{"kind":"Field","name":{"kind":"Name","value":"generatedSipPassword"}},{"kind":"Field","name":{"kind":"Name","value":"generatedDevicePassword"}}]}}]} as unknown as DocumentNode<StartProvisioningImportMutation, StartProvisioningImportMutationVariables>;
export const StartDeprovisioningImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartDeprovisioningImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeprovisioningImportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startDeprovisioningImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProvisioningJobFields"}},{"kind":"Field","name":{"kind":"Name","value":"provisionResults"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProvisionRowFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProvisioningJobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BulkJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"settled"}},{"kind":"Field","name":{"kind":"Name","value":"succeeded"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"odinCalls"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProvisionRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProvisionRowResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}},{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"}},{"kind":"Field","name":{"kind":"Name","value":"extension"}},{"kind":"Field","name":{"kind":"Name","value":"deviceName"}},{"kind":"Field","name":{"kind":"Name","value":"sipUserName"}},{"kind":"Field","name":{"kind":"Name","value":"generatedWebAuthPassword"}},{"kind":"Field","name":{"kind":"Name","value":"generatedSipPassword"}},{"kind":"Field","name":{"kind":"Name","value":"generatedDevicePassword"}}]}}]} as unknown as DocumentNode<StartDeprovisioningImportMutation, StartDeprovisioningImportMutationVariables>;
export const ProvisioningJobDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProvisioningJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bulkJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProvisioningJobFields"}},{"kind":"Field","name":{"kind":"Name","value":"provisionResults"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProvisionRowFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProvisioningJobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BulkJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"settled"}},{"kind":"Field","name":{"kind":"Name","value":"succeeded"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"odinCalls"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProvisionRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProvisionRowResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}},{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"}},{"kind":"Field","name":{"kind":"Name","value":"extension"}},{"kind":"Field","name":{"kind":"Name","value":"deviceName"}},{"kind":"Field","name":{"kind":"Name","value":"sipUserName"}},{"kind":"Field","name":{"kind":"Name","value":"generatedWebAuthPassword"}},{"kind":"Field","name":{"kind":"Name","value":"generatedSipPassword"}},{"kind":"Field","name":{"kind":"Name","value":"generatedDevicePassword"}}]}}]} as unknown as DocumentNode<ProvisioningJobQuery, ProvisioningJobQueryVariables>;
export const ProvisionUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProvisionUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProvisionUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provisionUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"}},{"kind":"Field","name":{"kind":"Name","value":"phoneNumberActivated"}},{"kind":"Field","name":{"kind":"Name","value":"extension"}},{"kind":"Field","name":{"kind":"Name","value":"sipUserName"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"servicePacks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"assigned"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"endpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"linePort"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessDeviceEndpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessDevice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deviceName"}},{"kind":"Field","name":{"kind":"Name","value":"numberOfAssignedPorts"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProvisionStepFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"}},{"kind":"Field","name":{"kind":"Name","value":"extension"}},{"kind":"Field","name":{"kind":"Name","value":"deviceName"}},{"kind":"Field","name":{"kind":"Name","value":"linePort"}},{"kind":"Field","name":{"kind":"Name","value":"sipUserName"}},{"kind":"Field","name":{"kind":"Name","value":"generatedWebAuthPassword"}},{"kind":"Field","name":{"kind":"Name","value":"generatedSipPassword"}},{"kind":"Field","name":{"kind":"Name","value":"generatedDevicePassword"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProvisionStepFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProvisionStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}}]} as unknown as DocumentNode<ProvisionUserMutation, ProvisionUserMutationVariables>;
export const DeprovisionUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeprovisionUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeprovisionUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deprovisionUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProvisionStepFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"freedPhoneNumber"}},{"kind":"Field","name":{"kind":"Name","value":"deletedDeviceName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProvisionStepFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProvisionStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}}]} as unknown as DocumentNode<DeprovisionUserMutation, DeprovisionUserMutationVariables>;
export const UserRoutingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UserRouting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"callForwarding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CallForwardingFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"doNotDisturb"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"ringSplash"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ForwardingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Forwarding"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"forwardTo"}},{"kind":"Field","name":{"kind":"Name","value":"numberOfRings"}},{"kind":"Field","name":{"kind":"Name","value":"ringSplash"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallForwardingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallForwarding"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"always"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ForwardingFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"busy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ForwardingFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"noAnswer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ForwardingFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notReachable"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ForwardingFields"}}]}}]}}]} as unknown as DocumentNode<UserRoutingQuery, UserRoutingQueryVariables>;
export const GroupForwardingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GroupForwarding"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"serviceProviderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"serviceProviderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"serviceProviderId"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"callForwarding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CallForwardingFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ForwardingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Forwarding"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"forwardTo"}},{"kind":"Field","name":{"kind":"Name","value":"numberOfRings"}},{"kind":"Field","name":{"kind":"Name","value":"ringSplash"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallForwardingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallForwarding"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"always"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ForwardingFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"busy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ForwardingFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"noAnswer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ForwardingFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notReachable"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ForwardingFields"}}]}}]}}]} as unknown as DocumentNode<GroupForwardingQuery, GroupForwardingQueryVariables>;
export const SetCallForwardingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetCallForwarding"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetCallForwardingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setCallForwarding"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CallForwardingFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ForwardingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Forwarding"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"forwardTo"}},{"kind":"Field","name":{"kind":"Name","value":"numberOfRings"}},{"kind":"Field","name":{"kind":"Name","value":"ringSplash"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallForwardingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallForwarding"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"always"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ForwardingFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"busy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ForwardingFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"noAnswer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ForwardingFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notReachable"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ForwardingFields"}}]}}]}}]} as unknown as DocumentNode<SetCallForwardingMutation, SetCallForwardingMutationVariables>;
export const SetDoNotDisturbDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetDoNotDisturb"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetDoNotDisturbInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setDoNotDisturb"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"ringSplash"}}]}}]}}]} as unknown as DocumentNode<SetDoNotDisturbMutation, SetDoNotDisturbMutationVariables>;
export const GroupHuntGroupsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GroupHuntGroups"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"serviceProviderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"serviceProviderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"serviceProviderId"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"huntGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HuntGroupFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HuntGroupFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HuntGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceUserId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"}},{"kind":"Field","name":{"kind":"Name","value":"extension"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"policy"}},{"kind":"Field","name":{"kind":"Name","value":"agents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"huntAfterNoAnswer"}},{"kind":"Field","name":{"kind":"Name","value":"noAnswerRings"}},{"kind":"Field","name":{"kind":"Name","value":"forwardAfterTimeout"}},{"kind":"Field","name":{"kind":"Name","value":"forwardTimeoutSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"forwardTo"}},{"kind":"Field","name":{"kind":"Name","value":"notReachableForwarding"}},{"kind":"Field","name":{"kind":"Name","value":"notReachableForwardTo"}}]}}]} as unknown as DocumentNode<GroupHuntGroupsQuery, GroupHuntGroupsQueryVariables>;
export const UserHuntGroupsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UserHuntGroups"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"huntGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceUserId"}}]}}]}}]}}]} as unknown as DocumentNode<UserHuntGroupsQuery, UserHuntGroupsQueryVariables>;
export const ServiceInstanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ServiceInstance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"serviceUserId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceInstance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"serviceUserId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"serviceUserId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"serviceUserId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HuntGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policy"}}]}}]}}]}}]} as unknown as DocumentNode<ServiceInstanceQuery, ServiceInstanceQueryVariables>;
export const CreateHuntGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateHuntGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateHuntGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createHuntGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HuntGroupFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HuntGroupFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HuntGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceUserId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"}},{"kind":"Field","name":{"kind":"Name","value":"extension"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"policy"}},{"kind":"Field","name":{"kind":"Name","value":"agents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"huntAfterNoAnswer"}},{"kind":"Field","name":{"kind":"Name","value":"noAnswerRings"}},{"kind":"Field","name":{"kind":"Name","value":"forwardAfterTimeout"}},{"kind":"Field","name":{"kind":"Name","value":"forwardTimeoutSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"forwardTo"}},{"kind":"Field","name":{"kind":"Name","value":"notReachableForwarding"}},{"kind":"Field","name":{"kind":"Name","value":"notReachableForwardTo"}}]}}]} as unknown as DocumentNode<CreateHuntGroupMutation, CreateHuntGroupMutationVariables>;
export const UpdateHuntGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateHuntGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateHuntGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateHuntGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HuntGroupFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HuntGroupFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HuntGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceUserId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"}},{"kind":"Field","name":{"kind":"Name","value":"extension"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"policy"}},{"kind":"Field","name":{"kind":"Name","value":"agents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"huntAfterNoAnswer"}},{"kind":"Field","name":{"kind":"Name","value":"noAnswerRings"}},{"kind":"Field","name":{"kind":"Name","value":"forwardAfterTimeout"}},{"kind":"Field","name":{"kind":"Name","value":"forwardTimeoutSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"forwardTo"}},{"kind":"Field","name":{"kind":"Name","value":"notReachableForwarding"}},{"kind":"Field","name":{"kind":"Name","value":"notReachableForwardTo"}}]}}]} as unknown as DocumentNode<UpdateHuntGroupMutation, UpdateHuntGroupMutationVariables>;
export const DeleteHuntGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteHuntGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"serviceUserId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteHuntGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"serviceUserId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"serviceUserId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceUserId"}},{"kind":"Field","name":{"kind":"Name","value":"deleted"}},{"kind":"Field","name":{"kind":"Name","value":"freedPhoneNumber"}}]}}]}}]} as unknown as DocumentNode<DeleteHuntGroupMutation, DeleteHuntGroupMutationVariables>;
export const SetServiceInstanceActiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetServiceInstanceActive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"serviceUserId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"active"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setServiceInstanceActive"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"serviceUserId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"serviceUserId"}}},{"kind":"Argument","name":{"kind":"Name","value":"active"},"value":{"kind":"Variable","name":{"kind":"Name","value":"active"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceUserId"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<SetServiceInstanceActiveMutation, SetServiceInstanceActiveMutationVariables>;
export const GroupCallCentersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GroupCallCenters"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"serviceProviderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"serviceProviderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"serviceProviderId"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callCenters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CallCenterFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TreatmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallCenterTreatment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"transferTo"}},{"kind":"Field","name":{"kind":"Name","value":"afterSeconds"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallCenterFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallCenter"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceUserId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"}},{"kind":"Field","name":{"kind":"Name","value":"extension"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"policy"}},{"kind":"Field","name":{"kind":"Name","value":"queueLength"}},{"kind":"Field","name":{"kind":"Name","value":"agents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"skillLevel"}},{"kind":"Field","name":{"kind":"Name","value":"acdState"}},{"kind":"Field","name":{"kind":"Name","value":"available"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overflow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TreatmentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"strandedCalls"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TreatmentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"strandedCallsUnavailable"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TreatmentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"forcedForwarding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"forwardTo"}}]}}]}}]} as unknown as DocumentNode<GroupCallCentersQuery, GroupCallCentersQueryVariables>;
export const UserCallCentersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UserCallCenters"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callCenters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callCenter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceUserId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"skillLevel"}},{"kind":"Field","name":{"kind":"Name","value":"acdState"}},{"kind":"Field","name":{"kind":"Name","value":"available"}}]}}]}}]}}]} as unknown as DocumentNode<UserCallCentersQuery, UserCallCentersQueryVariables>;
export const SetCallCenterAgentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetCallCenterAgents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetCallCenterAgentsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setCallCenterAgents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CallCenterFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TreatmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallCenterTreatment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"transferTo"}},{"kind":"Field","name":{"kind":"Name","value":"afterSeconds"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallCenterFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallCenter"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceUserId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"}},{"kind":"Field","name":{"kind":"Name","value":"extension"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"policy"}},{"kind":"Field","name":{"kind":"Name","value":"queueLength"}},{"kind":"Field","name":{"kind":"Name","value":"agents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"skillLevel"}},{"kind":"Field","name":{"kind":"Name","value":"acdState"}},{"kind":"Field","name":{"kind":"Name","value":"available"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overflow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TreatmentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"strandedCalls"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TreatmentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"strandedCallsUnavailable"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TreatmentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"forcedForwarding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"forwardTo"}}]}}]}}]} as unknown as DocumentNode<SetCallCenterAgentsMutation, SetCallCenterAgentsMutationVariables>;
export const SetCallCenterTreatmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetCallCenterTreatment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetCallCenterTreatmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setCallCenterTreatment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CallCenterFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TreatmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallCenterTreatment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"transferTo"}},{"kind":"Field","name":{"kind":"Name","value":"afterSeconds"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallCenterFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallCenter"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceUserId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"}},{"kind":"Field","name":{"kind":"Name","value":"extension"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"policy"}},{"kind":"Field","name":{"kind":"Name","value":"queueLength"}},{"kind":"Field","name":{"kind":"Name","value":"agents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"skillLevel"}},{"kind":"Field","name":{"kind":"Name","value":"acdState"}},{"kind":"Field","name":{"kind":"Name","value":"available"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overflow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TreatmentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"strandedCalls"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TreatmentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"strandedCallsUnavailable"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TreatmentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"forcedForwarding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"forwardTo"}}]}}]}}]} as unknown as DocumentNode<SetCallCenterTreatmentMutation, SetCallCenterTreatmentMutationVariables>;
export const GroupAutoAttendantsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GroupAutoAttendants"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"serviceProviderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"serviceProviderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"serviceProviderId"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"autoAttendants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AutoAttendantFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"schedules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"allDay"}},{"kind":"Field","name":{"kind":"Name","value":"recurrence"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KeyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AutoAttendantKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"}},{"kind":"Field","name":{"kind":"Name","value":"submenuId"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AutoAttendantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AutoAttendant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceUserId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"}},{"kind":"Field","name":{"kind":"Name","value":"extension"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"businessHours"}},{"kind":"Field","name":{"kind":"Name","value":"holidaySchedule"}},{"kind":"Field","name":{"kind":"Name","value":"businessHoursMenu"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"extensionDialing"}},{"kind":"Field","name":{"kind":"Name","value":"keys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KeyFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"afterHoursMenu"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"keys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KeyFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"holidayMenu"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"keys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"submenus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"keys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KeyFields"}}]}}]}}]}}]} as unknown as DocumentNode<GroupAutoAttendantsQuery, GroupAutoAttendantsQueryVariables>;
export const SetAutoAttendantKeysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetAutoAttendantKeys"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetAutoAttendantKeysInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setAutoAttendantKeys"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AutoAttendantFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KeyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AutoAttendantKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"}},{"kind":"Field","name":{"kind":"Name","value":"submenuId"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AutoAttendantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AutoAttendant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceUserId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"}},{"kind":"Field","name":{"kind":"Name","value":"extension"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"businessHours"}},{"kind":"Field","name":{"kind":"Name","value":"holidaySchedule"}},{"kind":"Field","name":{"kind":"Name","value":"businessHoursMenu"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"extensionDialing"}},{"kind":"Field","name":{"kind":"Name","value":"keys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KeyFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"afterHoursMenu"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"keys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KeyFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"holidayMenu"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"keys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"submenus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"keys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KeyFields"}}]}}]}}]}}]} as unknown as DocumentNode<SetAutoAttendantKeysMutation, SetAutoAttendantKeysMutationVariables>;
export const CallFlowDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CallFlow"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"phoneNumber"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"serviceProviderId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"extension"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"maxDepth"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callFlow"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"phoneNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"phoneNumber"}}},{"kind":"Argument","name":{"kind":"Name","value":"serviceProviderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"serviceProviderId"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}}},{"kind":"Argument","name":{"kind":"Name","value":"extension"},"value":{"kind":"Variable","name":{"kind":"Name","value":"extension"}}},{"kind":"Argument","name":{"kind":"Name","value":"maxDepth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"maxDepth"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"}},{"kind":"Field","name":{"kind":"Name","value":"extension"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"when"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"afterSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"numberOfRings"}}]}},{"kind":"Field","name":{"kind":"Name","value":"loops"}},{"kind":"Field","name":{"kind":"Name","value":"truncated"}},{"kind":"Field","name":{"kind":"Name","value":"mermaid"}}]}}]}}]} as unknown as DocumentNode<CallFlowQuery, CallFlowQueryVariables>;
export const CallFlowDoNotDisturbDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CallFlowDoNotDisturb"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"phoneNumber"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callFlow"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"phoneNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"phoneNumber"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"doNotDisturb"}}]}}]}}]}}]} as unknown as DocumentNode<CallFlowDoNotDisturbQuery, CallFlowDoNotDisturbQueryVariables>;
export const SameUserThriceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SameUserThrice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"first"},"name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"second"},"name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firstName"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"third"},"name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"extension"}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupName"}}]}}]}}]}}]} as unknown as DocumentNode<SameUserThriceQuery, SameUserThriceQueryVariables>;
export const GroupServicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GroupServices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"serviceProviderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"serviceProviderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"serviceProviderId"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userServices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuthorizedServiceFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"groupServices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuthorizedServiceFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"servicePacks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuthorizedServiceFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthorizedServiceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthorizedService"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"authorized"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"usage"}},{"kind":"Field","name":{"kind":"Name","value":"available"}}]}}]} as unknown as DocumentNode<GroupServicesQuery, GroupServicesQueryVariables>;
export const UserServicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UserServices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"sipUserName"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"assigned"}}]}},{"kind":"Field","name":{"kind":"Name","value":"servicePacks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"assigned"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UserServicesQuery, UserServicesQueryVariables>;
export const AssignUserServicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignUserServices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UserServicesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignUserServices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"assigned"}}]}},{"kind":"Field","name":{"kind":"Name","value":"servicePacks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"assigned"}}]}}]}}]}}]} as unknown as DocumentNode<AssignUserServicesMutation, AssignUserServicesMutationVariables>;
export const UnassignUserServicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnassignUserServices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UserServicesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unassignUserServices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"assigned"}}]}},{"kind":"Field","name":{"kind":"Name","value":"servicePacks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"assigned"}}]}}]}}]}}]} as unknown as DocumentNode<UnassignUserServicesMutation, UnassignUserServicesMutationVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"username"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"username"},"value":{"kind":"Variable","name":{"kind":"Name","value":"username"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const RefreshSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefreshSession"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshSession"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<RefreshSessionMutation, RefreshSessionMutationVariables>;
export const UpdateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"serviceProviderId"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"callingLineIdFirstName"}},{"kind":"Field","name":{"kind":"Name","value":"callingLineIdLastName"}},{"kind":"Field","name":{"kind":"Name","value":"extension"}},{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"}},{"kind":"Field","name":{"kind":"Name","value":"callingLineIdPhoneNumber"}},{"kind":"Field","name":{"kind":"Name","value":"emailAddress"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"passwordExpiresDays"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"alternateUserIds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alternateUserId"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addressLine1"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceProviderId"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"fullPath"}}]}},{"kind":"Field","name":{"kind":"Name","value":"endpointType"}},{"kind":"Field","name":{"kind":"Name","value":"endpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"linePort"}},{"kind":"Field","name":{"kind":"Name","value":"contacts"}},{"kind":"Field","name":{"kind":"Name","value":"staticRegistrationCapable"}},{"kind":"Field","name":{"kind":"Name","value":"useDomain"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessDeviceEndpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supportVisualDeviceManagement"}},{"kind":"Field","name":{"kind":"Name","value":"accessDevice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deviceName"}},{"kind":"Field","name":{"kind":"Name","value":"deviceType"}},{"kind":"Field","name":{"kind":"Name","value":"macAddress"}},{"kind":"Field","name":{"kind":"Name","value":"numberOfPorts"}},{"kind":"Field","name":{"kind":"Name","value":"unlimitedPorts"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrunkAddressingEndpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trunkGroupName"}},{"kind":"Field","name":{"kind":"Name","value":"isPilotUser"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateUserMutation, UpdateUserMutationVariables>;