import type {
  AutoAttendant,
  AutoAttendantKey,
  AutoAttendantMenuKind,
  AutoAttendantRow,
  AutoAttendantSubmenu,
  GroupRef,
  Schedule,
  ScheduleEvent,
  ScheduleType,
} from './model';
import {
  normalizeAutoAttendant,
  normalizeAutoAttendantRows,
  normalizeEvents,
  normalizeKeys,
  normalizeSchedules,
} from './normalize-routing';
import { OdinError, isNotFound } from './odin-error';
import type { OdinCaller } from './session';
import type {
  WireAutoAttendant,
  WireAutoAttendantRow,
  WireEvent,
  WireMenu,
  WireSchedule,
  WireSubmenuRow,
} from './wire';
import { text } from './normalize';

/** Each menu's field on the attendant. */
export const MENU_FIELD: Record<AutoAttendantMenuKind, string> = {
  BUSINESS_HOURS: 'businessHoursMenu',
  AFTER_HOURS: 'afterHoursMenu',
  HOLIDAY: 'holidayMenu',
};

/** `TRANSFER_TO_SUBMENU` → `Transfer To Submenu`; Odin writes `Return to Previous Menu` so. */
export function odinKeyAction(action: string): string {
  if (action === 'RETURN_TO_PREVIOUS_MENU') return 'Return to Previous Menu';
  return action
    .split('_')
    .map((w) => w.charAt(0) + w.slice(1).toLowerCase())
    .join(' ');
}

/** A group's auto attendants and schedules (docs/odin/routing.md, sections d and e). */
export class OdinAutoAttendants {
  constructor(private readonly odin: OdinCaller) {}

  async ofGroup(where: GroupRef): Promise<AutoAttendantRow[]> {
    const rows = await this.odin.call<WireAutoAttendantRow[]>({
      method: 'GET',
      path: '/groups/auto-attendants',
      params: { ...where },
    });
    return normalizeAutoAttendantRows(rows, where);
  }

  async get(serviceUserId: string): Promise<AutoAttendant | null> {
    try {
      const wire = await this.odin.call<WireAutoAttendant>({
        method: 'GET',
        path: '/groups/auto-attendants',
        params: { serviceUserId },
      });
      return normalizeAutoAttendant(wire);
    } catch (err) {
      if (isNotFound(err)) return null;
      throw err;
    }
  }

  /** Its submenus with their keys: the list, then one read each; none for a Basic one (4xx). */
  async submenus(serviceUserId: string): Promise<AutoAttendantSubmenu[]> {
    let rows: WireSubmenuRow[];
    try {
      rows = await this.odin.call<WireSubmenuRow[]>({
        method: 'GET',
        path: '/groups/auto-attendants/submenus',
        params: { serviceUserId },
      });
    } catch (err) {
      if (err instanceof OdinError && err.kind === 'http' && (err.status === 400 || err.notFound))
        return [];
      throw err;
    }
    const ids = (Array.isArray(rows) ? rows : [])
      .map((r) => text(r?.submenuId))
      .filter((id): id is string => !!id);
    return Promise.all(
      ids.map(async (id) => {
        const wire = await this.odin.call<WireMenu>({
          method: 'GET',
          path: '/groups/auto-attendants/submenus',
          params: { serviceUserId, submenuId: id },
        });
        return { id, keys: normalizeKeys(wire?.keys) };
      }),
    );
  }

  /** Replaces one menu's keys; the rest of the menu and of the attendant are kept. */
  async setKeys(
    attendant: AutoAttendant,
    menu: AutoAttendantMenuKind,
    keys: Array<
      Omit<AutoAttendantKey, 'description' | 'phoneNumber' | 'submenuId'> &
        Partial<AutoAttendantKey>
    >,
  ): Promise<void> {
    await this.odin.call<unknown>({
      method: 'PUT',
      path: '/groups/auto-attendants',
      body: {
        serviceProviderId: attendant.serviceProviderId,
        groupId: attendant.groupId,
        serviceUserId: attendant.serviceUserId,
        serviceInstanceProfile: {},
        [MENU_FIELD[menu]]: {
          keys: keys.map((k) => ({
            key: k.key,
            action: odinKeyAction(k.action),
            description: k.description ?? null,
            phoneNumber: k.phoneNumber ?? null,
            submenuId: k.submenuId ?? null,
          })),
        },
      },
    });
  }

  async setActive(serviceUserId: string, active: boolean): Promise<void> {
    await this.odin.call<unknown>({
      method: 'PUT',
      path: '/groups/auto-attendants/status',
      body: { instances: [{ serviceUserId, isActive: active }] },
    });
  }

  async schedules(where: GroupRef): Promise<Schedule[]> {
    const rows = await this.odin.call<WireSchedule[]>({
      method: 'GET',
      path: '/groups/schedules',
      params: { ...where },
    });
    return normalizeSchedules(rows);
  }

  async events(where: GroupRef, name: string, type: ScheduleType): Promise<ScheduleEvent[]> {
    const rows = await this.odin.call<WireEvent[]>({
      method: 'GET',
      path: '/groups/events',
      params: { ...where, name, type: type === 'HOLIDAY' ? 'Holiday' : 'Time' },
    });
    return normalizeEvents(rows);
  }
}
