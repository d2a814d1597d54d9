import { Field, InterfaceType, ObjectType, registerEnumType } from 'type-graphql';
import { AccessDevice } from '../devices/device.type';
import {
  type AccessDevice as AccessDeviceModel,
  type Endpoint as EndpointModel,
  EndpointType,
} from '../odin/model';

registerEnumType(EndpointType, {
  name: 'EndpointType',
  description: 'How calls reach the user: no endpoint, a device line port, or a trunk group.',
});

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
