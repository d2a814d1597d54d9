import type { OdinClient } from '../odin/client';
import { groupKey } from '../odin/model';
import { GroupFacts } from './facts';
import type { KeyLock } from './lock';
import { activateNumber } from './steps/activate-number';
import { assignServices } from './steps/assign-services';
import { attachDevice } from './steps/attach-device';
import { checkGroup } from './steps/check-group';
import { chooseExtension } from './steps/choose-extension';
import { chooseNumber } from './steps/choose-number';
import { createDevice } from './steps/create-device';
import { createUser } from './steps/create-user';
import { setSipAuthentication } from './steps/set-sip-authentication';
import {
  type Problem,
  type ProvisionRequest,
  type ProvisionContext,
  type ProvisionState,
  type Step,
  type StepContext,
  StepKind,
  type StepReport,
  StepStatus,
  newState,
} from './model';

/** The onboarding, in Odin's order: each step feeds the next. */
export const PROVISION_STEPS: readonly Step[] = [
  checkGroup,
  chooseNumber,
  chooseExtension,
  createUser,
  activateNumber,
  assignServices,
  createDevice,
  attachDevice,
  setSipAuthentication,
];

/** The request cannot be carried out: every problem the reads found, nothing written. */
export class ProvisionRefused extends Error {
  constructor(
    readonly problems: Problem[],
    readonly steps: StepReport[],
  ) {
    super(problems.map((p) => `${p.field} ${p.message}`).join('; '));
  }
}

/** A step failed; the steps before it were undone, as far as they could be. */
export class ProvisionFailed extends Error {
  constructor(
    readonly step: StepKind,
    readonly error: unknown,
    readonly steps: StepReport[],
    readonly leftovers: string[],
  ) {
    super(`${step} failed`);
  }
}

export interface ProvisionOutcome {
  steps: StepReport[];
  state: ProvisionState;
}

/** A provisioning's context, before any step has chosen anything; facts read live by default. */
export const newContext = (
  odin: OdinClient,
  request: ProvisionRequest,
  facts = new GroupFacts(odin),
): ProvisionContext => ({ odin, request, facts, state: newState() });

/** Live facts that honour the group lock's reservations (what provisioning jobs planned). */
export async function liveFacts(odin: OdinClient, request: ProvisionRequest, lock: KeyLock) {
  const facts = new GroupFacts(odin);
  facts.holdReserved(request.user, await lock.reservations(groupKey(request.user)));
  return facts;
}

export interface RunOptions {
  /** The first step to run may have been sent before: it is rerun (read back first). */
  rerunFirst?: boolean;
  /** Called before each step runs: a job records how far its row has come. */
  record?: () => Promise<void>;
}

/** Every step's plan, reads only; later plans see earlier choices (in `ctx.state`). */
export async function planSteps<C extends StepContext>(
  all: readonly Step<C>[],
  ctx: C,
): Promise<ProvisionOutcome & { problems: Problem[] }> {
  const steps: StepReport[] = [];
  const problems: Problem[] = [];
  for (const step of all) {
    const plan = await step.plan(ctx);
    steps.push({ kind: step.kind, status: plan.status, detail: plan.detail });
    problems.push(...(plan.problems ?? []));
  }
  return { steps, state: ctx.state, problems };
}

/** Runs `all` from `from`; on a failure undoes what ran, in reverse, and throws. */
export async function runSteps<C extends StepContext>(
  all: readonly Step<C>[],
  ctx: C,
  reports: StepReport[],
  done: Step<C>[],
  from: number,
  to: number,
  options: RunOptions = {},
): Promise<void> {
  let first = true;
  for (let i = from; i < to; i++) {
    const step = all[i];
    if (reports[i].status !== StepStatus.PLANNED) continue;
    const again = first && options.rerunFirst && step.rerun;
    first = false;
    // Outside the try: a store that cannot record stops the run, and the row is taken over.
    await options.record?.();
    try {
      const detail = again ? await step.rerun?.(ctx) : await step.run(ctx);
      reports[i] = {
        kind: step.kind,
        status: StepStatus.DONE,
        detail: detail ?? reports[i].detail,
      };
      done.push(step);
    } catch (err) {
      reports[i] = {
        kind: step.kind,
        status: StepStatus.FAILED,
        detail: err instanceof Error ? err.message : String(err),
      };
      for (let j = i + 1; j < reports.length; j++)
        if (reports[j].status === StepStatus.PLANNED)
          reports[j] = { ...reports[j], status: StepStatus.SKIPPED, detail: 'not run' };
      const leftovers = await undo(all, ctx, reports, done);
      throw new ProvisionFailed(step.kind, err, reports, leftovers);
    }
  }
}

/** Undoes the done steps in reverse; what could not be undone is named. */
async function undo<C extends StepContext>(
  all: readonly Step<C>[],
  ctx: C,
  reports: StepReport[],
  done: Step<C>[],
): Promise<string[]> {
  const leftovers: string[] = [];
  for (const step of [...done].reverse()) {
    const i = all.indexOf(step);
    try {
      await step.undo(ctx);
      reports[i] = { ...reports[i], status: StepStatus.UNDONE };
    } catch (err) {
      reports[i] = {
        ...reports[i],
        status: StepStatus.UNDO_FAILED,
        detail: err instanceof Error ? err.message : String(err),
      };
      const left = step.leftover(ctx);
      if (left) leftovers.push(left);
    }
  }
  return leftovers;
}

const CREATE_USER_AT = PROVISION_STEPS.findIndex((s) => s.kind === StepKind.CREATE_USER);
const RACE_RETRIES = 3;

/**
 * Plans again (what was true at a dry run may not be), then runs. The choice of number and
 * extension and the user's creation happen under the group's lock, so two provisions never
 * pick the same; a choice lost to someone outside the layer is made again.
 */
export async function provisionUser(
  odin: OdinClient,
  request: ProvisionRequest,
  lock: KeyLock,
): Promise<ProvisionOutcome> {
  const key = groupKey(request.user);
  const auto = !!request.number?.firstFree || !request.user.extension;
  for (let attempt = 1; ; attempt++) {
    const done: Step[] = [];
    let ctx: ProvisionContext | undefined;
    let reports: StepReport[] = [];
    try {
      await lock.withLock(key, async () => {
        ctx = newContext(odin, request, await liveFacts(odin, request, lock));
        const plan = await planSteps(PROVISION_STEPS, ctx);
        if (plan.problems.length) throw new ProvisionRefused(plan.problems, plan.steps);
        reports = plan.steps;
        await runSteps(PROVISION_STEPS, ctx, reports, done, 0, CREATE_USER_AT + 1);
      });
    } catch (err) {
      const lostRace =
        err instanceof ProvisionFailed &&
        err.step === StepKind.CREATE_USER &&
        auto &&
        attempt < RACE_RETRIES &&
        (err.error as { conflict?: boolean })?.conflict === true;
      if (lostRace) continue;
      throw err;
    }
    const c = ctx as ProvisionContext;
    await runSteps(PROVISION_STEPS, c, reports, done, CREATE_USER_AT + 1, PROVISION_STEPS.length);
    return { steps: reports, state: c.state };
  }
}
