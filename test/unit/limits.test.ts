import { type GraphQLError, buildSchema, parse } from 'graphql';
import type { QueryLimits } from '../../src/app/config';
import { analyzeOperation, limitExceeded } from '../../src/graphql/query-limits';

// A schema with a recursive type, so depth and width can be built to the exact count.
const schema = buildSchema(`
  type Query { node: Node, nodes(limit: Int): [Node!]! }
  type Mutation { make(inputs: [String!]!): [Node!]! }
  type Node { id: String, child: Node, children(limit: Int): [Node!]! }
`);

const LIMITS: QueryLimits = {
  maxDepth: 15,
  maxAliases: 30,
  maxTokens: 3000,
  maxQueryLength: 20_000,
  maxCost: 50_000,
};

function stats(source: string, variables: Record<string, unknown> = {}) {
  const document = parse(source);
  const operation = document.definitions.find((d) => d.kind === 'OperationDefinition');
  if (!operation || operation.kind !== 'OperationDefinition') throw new Error('no operation');
  return analyzeOperation(schema, document, operation, variables);
}

/** The limit an operation breaks, or "none". */
function broken(source: string, variables?: Record<string, unknown>): string {
  const error: GraphQLError | undefined = limitExceeded(
    LIMITS,
    source.length,
    stats(source, variables),
  );
  return error ? String(error.extensions.limit) : 'none';
}

/** `{ node { child { child ... { id } } } }` with `depth` levels of fields. */
const deep = (depth: number) =>
  `{ node { ${'child { '.repeat(depth - 2)}id${' }'.repeat(depth - 2)} } }`;
const aliased = (n: number) =>
  `{ ${Array.from({ length: n }, (_, i) => `a${i}: node { id }`).join(' ')} }`;

describe('depth', () => {
  test('15 passes, 16 is refused', () => {
    expect(stats(deep(15)).depth).toBe(15);
    expect(broken(deep(15))).toBe('none');
    expect(broken(deep(16))).toBe('depth');
  });

  test('reached through a fragment and an inline fragment', () => {
    const viaFragments = (depth: number) =>
      `{ node { ...F } } fragment F on Node { ... on Node { ${'child { '.repeat(depth - 2)}id${' }'.repeat(depth - 2)} } }`;
    expect(stats(viaFragments(15)).depth).toBe(15);
    expect(broken(viaFragments(16))).toBe('depth');
  });
});

describe('aliases', () => {
  test('30 pass, 31 are refused', () => {
    expect(stats(aliased(30)).aliases).toBe(30);
    expect(broken(aliased(30))).toBe('none');
    expect(broken(aliased(31))).toBe('aliases');
  });

  test('aliases inside fragments and inline fragments count, once per use', () => {
    const inFragment = `{ node { ...F } other: node { ...F } } fragment F on Node { ${Array.from({ length: 14 }, (_, i) => `f${i}: id`).join(' ')} ... on Node { g: id } }`;
    // 1 (other) + 2 uses × (14 + 1)
    expect(stats(inFragment).aliases).toBe(31);
    expect(broken(inFragment)).toBe('aliases');
  });
});

describe('cost', () => {
  test('a list counts by its limit, by the cap without one, by its items for a batch', () => {
    expect(stats('{ nodes(limit: 10) { id } }').cost).toBe(10 * 2);
    expect(stats('query($n: Int) { nodes(limit: $n) { id } }', { n: 7 }).cost).toBe(7 * 2);
    expect(stats('{ nodes { id } }').cost).toBe(1000 * 2);
    expect(stats('{ nodes(limit: 5000) { id } }').cost).toBe(1000 * 2);
    expect(stats('mutation { make(inputs: ["a", "b", "c"]) { id } }').cost).toBe(3 * 2);
    expect(stats('{ nodes(limit: 10) { children(limit: 10) { id } } }').cost).toBe(
      10 * (1 + 10 * 2),
    );
  });

  test('exactly the most passes, one more is refused', () => {
    // 25 × (1 + 999 × 2) = 49975; one more id under each: 50000; then a __typename: 50001.
    const at = (extra: string, top = '') =>
      `{ ${Array.from({ length: 25 }, (_, i) => `n${i}: nodes(limit: 1) { children(limit: 999) { id } ${extra} }`).join(' ')} ${top} }`;
    expect(stats(at('')).cost).toBe(49_975);
    expect(stats(at('id')).cost).toBe(50_000);
    expect(broken(at('id'))).toBe('none');
    expect(stats(at('id', '__typename')).cost).toBe(50_001);
    expect(broken(at('id', '__typename'))).toBe('cost');
  });
});

describe('analysis kept per operation', () => {
  const operationOf = (source: string) => {
    const document = parse(source);
    const operation = document.definitions[0];
    if (operation.kind !== 'OperationDefinition') throw new Error('no operation');
    return { document, operation };
  };

  test('the same parsed operation sent again is not walked again', () => {
    const { document, operation } = operationOf('{ nodes(limit: 10) { id } }');
    const first = analyzeOperation(schema, document, operation);
    expect(analyzeOperation(schema, document, operation)).toBe(first);
    // Another parse of the same text is another node: walked on its own.
    const again = operationOf('{ nodes(limit: 10) { id } }');
    expect(analyzeOperation(schema, again.document, again.operation)).not.toBe(first);
  });

  test('a list size given by a variable is counted with the variables of each request', () => {
    const { document, operation } = operationOf(
      'query($n: Int, $m: Int) { node { id } ...F } fragment F on Query { nodes(limit: $n) { children(limit: $m) { id } } }',
    );
    expect(analyzeOperation(schema, document, operation, { n: 7, m: 1 }).cost).toBe(2 + 7 * 3);
    expect(analyzeOperation(schema, document, operation, { n: 20, m: 2 }).cost).toBe(2 + 20 * 5);
    const batch = operationOf('mutation($xs: [String!]!) { make(inputs: $xs) { id } }');
    expect(analyzeOperation(schema, batch.document, batch.operation, { xs: ['a'] }).cost).toBe(2);
    expect(
      analyzeOperation(schema, batch.document, batch.operation, { xs: ['a', 'b', 'c'] }).cost,
    ).toBe(6);
  });
});

describe('length and tokens', () => {
  test('a document of exactly the most characters passes, one more is refused', () => {
    const limits = { ...LIMITS, maxQueryLength: 100 };
    const zero = { depth: 0, aliases: 0, cost: 0 };
    expect(limitExceeded(limits, 100, zero)).toBeUndefined();
    expect(limitExceeded(limits, 101, zero)?.extensions).toMatchObject({
      code: 'GRAPHQL_VALIDATION_FAILED',
      limit: 'length',
      max: 100,
      actual: 101,
    });
  });
});
