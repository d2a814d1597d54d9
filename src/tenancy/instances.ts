import { readFileSync } from 'node:fs';
import { configEntries } from '../app/config-file';
import type { OdinConfig } from '../app/config';

/** One Odin the deployment reaches, by the name keys and jobs use for it. */
export interface InstanceConfig {
  name: string;
  odin: OdinConfig;
}

const NAME = /^[A-Za-z0-9._-]{1,40}$/;
const KNOWN = new Set([
  'name',
  'baseUrl',
  'username',
  'passwordEnv',
  'rateLimitPerSecond',
  'maxConcurrency',
  'timeoutMs',
  'caFile',
]);

/**
 * ODIN_INSTANCES_FILE: a JSON array of Odin instances, each on the settings of the rest of
 * the configuration (`base`) with its own URL, account, rate, concurrency, timeout and CA.
 * The password is read from the variable `passwordEnv` names, never from the file. The first
 * bad entry stops the start with a message naming it.
 */
export function readInstancesFile(
  file: string,
  env: NodeJS.ProcessEnv,
  base: OdinConfig,
): InstanceConfig[] {
  const names = new Set<string>();
  const entries = configEntries(file, 'ODIN_INSTANCES_FILE', KNOWN, {
    fields: /password|secret|token/i,
    hint: 'never a password in the file: name the variable that holds it in passwordEnv',
  });
  return entries.map(({ entry, bad }) => {
    if (typeof entry.name !== 'string' || !NAME.test(entry.name))
      throw bad('name must be 1 to 40 letters, digits, . _ or -');
    if (names.has(entry.name)) throw bad('name is given to another instance too');
    names.add(entry.name);
    if (typeof entry.baseUrl !== 'string' || !/^https?:\/\/[^\s]+$/.test(entry.baseUrl))
      throw bad('baseUrl must be an http(s) URL');
    if (typeof entry.username !== 'string' || !entry.username) throw bad('username is required');
    if (
      typeof entry.passwordEnv !== 'string' ||
      !/^[A-Za-z_][A-Za-z0-9_]*$/.test(entry.passwordEnv)
    )
      throw bad('passwordEnv must name the environment variable that holds the password');
    const password = env[entry.passwordEnv];
    if (!password) throw bad(`the variable ${entry.passwordEnv} (passwordEnv) is not set`);
    const positive = (key: string): number | undefined => {
      const v = entry[key];
      if (v === undefined) return undefined;
      if (typeof v !== 'number' || !Number.isInteger(v) || v < 1)
        throw bad(`${key} must be a whole number above 0`);
      return v;
    };
    let ca: string | undefined;
    if (entry.caFile !== undefined) {
      if (typeof entry.caFile !== 'string') throw bad('caFile must be a path');
      try {
        ca = readFileSync(entry.caFile, 'utf8');
      } catch {
        throw bad(`caFile ${entry.caFile} cannot be read`);
      }
    }
    const timeoutMs = positive('timeoutMs') ?? base.timeoutMs;
    return {
      name: entry.name,
      odin: {
        ...base,
        baseUrl: entry.baseUrl.replace(/\/+$/, ''),
        username: entry.username,
        password,
        rateLimitPerSecond: positive('rateLimitPerSecond') ?? base.rateLimitPerSecond,
        maxConcurrency: positive('maxConcurrency') ?? base.maxConcurrency,
        timeoutMs,
        deadlineMs: entry.timeoutMs === undefined ? base.deadlineMs : 3 * timeoutMs,
        ...(ca ? { ca } : {}),
      },
    };
  });
}
