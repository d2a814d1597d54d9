import { Field, Int, ObjectType } from 'type-graphql';
import type {
  DoNotDisturb as DoNotDisturbModel,
  Forwarding as ForwardingModel,
  SelectiveCriterion as SelectiveCriterionModel,
  SelectiveForwarding as SelectiveForwardingModel,
} from '../odin/model';

@ObjectType({ description: 'One forwarding of a user; the target is kept when it is turned off.' })
export class Forwarding implements ForwardingModel {
  @Field(() => Boolean) active!: boolean;
  @Field(() => String, {
    nullable: true,
    description: 'Exactly as Odin holds it: an extension, a number, or a code and digits',
  })
  forwardTo!: string | null;
  @Field(() => Int, { nullable: true, description: 'No answer: rings before forwarding' })
  numberOfRings!: number | null;
  @Field(() => Boolean, { nullable: true, description: 'Always and busy: a short ring' })
  ringSplash!: boolean | null;
}

@ObjectType({ description: 'One rule of selective forwarding.' })
export class SelectiveCriterion implements SelectiveCriterionModel {
  @Field(() => String) name!: string;
  @Field(() => Boolean) active!: boolean;
  @Field(() => String, { nullable: true }) forwardTo!: string | null;
  @Field(() => String, { nullable: true, description: 'A time schedule name' })
  timeSchedule!: string | null;
  @Field(() => String, { nullable: true, description: 'A holiday schedule name' })
  holidaySchedule!: string | null;
  @Field(() => String, { nullable: true, description: 'Whose calls it applies to' })
  callsFrom!: string | null;
}

@ObjectType({ description: 'Selective forwarding (read only).' })
export class SelectiveForwarding implements SelectiveForwardingModel {
  @Field(() => Boolean) active!: boolean;
  @Field(() => String, { nullable: true }) defaultForwardTo!: string | null;
  @Field(() => [SelectiveCriterion]) criteria!: SelectiveCriterionModel[];
}

/** What `User.callForwarding` resolves from: the user, its fields read when asked. */
export interface CallForwardingSource {
  userId: string;
  serviceProviderId: string;
  groupId: string;
}

@ObjectType({
  description: "A user's forwarding; a kind is null when the user lacks that service.",
})
export class CallForwarding {
  declare source: CallForwardingSource;
}

@ObjectType({ description: 'Do not disturb: calls meet busy treatment while it is active.' })
export class DoNotDisturb implements DoNotDisturbModel {
  @Field(() => Boolean) active!: boolean;
  @Field(() => Boolean) ringSplash!: boolean;
}
