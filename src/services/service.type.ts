import { Field, InputType, Int, ObjectType } from 'type-graphql';
import type {
  AuthorizedService as AuthorizedServiceModel,
  GroupServices as GroupServicesModel,
  UserService as UserServiceModel,
  UserServices as UserServicesModel,
  UserServicesChange,
} from '../odin/model';
import { IsUserId, ServiceNames } from '../graphql/validation';

@ObjectType({ description: 'A service or service pack the group may give, with its seats.' })
export class AuthorizedService implements AuthorizedServiceModel {
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field(() => Boolean) authorized!: boolean;
  @Field(() => Int, { nullable: true, description: 'null: unlimited' }) limit!: number | null;
  @Field(() => Int, { description: 'Users (or instances) that have it' }) usage!: number;
  @Field(() => Int, { nullable: true, description: 'limit - usage; null: unlimited' })
  available!: number | null;
}

@ObjectType({ description: "A group's user services, group services and service packs." })
export class GroupServices implements GroupServicesModel {
  @Field(() => [AuthorizedService]) userServices!: AuthorizedServiceModel[];
  @Field(() => [AuthorizedService]) groupServices!: AuthorizedServiceModel[];
  @Field(() => [AuthorizedService]) servicePacks!: AuthorizedServiceModel[];
}

@ObjectType({ description: 'A service or pack a user could have, and whether it has it.' })
export class UserService implements UserServiceModel {
  @Field(() => String) name!: string;
  @Field(() => Boolean) assigned!: boolean;
  @Field(() => String, { nullable: true }) description!: string | null;
}

@ObjectType({ description: "The services and packs authorised for the user's group." })
export class UserServices implements UserServicesModel {
  @Field(() => [UserService]) services!: UserServiceModel[];
  @Field(() => [UserService]) servicePacks!: UserServiceModel[];
}

@InputType({ description: 'Services and service packs of one user; all of them or none.' })
export class UserServicesInput implements UserServicesChange {
  @Field(() => String) @IsUserId() userId!: string;

  @Field(() => [String], { nullable: true })
  @ServiceNames()
  services?: string[];

  @Field(() => [String], { nullable: true })
  @ServiceNames()
  servicePacks?: string[];
}
