import { readFileSync } from 'node:fs';
import type { OdinConfig } from './config';

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
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new Error(
      `ODIN_INSTANCES_FILE ${file} cannot be read as JSON: ${err instanceof Error ? err.message : String(err)}`,
    );
  }
  if (!Array.isArray(parsed) || !parsed.length)
    throw new Error(`ODIN_INSTANCES_FILE ${file} must be a JSON array of at least one instance`);
  const names = new Set<string>();
  return parsed.map((raw: unknown, i) => {
    const entry = (raw ?? {}) as Record<string, unknown>;
    const label = `ODIN_INSTANCES_FILE entry ${i + 1}${typeof entry.name === 'string' ? ` (${JSON.stringify(entry.name)})` : ''}`;
    const bad = (what: string) => new Error(`${label}: ${what}`);
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
      throw bad('must be an object with name, baseUrl, username and passwordEnv');
    const extra = Object.keys(entry).filter((k) => !KNOWN.has(k));
    if (extra.length)
      throw bad(
        `unknown field ${extra.join(', ')}${extra.some((k) => /password|secret|token/i.test(k)) ? ' (never a password in the file: name the variable that holds it in passwordEnv)' : ''}`,
      );
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
