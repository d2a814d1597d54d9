import { IsOptional, ValidateNested } from 'class-validator';
import { GraphQLDateTimeISO, GraphQLJSONObject } from 'graphql-scalars';
import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { PageArgs, connectionType } from '../graphql/connection';
import { SafeText } from '../graphql/validation';
import type { AuditEventRecord, AuditFilter, AuditStep } from './model';

@ObjectType({ description: 'A step of a provisioning, as the audit trail keeps it' })
export class AuditStepType implements AuditStep {
  @Field(() => String) kind!: string;
  @Field(() => String) status!: string;
  @Field(() => String, { nullable: true }) detail!: string | null;
}

@ObjectType('AuditEvent', {
  description: 'One change: a mutation field, a row of a job, or a login; secrets show as "[set]"',
})
export class AuditEvent implements Partial<AuditEventRecord> {
  @Field(() => ID) id!: string;
  @Field(() => GraphQLDateTimeISO, { description: 'When it began' }) at!: Date;
  @Field(() => GraphQLDateTimeISO, { nullable: true, description: 'null: it never completed' })
  completedAt!: Date | null;
  @Field(() => String, { description: 'The Odin instance it acted on' }) instance!: string;
  @Field(() => String, { description: "The key's name, or the Odin user in passthrough" })
  caller!: string;
  @Field(() => String, { nullable: true, description: 'The request id, or the job id of a row' })
  requestId!: string | null;
  @Field(() => String, { nullable: true }) operationName!: string | null;
  @Field(() => String, { description: 'The mutation field, or the start field of a job' })
  field!: string;
  @Field(() => String, { nullable: true, description: 'USER, DEVICE, GROUP, BULK_JOB, …' })
  entityKind!: string | null;
  @Field(() => String, { nullable: true }) entityId!: string | null;
  @Field(() => String, { nullable: true }) serviceProviderId!: string | null;
  @Field(() => String, { nullable: true }) groupId!: string | null;
  @Field(() => String, {
    description: 'OK, an error code, or PENDING while (or if) it did not complete',
  })
  outcome!: string;
  @Field(() => GraphQLJSONObject, { description: 'The input; every secret is "[set]"' })
  changes!: Record<string, unknown>;
  @Field(() => Int, { description: 'Write calls that reached Odin' }) odinWrites!: number;
  @Field(() => [AuditStepType], { nullable: true }) steps!: AuditStep[] | null;
  @Field(() => ID, { nullable: true, description: 'The job a row belongs to' })
  jobId!: string | null;
  @Field(() => Int, { nullable: true, description: "The row's 1-based position in its job" })
  jobRow!: number | null;
}

export const AuditEventConnection = connectionType('AuditEvent', AuditEvent);

@InputType({ description: 'Events that match every field given' })
export class AuditFilterInput implements AuditFilter {
  @Field(() => String, { nullable: true }) @IsOptional() @SafeText(200) entityId?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @SafeText(40) entityKind?: string;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @SafeText(80)
  serviceProviderId?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @SafeText(80) groupId?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @SafeText(200) caller?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @SafeText(80) field?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @SafeText(40) outcome?: string;
  @Field(() => GraphQLDateTimeISO, { nullable: true }) @IsOptional() since?: Date;
  @Field(() => GraphQLDateTimeISO, { nullable: true }) @IsOptional() until?: Date;
}

@ArgsType()
export class AuditEventsArgs extends PageArgs {
  @Field(() => AuditFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: AuditFilterInput;
}
