import { IsOptional, Matches, ValidateNested } from 'class-validator';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, InputType } from 'type-graphql';
import type { UserSettings } from '../odin/model';
import {
  EXTENSION,
  IsEmailAddress,
  IsPhoneNumber,
  OdinPayload,
  PHONE_NUMBER,
  SafeText,
  TrimmedLength,
} from '../graphql/validation';
import { AddressInput } from './address.input';

const phone = { message: 'must be digits with an optional leading +' };

/** The user configuration shared by createUser and updateUser, with its rules. */
@InputType()
export abstract class UserSettingsInput implements UserSettings {
  @Field(() => String, { nullable: true, description: '2 to 20 digits, within the group range' })
  @IsOptional()
  @Matches(EXTENSION, { message: 'must be 2 to 20 digits' })
  extension?: string;

  @Field(() => String, { nullable: true, description: 'Omitted: firstName' })
  @IsOptional()
  @TrimmedLength(1, 30)
  callingLineIdFirstName?: string;

  @Field(() => String, { nullable: true, description: 'Omitted: lastName' })
  @IsOptional()
  @TrimmedLength(1, 30)
  callingLineIdLastName?: string;

  @Field(() => String, {
    nullable: true,
    description:
      "A free number of the group's inventory: 2125550142, +12125550142 or +1-2125550142",
  })
  @IsOptional()
  @IsPhoneNumber()
  phoneNumber?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(PHONE_NUMBER, phone)
  callingLineIdPhoneNumber?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmailAddress(80)
  emailAddress?: string;

  @Field(() => String, { nullable: true, description: "A department name in the user's group" })
  @IsOptional()
  @TrimmedLength(1, 60)
  department?: string;

  @Field(() => String, { nullable: true }) @IsOptional() @TrimmedLength(1, 40) language?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @TrimmedLength(1, 80) timeZone?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @SafeText(50) title?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(PHONE_NUMBER, phone)
  mobilePhoneNumber?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(PHONE_NUMBER, phone)
  pagerPhoneNumber?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @SafeText(80)
  addressLocation?: string;

  @Field(() => AddressInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  address?: AddressInput;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @TrimmedLength(1, 40)
  networkClassOfService?: string;

  @Field(() => Boolean, { nullable: true }) allowVideo?: boolean;

  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description: 'Any further Odin user configuration; the typed fields win',
  })
  @IsOptional()
  @OdinPayload()
  payload?: Record<string, unknown>;
}
