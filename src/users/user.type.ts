import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import {
  type Address as AddressModel,
  type AlternateUserId as AlternateUserIdModel,
  type Department as DepartmentModel,
  type Endpoint as EndpointModel,
  EndpointType,
  type User as UserModel,
} from '../odin/model';
import { Address } from './address.type';
import { Department } from './department.type';
import { Endpoint } from './endpoint.type';

@ObjectType({ description: 'Another id a user can log in with.' })
export class AlternateUserId implements AlternateUserIdModel {
  @Field(() => String) alternateUserId!: string;
  @Field(() => String, { nullable: true }) description!: string | null;
}

@Directive('@key(fields: "userId")')
@ObjectType({ description: 'A BroadWorks user. Fields Odin leaves empty are null, never "".' })
export class User implements UserModel {
  @Field(() => ID, { description: 'Full user id including the domain.' }) userId!: string;
  @Field(() => String) serviceProviderId!: string;
  @Field(() => String) groupId!: string;
  @Field(() => String) firstName!: string;
  @Field(() => String) lastName!: string;
  @Field(() => String, { nullable: true }) callingLineIdFirstName!: string | null;
  @Field(() => String, { nullable: true }) callingLineIdLastName!: string | null;
  @Field(() => String, { nullable: true }) hiraganaFirstName!: string | null;
  @Field(() => String, { nullable: true }) hiraganaLastName!: string | null;
  @Field(() => String, { nullable: true }) extension!: string | null;
  @Field(() => String, { nullable: true }) phoneNumber!: string | null;
  @Field(() => String, { nullable: true }) callingLineIdPhoneNumber!: string | null;
  @Field(() => Boolean, { nullable: true }) phoneNumberActivated!: boolean | null;
  @Field(() => String, { nullable: true }) emailAddress!: string | null;
  @Field(() => String, { nullable: true }) language!: string | null;
  @Field(() => String, { nullable: true }) timeZone!: string | null;
  @Field(() => String, { nullable: true }) timeZoneDisplayName!: string | null;
  @Field(() => String, { nullable: true }) defaultAlias!: string | null;
  @Field(() => String, { nullable: true }) domain!: string | null;
  @Field(() => String, { nullable: true }) countryCode!: string | null;
  @Field(() => String, { nullable: true }) nationalPrefix!: string | null;
  @Field(() => String, { nullable: true }) title!: string | null;
  @Field(() => String, { nullable: true }) mobilePhoneNumber!: string | null;
  @Field(() => String, { nullable: true }) pagerPhoneNumber!: string | null;
  @Field(() => String, { nullable: true }) yahooId!: string | null;
  @Field(() => String, { nullable: true }) addressLocation!: string | null;
  @Field(() => Address, { nullable: true }) address!: AddressModel | null;
  @Field(() => String, { nullable: true }) networkClassOfService!: string | null;
  @Field(() => Boolean, { nullable: true }) allowVideo!: boolean | null;
  @Field(() => Boolean, { nullable: true }) isEnterprise!: boolean | null;
  @Field(() => Int, { nullable: true, description: 'null when the password never expires' })
  passwordExpiresDays!: number | null;
  @Field(() => [String]) aliases!: string[];
  @Field(() => [AlternateUserId]) alternateUserIds!: AlternateUserIdModel[];
  @Field(() => Department, { nullable: true, description: 'null when the user has none' })
  department!: DepartmentModel | null;
  @Field(() => EndpointType) endpointType!: EndpointType;
  @Field(() => Endpoint, { nullable: true, description: 'The endpoint endpointType names.' })
  endpoint!: EndpointModel | null;
}
