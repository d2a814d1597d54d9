import { IsOptional } from 'class-validator';
import { SafeText } from '../graphql/validation';
import { Field, InputType } from 'type-graphql';
import type { AddressFields } from '../odin/model';

@InputType({ description: 'A postal address; unset lines stay as they are.' })
export class AddressInput implements AddressFields {
  @Field(() => String, { nullable: true }) @IsOptional() @SafeText(80) addressLine1?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @SafeText(80) addressLine2?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @SafeText(50) city?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @SafeText(50) stateOrProvince?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @SafeText(50) zipOrPostalCode?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @SafeText(50) country?: string;
}
