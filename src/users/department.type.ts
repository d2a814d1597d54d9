import { Field, ObjectType } from 'type-graphql';
import type { Department as DepartmentModel } from '../odin/model';

@ObjectType({ description: 'A department of a group (or of its service provider).' })
export class Department implements DepartmentModel {
  @Field(() => String) serviceProviderId!: string;
  @Field(() => String) groupId!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true, description: 'e.g. "Sales (grp.hq)"' })
  fullPath!: string | null;
}
