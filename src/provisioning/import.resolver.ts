import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Info, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../graphql/context';
import { BulkJob, DeprovisioningImportInput, ProvisioningImportInput } from '../jobs/bulk-job.type';
import { parseColumnsCsv, parseUserCsv } from '../jobs/csv';
import { asJob, asCreateUserInput, importsOf } from '../jobs/jobs.resolver';
import { JobKind, type JobRow, rowLabel } from '../jobs/model';
import {
  type ReadRow,
  checkedRows,
  confineRows,
  oneSource,
  starterOf,
  tooMany,
} from '../jobs/sheet-rows';
import { isUserId } from '../graphql/validation';
import { NumberChoiceInput, ProvisionDeviceInput, ProvisionUserInput } from './provisioning.types';

/** The columns a provisioning CSV has beside CreateUserInput's, and how each is read. */
const PROVISIONING_COLUMNS = {
  number: 'text',
  activate: 'boolean',
  services: 'text',
  servicePacks: 'text',
  deviceType: 'text',
  deviceName: 'text',
  macAddress: 'text',
  existingDevice: 'boolean',
  linePort: 'text',
  sipAuthentication: 'boolean',
} as const;

const names = (cell: unknown) =>
  typeof cell === 'string'
    ? cell
        .split(';')
        .map((s) => s.trim())
        .filter(Boolean)
    : undefined;

/** A provisioning CSV row's extra cells as the parts of ProvisionUserInput they name. */
function fromCells(extra: Record<string, string | boolean>): Partial<ProvisionUserInput> {
  const text = (k: string) => (typeof extra[k] === 'string' ? (extra[k] as string) : undefined);
  const bool = (k: string) => (typeof extra[k] === 'boolean' ? (extra[k] as boolean) : undefined);
  const number = text('number');
  const firstFree = !!number && /^first[- ]?free$/i.test(number.trim());
  const device =
    text('deviceType') || text('deviceName') || text('macAddress') || bool('existingDevice')
      ? Object.assign(new ProvisionDeviceInput(), {
          deviceType: text('deviceType') ?? '',
          deviceName: text('deviceName'),
          macAddress: text('macAddress'),
          existing: bool('existingDevice') ?? false,
          linePort: text('linePort'),
        })
      : undefined;
  return {
    number:
      number || bool('activate') !== undefined
        ? Object.assign(new NumberChoiceInput(), {
            ...(firstFree ? { firstFree: true } : { phoneNumber: number }),
            activate: bool('activate') ?? true,
          })
        : undefined,
    services: names(extra.services),
    servicePacks: names(extra.servicePacks),
    device,
    sipAuthentication: bool('sipAuthentication'),
  };
}

/**
 * A provisioning sheet's rows, each checked by ProvisionUserInput's rules (and a user id given
 * twice is a CONFLICT); a row that cannot be provisioned fails at once with its line.
 */
async function provisioningRows(
  input: ProvisioningImportInput,
  maxRows: number,
  info: GraphQLResolveInfo,
): Promise<JobRow[]> {
  oneSource(input.inputs, input.csv, 'inputs');
  const defaults = { serviceProviderId: input.serviceProviderId, groupId: input.groupId };
  const rows: ReadRow<ProvisionUserInput>[] = input.inputs
    ? input.inputs.map((i) => {
        Object.assign(i.user, {
          serviceProviderId: i.user.serviceProviderId || defaults.serviceProviderId,
          groupId: i.user.groupId || defaults.groupId,
        });
        return i.dryRun === undefined || i.dryRun === null
          ? { input: i }
          : {
              input: i,
              problem: 'dryRun is the job’s (ProvisioningImportInput.dryRun), not a row’s',
            };
      })
    : parseUserCsv(input.csv ?? '', info.schema, defaults, PROVISIONING_COLUMNS).map((r) => ({
        line: r.line,
        problem: r.problem,
        input: r.problem
          ? undefined
          : Object.assign(new ProvisionUserInput(), {
              user: asCreateUserInput(r.input ?? {}),
              ...fromCells(r.extra ?? {}),
            }),
      }));
  tooMany(rows.length, maxRows, input.inputs ? 'inputs' : 'csv');
  // A number given as the user's phoneNumber is the row's number choice.
  for (const { input: p } of rows)
    if (p && !p.number && p.user.phoneNumber)
      p.number = Object.assign(new NumberChoiceInput(), {
        phoneNumber: p.user.phoneNumber,
        activate: true,
      });
  return checkedRows(
    rows,
    maxRows,
    (line) =>
      Object.assign(new ProvisionUserInput(), {
        user: asCreateUserInput({ userId: `line ${line}` }),
      }),
    (p) => p.user.userId,
    ({ dryRun: _dryRun, ...p }) => ({ provision: { ...p, user: p.user.toRequest() } }),
  );
}

/** A deprovisioning sheet's rows: user ids, each checked; one given twice is a CONFLICT. */
function deprovisioningRows(input: DeprovisioningImportInput, maxRows: number): JobRow[] {
  oneSource(input.userIds, input.csv, 'userIds');
  const ids: Array<{ userId: string; line?: number }> = input.userIds
    ? input.userIds.map((userId) => ({ userId }))
    : parseColumnsCsv(input.csv ?? '', ['userId']).map((r) => ({
        userId: (r.cells.userId ?? '').trim(),
        line: r.line,
      }));
  tooMany(ids.length, maxRows, input.userIds ? 'userIds' : 'csv');
  const first = new Map<string, number>();
  // The input's name for the id: the list's, or the CSV's column.
  const field = input.userIds ? 'userIds' : 'userId';
  return ids.map(({ userId, line }, i) => {
    const row = { userId, ...(line === undefined ? {} : { line }) };
    const at = `${rowLabel(row, i)}: `;
    if (!isUserId(userId))
      return {
        ...row,
        failure: {
          code: 'BAD_USER_INPUT',
          message: `${at}${field} must be local@domain without spaces, at most 161 characters`,
          field,
        },
      };
    const earlier = first.get(userId);
    if (earlier !== undefined)
      return {
        ...row,
        failure: {
          code: 'CONFLICT',
          message: `${at}The same userId as ${rowLabel(ids[earlier], earlier)}`,
          field,
        },
      };
    first.set(userId, i);
    return {
      ...row,
      deprovision: {
        userId,
        deleteDevice: input.deleteDevice ?? true,
        deactivateNumber: input.deactivateNumber ?? false,
      },
    };
  });
}

@Resolver()
export class ProvisioningImportResolver {
  @Mutation(() => BulkJob, {
    description:
      'Working phone users from one sheet, as a durable job: planned whole first (dryRun: only that), then row by row; follow it with bulkJob or bulkJobProgress.',
  })
  async startProvisioningImport(
    @Arg('input', () => ProvisioningImportInput) input: ProvisioningImportInput,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const imports = importsOf(ctx);
    const rows = await provisioningRows(input, ctx.maxJobRows, info);
    confineRows(ctx.caller, rows);
    return asJob(
      await imports.start(rows, !!input.dryRun, JobKind.PROVISIONING_IMPORT, starterOf(ctx)),
    );
  }

  @Mutation(() => BulkJob, {
    description:
      'deprovisionUser for many users, as a durable job; dryRun lists what each row would remove.',
  })
  async startDeprovisioningImport(
    @Arg('input', () => DeprovisioningImportInput) input: DeprovisioningImportInput,
    @Ctx() ctx: Context,
  ) {
    const imports = importsOf(ctx);
    const rows = deprovisioningRows(input, ctx.maxJobRows);
    return asJob(
      await imports.start(rows, !!input.dryRun, JobKind.DEPROVISIONING_IMPORT, starterOf(ctx)),
    );
  }
}
