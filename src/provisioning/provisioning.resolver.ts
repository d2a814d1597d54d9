import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../graphql/context';
import { AppError, type ErrorCode, toAppError } from '../graphql/errors';
import { deprovisionUser } from './deprovision';
import {
  ProvisionFailed,
  ProvisionRefused,
  liveFacts,
  newContext,
  planSteps,
  PROVISION_STEPS,
  provisionUser,
} from './engine';
import {
  DeprovisionUserInput,
  DeprovisionUserPayload,
  ProvisionUserInput,
  ProvisionUserPayload,
} from './provisioning.types';

/** The engine's refusals and failures as the project's errors, with every step's status. */
function asAppError(err: unknown): unknown {
  if (err instanceof ProvisionRefused) {
    const codes = new Set(err.problems.map((p) => p.code));
    const code: ErrorCode = codes.size === 1 ? [...codes][0] : 'BAD_USER_INPUT';
    return new AppError(`The user cannot be provisioned: ${err.message}`, code, {
      fields: err.problems,
      ...(err.steps.length ? { steps: err.steps } : {}),
    });
  }
  if (err instanceof ProvisionFailed) {
    const cause = toAppError(err.error);
    const { code: _code, ...odin } = cause?.extensions ?? {};
    return new AppError(
      `${err.step} failed: ${cause?.message ?? 'Internal server error'}`,
      cause?.code ?? 'INTERNAL_SERVER_ERROR',
      { ...odin, steps: err.steps, ...(err.leftovers.length ? { leftovers: err.leftovers } : {}) },
    );
  }
  return err;
}

@Resolver()
export class ProvisioningResolver {
  @Mutation(() => ProvisionUserPayload, {
    description:
      'A working phone user in one call; undone in reverse if a step fails. dryRun: reads only',
  })
  async provisionUser(
    @Arg('input', () => ProvisionUserInput) input: ProvisionUserInput,
    @Ctx() ctx: Context,
  ): Promise<ProvisionUserPayload> {
    const request = { ...input, user: input.user.toRequest() };
    // Plans check what Odin holds now: their reads skip the cache (and refresh it).
    ctx.cacheRead.fresh = true;
    try {
      if (input.dryRun) {
        const facts = await liveFacts(ctx.odin, request, ctx.locks);
        const plan = await planSteps(PROVISION_STEPS, newContext(ctx.odin, request, facts));
        if (plan.problems.length) throw new ProvisionRefused(plan.problems, plan.steps);
        return payload(true, plan.steps, plan.state, null);
      }
      const done = await provisionUser(ctx.odin, request, ctx.locks);
      ctx.logger.info({ userId: input.user.userId }, 'user provisioned');
      // Read back: later steps (activation, services) change what the create answered.
      const user = await ctx.loaders.user.clear(input.user.userId).load(input.user.userId);
      return payload(false, done.steps, done.state, user);
    } catch (err) {
      throw asAppError(err);
    }
  }

  @Mutation(() => DeprovisionUserPayload, {
    description: 'Detach, delete the device unless shared, unassign services, delete the user',
  })
  async deprovisionUser(
    @Arg('input', () => DeprovisionUserInput) input: DeprovisionUserInput,
    @Ctx() ctx: Context,
  ): Promise<DeprovisionUserPayload> {
    ctx.cacheRead.fresh = true;
    try {
      const done = await deprovisionUser(ctx.odin, input, !!input.dryRun);
      if (!input.dryRun) {
        ctx.loaders.user.clear(input.userId).prime(input.userId, null);
        ctx.logger.info({ userId: input.userId }, 'user deprovisioned');
      }
      return {
        userId: input.userId,
        dryRun: !!input.dryRun,
        steps: done.steps,
        freedPhoneNumber: done.freedPhoneNumber,
        deletedDeviceName: done.deletedDeviceName,
      };
    } catch (err) {
      throw asAppError(err);
    }
  }
}

function payload(
  dryRun: boolean,
  steps: ProvisionUserPayload['steps'],
  state: Awaited<ReturnType<typeof provisionUser>>['state'],
  user: ProvisionUserPayload['user'],
): ProvisionUserPayload {
  return {
    dryRun,
    user,
    steps,
    phoneNumber: state.phoneNumber ?? null,
    extension: state.extension ?? null,
    deviceName: state.deviceName ?? null,
    linePort: state.linePort ?? null,
    sipUserName: state.sipUserName ?? null,
    generatedWebAuthPassword: state.generatedWebAuthPassword ?? null,
    generatedSipPassword: state.generatedSipPassword ?? null,
    generatedDevicePassword: state.generatedDevicePassword ?? null,
  };
}
