import {
  ArgsType,
  Directive,
  Field,
  ID,
  InterfaceType,
  Int,
  ObjectType,
  registerEnumType,
} from 'type-graphql';
import { IsUserId } from '../graphql/validation';
import { Group } from '../groups/group.type';
import {
  CallCenterAction,
  type CallCenter as CallCenterModel,
  type CallCenterTreatment as CallCenterTreatmentModel,
  CallCenterTreatmentKind,
  type Group as GroupModel,
  type HuntGroup as HuntGroupModel,
  HuntPolicy,
} from '../odin/model';

registerEnumType(HuntPolicy, {
  name: 'HuntPolicy',
  description: 'How calls are offered to agents',
});
registerEnumType(CallCenterAction, {
  name: 'CallCenterAction',
  description: 'What a call center does with a call it cannot give an agent',
});
registerEnumType(CallCenterTreatmentKind, {
  name: 'CallCenterTreatmentKind',
  description:
    'OVERFLOW: queue full or waited too long; STRANDED: no agent signed in; STRANDED_UNAVAILABLE: all agents unavailable',
});

const KINDS: Record<string, string> = {
  HUNT_GROUP: 'HuntGroup',
  CALL_CENTER: 'CallCenter',
  AUTO_ATTENDANT: 'AutoAttendant',
};

@InterfaceType({
  description: 'A group service that receives calls: it has an id like a user, and a number',
  resolveType: (value: { kind?: string }) => KINDS[value.kind ?? ''],
})
export abstract class ServiceInstance {
  @Field(() => ID) serviceUserId!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) phoneNumber!: string | null;
  @Field(() => String, { nullable: true }) extension!: string | null;
  @Field(() => Boolean, { description: 'Receiving calls; set with setServiceInstanceActive' })
  active!: boolean;
  @Field(() => String) serviceProviderId!: string;
  @Field(() => String) groupId!: string;
  @Field(() => Group) group!: GroupModel;
}

@Directive('@key(fields: "serviceUserId")')
@ObjectType({
  implements: ServiceInstance,
  description: 'A hunt group: calls offered to its agents by its policy',
})
export class HuntGroup
  extends ServiceInstance
  implements Omit<HuntGroupModel, 'kind' | 'agentUserIds'>
{
  @Field(() => HuntPolicy) policy!: HuntPolicy;
  @Field(() => Boolean, { description: 'An agent that does not answer passes the call on' })
  huntAfterNoAnswer!: boolean;
  @Field(() => Int, { nullable: true, description: 'Rings per agent before the next' })
  noAnswerRings!: number | null;
  @Field(() => Boolean, { description: 'An unanswered call leaves for forwardTo' })
  forwardAfterTimeout!: boolean;
  @Field(() => Int, { nullable: true }) forwardTimeoutSeconds!: number | null;
  @Field(() => String, { nullable: true, description: 'As Odin holds it' })
  forwardTo!: string | null;
  @Field(() => Boolean) notReachableForwarding!: boolean;
  @Field(() => String, { nullable: true }) notReachableForwardTo!: string | null;
}

@ObjectType({ description: 'A deleted service instance, and the number it held, now free.' })
export class DeleteServiceInstancePayload {
  @Field(() => ID) serviceUserId!: string;
  @Field(() => Boolean) deleted!: boolean;
  @Field(() => String, { nullable: true }) freedPhoneNumber!: string | null;
}

@ObjectType({ description: "A call center's handling of calls it cannot place." })
export class CallCenterTreatment implements CallCenterTreatmentModel {
  @Field(() => CallCenterAction) action!: CallCenterAction;
  @Field(() => String, { nullable: true, description: 'Where TRANSFER sends the call' })
  transferTo!: string | null;
  @Field(() => Int, { nullable: true, description: 'Overflow: after this long in the queue' })
  afterSeconds!: number | null;
}

@Directive('@key(fields: "serviceUserId")')
@ObjectType({ implements: ServiceInstance, description: 'A call center: a queue and its agents' })
export class CallCenter extends ServiceInstance implements Omit<CallCenterModel, 'kind'> {
  @Field(() => String, { nullable: true, description: 'Basic, Standard or Premium' })
  type!: string | null;
  @Field(() => HuntPolicy) policy!: HuntPolicy;
  @Field(() => Int, { nullable: true }) queueLength!: number | null;
}

@ObjectType({ description: 'A user as an agent of a call center, with its state there.' })
export class CallCenterAgent {
  declare serviceUserId: string;
  declare userId: string;
  @Field(() => Int, { nullable: true, description: '1 to 20' }) skillLevel!: number | null;
}

@ArgsType()
export class ServiceUserIdArgs {
  @Field(() => ID, { description: 'The service instance id: local@domain' })
  @IsUserId()
  serviceUserId!: string;
}
