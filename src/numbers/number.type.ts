import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import {
  type ExtensionLengths as ExtensionLengthsModel,
  type GroupNumber as GroupNumberModel,
  type NumberHolder as NumberHolderModel,
  NumberHolderKind,
  NumberStatus,
} from '../odin/model';

registerEnumType(NumberStatus, { name: 'NumberStatus', description: 'Which numbers of a group' });
registerEnumType(NumberHolderKind, {
  name: 'NumberHolderKind',
  description: 'What holds a number: a user, a service instance, or the group calling line id',
});

@ObjectType({ description: 'Who holds a number.' })
export class NumberHolder implements NumberHolderModel {
  @Field(() => NumberHolderKind) kind!: NumberHolderKind;
  @Field(() => String, { nullable: true, description: 'The user or service instance id' })
  id!: string | null;
  @Field(() => String, { nullable: true }) firstName!: string | null;
  @Field(() => String, { nullable: true }) lastName!: string | null;
  @Field(() => String, { nullable: true }) extension!: string | null;
  @Field(() => String, { nullable: true }) serviceProviderId!: string | null;
  @Field(() => String, { nullable: true }) groupId!: string | null;
}

@ObjectType({ description: "A number of a group's inventory." })
export class GroupNumber implements GroupNumberModel {
  @Field(() => String, {
    description: 'National digits: the form User.phoneNumber and createUser use',
  })
  phoneNumber!: string;

  @Field(() => String) e164!: string;
  @Field(() => String, { nullable: true }) countryCode!: string | null;
  @Field(() => Boolean, { description: 'Calls reach it only when activated' })
  activated!: boolean;

  @Field(() => Boolean, { description: 'Held by a user or a service instance' })
  assigned!: boolean;
}

@ObjectType({ description: "A group's extension lengths." })
export class ExtensionLengths implements ExtensionLengthsModel {
  @Field(() => Int) min!: number;
  @Field(() => Int) max!: number;
  @Field(() => Int) default!: number;
}
