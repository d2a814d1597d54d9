import { parse } from 'csv-parse/sync';
import {
  type GraphQLInputObjectType,
  type GraphQLInputType,
  type GraphQLSchema,
  GraphQLBoolean,
  coerceInputValue,
  getNamedType,
  isInputObjectType,
  isLeafType,
} from 'graphql';
import { BadUserInputError } from '../graphql/errors';

/** One CSV line as a CreateUserInput, or why it cannot be one. */
export interface CsvRow {
  /** Its line in the file, counting the header as line 1. */
  line: number;
  input?: Record<string, unknown>;
  /** The cells of the extra columns a caller allowed, as text or booleans. */
  extra?: Record<string, string | boolean>;
  problem?: string;
}

/** Columns beside CreateUserInput's that an import allows, and how their text is read. */
export type ExtraColumns = Record<string, 'text' | 'boolean'>;

/** At most this many column names are listed in a refusal. */
const NAMED_AT_MOST = 10;
const named = (names: string[]) =>
  names.length > NAMED_AT_MOST
    ? `${names.slice(0, NAMED_AT_MOST).join(', ')} and ${names.length - NAMED_AT_MOST} more`
    : names.join(', ');

/**
 * The columns a CSV may have: CreateUserInput's fields, an input object's as `address.city`
 * etc., each with the GraphQL type its text is read as.
 */
function columnsOf(type: GraphQLInputObjectType, prefix = ''): Map<string, GraphQLInputType> {
  const columns = new Map<string, GraphQLInputType>();
  for (const field of Object.values(type.getFields())) {
    const named = getNamedType(field.type);
    if (isInputObjectType(named) && named.name !== 'JSONObject')
      for (const [k, v] of columnsOf(named, `${prefix}${field.name}.`)) columns.set(k, v);
    else columns.set(`${prefix}${field.name}`, field.type);
  }
  return columns;
}

/** Edits (insert, delete, replace) from `a` to `b`. */
function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++)
      next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length];
}

/**
 * The known column a misspelt one most likely means: the same letters in another case or
 * separator style (`user_id`, `User ID`), else the nearest within a few edits; or none.
 */
export function closestColumn(name: string, known: Iterable<string>): string | undefined {
  const bare = (s: string) => s.toLowerCase().replace(/[^a-z0-9.]/g, '');
  let best: { column: string; distance: number } | undefined;
  for (const column of known) {
    const distance = editDistance(bare(name), bare(column));
    if (!best || distance < best.distance) best = { column, distance };
  }
  return best && best.distance <= Math.min(3, Math.floor(bare(name).length / 3))
    ? best.column
    : undefined;
}

/** A cell's text as its column's type: empty is absent; JSON objects are JSON text. */
function cellValue(text: string, type: GraphQLInputType): unknown {
  const named = getNamedType(type);
  if (!isLeafType(named)) return text;
  if (named.name === 'JSONObject' || named.name === 'JSON') return JSON.parse(text);
  if (named.name === 'Boolean') {
    if (/^(true|yes|1)$/i.test(text)) return true;
    if (/^(false|no|0)$/i.test(text)) return false;
    throw new Error('must be true or false');
  }
  if (named.name === 'Int' || named.name === 'Float') return Number(text);
  return text;
}

/**
 * The records of CSV text, each with the line it starts on. csv-parse's own line count
 * drifts after a quoted CRLF, so lines are counted here from where each record starts.
 */
function readRecords(text: string): Array<{ record: string[]; line: number }> {
  const bytes = Buffer.from(text);
  const parsed = parse(bytes, { relax_column_count: true, skip_empty_lines: true, info: true });
  let end = 0;
  let line = 1;
  let counted = 0;
  return (parsed as unknown as Array<{ record: string[]; info: { bytes: number } }>).map(
    ({ record, info }) => {
      // Past the line breaks of empty lines skipped before the record.
      let start = end;
      while (bytes[start] === 0x0d || bytes[start] === 0x0a) start++;
      for (; counted < start; counted++) if (bytes[counted] === 0x0a) line++;
      end = info.bytes;
      return { record, line };
    },
  );
}

/**
 * A CSV file's header (names trimmed) and its records with their lines. An unreadable file, an
 * empty one, a column not in `known` (the closest known one named) or a column given twice
 * refuses the whole file.
 */
function readSheet(
  text: string,
  known: readonly string[],
  what: { header: string; unknown: string },
): { names: string[]; rows: Array<{ record: string[]; line: number }> } {
  let records: Array<{ record: string[]; line: number }>;
  try {
    records = readRecords(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new BadUserInputError('The CSV cannot be read', [
      { field: 'csv', message: err instanceof Error ? err.message : String(err) },
    ]);
  }
  const [header, ...rows] = records;
  if (!header)
    throw new BadUserInputError('The CSV is empty', [
      { field: 'csv', message: `needs ${what.header}` },
    ]);
  const names = header.record.map((name) => name.trim());
  const allowed = new Set(known);
  const unknown = names.filter((name) => !allowed.has(name));
  if (unknown.length) {
    const hints = unknown.slice(0, NAMED_AT_MOST).map((name) => {
      const closest = name.length <= 100 ? closestColumn(name, known) : undefined;
      return closest ? `${name} (did you mean ${closest}?)` : name.slice(0, 100);
    });
    const more =
      unknown.length > NAMED_AT_MOST ? ` and ${unknown.length - NAMED_AT_MOST} more` : '';
    throw new BadUserInputError(`Unknown CSV column: ${hints.join(', ')}${more}`, [
      {
        field: 'csv',
        message: `column ${named(unknown.map((n) => JSON.stringify(n.slice(0, 100))))} is not ${what.unknown}`,
      },
    ]);
  }
  const twice = names.filter((name, i) => names.indexOf(name) !== i);
  if (twice.length)
    throw new BadUserInputError(`CSV column given twice: ${named(twice)}`, [
      { field: 'csv', message: `column ${JSON.stringify(twice[0])} is given twice` },
    ]);
  return { names, rows };
}

/**
 * CSV text (RFC 4180: quoted fields with commas, quotes and line breaks; a BOM; CRLF or LF)
 * as CreateUserInput rows. A header of CreateUserInput field names; empty lines are skipped.
 * An unreadable file or an unknown column refuses the whole import; a row that is not a
 * CreateUserInput is a row problem, with its line.
 */
export function parseUserCsv(
  text: string,
  schema: GraphQLSchema,
  defaults: { serviceProviderId?: string; groupId?: string } = {},
  extraColumns: ExtraColumns = {},
): CsvRow[] {
  const inputType = schema.getType('CreateUserInput') as GraphQLInputObjectType;
  const columns = columnsOf(inputType);
  const { names, rows } = readSheet(text, [...columns.keys(), ...Object.keys(extraColumns)], {
    header: 'a header row of CreateUserInput field names',
    unknown: Object.keys(extraColumns).length
      ? 'a CreateUserInput field nor a column of this import (address lines as address.city etc.)'
      : 'a CreateUserInput field (address lines as address.city etc.)',
  });
  return rows.map(({ record, line }) => {
    const input: Record<string, unknown> = {};
    const extra: Record<string, string | boolean> = {};
    if (record.length !== names.length)
      return { line, problem: `has ${record.length} fields; the header has ${names.length}` };
    try {
      for (const [i, text] of record.entries()) {
        if (text === '') continue;
        const name = names[i];
        const kind = Object.hasOwn(extraColumns, name) ? extraColumns[name] : undefined;
        if (kind) {
          try {
            extra[name] = kind === 'boolean' ? (cellValue(text, GraphQLBoolean) as boolean) : text;
          } catch (err) {
            throw new Error(`${name} ${err instanceof Error ? err.message : String(err)}`);
          }
          continue;
        }
        const [head, leaf] = name.split('.', 2);
        let value: unknown;
        try {
          value = cellValue(text, columns.get(name) as GraphQLInputType);
        } catch (err) {
          throw new Error(`${name} ${err instanceof Error ? err.message : String(err)}`);
        }
        if (leaf) input[head] = { ...(input[head] as object), [leaf]: value };
        else input[name] = value;
      }
      for (const [k, v] of Object.entries(defaults)) if (v && input[k] === undefined) input[k] = v;
      // The GraphQL input rules (types, required fields) as an inline input would meet them.
      return {
        line,
        input: coerceInputValue(input, inputType) as Record<string, unknown>,
        extra,
      };
    } catch (err) {
      return { line, input, problem: err instanceof Error ? err.message : String(err) };
    }
  });
}

/**
 * CSV text with a header of exactly these columns (a subset, in any order): each row's cells by
 * column, with its line. An unknown column refuses the whole file, naming the closest.
 */
export function parseColumnsCsv(
  text: string,
  columns: readonly string[],
): Array<{ line: number; cells: Record<string, string> }> {
  const { names, rows } = readSheet(text, columns, {
    header: `a header row of ${columns.join(', ')}`,
    unknown: `one of ${columns.join(', ')}`,
  });
  return rows.map(({ record, line }) => ({
    line,
    cells: Object.fromEntries(names.map((name, i) => [name, record[i] ?? ''])),
  }));
}
