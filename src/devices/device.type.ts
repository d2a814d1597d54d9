import { Directive, Field, Int, ObjectType } from 'type-graphql';
import type { AccessDevice as AccessDeviceModel } from '../odin/model';

@Directive('@key(fields: "serviceProviderId groupId deviceName")')
@ObjectType({ description: 'A device (phone, soft client, gateway) in BroadWorks.' })
export class AccessDevice implements AccessDeviceModel {
  @Field(() => String) deviceName!: string;
  @Field(() => String, { nullable: true }) serviceProviderId!: string | null;
  @Field(() => String, { nullable: true }) groupId!: string | null;
  @Field(() => String, { nullable: true }) deviceType!: string | null;
  @Field(() => String, { nullable: true }) deviceLevel!: string | null;
  @Field(() => String, { nullable: true }) protocol!: string | null;
  @Field(() => String, { nullable: true, description: '12 upper-case hex digits' })
  macAddress!: string | null;
  @Field(() => String, { nullable: true }) status!: string | null;
  @Field(() => String, { nullable: true }) transportProtocol!: string | null;
  @Field(() => String, { nullable: true }) version!: string | null;
  @Field(() => Int, { nullable: true, description: 'null when unlimitedPorts' })
  numberOfPorts!: number | null;
  @Field(() => Boolean) unlimitedPorts!: boolean;
  @Field(() => Int, { nullable: true }) numberOfAssignedPorts!: number | null;
  @Field(() => String, { nullable: true }) serialNumber!: string | null;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field(() => String, { nullable: true }) physicalLocation!: string | null;
  @Field(() => String, {
    nullable: true,
    description: "The device's own credentials' user name; the password is never shown",
  })
  userName!: string | null;
}
