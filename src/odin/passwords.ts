import { OdinError } from './odin-error';
import type { OdinCaller } from './session';
import type { WireText } from './wire';

/** Odin's password generators: a group's web password, a SIP password. */
export class OdinPasswords {
  constructor(private readonly odin: OdinCaller) {}

  /** A password that satisfies the group's password rules (web and device passwords). */
  group(serviceProviderId: string, groupId: string): Promise<string> {
    return this.generate('/password/generate', { serviceProviderId, groupId });
  }

  /**
   * A group password for one user. The rules also refuse a password that contains the user's
   * id, which the group's generator cannot know: such a password is asked for again (three
   * tries; a last refusal is Odin's to explain).
   */
  async forUser(serviceProviderId: string, groupId: string, userId: string): Promise<string> {
    const local = userId.split('@')[0].toLowerCase();
    let password = await this.group(serviceProviderId, groupId);
    for (let tries = 1; tries < 3 && local && password.toLowerCase().includes(local); tries++)
      password = await this.group(serviceProviderId, groupId);
    return password;
  }

  /** A password that satisfies BroadWorks' SIP authentication rules. */
  sip(): Promise<string> {
    return this.generate('/sip-password/generate', {});
  }

  /**
   * `count` passwords in one call: the group's (web and device passwords), or with no group
   * the several SIP passwords odins_spear asks for the same way. With `limit` the answer's
   * key is plural.
   */
  async many(count: number, group?: { serviceProviderId: string; groupId: string }) {
    const path = '/password/generate';
    const params = { ...(group ?? {}), limit: String(count) };
    const answer = await this.odin.call<{ passwords?: WireText[] }>({
      method: 'GET',
      path,
      params,
    });
    const passwords = (answer?.passwords ?? []).filter(
      (p): p is string => typeof p === 'string' && !!p,
    );
    if (!passwords.length)
      throw new OdinError({
        kind: 'protocol',
        method: 'GET',
        path,
        message: 'Odin generated no password',
      });
    return passwords;
  }

  private async generate(path: string, params: Record<string, string>): Promise<string> {
    const answer = await this.odin.call<{ password?: WireText }>({ method: 'GET', path, params });
    const password = answer?.password;
    if (typeof password !== 'string' || !password) {
      throw new OdinError({
        kind: 'protocol',
        method: 'GET',
        path,
        message: 'Odin generated no password',
      });
    }
    return password;
  }
}
