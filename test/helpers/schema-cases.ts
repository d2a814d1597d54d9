import {
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
} from 'graphql';

/** One argument position of the schema filled with a hostile value, everything else valid. */
export interface SchemaCase {
  name: string;
  query: string;
  variables: Record<string, unknown>;
  /** The root field asked for. */
  field: string;
  /** Where the hostile value sits, as `extensions.fields` names it (relative to the argument). */
  path: string;
  /** The GraphQL variable that holds it. */
  variable: string;
  kind: 'string' | 'int';
}

// Valid values by field name, so that only the hostile value is wrong.
const VALID: Record<string, unknown> = {
  serviceProviderId: 'acme.sp',
  groupId: 'acme.hq',
  userId: 'hostile@hq.acme.example',
  firstName: 'Hos',
  lastName: 'Tile',
  username: 'someone',
  password: 'Some-Passw0rd!',
  deviceName: 'hq-polycom-01',
  trunkGroupName: 'hq-pbx',
  value: 'x',
  limit: 1,
  deviceType: 'Generic SIP Phone',
  numbers: '2125550110',
  first: '2125550110',
  last: '2125550111',
  phoneNumber: '2125550110',
};

function validValue(
  name: string,
  type: GraphQLInputType,
  values: Record<string, unknown> = VALID,
): unknown {
  const nullable = getNullableType(type);
  if (isListType(nullable)) return [validValue(name, nullable.ofType, values)];
  if (name in values) return values[name];
  if (isEnumType(nullable)) return nullable.getValues()[0].name;
  if (isInputObjectType(nullable)) {
    const fields = Object.values(nullable.getFields()).filter((f) => isNonNullType(f.type));
    return Object.fromEntries(fields.map((f) => [f.name, validValue(f.name, f.type, values)]));
  }
  if (isScalarType(nullable) && nullable.name === 'Boolean') return false;
  if (isScalarType(nullable) && nullable.name === 'Int') return 1;
  return 'x';
}

/** Every String/ID/Int leaf under a type, as field paths (lists are walked through). */
function leaves(
  type: GraphQLInputType,
  path: string[] = [],
): Array<{ path: string[]; kind: 'string' | 'int' }> {
  const nullable = getNullableType(type);
  if (isListType(nullable)) return leaves(nullable.ofType, path);
  if (isInputObjectType(nullable) && path.length < 4)
    return Object.values(nullable.getFields()).flatMap((f) => leaves(f.type, [...path, f.name]));
  const named = getNamedType(type);
  if (named.name === 'String' || named.name === 'ID') return [{ path, kind: 'string' }];
  if (named.name === 'Int') return [{ path, kind: 'int' }];
  return [];
}

/** A valid value of `type` (named `name`) with `value` at `path`; lists hold one item. */
function withValueAt(
  name: string,
  type: GraphQLInputType,
  path: string[],
  value: unknown,
): unknown {
  const nullable = getNullableType(type);
  if (isListType(nullable)) return [withValueAt(name, nullable.ofType, path, value)];
  if (path.length === 0) return value;
  if (!isInputObjectType(nullable)) throw new Error(`no field ${path.join('.')} in ${name}`);
  const field = nullable.getFields()[path[0]];
  const base = (validValue(name, nullable) ?? {}) as Record<string, unknown>;
  return { ...base, [field.name]: withValueAt(field.name, field.type, path.slice(1), value) };
}

function typeString(type: GraphQLInputType): string {
  return type.toString();
}

/**
 * A selection for any output type: `__typename`, and `code message` of union members with
 * them; of an object, also its `results` (a bulk job's rows, settled when it starts).
 */
function selection(field: GraphQLField<unknown, unknown>): string {
  const named = getNamedType(field.type);
  if (isObjectType(named) && !isListType(getNullableType(field.type)) && named.getFields().results)
    return `{ __typename results ${selection(named.getFields().results)} }`;
  if (isUnionType(named)) {
    const coded = named
      .getTypes()
      .filter((t) => 'code' in t.getFields() && 'message' in t.getFields())
      .map((t) => `... on ${t.name} { code message }`);
    return `{ __typename ${coded.join(' ')} }`;
  }
  if (isObjectType(named) || isInterfaceType(named)) return '{ __typename }';
  return '';
}

/**
 * For every argument position of the schema's queries and mutations that takes a string or
 * an Int: an operation with that position holding `value` and every required one valid.
 * New fields are covered as soon as they are in the schema.
 */
export function schemaCases(
  schema: GraphQLSchema,
  values: { string: Array<[string, string]>; int: Array<[string, number]> },
): SchemaCase[] {
  const cases: SchemaCase[] = [];
  for (const root of [schema.getQueryType(), schema.getMutationType()]) {
    if (!root) continue;
    const keyword = root === schema.getQueryType() ? 'query' : 'mutation';
    for (const field of Object.values(root.getFields())) {
      if (field.name.startsWith('_')) continue;
      const args: readonly GraphQLArgument[] = field.args;
      for (const arg of args) {
        for (const leaf of leaves(arg.type)) {
          for (const [label, value] of values[leaf.kind]) {
            const variables: Record<string, unknown> = {};
            for (const a of args)
              if (isNonNullType(a.type)) variables[a.name] = validValue(a.name, a.type);
            variables[arg.name] = withValueAt(arg.name, arg.type, leaf.path, value);
            const used = args.filter((a) => a.name in variables);
            const declared = used.map((a) => `$${a.name}: ${typeString(a.type)}`).join(', ');
            const passed = used.map((a) => `${a.name}: $${a.name}`).join(', ');
            const path = leaf.path.length ? leaf.path.join('.') : arg.name;
            cases.push({
              name: `${field.name}(${arg.name}${leaf.path.length ? `.${leaf.path.join('.')}` : ''}) ${label}`,
              query: `${keyword}${declared ? `(${declared})` : ''} { ${field.name}${passed ? `(${passed})` : ''} ${selection(field)} }`,
              variables,
              field: field.name,
              path,
              variable: arg.name,
              kind: leaf.kind,
            });
          }
        }
      }
    }
  }
  return cases;
}

/**
 * One operation of a root field with every required argument valid, taking values by field
 * name from `values` first (then the defaults above); `optional` names optional arguments to
 * give too.
 */
export function validOperation(
  root: 'query' | 'mutation' | 'subscription',
  field: GraphQLField<unknown, unknown>,
  values: Record<string, unknown>,
  optional: readonly string[] = [],
): { query: string; variables: Record<string, unknown> } {
  const all = { ...VALID, ...values };
  const variables: Record<string, unknown> = {};
  for (const a of field.args)
    if (isNonNullType(a.type) || optional.includes(a.name))
      variables[a.name] = validValue(a.name, a.type, all);
  const used = field.args.filter((a) => a.name in variables);
  const declared = used.map((a) => `$${a.name}: ${typeString(a.type)}`).join(', ');
  const passed = used.map((a) => `${a.name}: $${a.name}`).join(', ');
  return {
    query: `${root}${declared ? `(${declared})` : ''} { ${field.name}${passed ? `(${passed})` : ''} ${selection(field)} }`,
    variables,
  };
}
