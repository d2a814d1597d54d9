import { Field, Int, InterfaceType, ObjectType, registerEnumType } from 'type-graphql';
import {
  type AccessDevice as AccessDeviceModel,
  type Endpoint as EndpointModel,
  EndpointType,
} from '../odin/model';

registerEnumType(EndpointType, {
  name: 'EndpointType',
  description: 'How calls reach the user: no endpoint, a device line port, or a trunk group.',
});

@ObjectType({ description: 'A device (phone, soft client, gateway) in BroadWorks.' })
export class AccessDevice implements AccessDeviceModel {
  @Field(() => String) deviceName!: string;
  @Field(() => String, { nullable: true }) deviceType!: string | null;
  @Field(() => String, { nullable: true }) deviceLevel!: string | null;
  @Field(() => String, { nullable: true }) protocol!: string | null;
  @Field(() => String, { nullable: true }) macAddress!: string | null;
  @Field(() => String, { nullable: true }) status!: string | null;
  @Field(() => String, { nullable: true }) transportProtocol!: string | null;
  @Field(() => String, { nullable: true }) version!: string | null;
  @Field(() => Int, { nullable: true, description: 'null when unlimitedPorts' })
  numberOfPorts!: number | null;
  @Field(() => Boolean) unlimitedPorts!: boolean;
  @Field(() => Int, { nullable: true }) numberOfAssignedPorts!: number | null;
}

@InterfaceType({
  description: 'Where the user is reached: the endpoint that endpointType names.',
  resolveType: (endpoint: EndpointModel) =>
    endpoint.kind === 'accessDevice' ? 'AccessDeviceEndpoint' : 'TrunkAddressingEndpoint',
})
export abstract class Endpoint {
  @Field(() => String, { nullable: true }) linePort!: string | null;
  @Field(() => [String]) contacts!: string[];
  @Field(() => Boolean, { nullable: true }) staticRegistrationCapable!: boolean | null;
  @Field(() => Boolean, { nullable: true }) useDomain!: boolean | null;
}

@ObjectType({ implements: Endpoint, description: 'A line port on an access device.' })
export class AccessDeviceEndpoint extends Endpoint {
  @Field(() => Boolean, { nullable: true }) supportVisualDeviceManagement!: boolean | null;
  @Field(() => AccessDevice, { nullable: true }) accessDevice!: AccessDeviceModel | null;
}

@ObjectType({ implements: Endpoint, description: 'A line port on a trunk group (a PBX).' })
export class TrunkAddressingEndpoint extends Endpoint {
  @Field(() => String, { nullable: true }) trunkGroupName!: string | null;
  @Field(() => Boolean, { nullable: true }) isPilotUser!: boolean | null;
  @Field(() => String, { nullable: true }) alternateTrunkIdentity!: string | null;
}
