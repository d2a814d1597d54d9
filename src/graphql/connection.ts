import { Max, Min, IsOptional } from 'class-validator';
import { ArgsType, type ClassType, Field, Int, ObjectType } from 'type-graphql';
import { MAX_LIST_SIZE } from '../odin/model';
import { BadUserInputError } from './errors';

@ObjectType({ description: 'Where a page stands in its list (Relay connections).' })
export class PageInfo {
  @Field(() => Boolean) hasNextPage!: boolean;
  @Field(() => Boolean) hasPreviousPage!: boolean;
  @Field(() => String, { nullable: true }) startCursor!: string | null;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
}

export interface Connection<T> {
  edges: Array<{ cursor: string; node: T }>;
  pageInfo: PageInfo;
  totalCount: number;
}

/** `XConnection` and `XEdge` for a node type, in the Relay connection shape. */
export function connectionType<T extends object>(name: string, node: ClassType<T>) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field(() => String, { description: 'Opaque; keyed on the item, not its position' })
    cursor!: string;
    @Field(() => node) node!: T;
  }
  @ObjectType(`${name}Connection`, { description: `A page of ${name} items, in a stable order` })
  class ConnectionType implements Connection<T> {
    @Field(() => [Edge]) edges!: Edge[];
    @Field(() => PageInfo) pageInfo!: PageInfo;
    @Field(() => Int, { description: 'Items in the whole list' }) totalCount!: number;
  }
  return ConnectionType;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: '1 to 1000; omitted: 100' })
  @IsOptional()
  @Min(1)
  @Max(MAX_LIST_SIZE)
  first?: number;

  @Field(() => String, { nullable: true, description: 'The endCursor of the page before' })
  @IsOptional()
  after?: string;
}

const PREFIX = 'c1:';

/** The opaque cursor of an item's key. */
export const encode = (key: string) => Buffer.from(PREFIX + key, 'utf8').toString('base64url');

/** The key a cursor names; a cursor this API did not answer is BAD_USER_INPUT. */
export function decode(cursor: string): string {
  const text = /^[A-Za-z0-9_-]{1,2000}$/.test(cursor)
    ? Buffer.from(cursor, 'base64url').toString('utf8')
    : '';
  if (!text.startsWith(PREFIX))
    throw new BadUserInputError('Not a cursor of this list', [
      { field: 'after', message: 'must be an endCursor this API answered' },
    ]);
  return text.slice(PREFIX.length);
}

/**
 * A page of a whole list, ordered by each item's key (`desc`: newest first). The cursor names
 * the item's key, so a page after it is the same when items are added before it or the item
 * itself is gone.
 */
export function paginate<T>(
  items: readonly T[],
  keyOf: (item: T) => string,
  { first, after }: PageArgs,
  desc = false,
): Connection<T> {
  const sign = desc ? -1 : 1;
  const cmp = (a: string, b: string) => sign * (a < b ? -1 : a > b ? 1 : 0);
  const sorted = [...items].sort((x, y) => cmp(keyOf(x), keyOf(y)));
  const from = after === undefined || after === null ? undefined : decode(after);
  const rest = from === undefined ? sorted : sorted.filter((item) => cmp(keyOf(item), from) > 0);
  const page = rest.slice(0, first ?? DEFAULT_PAGE);
  return connectionOf(page, keyOf, {
    hasNextPage: rest.length > page.length,
    hasPreviousPage: rest.length < sorted.length,
    totalCount: sorted.length,
  });
}

/** Items asked of `first`, when the caller does not say. */
export const DEFAULT_PAGE = 100;

/** A page already cut (by a database, say) in the connection shape. */
export function connectionOf<T>(
  page: readonly T[],
  keyOf: (item: T) => string,
  at: { hasNextPage: boolean; hasPreviousPage: boolean; totalCount: number },
): Connection<T> {
  const edges = page.map((node) => ({ cursor: encode(keyOf(node)), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: at.hasNextPage,
      hasPreviousPage: at.hasPreviousPage,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: at.totalCount,
  };
}
