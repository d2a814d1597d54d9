import { toAppError, type ErrorCode } from '../graphql/errors';
import type { JobKindRunner, RunningJob } from '../jobs/imports';
import type { JobRow, ProvisionDetail, RowOutcome, RowProgress } from '../jobs/model';
import type { Scope } from '../tenancy/scope';
import type { OdinClient } from '../odin/client';
import { type GroupRef, groupKey, type User } from '../odin/model';
import { deprovisionUser } from './deprovision';
import {
  newContext,
  PROVISION_STEPS,
  planSteps,
  ProvisionFailed,
  ProvisionRefused,
  runSteps,
} from './engine';
import { GroupFacts, reservationsOf } from './facts';
import { type KeyLock, lockWithin } from './lock';
import {
  type Problem,
  type ProvisionRequest,
  type ProvisionState,
  StepKind,
  type StepReport,
  StepStatus,
} from './model';
import { PasswordPool } from './password-pool';

// Sheets as jobs: a provisioning sheet is planned whole (each group read once, the rows in
// sheet order, each taking its share), then its rows run with what the plan chose; a
// deprovisioning sheet removes user by user.

interface RowPlan {
  steps: StepReport[];
  state: ProvisionState;
  problems: Problem[];
}

/** Every planned row's plan, in sheet order: a row with no problem takes its share. */
async function planSheet(
  odin: OdinClient,
  facts: GroupFacts,
  rows: readonly JobRow[],
  indexes: readonly number[],
  label: (index: number) => string,
): Promise<Map<number, RowPlan>> {
  const plans = new Map<number, RowPlan>();
  for (const index of indexes) {
    const request = rows[index].provision;
    if (!request) continue;
    const ctx = newContext(odin, request, facts);
    const plan = await planSteps(PROVISION_STEPS, ctx);
    if (!plan.problems.length) await facts.take(request, ctx.state, label(index));
    plans.set(index, plan);
  }
  return plans;
}

/** What a row did or would do, as its result shows it. */
const detail = (steps: StepReport[], state: ProvisionState, field?: string): ProvisionDetail => ({
  steps,
  phoneNumber: state.phoneNumber ?? null,
  extension: state.extension ?? null,
  deviceName: state.deviceName ?? null,
  sipUserName: state.sipUserName ?? null,
  field: field ?? null,
});

/** A row the plan refuses: every problem, the first one's field, one code (mixed: BAD_USER_INPUT). */
function refused(row: JobRow, index: number, label: string, plan: RowPlan): RowOutcome {
  const codes = new Set(plan.problems.map((p) => p.code));
  const code: ErrorCode = codes.size === 1 ? [...codes][0] : 'BAD_USER_INPUT';
  return {
    index,
    line: row.line,
    ok: false,
    userId: row.userId,
    code,
    message: `${label}: ${plan.problems.map((p) => `${p.field} ${p.message}`).join('; ')}`,
    provision: detail(plan.steps, plan.state, plan.problems[0]?.field),
  };
}

/** The group a row provisions in. */
const whereOf = (request: ProvisionRequest): GroupRef => ({
  serviceProviderId: request.user.serviceProviderId,
  groupId: request.user.groupId,
});

/** A provisioning row's request (byGroup names only rows that have one). */
const requestOf = (rows: readonly JobRow[], index: number) =>
  rows[index].provision as ProvisionRequest;

/** The pending rows of each group, in sheet order. */
function byGroup(rows: readonly JobRow[], indexes: readonly number[]) {
  const groups = new Map<string, { where: GroupRef; indexes: number[] }>();
  for (const index of indexes) {
    const request = rows[index].provision;
    if (!request) continue;
    const key = groupKey(request.user);
    const group = groups.get(key) ?? { where: whereOf(request), indexes: [] };
    group.indexes.push(index);
    groups.set(key, group);
  }
  return groups;
}

/** Passwords the row's planned steps will send, drawn from the job's batches. */
async function draw(pool: PasswordPool, request: ProvisionRequest, plan: RowPlan) {
  const planned = (kind: StepKind) =>
    plan.steps.some((s) => s.kind === kind && s.status === StepStatus.PLANNED);
  const where = whereOf(request);
  const { userId } = request.user;
  if (planned(StepKind.CREATE_USER) && !request.user.webAuthPassword)
    plan.state.generatedWebAuthPassword = await pool.web(where, userId);
  if (planned(StepKind.CREATE_DEVICE))
    plan.state.generatedDevicePassword = await pool.device(where);
  if (planned(StepKind.SET_SIP_AUTHENTICATION))
    plan.state.generatedSipPassword = await pool.sip(userId);
}

/** The failure of a row whose run failed (undone) or could not start. */
function failed(
  row: JobRow,
  index: number,
  label: string,
  err: unknown,
  steps: StepReport[],
  state: ProvisionState,
): RowOutcome {
  const cause = toAppError(err instanceof ProvisionFailed ? err.error : err);
  const what = err instanceof ProvisionFailed ? `${err.step} failed: ` : '';
  const left =
    err instanceof ProvisionFailed && err.leftovers.length
      ? `; left in Odin: ${err.leftovers.join(', ')}`
      : '';
  return {
    index,
    line: row.line,
    ok: false,
    userId: row.userId,
    code: cause?.code ?? 'INTERNAL_SERVER_ERROR',
    message: `${label}: ${what}${cause?.message ?? 'Internal server error'}${left}`,
    provision: detail(steps, state),
  };
}

/**
 * Provisioning sheets. The dry run plans the whole sheet, reads only. The real run plans the
 * rows left the same way, each group under its provisioning lock, and reserves what they
 * chose in the lock (a provisionUser meanwhile never chooses it); each row then runs with its
 * plan, its progress recorded before each step, so that a row a dead worker had in flight is
 * finished from its recorded steps: a create is read back before it is sent again.
 */
export function provisioningRunner(groupLocks: KeyLock): JobKindRunner {
  return {
    async dryRun(odin, rows, label, _scope, instance) {
      const locks = lockWithin(groupLocks, instance);
      const facts = new GroupFacts(odin, true);
      const indexes = rows.map((_, i) => i).filter((i) => !rows[i].failure);
      const outcomes: RowOutcome[] = [];
      for (const [key, group] of byGroup(rows, indexes)) {
        facts.holdReserved(group.where, await locks.reservations(key));
        const plans = await planSheet(odin, facts, rows, group.indexes, label);
        for (const [index, plan] of plans) {
          const row = rows[index];
          outcomes.push(
            plan.problems.length
              ? refused(row, index, label(index), plan)
              : {
                  index,
                  line: row.line,
                  ok: true,
                  userId: row.userId,
                  provision: detail(plan.steps, plan.state),
                },
          );
        }
      }
      return outcomes;
    },

    async prepare(job: RunningJob) {
      const { id, odin, rows, inFlight, store, label } = job;
      const locks = lockWithin(groupLocks, job.instance);
      const facts = new GroupFacts(odin, true);
      const plans = new Map<number, RowPlan>();
      const settled: RowOutcome[] = [];
      const groups = byGroup(rows, job.pending);
      for (const [key, group] of groups) {
        await locks.withLock(key, async () => {
          facts.holdReserved(group.where, await locks.reservations(key), id);
          // A row a dead worker had in flight keeps what it chose.
          const fresh: number[] = [];
          for (const index of group.indexes) {
            const progress = inFlight.get(index);
            if (progress) await facts.take(requestOf(rows, index), progress.state, label(index));
            else fresh.push(index);
          }
          for (const [index, plan] of await planSheet(odin, facts, rows, fresh, label)) {
            if (plan.problems.length) settled.push(refused(rows[index], index, label(index), plan));
            else plans.set(index, plan);
          }
          await locks.release(key, id);
          const reserved = group.indexes.flatMap((index) => {
            const state = inFlight.get(index)?.state ?? plans.get(index)?.state;
            return state ? reservationsOf(requestOf(rows, index), state) : [];
          });
          await locks.reserve(key, id, reserved);
        });
      }
      const pendingRows = job.pending.length;
      const pool = new PasswordPool(odin, Math.min(100, Math.max(2, pendingRows * 2)));

      return {
        settled,
        async row(index) {
          const row = rows[index];
          const request = row.provision as ProvisionRequest;
          const recorded: RowProgress | null | undefined = inFlight.get(index);
          const plan = recorded
            ? { ...structuredClone(recorded), problems: [] }
            : (plans.get(index) as RowPlan);
          const ctx = newContext(odin, request, facts);
          ctx.state = plan.state;
          const reports = plan.steps;
          try {
            if (!recorded) await draw(pool, request, plan);
          } catch (err) {
            // Nothing was written: the row fails as its password generation did.
            await locks.release(groupKey(request.user), id, reservationsOf(request, plan.state));
            return failed(row, index, label(index), err, reports, plan.state);
          }
          const done = PROVISION_STEPS.filter((_, i) => reports[i].status === StepStatus.DONE);
          try {
            await runSteps(PROVISION_STEPS, ctx, reports, done, 0, PROVISION_STEPS.length, {
              rerunFirst: !!recorded,
              record: () => store.markInFlight(id, index, { steps: reports, state: ctx.state }),
            });
          } catch (err) {
            if (!(err instanceof ProvisionFailed)) throw err;
            // Undone: what it took is free again.
            await locks.release(groupKey(request.user), id, reservationsOf(request, ctx.state));
            return failed(row, index, label(index), err, err.steps, ctx.state);
          }
          const { generatedWebAuthPassword, generatedDevicePassword, generatedSipPassword } =
            ctx.state;
          return {
            index,
            line: row.line,
            ok: true,
            userId: row.userId,
            provision: detail(reports, ctx.state),
            secrets: { generatedWebAuthPassword, generatedDevicePassword, generatedSipPassword },
          };
        },
        async end() {
          for (const key of groups.keys()) await locks.release(key, id);
        },
      };
    },
  };
}

/** What a deprovisioning did or would do, as its result shows it. */
function removal(row: JobRow, index: number, done: Awaited<ReturnType<typeof deprovisionUser>>) {
  return {
    index,
    line: row.line,
    ok: true as const,
    userId: row.userId,
    provision: {
      steps: done.steps,
      phoneNumber: done.freedPhoneNumber,
      deviceName: done.deletedDeviceName,
    },
  };
}

/**
 * Deprovisioning sheets: each user as deprovisionUser removes one. The dry run lists what
 * each row would remove. A row a dead worker had in flight whose user is gone is done.
 */
export function deprovisioningRunner(): JobKindRunner {
  const one = async (
    odin: OdinClient,
    row: JobRow,
    index: number,
    label: string,
    dryRun: boolean,
    scope: Scope,
    wasInFlight = false,
  ): Promise<RowOutcome> => {
    const request = row.deprovision as NonNullable<JobRow['deprovision']>;
    // A user outside the job's scope is answered as absent.
    const reaches = (u: User) => scope.covers(u.serviceProviderId, u.groupId);
    try {
      return removal(row, index, await deprovisionUser(odin, request, dryRun, reaches));
    } catch (err) {
      if (err instanceof ProvisionRefused) {
        if (wasInFlight)
          return { index, line: row.line, ok: true, userId: row.userId, provision: { steps: [] } };
        return {
          index,
          line: row.line,
          ok: false,
          userId: row.userId,
          code: err.problems[0].code,
          message: `${label}: ${err.message}`,
          provision: { steps: err.steps, field: err.problems[0].field },
        };
      }
      return failed(
        row,
        index,
        label,
        err,
        err instanceof ProvisionFailed ? err.steps : [],
        {} as ProvisionState,
      );
    }
  };
  return {
    async dryRun(odin, rows, label, scope) {
      const outcomes: RowOutcome[] = [];
      for (const [index, row] of rows.entries())
        if (!row.failure) outcomes.push(await one(odin, row, index, label(index), true, scope));
      return outcomes;
    },
    async prepare({ id, odin, rows, inFlight, store, label, scope }) {
      return {
        settled: [],
        async row(index) {
          const wasInFlight = inFlight.has(index);
          if (!wasInFlight) await store.markInFlight(id, index);
          return one(odin, rows[index], index, label(index), false, scope, wasInFlight);
        },
      };
    },
  };
}
