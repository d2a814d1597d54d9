import { type GraphQLSchema, defaultFieldResolver } from 'graphql';
import type { Context } from '../graphql/context';
import { READERS, SCOPE_RULES, readableId, valuesAt } from '../tenancy/scope-rules';
import type { AuditStart } from './model';
import { changesOf, placeIn } from './trail';

/** What the trail calls the entity a reader reads. */
const KIND_OF_READER: Record<keyof typeof READERS, string> = {
  user: 'USER',
  huntGroup: 'HUNT_GROUP',
  callCenter: 'CALL_CENTER',
  autoAttendant: 'AUTO_ATTENDANT',
  serviceInstance: 'SERVICE_INSTANCE',
  job: 'BULK_JOB',
};

const first = (args: unknown, ...paths: string[]): string | undefined => {
  for (const path of paths) {
    const value = valuesAt(args, path)[0]?.value;
    if (typeof value === 'string') return value;
  }
  return undefined;
};

type Target = Pick<AuditStart, 'entityKind' | 'entityId' | 'serviceProviderId' | 'groupId'>;

/**
 * What a mutation changes, from its arguments and the field's scope rule: an entity named by
 * id (its place is read just before the first write), or the place the
 * arguments name, and the user, device or group in it.
 */
function targetOf(field: string, args: Record<string, unknown>): Target {
  const rule = SCOPE_RULES.Mutation[field];
  const entity = rule?.entity;
  if (entity)
    return { entityKind: KIND_OF_READER[entity.read], entityId: first(args, entity.path) ?? null };
  const [spPath, groupPath] = rule?.places?.[0] ?? [];
  const serviceProviderId = spPath ? first(args, spPath) : undefined;
  const groupId = groupPath ? first(args, groupPath) : undefined;
  const place = { serviceProviderId: serviceProviderId ?? null, groupId: groupId ?? null };
  if (field === 'login') return { entityKind: 'SESSION', entityId: first(args, 'username') };
  if (field.startsWith('start')) return { entityKind: 'BULK_JOB', ...place };
  const userId = first(args, 'input.userId', 'input.user.userId', 'userId');
  if (userId || field.endsWith('Users')) return { entityKind: 'USER', entityId: userId, ...place };
  const deviceName = first(args, 'input.deviceName', 'deviceName');
  if (deviceName) return { entityKind: 'DEVICE', entityId: deviceName, ...place };
  return groupId ? { entityKind: 'GROUP', entityId: groupId, ...place } : place;
}

/** A created user's or a started job's id, known from the answer only. */
function entityIn(answer: unknown): string | undefined {
  const a = answer as Record<string, unknown> | null | undefined;
  const user = a?.user as Record<string, unknown> | null | undefined;
  const id = a?.userId ?? user?.userId ?? a?.id;
  return typeof id === 'string' ? id : undefined;
}

/**
 * Every mutation field of a built schema recorded in the audit trail, around everything else
 * (the scope guard too: a refused change is an event as well).
 */
export function auditMutations(schema: GraphQLSchema): void {
  for (const field of Object.values(schema.getMutationType()?.getFields() ?? {})) {
    const resolve = field.resolve ?? defaultFieldResolver;
    field.resolve = async (source, args: Record<string, unknown>, ctx: Context, info) => {
      const trail = ctx.audit;
      if (!trail) return resolve(source, args, ctx, info);
      const target = targetOf(info.fieldName, args);
      const entity = SCOPE_RULES.Mutation[info.fieldName]?.entity;
      const id = target.entityId;
      return trail.record(
        {
          instance: ctx.instance,
          caller:
            info.fieldName === 'login' && typeof args.username === 'string'
              ? args.username
              : trail.callerOf(ctx.callerName, ctx.callerToken),
          requestId: ctx.requestId,
          operationName: info.operation.name?.value ?? null,
          field: info.fieldName,
          ...target,
          changes: changesOf(args),
        },
        async () => resolve(source, args, ctx, info) as unknown,
        {
          ending: (answer) => (id ? {} : { entityId: entityIn(answer) ?? null }),
          // An entity named by id: its place, read (through the request's loaders, as the
          // field reads it) just before the first write, once the arguments passed their rules.
          locate: async () =>
            entity && readableId(entity.read, id)
              ? placeIn(await READERS[entity.read](ctx, id).catch(() => null))
              : {},
        },
      );
    };
  }
}
