import { Directive, Field, Int, ObjectType } from 'type-graphql';
import type { Group as GroupModel } from '../odin/model';

@Directive('@key(fields: "serviceProviderId groupId")')
@ObjectType({ description: 'A BroadWorks group: where users live, with its domain and limits.' })
export class Group implements GroupModel {
  @Field(() => String) serviceProviderId!: string;
  @Field(() => String) groupId!: string;
  @Field(() => String, { nullable: true }) groupName!: string | null;
  @Field(() => String, { nullable: true }) defaultDomain!: string | null;
  @Field(() => Int, { nullable: true }) userLimit!: number | null;
  @Field(() => Int, { nullable: true }) userCount!: number | null;
  @Field(() => String, { nullable: true }) timeZone!: string | null;
  @Field(() => String, { nullable: true }) callingLineIdName!: string | null;
}
