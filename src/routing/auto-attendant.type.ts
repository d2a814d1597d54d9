import { Directive, Field, ObjectType, registerEnumType } from 'type-graphql';
import {
  AutoAttendantAction,
  type AutoAttendant as AutoAttendantModel,
  type AutoAttendantKey as AutoAttendantKeyModel,
  type AutoAttendantMenu as AutoAttendantMenuModel,
  AutoAttendantMenuKind,
  type AutoAttendantSubmenu as AutoAttendantSubmenuModel,
  type ScheduleEvent as ScheduleEventModel,
  ScheduleType,
} from '../odin/model';
import { ServiceInstance } from './service-instance.type';

registerEnumType(AutoAttendantAction, { name: 'AutoAttendantAction' });
registerEnumType(AutoAttendantMenuKind, { name: 'AutoAttendantMenuKind' });
registerEnumType(ScheduleType, { name: 'ScheduleType' });

@ObjectType({ description: 'One key of a menu and what pressing it does.' })
export class AutoAttendantKey implements AutoAttendantKeyModel {
  @Field(() => String, { description: '0 to 9, * or #' }) key!: string;
  @Field(() => AutoAttendantAction) action!: AutoAttendantAction;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field(() => String, { nullable: true, description: 'Where a transfer goes, as Odin holds it' })
  phoneNumber!: string | null;
  @Field(() => String, { nullable: true, description: 'TRANSFER_TO_SUBMENU: which submenu' })
  submenuId!: string | null;
}

@ObjectType({ description: 'A menu of an auto attendant.' })
export class AutoAttendantMenu implements AutoAttendantMenuModel {
  @Field(() => Boolean, { nullable: true, description: 'Callers may dial an extension' })
  extensionDialing!: boolean | null;
  @Field(() => [AutoAttendantKey]) keys!: AutoAttendantKeyModel[];
}

@ObjectType({ description: 'A submenu of a Standard auto attendant.' })
export class AutoAttendantSubmenu implements AutoAttendantSubmenuModel {
  @Field(() => String) id!: string;
  @Field(() => [AutoAttendantKey]) keys!: AutoAttendantKeyModel[];
}

@Directive('@key(fields: "serviceUserId")')
@ObjectType({
  implements: ServiceInstance,
  description: 'An auto attendant: menus of keys for business hours, after hours and holidays',
})
export class AutoAttendant
  extends ServiceInstance
  implements Omit<AutoAttendantModel, 'kind' | 'active'>
{
  @Field(() => String, { nullable: true, description: 'Basic or Standard' }) type!: string | null;
  @Field(() => String, { nullable: true, description: 'The Time schedule of business hours' })
  businessHours!: string | null;
  @Field(() => String, { nullable: true, description: 'The Holiday schedule' })
  holidaySchedule!: string | null;
  @Field(() => AutoAttendantMenu) businessHoursMenu!: AutoAttendantMenuModel;
  @Field(() => AutoAttendantMenu) afterHoursMenu!: AutoAttendantMenuModel;
  @Field(() => AutoAttendantMenu, { nullable: true, description: 'Standard only' })
  holidayMenu!: AutoAttendantMenuModel | null;
}

@ObjectType({ description: 'A time or holiday schedule of a group.' })
export class Schedule {
  @Field(() => String) name!: string;
  @Field(() => ScheduleType) type!: ScheduleType;
  declare serviceProviderId: string;
  declare groupId: string;
}

@ObjectType({ description: 'One event of a schedule; times are the group’s local time.' })
export class ScheduleEvent implements ScheduleEventModel {
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) start!: string | null;
  @Field(() => String, { nullable: true }) end!: string | null;
  @Field(() => Boolean, { nullable: true }) allDay!: boolean | null;
  @Field(() => String, { nullable: true, description: 'iCalendar DTSTART and RRULE' })
  recurrence!: string | null;
}
