import { Field, ObjectType } from 'type-graphql';
import type { Address as AddressModel } from '../odin/model';

@ObjectType({ description: 'A postal address, as BroadWorks stores it for a user.' })
export class Address implements AddressModel {
  @Field(() => String, { nullable: true }) addressLine1!: string | null;
  @Field(() => String, { nullable: true }) addressLine2!: string | null;
  @Field(() => String, { nullable: true }) city!: string | null;
  @Field(() => String, { nullable: true }) stateOrProvince!: string | null;
  @Field(() => String, { nullable: true }) zipOrPostalCode!: string | null;
  @Field(() => String, { nullable: true }) country!: string | null;
}
