import type { AuthorizedService } from '../../odin/model';
import { type Plan, type Problem, type Step, StepKind, StepStatus } from '../model';
import { setServices } from '../writes';

const AUTHENTICATION = 'Authentication';

function check(kind: 'services' | 'servicePacks', names: string[], table: AuthorizedService[]) {
  const problems: Problem[] = [];
  const notes: string[] = [];
  for (const name of names) {
    const s = table.find((x) => x.name === name);
    if (!s || !s.authorized)
      problems.push({
        field: kind,
        message: `${name} is not authorised for the group`,
        code: 'CONFLICT',
      });
    else if (s.available !== null && s.available < 1)
      problems.push({
        field: kind,
        message: `${name} has no seats left (${s.usage} of ${s.limit})`,
        code: 'CONFLICT',
      });
    else notes.push(`${name} (${s.available === null ? 'unlimited' : `${s.available} left`})`);
  }
  return { problems, notes };
}

/** Services and packs the group may give, with seats; Authentication for SIP credentials. */
export const assignServices: Step = {
  kind: StepKind.ASSIGN_SERVICES,
  async plan({ facts, request, state }): Promise<Plan> {
    const wantsSip = request.sipAuthentication ?? !!request.device;
    state.services = [
      ...new Set([...(request.services ?? []), ...(wantsSip ? [AUTHENTICATION] : [])]),
    ];
    state.servicePacks = [...new Set(request.servicePacks ?? [])];
    if (!state.services.length && !state.servicePacks.length)
      return { status: StepStatus.SKIPPED, detail: 'none asked for' };
    const where = {
      serviceProviderId: request.user.serviceProviderId,
      groupId: request.user.groupId,
    };
    const group = await facts.services(where);
    const services = check('services', state.services, group.userServices);
    const packs = check('servicePacks', state.servicePacks, group.servicePacks);
    return {
      status: StepStatus.PLANNED,
      detail: [...packs.notes, ...services.notes].join(', ') || null,
      problems: [...packs.problems, ...services.problems],
    };
  },
  async run({ odin, request, state }) {
    await setServices(odin, request.user.userId, state, true);
    return [...state.servicePacks, ...state.services].join(', ');
  },
  // Read back first: services and packs found assigned are not assigned again.
  async rerun(ctx) {
    const { odin, request, state } = ctx;
    const now = await odin.services.ofUser(request.user.userId);
    const has = (list: typeof now.services, names: string[]) =>
      names.every((name) => list.some((s) => s.name === name && s.assigned));
    if (has(now.services, state.services) && has(now.servicePacks, state.servicePacks))
      return [...state.servicePacks, ...state.services].join(', ');
    return this.run(ctx);
  },
  async undo({ odin, request, state }) {
    await setServices(odin, request.user.userId, state, false);
  },
  leftover: ({ request, state }) =>
    `${[...state.servicePacks, ...state.services].join(', ')} assigned to ${request.user.userId}`,
};
