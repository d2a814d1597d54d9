import { readFileSync } from 'node:fs';

/** One entry of a configuration file, and how to refuse it naming it. */
export interface ConfigEntry {
  entry: Record<string, unknown>;
  bad(what: string): Error;
}

/**
 * A configuration file that is a JSON array of objects (GRAPHQL_API_KEYS_FILE,
 * ODIN_INSTANCES_FILE): each entry with a refusal that names it (`VARIABLE entry 2
 * ("name")`), its fields checked against `known`; a field that looks like a secret is told
 * where a secret belongs (`secretHint`).
 */
export function configEntries(
  file: string,
  variable: string,
  known: ReadonlySet<string>,
  secret: { fields: RegExp; hint: string },
): ConfigEntry[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new Error(
      `${variable} ${file} cannot be read as JSON: ${err instanceof Error ? err.message : String(err)}`,
    );
  }
  if (!Array.isArray(parsed) || !parsed.length)
    throw new Error(`${variable} ${file} must be a JSON array of at least one entry`);
  return parsed.map((raw: unknown, i) => {
    const entry = (raw ?? {}) as Record<string, unknown>;
    const name = typeof entry.name === 'string' ? ` (${JSON.stringify(entry.name)})` : '';
    const bad = (what: string) => new Error(`${variable} entry ${i + 1}${name}: ${what}`);
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
      throw bad(`must be an object with ${[...known].join(', ')}`);
    const extra = Object.keys(entry).filter((k) => !known.has(k));
    if (extra.length)
      throw bad(
        `unknown field ${extra.join(', ')}${extra.some((k) => secret.fields.test(k)) ? ` (${secret.hint})` : ''}`,
      );
    return { entry, bad };
  });
}
