import { GraphQLDateTimeISO } from 'graphql-scalars';
import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { IsOptional, MaxLength, Min } from 'class-validator';
import { CreateUserInput } from '../users/create-user.input';
import { ListLimit, TrimmedLength } from '../graphql/validation';
import { JobState } from './model';

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
  @Field(() => GraphQLDateTimeISO) createdAt!: Date;
  @Field(() => GraphQLDateTimeISO, { nullable: true }) startedAt!: Date | null;
  @Field(() => GraphQLDateTimeISO, { nullable: true }) finishedAt!: Date | null;
  @Field(() => Boolean, {
    description:
      'The job as it stood when read (rows settled so far), not one change: always true on queries and mutations, and on the first bulkJobProgress event; false on the events after it',
  })
  snapshot!: boolean;
}

@InputType({ description: 'Users to create as a job: rows as GraphQL input, or CSV text.' })
export class UserImportInput {
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

  @Field(() => String, { nullable: true, description: 'For rows that leave it empty' })
  @IsOptional()
  @TrimmedLength(1, 30)
  serviceProviderId?: string;

  @Field(() => String, { nullable: true, description: 'For rows that leave it empty' })
  @IsOptional()
  @TrimmedLength(1, 30)
  groupId?: string;

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
