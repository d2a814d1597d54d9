import { IsOptional, MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import type { AddressFields } from '../odin/model';

@InputType({ description: 'A postal address; unset lines stay as they are.' })
export class AddressInput implements AddressFields {
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(80) addressLine1?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(80) addressLine2?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(50) city?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(50) stateOrProvince?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(50) zipOrPostalCode?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(50) country?: string;
}
