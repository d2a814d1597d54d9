import type { OdinClient } from '../odin/client';
import { type GroupRef, groupKey } from '../odin/model';

/**
 * Generated passwords fetched in batches (`GET /password/generate?limit=N`): the group's
 * for web and device passwords, and with no group the several SIP passwords. A password that
 * contains the user's local part is not given to that user (the rules refuse it); it stays
 * for another.
 */
export class PasswordPool {
  private readonly pools = new Map<string, string[]>();
  private readonly refills = new Map<string, Promise<void>>();

  constructor(
    private readonly odin: OdinClient,
    /** Passwords asked for at once. */
    private readonly batch: number,
  ) {}

  private async draw(
    key: string,
    fetch: (count: number) => Promise<string[]>,
    fits: (password: string) => boolean,
  ): Promise<string> {
    for (let refill = 0; ; refill++) {
      const pool = this.pools.get(key) ?? [];
      const at = pool.findIndex(fits);
      if (at >= 0) return pool.splice(at, 1)[0];
      if (refill === 3) throw new Error('Odin generated no password that fits the user');
      // One refill at a time per pool: rows drawing together wait for the same batch.
      let pending = this.refills.get(key);
      if (!pending) {
        pending = fetch(this.batch).then(
          (more) => void this.pools.set(key, [...(this.pools.get(key) ?? []), ...more]),
        );
        pending.finally(() => this.refills.delete(key)).catch(() => undefined);
        this.refills.set(key, pending);
      }
      await pending;
    }
  }

  /** A web password for the user: the group's rules, and not containing its local part. */
  web(where: GroupRef, userId: string): Promise<string> {
    return this.draw(groupKey(where), (n) => this.odin.passwords.many(n, where), fitsUser(userId));
  }

  /** A device's own credentials' password: the group's rules. */
  device(where: GroupRef): Promise<string> {
    return this.draw(
      groupKey(where),
      (n) => this.odin.passwords.many(n, where),
      () => true,
    );
  }

  /** A SIP password, which must not contain the authentication name (the local part). */
  sip(userId: string): Promise<string> {
    return this.draw('sip', (n) => this.odin.passwords.many(n), fitsUser(userId));
  }
}

const fitsUser = (userId: string) => {
  const local = userId.split('@')[0].toLowerCase();
  return (password: string) => !local || !password.toLowerCase().includes(local);
};
