import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../graphql/context';
import {
  type Connection,
  DEFAULT_PAGE,
  PageArgs,
  connectionOf,
  decode,
} from '../graphql/connection';
import { AppError, BadUserInputError } from '../graphql/errors';
import { Group } from '../groups/group.type';
import type { Group as GroupModel, User as UserModel } from '../odin/model';
import { User } from '../users/user.type';
import { AuditEvent, AuditEventConnection, AuditEventsArgs } from './audit-event.type';
import type { AuditEventRecord, AuditFilter, AuditReach } from './model';
import { AuditUnavailableError } from './store';

/** What a scoped caller may read of the trail: its instance, its places. */
function reachOf(ctx: Context): AuditReach | undefined {
  const caller = ctx.caller;
  if (!caller) return undefined;
  return {
    instance: caller.instance,
    places: caller.scope.all
      ? undefined
      : caller.scope.entries.map((entry) => entry.split('/', 2) as [string, string?]),
  };
}

/** A page of the trail, newest first; the cursor is an event's id. */
async function eventsPage(
  ctx: Context,
  filter: AuditFilter,
  { first, after }: PageArgs,
): Promise<Connection<AuditEventRecord>> {
  const from = after === undefined || after === null ? undefined : decode(after);
  if (from !== undefined && !/^\d{1,18}$/.test(from))
    throw new BadUserInputError('Not a cursor of this list', [
      { field: 'after', message: 'must be an endCursor this API answered' },
    ]);
  if (!ctx.audit)
    throw new AppError('The audit trail is off on this server (AUDIT=off)', 'SERVICE_UNAVAILABLE');
  const page = await ctx.audit.store
    .list(filter, { first: first ?? DEFAULT_PAGE, after: from }, reachOf(ctx))
    .catch((err: unknown) => {
      ctx.logger.warn(
        { err: { message: err instanceof Error ? err.message : String(err) } },
        'audit trail not readable',
      );
      throw new AuditUnavailableError('The audit trail cannot be read just now; try again shortly');
    });
  return connectionOf(page.events, (e) => e.id, {
    hasNextPage: page.hasNextPage,
    hasPreviousPage: from !== undefined,
    totalCount: page.totalCount,
  });
}

@Resolver(() => AuditEvent)
export class AuditResolver {
  @Query(() => AuditEventConnection, {
    description: 'Who changed what, newest first; a scoped key sees the events of its customers',
  })
  auditEvents(
    @Args(() => AuditEventsArgs) { filter, ...page }: AuditEventsArgs,
    @Ctx() ctx: Context,
  ) {
    return eventsPage(ctx, filter ?? {}, page);
  }
}

@Resolver(() => User)
export class UserAuditResolver {
  @FieldResolver(() => AuditEventConnection, { description: "This user's changes, newest first" })
  auditEvents(@Root() user: UserModel, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context) {
    return eventsPage(ctx, { entityKind: 'USER', entityId: user.userId }, page);
  }
}

@Resolver(() => Group)
export class GroupAuditResolver {
  @FieldResolver(() => AuditEventConnection, {
    description: 'Changes in this group (its users, devices, numbers, jobs), newest first',
  })
  auditEvents(
    @Root() group: GroupModel,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return eventsPage(
      ctx,
      { serviceProviderId: group.serviceProviderId, groupId: group.groupId },
      page,
    );
  }
}
