import { Arg, Args, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../graphql/context';
import { NotFoundError } from '../graphql/errors';
import { refOf } from '../graphql/loaders';
import { type AutoAttendantView, autoAttendantWithActive } from './auto-attendant.resolver';
import { type CallCenterView, callCenterWithActive } from './call-center.resolver';
import { type HuntGroupView, forget, withActive } from './hunt-group.resolver';
import { ServiceInstance, ServiceUserIdArgs } from './service-instance.type';

type InstanceView = HuntGroupView | CallCenterView | AutoAttendantView;

/** Whichever kind holds the id: one read per kind until one answers. */
async function findInstance(ctx: Context, serviceUserId: string): Promise<InstanceView | null> {
  const huntGroup = await ctx.loaders.huntGroup.load(serviceUserId);
  if (huntGroup) return withActive(ctx, huntGroup);
  const callCenter = await ctx.loaders.callCenter.load(serviceUserId);
  if (callCenter) return callCenterWithActive(ctx, callCenter);
  const autoAttendant = await ctx.loaders.autoAttendant.load(serviceUserId);
  if (autoAttendant) return autoAttendantWithActive(ctx, autoAttendant);
  return null;
}

@Resolver(() => ServiceInstance)
export class ServiceInstanceResolver {
  @Query(() => ServiceInstance, {
    nullable: true,
    description: 'A hunt group, call center or auto attendant by its id; null when there is none',
  })
  serviceInstance(
    @Args(() => ServiceUserIdArgs) { serviceUserId }: ServiceUserIdArgs,
    @Ctx() ctx: Context,
  ): Promise<InstanceView | null> {
    return findInstance(ctx, serviceUserId);
  }

  @Mutation(() => ServiceInstance, {
    description:
      'Turns a hunt group, call center or auto attendant on or off (the same again writes nothing)',
  })
  async setServiceInstanceActive(
    @Args(() => ServiceUserIdArgs) { serviceUserId }: ServiceUserIdArgs,
    @Arg('active', () => Boolean) active: boolean,
    @Ctx() ctx: Context,
  ): Promise<InstanceView> {
    const now = await findInstance(ctx, serviceUserId);
    if (!now) throw new NotFoundError(`Odin has no service instance ${serviceUserId}`);
    if (now.active === active) return now;
    if (now.kind === 'HUNT_GROUP') await ctx.odin.huntGroups.setActive(serviceUserId, active);
    else if (now.kind === 'CALL_CENTER')
      await ctx.odin.callCenters.setActive(serviceUserId, active);
    else await ctx.odin.autoAttendants.setActive(serviceUserId, active);
    forget(ctx, refOf(now), serviceUserId);
    ctx.loaders.callCenter.clear(serviceUserId);
    ctx.loaders.callCenterRows.clear(refOf(now));
    ctx.loaders.autoAttendant.clear(serviceUserId);
    ctx.loaders.autoAttendantRows.clear(refOf(now));
    ctx.logger.info({ serviceUserId, active }, 'service instance turned on or off');
    return (await findInstance(ctx, serviceUserId)) ?? now;
  }
}
