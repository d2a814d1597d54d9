import 'reflect-metadata';
import { buildSubgraphSchema, printSubgraphSchema } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { type GraphQLSchema, lexicographicSortSchema, parse, printSchema } from 'graphql';
import { buildSchema, createResolversMap } from 'type-graphql';
import { CallFlowNodeResolver, CallFlowResolver } from '../call-flow/call-flow.resolver';
import type { Context } from './context';
import { DevicesResolver, UserSipResolver } from '../devices/devices.resolver';
import { GroupResolver } from '../groups/group.resolver';
import { JobsResolver } from '../jobs/jobs.resolver';
import { NumberHolderResolver, NumbersResolver } from '../numbers/numbers.resolver';
import { ProvisioningImportResolver } from '../provisioning/import.resolver';
import { ProvisioningResolver } from '../provisioning/provisioning.resolver';
import {
  AutoAttendantResolver,
  GroupAutoAttendantsResolver,
  ScheduleResolver,
} from '../routing/auto-attendant.resolver';
import {
  CallCenterAgentResolver,
  CallCenterResolver,
  GroupCallCentersResolver,
  UserCallCentersResolver,
} from '../routing/call-center.resolver';
import { CallForwardingResolver, UserRoutingResolver } from '../routing/forwarding.resolver';
import { ServiceInstanceResolver } from '../routing/service-instance.resolver';
import {
  GroupHuntGroupsResolver,
  HuntGroupResolver,
  UserHuntGroupsResolver,
} from '../routing/hunt-group.resolver';
import { ServicesResolver } from '../services/services.resolver';
import { SessionResolver } from '../session/session.resolver';
import { UserResolver } from '../users/user.resolver';
import { confineEntity, guardRoots, inScope } from '../tenancy/scope-rules';
import { auditMutations } from '../audit/recorder';
import { AuditResolver, GroupAuditResolver, UserAuditResolver } from '../audit/audit.resolver';
import { isUserId, validateArgument } from './validation';

export const resolvers = [
  UserResolver,
  GroupResolver,
  SessionResolver,
  NumbersResolver,
  NumberHolderResolver,
  ServicesResolver,
  DevicesResolver,
  UserSipResolver,
  ProvisioningResolver,
  ProvisioningImportResolver,
  JobsResolver,
  CallForwardingResolver,
  UserRoutingResolver,
  HuntGroupResolver,
  GroupHuntGroupsResolver,
  UserHuntGroupsResolver,
  CallCenterResolver,
  CallCenterAgentResolver,
  GroupCallCentersResolver,
  UserCallCentersResolver,
  ServiceInstanceResolver,
  AutoAttendantResolver,
  GroupAutoAttendantsResolver,
  ScheduleResolver,
  CallFlowResolver,
  CallFlowNodeResolver,
  AuditResolver,
  UserAuditResolver,
  GroupAuditResolver,
] as const;

// Federation 2: entities are declared with @key on the type-graphql classes.
const FEDERATION_LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])';

/** How a gateway turns a `{__typename, ...key}` representation into an entity: through the
 * per-request loaders, so a gateway asking for 100 entities reads each id once. */
const referenceResolvers = {
  User: {
    __resolveReference: (ref: { userId?: unknown }, ctx: unknown) =>
      isUserId(ref.userId) ? (ctx as Context).loaders.user.load(ref.userId) : null,
  },
  AutoAttendant: {
    __resolveReference: (ref: { serviceUserId?: unknown }, ctx: unknown) =>
      isUserId(ref.serviceUserId)
        ? (ctx as Context).loaders.autoAttendant.load(ref.serviceUserId)
        : null,
  },
  CallCenter: {
    __resolveReference: (ref: { serviceUserId?: unknown }, ctx: unknown) =>
      isUserId(ref.serviceUserId)
        ? (ctx as Context).loaders.callCenter.load(ref.serviceUserId)
        : null,
  },
  HuntGroup: {
    __resolveReference: (ref: { serviceUserId?: unknown }, ctx: unknown) =>
      isUserId(ref.serviceUserId)
        ? (ctx as Context).loaders.huntGroup.load(ref.serviceUserId)
        : null,
  },
  Group: {
    __resolveReference: (ref: { serviceProviderId?: unknown; groupId?: unknown }, ctx: unknown) =>
      typeof ref.serviceProviderId === 'string' && typeof ref.groupId === 'string'
        ? (ctx as Context).loaders.group.load({
            serviceProviderId: ref.serviceProviderId,
            groupId: ref.groupId,
          })
        : null,
  },
  // A device through its group's list: a gateway asking for many devices reads each group once.
  AccessDevice: {
    __resolveReference: async (
      ref: { serviceProviderId?: unknown; groupId?: unknown; deviceName?: unknown },
      ctx: unknown,
    ) =>
      typeof ref.serviceProviderId === 'string' &&
      typeof ref.groupId === 'string' &&
      typeof ref.deviceName === 'string'
        ? ((
            await (ctx as Context).loaders.groupDevices.load({
              serviceProviderId: ref.serviceProviderId,
              groupId: ref.groupId,
            })
          ).find((d) => d.deviceName === ref.deviceName) ?? null)
        : null,
  },
};

/** A reference resolver whose entity, out of a scoped caller's scope, is answered as absent. */
const confined =
  <R>(resolve: (ref: R, ctx: unknown) => unknown) =>
  async (ref: R, ctx: unknown) => {
    const entity = await resolve(ref, ctx);
    return inScope((ctx as Context).caller, entity) ? entity : null;
  };

type SubgraphModule = Extract<Parameters<typeof buildSubgraphSchema>[0], { typeDefs: unknown }>;
type ResolverMap = NonNullable<SubgraphModule['resolvers']>;

export interface AppSchemas {
  /** What type-graphql builds from the code: the plain SDL clients read. */
  plain: GraphQLSchema;
  /** The executable schema served: the plain one as a Federation 2 subgraph. */
  subgraph: GraphQLSchema;
}

let cached: Promise<AppSchemas> | undefined;

async function build(): Promise<AppSchemas> {
  const plain = await buildSchema({
    resolvers,
    // An argument's rules, then (for a scoped caller) the entity it names.
    validateFn: async (value, _type, data) => {
      await validateArgument(value);
      await confineEntity(data as never);
    },
    // Every subscription brings its own `subscribe` (jobs' progress comes from the job
    // store); type-graphql still asks for a PubSub, which nothing uses.
    pubSub: {
      publish: () => undefined,
      subscribe: () => {
        throw new Error('subscriptions bring their own subscribe');
      },
    },
    emitSchemaFile: false,
  });
  // Scoped keys: every root field confined to the caller’s customers (tenancy/scope-rules.ts).
  guardRoots(plain);
  // Every change recorded, around the guard (a refused one too): audit/recorder.ts.
  auditMutations(plain);
  const map = createResolversMap(plain) as ResolverMap;
  const subgraph = buildSubgraphSchema({
    typeDefs: parse(`${FEDERATION_LINK}\n${printSchemaWithDirectives(plain)}`),
    resolvers: {
      ...map,
      User: {
        ...map.User,
        __resolveReference: confined(referenceResolvers.User.__resolveReference),
      },
      Group: {
        ...map.Group,
        __resolveReference: confined(referenceResolvers.Group.__resolveReference),
      },
      AccessDevice: {
        ...map.AccessDevice,
        __resolveReference: confined(referenceResolvers.AccessDevice.__resolveReference),
      },
    } as ResolverMap,
  });
  return { plain, subgraph };
}

/** Built once per process, since type-graphql's metadata is global. */
export function buildAppSchemas(): Promise<AppSchemas> {
  cached ??= build();
  return cached;
}

export async function printAppSchema(): Promise<string> {
  return printSchema(lexicographicSortSchema((await buildAppSchemas()).plain)) + '\n';
}

export async function printAppSubgraphSchema(): Promise<string> {
  return printSubgraphSchema((await buildAppSchemas()).subgraph) + '\n';
}
