import { GraphQLDateTimeISO } from 'graphql-scalars';
import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { IsOptional, MaxLength, Min } from 'class-validator';
import { CreateUserInput } from '../users/create-user.input';
import { ListLimit, TrimmedLength } from '../graphql/validation';
import { type ErrorCode, ErrorCodeEnum } from '../graphql/errors';
import { ProvisionStep, ProvisionUserInput } from '../provisioning/provisioning.types';
import type { StepReport } from '../provisioning/model';
import { JobKind, JobState } from './model';

registerEnumType(JobKind, {
  name: 'BulkJobKind',
  description: 'What the rows are: users to create, phone users to provision, or to deprovision',
});

registerEnumType(JobState, {
  name: 'BulkJobState',
  description:
    'QUEUED until a worker takes it; SUCCEEDED once every row is settled (some may have failed).',
});

export enum BulkRowOutcome {
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
}
registerEnumType(BulkRowOutcome, { name: 'BulkRowOutcome' });

@ObjectType({ description: 'A bulk provisioning job: its rows settle one by one, each recorded.' })
export class BulkJob {
  @Field(() => ID) id!: string;
  @Field(() => JobState) state!: JobState;
  @Field(() => Boolean, { description: 'Validated and checked for duplicates; nothing created' })
  dryRun!: boolean;
  @Field(() => Int) total!: number;
  @Field(() => Int) settled!: number;
  @Field(() => Int, { description: 'A dry run: the rows that would be created' })
  succeeded!: number;
  @Field(() => Int) failed!: number;
  @Field(() => JobKind) kind!: JobKind;
  @Field(() => Int, { description: 'Calls this job made to Odin so far (reads and writes)' })
  odinCalls!: number;
  @Field(() => GraphQLDateTimeISO) createdAt!: Date;
  @Field(() => GraphQLDateTimeISO, { nullable: true }) startedAt!: Date | null;
  @Field(() => GraphQLDateTimeISO, { nullable: true }) finishedAt!: Date | null;
  @Field(() => Boolean, {
    description:
      'The job as it stood when read (rows settled so far), not one change: always true on queries and mutations, and on the first bulkJobProgress event; false on the events after it',
  })
  snapshot!: boolean;
}

/** What a sheet's rows that leave them empty are in: the same two fields on every job's start. */
@InputType()
export abstract class SheetDefaults {
  @Field(() => String, { nullable: true, description: 'For rows that leave it empty' })
  @IsOptional()
  @TrimmedLength(1, 30)
  serviceProviderId?: string;

  @Field(() => String, { nullable: true, description: 'For rows that leave it empty' })
  @IsOptional()
  @TrimmedLength(1, 30)
  groupId?: string;
}

@InputType({ description: 'Users to create as a job: rows as GraphQL input, or CSV text.' })
export class UserImportInput extends SheetDefaults {
  @Field(() => [CreateUserInput], { nullable: true })
  inputs?: CreateUserInput[];

  @Field(() => String, {
    nullable: true,
    description:
      'CSV: a header row of CreateUserInput field names (address lines as address.city etc.), one user a row',
  })
  @IsOptional()
  @MaxLength(50_000_000)
  csv?: string;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Validate every row and check for duplicates, without creating',
  })
  dryRun?: boolean;
}

@ArgsType()
export class BulkJobsArgs {
  @Field(() => Int, { nullable: true }) @ListLimit() limit?: number;
}

/** The window of `BulkJob.results`, checked by the list rules (its arguments stay @Arg). */
export class BulkJobResultsWindow {
  @IsOptional() @Min(0) offset?: number;
  @ListLimit() limit?: number;
}

@ObjectType({
  description:
    'One row of a provisioning or deprovisioning job: what it did (a dry run: would do), or why not. Generated secrets are answered once, then dropped.',
})
export class ProvisionRowResult {
  @Field(() => Int, { description: 'The row, from 0 in sheet order' }) row!: number;
  @Field(() => Int, { nullable: true, description: 'Its CSV line (the header is line 1)' })
  line!: number | null;
  @Field(() => ID, { nullable: true }) userId!: string | null;
  @Field(() => BulkRowOutcome) outcome!: BulkRowOutcome;
  @Field(() => ErrorCodeEnum, { nullable: true }) code!: ErrorCode | null;
  @Field(() => String, { nullable: true, description: 'Every problem of the row' })
  message!: string | null;
  @Field(() => String, { nullable: true, description: 'The input field the first problem names' })
  field!: string | null;
  @Field(() => [ProvisionStep]) steps!: StepReport[];
  @Field(() => String, { nullable: true }) phoneNumber!: string | null;
  @Field(() => String, { nullable: true }) extension!: string | null;
  @Field(() => String, { nullable: true }) deviceName!: string | null;
  @Field(() => String, { nullable: true }) sipUserName!: string | null;
  @Field(() => String, { nullable: true }) generatedWebAuthPassword!: string | null;
  @Field(() => String, { nullable: true }) generatedSipPassword!: string | null;
  @Field(() => String, { nullable: true }) generatedDevicePassword!: string | null;
}

@InputType({
  description:
    'Phone users to provision as a job: rows as ProvisionUserInput, or CSV. Planned as a whole sheet first.',
})
export class ProvisioningImportInput extends SheetDefaults {
  @Field(() => [ProvisionUserInput], { nullable: true })
  inputs?: ProvisionUserInput[];

  @Field(() => String, {
    nullable: true,
    description:
      'CSV: the user columns of startUserImport plus number ("first-free" or a number), activate, services and servicePacks (";" between names), deviceType, deviceName, macAddress, existingDevice, linePort, sipAuthentication',
  })
  @IsOptional()
  @MaxLength(50_000_000)
  csv?: string;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Plan the whole sheet (reads only): every problem of every row at once',
  })
  dryRun?: boolean;
}

@InputType({ description: 'Users to deprovision as a job: user ids, or CSV with a userId column.' })
export class DeprovisioningImportInput {
  @Field(() => [ID], { nullable: true, description: 'A bad id fails its row, with its position' })
  userIds?: string[];

  @Field(() => String, { nullable: true, description: 'CSV with a userId column' })
  @IsOptional()
  @MaxLength(50_000_000)
  csv?: string;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: true,
    description: 'Delete each device unless someone else is on it',
  })
  deleteDevice?: boolean;

  @Field(() => Boolean, { nullable: true, defaultValue: false })
  deactivateNumber?: boolean;

  @Field(() => Boolean, { nullable: true, description: 'List what would be removed; no write' })
  dryRun?: boolean;
}
