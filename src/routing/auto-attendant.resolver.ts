import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../graphql/context';
import { BadUserInputError, NotFoundError } from '../graphql/errors';
import { refOf } from '../graphql/loaders';
import { Group } from '../groups/group.type';
import {
  type AutoAttendant as AutoAttendantModel,
  type AutoAttendantSubmenu as AutoAttendantSubmenuModel,
  AutoAttendantAction,
  AutoAttendantMenuKind,
  type Group as GroupModel,
  type GroupRef,
  type ScheduleEvent as ScheduleEventModel,
} from '../odin/model';
import { SetAutoAttendantKeysInput } from './auto-attendant.inputs';
import {
  AutoAttendant,
  AutoAttendantSubmenu,
  Schedule,
  ScheduleEvent,
} from './auto-attendant.type';

export type AutoAttendantView = AutoAttendantModel & { active?: boolean };

const MENUS: Record<AutoAttendantMenuKind, 'businessHoursMenu' | 'afterHoursMenu' | 'holidayMenu'> =
  {
    [AutoAttendantMenuKind.BUSINESS_HOURS]: 'businessHoursMenu',
    [AutoAttendantMenuKind.AFTER_HOURS]: 'afterHoursMenu',
    [AutoAttendantMenuKind.HOLIDAY]: 'holidayMenu',
  };

async function autoAttendantsOf(ctx: Context, ref: GroupRef): Promise<AutoAttendantView[]> {
  const rows = await ctx.loaders.autoAttendantRows.load(ref);
  const found = await Promise.all(rows.map((r) => ctx.loaders.autoAttendant.load(r.serviceUserId)));
  return found.flatMap((a, i) => (a ? [{ ...a, ...ref, active: rows[i].active }] : []));
}

export async function autoAttendantWithActive(
  ctx: Context,
  attendant: AutoAttendantModel,
): Promise<AutoAttendantView> {
  const rows = await ctx.loaders.autoAttendantRows.load(refOf(attendant));
  return {
    ...attendant,
    active: rows.find((r) => r.serviceUserId === attendant.serviceUserId)?.active ?? true,
  };
}

@Resolver(() => AutoAttendant)
export class AutoAttendantResolver {
  @FieldResolver(() => Boolean)
  async active(@Root() attendant: AutoAttendantView, @Ctx() ctx: Context): Promise<boolean> {
    return attendant.active ?? (await autoAttendantWithActive(ctx, attendant)).active ?? true;
  }

  @FieldResolver(() => Group)
  async group(@Root() attendant: AutoAttendantModel, @Ctx() ctx: Context): Promise<GroupModel> {
    const found = await ctx.loaders.group.load(refOf(attendant));
    if (!found) throw new NotFoundError(`Odin has no group ${attendant.groupId}`);
    return found;
  }

  @FieldResolver(() => [AutoAttendantSubmenu], { description: 'Standard attendants only' })
  submenus(
    @Root() attendant: AutoAttendantModel,
    @Ctx() ctx: Context,
  ): Promise<AutoAttendantSubmenuModel[]> {
    return ctx.loaders.autoAttendantSubmenus.load(attendant.serviceUserId);
  }

  @Mutation(() => AutoAttendant, { description: "Replaces one menu's keys" })
  async setAutoAttendantKeys(
    @Arg('input', () => SetAutoAttendantKeysInput) input: SetAutoAttendantKeysInput,
    @Ctx() ctx: Context,
  ): Promise<AutoAttendantView> {
    const attendant = await ctx.loaders.autoAttendant.load(input.serviceUserId);
    if (!attendant) throw new NotFoundError(`Odin has no auto attendant ${input.serviceUserId}`);
    if (input.menu === AutoAttendantMenuKind.HOLIDAY && attendant.type !== 'Standard')
      throw new BadUserInputError('Only a Standard auto attendant has a holiday menu', [
        { field: 'menu', message: 'HOLIDAY needs a Standard auto attendant' },
      ]);
    // A submenu key names a submenu that exists: read before any write.
    const wanted = input.keys.filter((k) => k.action === AutoAttendantAction.TRANSFER_TO_SUBMENU);
    if (wanted.length) {
      const ids = new Set(
        (await ctx.loaders.autoAttendantSubmenus.load(attendant.serviceUserId)).map((s) => s.id),
      );
      const missing = input.keys.flatMap((k, i) =>
        k.action === AutoAttendantAction.TRANSFER_TO_SUBMENU && !ids.has(k.submenuId ?? '')
          ? [{ field: `keys.${i}.submenuId`, message: `no submenu ${k.submenuId}` }]
          : [],
      );
      if (missing.length)
        throw new BadUserInputError('A key names a submenu that does not exist', missing);
    }
    const now = attendant[MENUS[input.menu]]?.keys ?? [];
    const same = (k: {
      key: string;
      action: string;
      description?: string | null;
      phoneNumber?: string | null;
      submenuId?: string | null;
    }) => `${k.key}|${k.action}|${k.description ?? ''}|${k.phoneNumber ?? ''}|${k.submenuId ?? ''}`;
    // The same keys again change nothing in Odin: no write.
    if (input.keys.map(same).join('\n') !== now.map(same).join('\n')) {
      await ctx.odin.autoAttendants.setKeys(attendant, input.menu, input.keys);
      ctx.loaders.autoAttendant.clear(input.serviceUserId);
      ctx.logger.info(
        { serviceUserId: input.serviceUserId, menu: input.menu },
        'auto attendant keys set',
      );
    }
    const after = await ctx.loaders.autoAttendant.load(input.serviceUserId);
    return autoAttendantWithActive(ctx, after ?? attendant);
  }
}

@Resolver(() => Schedule)
export class ScheduleResolver {
  @FieldResolver(() => [ScheduleEvent])
  events(@Root() schedule: Schedule, @Ctx() ctx: Context): Promise<ScheduleEventModel[]> {
    return ctx.odin.autoAttendants.events(refOf(schedule), schedule.name, schedule.type);
  }
}

@Resolver(() => Group)
export class GroupAutoAttendantsResolver {
  @FieldResolver(() => [AutoAttendant])
  autoAttendants(@Root() group: GroupModel, @Ctx() ctx: Context): Promise<AutoAttendantView[]> {
    return autoAttendantsOf(ctx, refOf(group));
  }

  @FieldResolver(() => [Schedule], { description: 'Time and holiday schedules' })
  async schedules(@Root() group: GroupModel, @Ctx() ctx: Context): Promise<Schedule[]> {
    const ref = refOf(group);
    return (await ctx.odin.autoAttendants.schedules(ref)).map((s) => ({ ...s, ...ref }));
  }
}
