import type { ApolloServerPlugin } from '@apollo/server';
import {
  type DocumentNode,
  type FragmentDefinitionNode,
  GraphQLError,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ASTVisitor,
  type ValueNode,
  getNamedType,
  getNullableType,
  isInterfaceType,
  isListType,
  isObjectType,
} from 'graphql';
import type { QueryLimits } from '../app/config';
import { MAX_LIST_SIZE } from '../odin/model';

export interface OperationStats {
  depth: number;
  aliases: number;
  /** Fields resolved, lists counted by their size. */
  cost: number;
}

const ZERO: OperationStats = { depth: 0, aliases: 0, cost: 0 };

/** A variable's value, as the analysis reads it. */
type VariableOf = (name: string) => unknown;

function intFrom(node: ValueNode | undefined, variable: VariableOf): number | undefined {
  if (!node) return undefined;
  const v =
    node.kind === Kind.INT
      ? Number(node.value)
      : node.kind === Kind.VARIABLE
        ? variable(node.name.value)
        : undefined;
  // Not an Int: coercion refuses it later, naming the variable; count the cap until then.
  return Number.isSafeInteger(v) && (v as number) >= -(2 ** 31) && (v as number) < 2 ** 31
    ? (v as number)
    : undefined;
}

function listLength(node: ValueNode | undefined, variable: VariableOf): number | undefined {
  if (!node) return undefined;
  if (node.kind === Kind.LIST) return node.values.length;
  if (node.kind === Kind.VARIABLE) {
    const v = variable(node.name.value);
    return Array.isArray(v) ? v.length : undefined;
  }
  return 1;
}

/**
 * Analyses that read no variable, per schema and operation: Apollo keeps a parsed document
 * per query text, so an operation sent again is the same node and is not walked again.
 */
const analyses = new WeakMap<GraphQLSchema, WeakMap<OperationDefinitionNode, OperationStats>>();

/**
 * Depth, aliases and cost of one operation, fragments included (each computed once,
 * so a fragment bomb cannot make the analysis itself exponential).
 */
export function analyzeOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> = {},
): OperationStats {
  let known = analyses.get(schema);
  if (!known) analyses.set(schema, (known = new WeakMap()));
  const kept = known.get(operation);
  if (kept) return kept;
  // A list's size given by a variable makes the result this request's only.
  let readVariables = false;
  const variable: VariableOf = (name) => {
    readVariables = true;
    return variables[name];
  };
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) {
    if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  }
  const memo = new Map<string, OperationStats>();
  const inProgress = new Set<string>();

  const fieldsOf = (
    type: GraphQLNamedType | undefined,
  ): Record<string, GraphQLField<unknown, unknown>> =>
    type && (isObjectType(type) || isInterfaceType(type)) ? type.getFields() : {};

  const walk = (set: SelectionSetNode, parent: GraphQLNamedType | undefined): OperationStats => {
    const stats = { ...ZERO };
    for (const selection of set.selections) {
      let child: OperationStats;
      if (selection.kind === Kind.FIELD) {
        const def = fieldsOf(parent)[selection.name.value];
        const inner = selection.selectionSet
          ? walk(selection.selectionSet, def ? getNamedType(def.type) : undefined)
          : ZERO;
        const args = new Map(selection.arguments?.map((a) => [a.name.value, a.value]));
        let items = 1;
        const batch = args.get('inputs') ?? args.get('representations');
        if (batch) items = listLength(batch, variable) ?? 1;
        else if (
          def &&
          isListType(getNullableType(def.type)) &&
          def.args.some((a) => a.name === 'limit')
        ) {
          // A limit past the cap is refused by the arguments' own rules, with the field named.
          items = Math.min(
            MAX_LIST_SIZE,
            Math.max(1, intFrom(args.get('limit'), variable) ?? MAX_LIST_SIZE),
          );
        }
        child = {
          depth: 1 + inner.depth,
          aliases: (selection.alias ? 1 : 0) + inner.aliases,
          cost: items * (1 + inner.cost),
        };
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition
          ? schema.getType(selection.typeCondition.name.value)
          : parent;
        child = walk(selection.selectionSet, type ?? undefined);
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        if (!fragment || inProgress.has(name)) continue;
        let cached = memo.get(name);
        if (!cached) {
          inProgress.add(name);
          cached = walk(
            fragment.selectionSet,
            schema.getType(fragment.typeCondition.name.value) ?? undefined,
          );
          inProgress.delete(name);
          memo.set(name, cached);
        }
        child = cached;
      }
      stats.depth = Math.max(stats.depth, child.depth);
      stats.aliases += child.aliases;
      stats.cost += child.cost;
    }
    return stats;
  };

  const root =
    operation.operation === 'mutation'
      ? schema.getMutationType()
      : operation.operation === 'subscription'
        ? schema.getSubscriptionType()
        : schema.getQueryType();
  const stats = walk(operation.selectionSet, root ?? undefined);
  if (!readVariables) known.set(operation, stats);
  return stats;
}

function tooMuch(limit: string, max: number, actual: number): GraphQLError {
  return new GraphQLError(`The operation exceeds the ${limit} limit: ${actual} > ${max}`, {
    extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit, max, actual, http: { status: 400 } },
  });
}

/** The first limit an operation goes past (each is a most, reaching it is fine), or undefined. */
export function limitExceeded(
  limits: QueryLimits,
  length: number,
  stats: OperationStats,
): GraphQLError | undefined {
  if (length > limits.maxQueryLength) return tooMuch('length', limits.maxQueryLength, length);
  if (stats.depth > limits.maxDepth) return tooMuch('depth', limits.maxDepth, stats.depth);
  if (stats.aliases > limits.maxAliases)
    return tooMuch('aliases', limits.maxAliases, stats.aliases);
  if (stats.cost > limits.maxCost) return tooMuch('cost', limits.maxCost, stats.cost);
  return undefined;
}

/**
 * The first limit an operation goes past; its length first, since a document too long is
 * not worth analysing. Over HTTP (the plugin below) and WebSocket alike.
 */
export function operationLimitError(
  limits: QueryLimits,
  length: number,
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): GraphQLError | undefined {
  return (
    limitExceeded(limits, length, ZERO) ??
    limitExceeded(limits, length, analyzeOperation(schema, document, operation, variables))
  );
}

/** Rejects an operation that is too long, deep, aliased or costly, before it runs. */
export function queryLimitsPlugin(limits: QueryLimits): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          const exceeded = operationLimitError(
            limits,
            request.query?.length ?? 0,
            schema,
            document,
            operation,
            request.variables ?? {},
          );
          if (exceeded) throw exceeded;
        },
      };
    },
  };
}

/**
 * Over HTTP: an operation of a type the schema does not serve is a validation error
 * (graphql-js 16 only finds out when it executes, as an internal error), and so is a
 * subscription, which is served over WebSocket.
 */
export function KnownOperationTypes(context: ValidationContext): ASTVisitor {
  return {
    OperationDefinition(node) {
      if (node.operation === 'subscription') {
        context.reportError(
          new GraphQLError(
            'Subscriptions are served over WebSocket (graphql-ws) on this path, not over HTTP',
            { nodes: node },
          ),
        );
        return;
      }
      if (context.getSchema().getRootType(node.operation)) return;
      context.reportError(
        new GraphQLError(`This API serves no ${node.operation} operations`, { nodes: node }),
      );
    },
  };
}
