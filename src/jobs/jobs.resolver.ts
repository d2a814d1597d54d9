import type { GraphQLResolveInfo } from 'graphql';
import {
  Arg,
  Args,
  Ctx,
  FieldResolver,
  ID,
  Info,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
  Subscription,
} from 'type-graphql';
import type { Context } from '../graphql/context';
import { AppError, BadUserInputError, NotFoundError } from '../graphql/errors';
import type { Caller } from '../tenancy/scope';
import { inScope } from '../tenancy/scope-rules';
import { PageArgs, connectionType, paginate } from '../graphql/connection';
import { validateArgument } from '../graphql/validation';
import { MAX_LIST_SIZE } from '../odin/model';
import { AddressInput } from '../users/address.input';
import type { BulkResult } from '../users/bulk-create';
import { CreateUserInput } from '../users/create-user.input';
import { CreateUserResult } from '../users/create-users.result';
import {
  BulkJob,
  BulkJobResultsWindow,
  BulkJobsArgs,
  BulkRowOutcome,
  ProvisionRowResult,
  UserImportInput,
} from './bulk-job.type';
import { parseUserCsv } from './csv';
import {
  type ReadRow,
  checkedRows,
  confineRows,
  oneSource,
  starterOf,
  tooMany,
} from './sheet-rows';
import type { UserImports } from './imports';
import { JobKind, type JobRecord, type JobRow, type RowOutcome, type RowSecrets } from './model';
import { isFinished } from './store';

export const asJob = (r: JobRecord, snapshot = true) => ({
  ...r,
  snapshot,
  createdAt: new Date(r.createdAt),
  startedAt: r.startedAt ? new Date(r.startedAt) : null,
  finishedAt: r.finishedAt ? new Date(r.finishedAt) : null,
});

const BulkJobConnection = connectionType('BulkJob', BulkJob);
/** The most jobs a connection pages through: those the store keeps (its retention). */
const JOBS_KEPT = 10_000;

const JOB_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Job ids are UUIDs: anything else is refused before the store is asked. */
function jobId(id: string): string {
  if (!JOB_ID.test(id))
    throw new BadUserInputError('Not a bulk job id', [
      { field: 'id', message: 'must be a job id (a UUID)' },
    ]);
  return id;
}

export function importsOf(ctx: Context): UserImports {
  if (!ctx.imports)
    throw new AppError(
      'Bulk jobs run with the layer’s service account; in passthrough mode use createUsers',
      'FORBIDDEN',
    );
  return ctx.imports;
}

/** A CSV row as the class createUser takes, so that it meets the same rules. */
export function asCreateUserInput(plain: Record<string, unknown>): CreateUserInput {
  const { address, ...rest } = plain;
  return Object.assign(new CreateUserInput(), rest, {
    address: address ? Object.assign(new AddressInput(), address) : undefined,
  });
}

/**
 * The rows of an import, checked as createUsers checks its inputs (and, for CSV, with the
 * line each came from); a row that cannot be created fails at once, with its reason.
 */
async function rowsOf(
  input: UserImportInput,
  maxRows: number,
  info: GraphQLResolveInfo,
): Promise<JobRow[]> {
  oneSource(input.inputs, input.csv, 'inputs');
  const defaults = { serviceProviderId: input.serviceProviderId, groupId: input.groupId };
  // Each row: its CSV line, the input it reads as, or why it reads as none.
  const rows: ReadRow<CreateUserInput>[] = input.inputs
    ? input.inputs.map((i) => ({
        input: Object.assign(i, {
          serviceProviderId: i.serviceProviderId || defaults.serviceProviderId,
          groupId: i.groupId || defaults.groupId,
        }),
      }))
    : parseUserCsv(input.csv ?? '', info.schema, defaults).map((r) => ({
        line: r.line,
        problem: r.problem,
        input: r.problem ? undefined : asCreateUserInput(r.input ?? {}),
      }));
  tooMany(rows.length, maxRows, input.inputs ? 'inputs' : 'csv');
  return checkedRows(
    rows,
    maxRows,
    (line) => asCreateUserInput({ userId: `line ${line}` }),
    (i) => i.userId,
    (i) => ({ request: i.toRequest() }),
  );
}

@Resolver(() => BulkJob)
export class JobsResolver {
  @Mutation(() => BulkJob, {
    description:
      'Creates users as a durable job (rows or CSV); follow it with bulkJob or bulkJobProgress.',
  })
  async startUserImport(
    @Arg('input', () => UserImportInput) input: UserImportInput,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const imports = importsOf(ctx);
    const rows = await rowsOf(input, ctx.maxJobRows, info);
    confineRows(ctx.caller, rows);
    return asJob(
      await imports.start(rows, input.dryRun ?? false, JobKind.USER_IMPORT, starterOf(ctx)),
    );
  }

  @Mutation(() => BulkJob, {
    description: 'Stops a job before its next row; rows settled so far stay recorded.',
  })
  async cancelBulkJob(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    const record = await importsOf(ctx).cancel(jobId(id));
    if (!record) throw new NotFoundError(`No bulk job ${id}`);
    return asJob(record);
  }

  @Query(() => BulkJob, { nullable: true })
  async bulkJob(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    const record = await importsOf(ctx).store.get(jobId(id));
    return record ? asJob(record) : null;
  }

  @Query(() => BulkJobConnection, {
    description: 'Jobs a page at a time, newest first, as this key may see them',
  })
  async bulkJobsConnection(@Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context) {
    const records = (await importsOf(ctx).store.list(JOBS_KEPT)).filter((r) =>
      inScope(ctx.caller, r),
    );
    const connection = paginate(
      records,
      (r) => `${String(r.createdAt).padStart(15, '0')}:${r.id}`,
      page,
      true,
    );
    return { ...connection, edges: connection.edges.map((e) => ({ ...e, node: asJob(e.node) })) };
  }

  @Query(() => [BulkJob], { description: 'Newest first; limit defaults to 20.' })
  async bulkJobs(@Args() { limit }: BulkJobsArgs, @Ctx() ctx: Context) {
    return (await importsOf(ctx).store.list(limit ?? 20)).map((r) => asJob(r));
  }

  @Subscription(() => BulkJob, {
    description: 'The job now, then once per settled row, until it ends (WebSocket, graphql-ws).',
    subscribe: ({ args, context }) =>
      progress(importsOf(context as Context), jobId(String(args.id)), (context as Context).caller),
  })
  bulkJobProgress(
    @Root() event: { record: JobRecord; snapshot: boolean },
    @Arg('id', () => ID) _id: string,
  ) {
    return asJob(event.record, event.snapshot);
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: 'Seconds left, from the pace so far (or Odin’s rate) and the rows left',
  })
  etaSeconds(@Root() job: JobRecord, @Ctx() ctx: Context): number | null {
    return importsOf(ctx).etaSeconds(job);
  }

  @FieldResolver(() => [ProvisionRowResult], {
    description:
      'Settled rows in row order, of any kind of job, with every step (a dry run: what each row would do and get). Generated secrets are answered once, then dropped.',
  })
  async provisionResults(
    @Root() job: JobRecord,
    @Ctx() ctx: Context,
    @Arg('offset', () => Int, { nullable: true }) offset: number | undefined,
    @Arg('limit', () => Int, { nullable: true }) limit: number | undefined,
    @Arg('only', () => BulkRowOutcome, { nullable: true }) only: BulkRowOutcome | undefined,
  ): Promise<ProvisionRowResult[]> {
    const { outcomes, secrets } = await window(importsOf(ctx), job, { offset, limit, only });
    return outcomes.map((o) => provisionRow(o, secrets.get(o.index)));
  }

  @FieldResolver(() => [CreateUserResult], {
    description:
      'Settled rows of a user import in row order (index: the row); other kinds answer provisionResults. A generated password is answered once, then dropped.',
  })
  async results(
    @Root() job: JobRecord,
    @Ctx() ctx: Context,
    @Arg('offset', () => Int, { nullable: true }) offset: number | undefined,
    @Arg('limit', () => Int, { nullable: true }) limit: number | undefined,
    @Arg('only', () => BulkRowOutcome, { nullable: true }) only: BulkRowOutcome | undefined,
  ): Promise<BulkResult[]> {
    const imports = importsOf(ctx);
    // Rows that made a user, or failed; a provisioning job's rows are in provisionResults.
    const { outcomes, secrets } = await window(imports, job, { offset, limit, only }, (o) =>
      o.ok ? !!o.user : true,
    );
    return outcomes.map((o) =>
      o.ok
        ? {
            index: o.index,
            line: o.line ?? null,
            user: o.user as NonNullable<typeof o.user>,
            generatedWebAuthPassword: secrets.get(o.index)?.generatedWebAuthPassword ?? null,
          }
        : {
            index: o.index,
            line: o.line ?? null,
            userId: o.userId,
            code: o.code,
            message: o.message,
          },
    );
  }
}

/**
 * A window of a job's settled rows, in row order, with the secrets of those it answers (taken
 * from the store: answered once).
 */
async function window(
  imports: UserImports,
  job: JobRecord,
  args: { offset?: number; limit?: number; only?: BulkRowOutcome },
  keep: (o: RowOutcome) => boolean = () => true,
): Promise<{ outcomes: RowOutcome[]; secrets: Map<number, RowSecrets> }> {
  await validateArgument(
    Object.assign(new BulkJobResultsWindow(), { offset: args.offset, limit: args.limit }),
  );
  const from = args.offset ?? 0;
  const outcomes = (await imports.store.outcomes(job.id))
    .filter((o) => keep(o) && (!args.only || o.ok === (args.only === BulkRowOutcome.SUCCEEDED)))
    .slice(from, from + (args.limit ?? MAX_LIST_SIZE));
  const secrets = await imports.store.takeSecrets(
    job.id,
    outcomes.filter((o) => o.ok).map((o) => o.index),
  );
  return { outcomes, secrets };
}

/** A row's outcome as ProvisionRowResult. */
export function provisionRow(o: RowOutcome, secrets?: RowSecrets): ProvisionRowResult {
  const d = o.provision;
  return {
    row: o.index,
    line: o.line ?? null,
    userId: o.userId ?? (o.ok ? (o.user?.userId ?? null) : null),
    outcome: o.ok ? BulkRowOutcome.SUCCEEDED : BulkRowOutcome.FAILED,
    code: o.ok ? null : o.code,
    message: o.ok ? null : o.message,
    field: d?.field ?? null,
    steps: d?.steps ?? [],
    phoneNumber: d?.phoneNumber ?? null,
    extension: d?.extension ?? null,
    deviceName: d?.deviceName ?? null,
    sipUserName: d?.sipUserName ?? null,
    generatedWebAuthPassword: secrets?.generatedWebAuthPassword ?? null,
    generatedSipPassword: secrets?.generatedSipPassword ?? null,
    generatedDevicePassword: secrets?.generatedDevicePassword ?? null,
  };
}

/** The job as it is (a snapshot), then each change, until it ends or the subscriber leaves. */
async function* progress(
  imports: UserImports,
  id: string,
  caller?: Caller,
): AsyncGenerator<{ record: JobRecord; snapshot: boolean }> {
  const waiting: JobRecord[] = [];
  let wake: (() => void) | undefined;
  const stop = await imports.store.subscribe(id, (record) => {
    waiting.push(record);
    wake?.();
  });
  try {
    const now = await imports.store.get(id);
    // A job outside the caller's scope is answered as absent.
    if (!now || !inScope(caller, now)) throw new NotFoundError(`No bulk job ${id}`);
    yield { record: now, snapshot: true };
    if (isFinished(now)) return;
    let last = now.settled;
    for (;;) {
      if (!waiting.length) await new Promise<void>((resolve) => (wake = resolve));
      const record = waiting.shift() as JobRecord;
      // Events published before the first answer was read are already in it.
      if (!isFinished(record) && record.settled < last) continue;
      last = record.settled;
      yield { record, snapshot: false };
      if (isFinished(record)) return;
    }
  } finally {
    await stop();
  }
}
