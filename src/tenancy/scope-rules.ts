import { type GraphQLResolveInfo, type GraphQLSchema, defaultFieldResolver } from 'graphql';
import type { Context } from '../graphql/context';
import { AppError, NotFoundError } from '../graphql/errors';
import { type Caller, Role, allows } from './scope';
import { isUserId } from '../graphql/validation';

/** Where an entity lives, as the layer's models name it. */
export interface Place {
  serviceProviderId: string;
  groupId?: string | null;
}

/** What reads the entity an argument names, through the request's loaders. */
type Reader = (ctx: Context, id: string) => Promise<unknown>;

export const READERS = {
  user: (ctx, id) => ctx.loaders.user.load(id),
  huntGroup: (ctx, id) => ctx.loaders.huntGroup.load(id),
  callCenter: (ctx, id) => ctx.loaders.callCenter.load(id),
  autoAttendant: (ctx, id) => ctx.loaders.autoAttendant.load(id),
  serviceInstance: async (ctx, id) =>
    (await ctx.loaders.huntGroup.load(id)) ??
    (await ctx.loaders.callCenter.load(id)) ??
    (await ctx.loaders.autoAttendant.load(id)),
  job: async (ctx, id) => (ctx.imports ? ((await ctx.imports.store.get(id)) ?? null) : null),
} satisfies Record<string, Reader>;

/**
 * How one root field is confined to a caller's customers. Every field of Query, Mutation and
 * Subscription has one (a generated test fails on a field without).
 */
export interface ScopeRule {
  /** The role it needs; default VIEWER for queries and subscriptions, OPERATOR for mutations. */
  role?: Role;
  /** No role and no scope: the passthrough session's own calls. */
  open?: true;
  /**
   * Arguments that name a service provider and a group, as paths (`input.groupId`; `[]`
   * walks a list): out of scope is FORBIDDEN, before any Odin call.
   */
  places?: Array<[string, string?]>;
  /** An entity the arguments name by id, read first: out of scope it is NOT_FOUND. */
  entity?: { path: string; read: keyof typeof READERS };
  /** The answer confined: an entity out of scope is null, a list keeps what is in scope. */
  answer?: 'entity' | 'list';
  /** What the resolver confines itself (the rows of a CSV, a job's rows, a walk's start). */
  own?: string;
}

const user = (path: string): ScopeRule['entity'] => ({ path, read: 'user' });
const group = (prefix = ''): [string, string] => [`${prefix}serviceProviderId`, `${prefix}groupId`];

export const SCOPE_RULES: Record<
  'Query' | 'Mutation' | 'Subscription',
  Record<string, ScopeRule>
> = {
  Query: {
    auditEvents: {
      places: [group('filter.')],
      own: 'events outside the scope (or of another instance) are left out of the pages',
    },
    bulkJob: { answer: 'entity' },
    bulkJobs: { answer: 'list' },
    bulkJobsConnection: { own: 'jobs outside the scope are left out of the pages' },
    callFlow: {
      places: [group()],
      own: 'a number’s flow starts at its holder: out of scope, null',
    },
    generatedPassword: { places: [group()] },
    group: { places: [group()], answer: 'entity' },
    numberHolder: { answer: 'entity' },
    serviceInstance: { answer: 'entity' },
    user: { answer: 'entity' },
    users: { places: [group()], answer: 'list' },
  },
  Mutation: {
    addGroupNumbers: { role: Role.ADMIN, places: [group('input.')] },
    removeGroupNumbers: { role: Role.ADMIN, places: [group('input.')] },
    setGroupNumbersActivated: { role: Role.ADMIN, places: [group('input.')] },
    assignUserServices: { entity: user('input.userId') },
    unassignUserServices: { entity: user('input.userId') },
    cancelBulkJob: { entity: { path: 'id', read: 'job' } },
    createDevice: { places: [group('input.')] },
    updateDevice: { places: [group('input.')] },
    deleteDevice: { places: [group()] },
    createHuntGroup: { places: [group('input.')] },
    updateHuntGroup: { entity: { path: 'input.serviceUserId', read: 'huntGroup' } },
    deleteHuntGroup: { entity: { path: 'serviceUserId', read: 'huntGroup' } },
    setAutoAttendantKeys: { entity: { path: 'input.serviceUserId', read: 'autoAttendant' } },
    setCallCenterAgents: { entity: { path: 'input.serviceUserId', read: 'callCenter' } },
    setCallCenterTreatment: { entity: { path: 'input.serviceUserId', read: 'callCenter' } },
    setServiceInstanceActive: { entity: { path: 'serviceUserId', read: 'serviceInstance' } },
    createUser: { places: [group('input.')] },
    createUsers: { places: [group('inputs[].')] },
    updateUser: { entity: user('input.userId') },
    deleteUser: { entity: user('userId') },
    setCallForwarding: { entity: user('input.userId') },
    setDoNotDisturb: { entity: user('input.userId') },
    setSipAuthentication: { entity: user('input.userId') },
    provisionUser: { places: [group('input.user.')] },
    deprovisionUser: { entity: user('input.userId') },
    startUserImport: {
      places: [group('input.'), group('input.inputs[].')],
      own: 'CSV rows are checked once read',
    },
    startProvisioningImport: {
      places: [group('input.'), group('input.inputs[].user.')],
      own: 'CSV rows are checked once read',
    },
    startDeprovisioningImport: { own: 'each row’s user is read: out of scope, NOT_FOUND' },
    login: { open: true },
    refreshSession: { open: true },
  },
  Subscription: {
    bulkJobProgress: { own: 'a job out of scope is NOT_FOUND' },
  },
};

/** The values at a path of the arguments; `[]` walks a list. */
export function valuesAt(args: unknown, path: string): Array<{ value: unknown; at: string }> {
  let found: Array<{ value: unknown; at: string }> = [{ value: args, at: '' }];
  for (const part of path.split('.')) {
    const list = part.endsWith('[]');
    const key = list ? part.slice(0, -2) : part;
    found = found.flatMap(({ value, at }) => {
      const next = (value as Record<string, unknown> | null | undefined)?.[key];
      const here = at ? `${at}.${key}` : key;
      if (!list) return next === undefined || next === null ? [] : [{ value: next, at: here }];
      return Array.isArray(next) ? next.map((v, i) => ({ value: v, at: `${here}[${i}]` })) : [];
    });
  }
  return found;
}

const outside = (what: string, value: string) =>
  new AppError(`${what} ${value} is outside this key’s scope`, 'FORBIDDEN', { field: what });

/** A place named by a request: FORBIDDEN unless the caller's scope has it. */
export function checkPlace(
  caller: Caller,
  place: { serviceProviderId?: unknown; groupId?: unknown },
  names: { serviceProviderId: string; groupId: string },
): void {
  const sp = place.serviceProviderId;
  const g = place.groupId;
  if (typeof sp !== 'string') return;
  if (!caller.scope.touches(sp)) throw outside(names.serviceProviderId, sp);
  if (typeof g === 'string' && !caller.scope.covers(sp, g)) throw outside(names.groupId, g);
}

/** Whether an answer (an entity, a job) is in the caller's scope; what has no place is. */
export function inScope(caller: Caller | undefined, value: unknown): boolean {
  if (!caller || value === null || value === undefined || typeof value !== 'object') return true;
  const v = value as {
    serviceProviderId?: unknown;
    groupId?: unknown;
    scope?: unknown;
    instance?: unknown;
  };
  // A job: of the caller's instance, and within its scope.
  if (Array.isArray(v.scope))
    return (
      (v.instance ?? 'default') === caller.instance && caller.scope.includes(v.scope as string[])
    );
  if (typeof v.serviceProviderId === 'string')
    return caller.scope.covers(
      v.serviceProviderId,
      typeof v.groupId === 'string' ? v.groupId : null,
    );
  return true;
}

const ROOTS = new Set(['Query', 'Mutation', 'Subscription']);
const JOB_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * Every root field, for a scoped caller (a key of GRAPHQL_API_KEYS_FILE): the role first,
 * then the places its arguments name (FORBIDDEN, no Odin call), then (confineEntity, once the
 * arguments are valid) an entity named by id, then the answer confined. Callers with the whole
 * of an instance as ADMIN, and passthrough callers, pass untouched.
 */
async function scopeGuard(
  {
    args,
    context,
    info,
  }: { args: Record<string, unknown>; context: Context; info: GraphQLResolveInfo },
  next: () => Promise<unknown>,
): Promise<unknown> {
  const caller = context.caller;
  if (!caller || !ROOTS.has(info.parentType.name)) return next();
  const rule = ruleOf(info);
  if (rule.open) return next();
  const needed = rule.role ?? (info.parentType.name === 'Mutation' ? Role.OPERATOR : Role.VIEWER);
  if (!allows(caller.role, needed))
    throw new AppError(
      `${info.fieldName} needs the ${needed} role; this key is ${caller.role}`,
      'FORBIDDEN',
    );
  for (const [spPath, groupPath] of rule.places ?? []) {
    const spAt = spPath.includes('.') ? spPath.slice(0, spPath.lastIndexOf('.')) : '';
    const holders = spAt ? valuesAt(args, spAt) : [{ value: args, at: '' }];
    const leaf = (path: string) => path.slice(path.lastIndexOf('.') + 1);
    for (const { value, at } of holders) {
      const place = value as Record<string, unknown>;
      const name = (field: string) => (at ? `${at}.${field}` : field);
      checkPlace(
        caller,
        {
          serviceProviderId: place[leaf(spPath)],
          groupId: groupPath ? place[leaf(groupPath)] : undefined,
        },
        {
          serviceProviderId: name(leaf(spPath)),
          groupId: name(groupPath ? leaf(groupPath) : 'groupId'),
        },
      );
    }
  }
  // An entity named by id is read once the arguments passed their rules (confineEntity).
  const answer = await next();
  if (rule.answer === 'entity') return inScope(caller, answer) ? answer : null;
  if (rule.answer === 'list' && Array.isArray(answer))
    return answer.filter((item) => inScope(caller, item));
  return answer;
}

/**
 * A scoped caller's mutation of an entity named by id (`updateUser(input: {userId})`): the
 * entity is read (through the request's loaders, as the field would) and, out of the caller's
 * scope, answered NOT_FOUND before the field runs, so no write is made and nothing tells that
 * it exists. Called by the arguments' validation once an argument passed its rules, so that
 * nothing hostile is read.
 */
export async function confineEntity({
  args,
  context,
  info,
}: {
  args: Record<string, unknown>;
  context: Context;
  info: GraphQLResolveInfo;
}): Promise<void> {
  const caller = context.caller;
  if (!caller || !ROOTS.has(info.parentType.name)) return;
  const entity = ruleOf(info).entity;
  if (!entity) return;
  const [id] = valuesAt(args, entity.path);
  const value = id?.value;
  if (!readableId(entity.read, value)) return;
  const found = await READERS[entity.read](context, value).catch(() => null);
  if (found && !inScope(caller, found)) throw new NotFoundError(`No ${entity.read} ${value}`);
}

/** Only an id that could be one is read (nothing hostile reaches Odin or the job store). */
export const readableId = (read: keyof typeof READERS, value: unknown): value is string =>
  typeof value === 'string' && (read === 'job' ? JOB_ID.test(value) : isUserId(value));

function ruleOf(info: GraphQLResolveInfo): ScopeRule {
  const rule = SCOPE_RULES[info.parentType.name as keyof typeof SCOPE_RULES]?.[info.fieldName];
  // A field without a rule is refused to scoped callers: the generated test names it.
  if (!rule) throw new AppError(`${info.fieldName} has no scope rule`, 'FORBIDDEN');
  return rule;
}

/**
 * The guard on every root field of a built schema (Query, Mutation, Subscription events): its
 * resolver wrapped, so that nested fields pay nothing for it.
 */
export function guardRoots(schema: GraphQLSchema): void {
  for (const root of [
    schema.getQueryType(),
    schema.getMutationType(),
    schema.getSubscriptionType(),
  ])
    for (const field of Object.values(root?.getFields() ?? {})) {
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context: Context, info) =>
        context.caller
          ? scopeGuard({ args, context, info }, async () => resolve(source, args, context, info))
          : resolve(source, args, context, info);
    }
}
