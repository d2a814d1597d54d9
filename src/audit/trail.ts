import { createHash } from 'node:crypto';
import { redactSecrets } from '../app/logger';
import { toAppError } from '../graphql/errors';
import { OdinTally } from '../odin/tally';
import type { AuditEnd, AuditStart, AuditStep } from './model';
import type { AuditStore } from './store';

/** How the trail shows a secret the input set. */
export const SET = '[set]';

/** The input as the trail keeps it: every secret "[set]", CSV text as its length. */
export const changesOf = (input: Record<string, unknown>): Record<string, unknown> =>
  redactSecrets(input, 0, SET) as Record<string, unknown>;

const stepsIn = (value: unknown): AuditStep[] | null => {
  const steps = (value as { steps?: unknown } | null | undefined)?.steps;
  return Array.isArray(steps) && steps.length
    ? steps.map((s: AuditStep) => ({ kind: s.kind, status: s.status, detail: s.detail ?? null }))
    : null;
};

/** Where an answer or an outcome says its entity is: its own fields, or its user's. */
export function placeIn(value: unknown): Pick<AuditEnd, 'serviceProviderId' | 'groupId'> {
  const v = value as Record<string, unknown> | null | undefined;
  const at = (typeof v?.serviceProviderId === 'string' ? v : v?.user) as
    Record<string, unknown> | null | undefined;
  return typeof at?.serviceProviderId === 'string'
    ? {
        serviceProviderId: at.serviceProviderId,
        groupId: typeof at.groupId === 'string' ? at.groupId : null,
      }
    : {};
}

const MAX_SESSIONS = 10_000;

/**
 * Who changed what: one event per mutation field and per row of a job, opened before the
 * first Odin write (refused, with no write, when it cannot be) and completed after.
 */
export class AuditTrail {
  /** Passthrough: the Odin user behind a token, learnt at login, by the token's hash. */
  private readonly odinUsers = new Map<string, string>();

  constructor(readonly store: AuditStore) {}

  /** A passthrough login: its token's events name this Odin user. */
  remember(token: string, username: string): void {
    if (this.odinUsers.size >= MAX_SESSIONS)
      this.odinUsers.delete(this.odinUsers.keys().next().value as string);
    this.odinUsers.set(hashOf(token), username);
  }

  /** A refreshed passthrough token: its events name the Odin user of the one it replaces. */
  renew(from: string | undefined, to: string): void {
    const user = from === undefined ? undefined : this.odinUsers.get(hashOf(from));
    if (user) this.remember(to, user);
  }

  /** The caller's name: the key's; passthrough: the Odin user, or the token's hash's head. */
  callerOf(name: string | undefined, odinToken: string | undefined): string {
    if (name) return name;
    if (!odinToken) return 'anonymous';
    const hash = hashOf(odinToken);
    return this.odinUsers.get(hash) ?? `odin-session-${hash.slice(0, 12)}`;
  }

  /**
   * `change` recorded. Its event is opened before the change's first Odin write (`upfront`:
   * before the change begins); when it cannot be, that write is not sent and the change fails
   * with SERVICE_UNAVAILABLE. Completed with the outcome and the writes that reached Odin; a
   * change that wrote nothing is one event written at its end.
   */
  async record<T>(
    start: AuditStart,
    change: () => Promise<T>,
    how: {
      /** What the answer tells (a created user's id). */
      ending?: (result: T) => Partial<AuditEnd>;
      /** What is known of the entity just before the first write (its place), read then. */
      locate?: () => Promise<Partial<AuditStart>>;
      upfront?: boolean;
    } = {},
  ): Promise<T> {
    let id: string | undefined;
    const open = async () => {
      id = await this.store.begin({ ...start, ...(await how.locate?.()) });
    };
    const tally = OdinTally.within(how.upfront ? undefined : open);
    if (how.upfront) await open();
    let result: T;
    try {
      result = await OdinTally.run(tally, change);
    } catch (err) {
      await this.finish(id, start, {
        outcome: toAppError(err)?.code ?? 'INTERNAL_SERVER_ERROR',
        odinWrites: tally.writes,
        steps: stepsIn((err as { extensions?: unknown }).extensions),
      });
      throw err;
    }
    await this.finish(id, start, {
      outcome: 'OK',
      odinWrites: tally.writes,
      steps: stepsIn(result),
      ...placeIn(result),
      ...how.ending?.(result),
    });
    return result;
  }

  /** The event completed, or (nothing written to Odin, so none opened) written whole. */
  private async finish(id: string | undefined, start: AuditStart, end: AuditEnd): Promise<void> {
    if (id !== undefined) return this.store.complete(id, end);
    await this.store
      .begin(start)
      .then((opened) => this.store.complete(opened, end))
      .catch(() => undefined);
  }
}

const hashOf = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');
