import DataLoader from 'dataloader';
import type { OdinClient } from '../odin/client';
import {
  type AccessDevice,
  type AgentSide,
  type AutoAttendant,
  type AutoAttendantRow,
  type AutoAttendantSubmenu,
  type CallCenter,
  type CallCenterAgentRow,
  type CallCenterRow,
  type DoNotDisturb,
  type ExtensionLengths,
  type Forwarding,
  ForwardingKind,
  type Group,
  type GroupNumber,
  type GroupRef,
  type GroupServices,
  type HuntGroup,
  type HuntGroupRow,
  MAX_LIST_SIZE,
  type NumberHolder,
  type User,
  type UserServices,
  groupKey,
} from '../odin/model';

// The per-request DataLoaders (one factory, called from the context): they depend on the
// Odin client only, so the resolver folders import them, never the other way round.

export type { GroupRef };

type PerGroup<T> = DataLoader<GroupRef, T, string>;

export interface Loaders {
  user: DataLoader<string, User | null>;
  group: PerGroup<Group | null>;
  groupNumbers: PerGroup<GroupNumber[]>;
  numberHolders: PerGroup<Map<string, NumberHolder>>;
  extensionLengths: PerGroup<ExtensionLengths | null>;
  groupServices: PerGroup<GroupServices>;
  groupDevices: PerGroup<AccessDevice[]>;
  userServices: DataLoader<string, UserServices>;
  sipUserName: DataLoader<string, string | null>;
  doNotDisturb: DataLoader<string, DoNotDisturb | null>;
  /** One `/bulk` read per group and forwarding kind: each user's forwarding, by user id. */
  forwarding: Record<ForwardingKind, PerGroup<Map<string, Forwarding | null>>>;
  /** The group's users, whole: agents of every hunt group of a group resolve from one read. */
  groupUsers: PerGroup<User[]>;
  huntGroupRows: PerGroup<HuntGroupRow[]>;
  huntGroup: DataLoader<string, HuntGroup | null>;
  callCenterRows: PerGroup<CallCenterRow[]>;
  callCenter: DataLoader<string, CallCenter | null>;
  callCenterAgents: DataLoader<string, CallCenterAgentRow[]>;
  agentSide: DataLoader<string, AgentSide | null>;
  autoAttendantRows: PerGroup<AutoAttendantRow[]>;
  autoAttendant: DataLoader<string, AutoAttendant | null>;
  autoAttendantSubmenus: DataLoader<string, AutoAttendantSubmenu[]>;
}

// Odin has no batch reads: the win is one read per distinct key within the request.
const settle = <K, V>(keys: readonly K[], read: (key: K) => Promise<V>) =>
  Promise.all(keys.map((key) => read(key).catch((err: Error) => err)));

/** One read per distinct group, however many users or entities point at it. */
const perGroup = <T>(read: (ref: GroupRef) => Promise<T>): PerGroup<T> =>
  new DataLoader((refs) => settle(refs, read), { cacheKeyFn: groupKey });

/** One read per distinct user id; lists and mutations prime it. */
const perUser = <T>(read: (userId: string) => Promise<T>): DataLoader<string, T> =>
  new DataLoader((userIds) => settle(userIds, read));

export function createLoaders(odin: OdinClient): Loaders {
  return {
    user: perUser((userId) => odin.users.get(userId)),
    group: perGroup((ref) => odin.groups.get(ref.serviceProviderId, ref.groupId)),
    groupNumbers: perGroup((ref) => odin.numbers.ofGroup(ref)),
    numberHolders: perGroup((ref) => odin.numbers.holdersInGroup(ref)),
    extensionLengths: perGroup((ref) => odin.numbers.extensionLengths(ref)),
    groupServices: perGroup((ref) => odin.services.ofGroup(ref)),
    groupDevices: perGroup((ref) => odin.devices.ofGroup(ref)),
    userServices: perUser((userId) => odin.services.ofUser(userId)),
    sipUserName: perUser((userId) => odin.devices.sipUserName(userId)),
    doNotDisturb: perUser((userId) => odin.forwarding.doNotDisturb(userId)),
    groupUsers: perGroup((ref) => odin.users.list({ ...ref, limit: MAX_LIST_SIZE })),
    huntGroupRows: perGroup((ref) => odin.huntGroups.ofGroup(ref)),
    huntGroup: perUser((serviceUserId) => odin.huntGroups.get(serviceUserId)),
    callCenterRows: perGroup((ref) => odin.callCenters.ofGroup(ref)),
    callCenter: perUser((serviceUserId) => odin.callCenters.get(serviceUserId)),
    callCenterAgents: perUser((serviceUserId) => odin.callCenters.agents(serviceUserId)),
    agentSide: perUser((userId) => odin.callCenters.agentSide(userId)),
    autoAttendantRows: perGroup((ref) => odin.autoAttendants.ofGroup(ref)),
    autoAttendant: perUser((serviceUserId) => odin.autoAttendants.get(serviceUserId)),
    autoAttendantSubmenus: perUser((serviceUserId) => odin.autoAttendants.submenus(serviceUserId)),
    forwarding: Object.fromEntries(
      Object.values(ForwardingKind).map((kind) => [
        kind,
        perGroup((ref) => odin.forwarding.ofGroup(ref, kind)),
      ]),
    ) as Loaders['forwarding'],
  };
}

/** A group's key fields, from anything that has them. */
export const refOf = (x: GroupRef): GroupRef => ({
  serviceProviderId: x.serviceProviderId,
  groupId: x.groupId,
});
