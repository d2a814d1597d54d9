import { ArgsType, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { IsOptional, Matches, Max, Min } from 'class-validator';
import { EXTENSION, IsPhoneNumber, TrimmedLength } from '../graphql/validation';

export enum CallFlowNodeKind {
  USER = 'USER',
  HUNT_GROUP = 'HUNT_GROUP',
  CALL_CENTER = 'CALL_CENTER',
  AUTO_ATTENDANT = 'AUTO_ATTENDANT',
  SUBMENU = 'SUBMENU',
  VOICE_MAIL = 'VOICE_MAIL',
  EXTERNAL = 'EXTERNAL',
}
export enum CallFlowEdgeKind {
  FORWARD_ALWAYS = 'FORWARD_ALWAYS',
  FORWARD_BUSY = 'FORWARD_BUSY',
  FORWARD_NO_ANSWER = 'FORWARD_NO_ANSWER',
  FORWARD_NOT_REACHABLE = 'FORWARD_NOT_REACHABLE',
  HUNT_AGENT = 'HUNT_AGENT',
  HUNT_NO_ANSWER = 'HUNT_NO_ANSWER',
  HUNT_NOT_REACHABLE = 'HUNT_NOT_REACHABLE',
  CALL_CENTER_AGENT = 'CALL_CENTER_AGENT',
  OVERFLOW = 'OVERFLOW',
  STRANDED = 'STRANDED',
  STRANDED_UNAVAILABLE = 'STRANDED_UNAVAILABLE',
  FORCED_FORWARD = 'FORCED_FORWARD',
  MENU_KEY = 'MENU_KEY',
  VOICE_MAIL = 'VOICE_MAIL',
}
export enum CallFlowWhen {
  ALWAYS = 'ALWAYS',
  BUSINESS_HOURS = 'BUSINESS_HOURS',
  AFTER_HOURS = 'AFTER_HOURS',
  HOLIDAY = 'HOLIDAY',
}
registerEnumType(CallFlowNodeKind, { name: 'CallFlowNodeKind' });
registerEnumType(CallFlowEdgeKind, { name: 'CallFlowEdgeKind' });
registerEnumType(CallFlowWhen, { name: 'CallFlowWhen', description: 'Which menu an edge is in' });

@ObjectType({ description: 'An entity on the way of a call, once however many paths reach it.' })
export class CallFlowNode {
  @Field(() => ID) id!: string;
  @Field(() => CallFlowNodeKind) kind!: CallFlowNodeKind;
  @Field(() => String) label!: string;
  @Field(() => String, { nullable: true }) phoneNumber!: string | null;
  @Field(() => String, { nullable: true }) extension!: string | null;
  @Field(() => String, { nullable: true, description: 'The user or service instance id' })
  entityId!: string | null;
}

@ObjectType({ description: 'Where a call can go next, and when.' })
export class CallFlowEdge {
  @Field(() => ID) from!: string;
  @Field(() => ID) to!: string;
  @Field(() => CallFlowEdgeKind) kind!: CallFlowEdgeKind;
  @Field(() => CallFlowWhen) when!: CallFlowWhen;
  @Field(() => String, { nullable: true, description: 'MENU_KEY: the key' }) key!: string | null;
  @Field(() => Int, { nullable: true }) numberOfRings!: number | null;
  @Field(() => Int, { nullable: true }) afterSeconds!: number | null;
  @Field(() => String) label!: string;
}

@ObjectType({ description: "Where a number's calls go, as one graph." })
export class CallFlow {
  @Field(() => CallFlowNode) start!: CallFlowNode;
  @Field(() => [CallFlowNode], { description: 'Each entity once' }) nodes!: CallFlowNode[];
  @Field(() => [CallFlowEdge]) edges!: CallFlowEdge[];
  @Field(() => [[ID]], { description: 'Each cycle, as the node ids along it' }) loops!: string[][];
  @Field(() => Boolean, { description: 'maxDepth cut a path short' }) truncated!: boolean;
  @Field(() => String, { description: 'The same graph as a Mermaid flowchart' }) mermaid!: string;
}

@ArgsType()
export class CallFlowArgs {
  @Field(() => String, { nullable: true, description: 'In any form' })
  @IsOptional()
  @IsPhoneNumber()
  phoneNumber?: string;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @TrimmedLength(1, 30)
  serviceProviderId?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @TrimmedLength(1, 30) groupId?: string;
  @Field(() => String, { nullable: true, description: 'Within serviceProviderId and groupId' })
  @IsOptional()
  @Matches(EXTENSION, { message: 'must be 2 to 20 digits' })
  extension?: string;
  @Field(() => Int, {
    nullable: true,
    defaultValue: 20,
    description: 'How far to walk: 1 to 50 nodes along a path, the start being 1',
  })
  @Min(1)
  @Max(50)
  maxDepth!: number;
}
