import type { OdinClient } from '../odin/client';
import {
  type AccessDevice,
  type ExtensionLengths,
  type Group,
  type GroupNumber,
  type GroupRef,
  type GroupServices,
  groupKey,
} from '../odin/model';
import { groupExtensions } from './free-extension';
import type { ProvisionRequest, ProvisionState } from './model';

/** What a provisioning takes of its group, and a reservation or a sheet's row can hold. */
export type Holding = 'number' | 'extension' | 'device' | 'mac' | 'user';

/** A group as a whole sheet plans against it: read once, then kept current by hand. */
interface GroupState {
  group: Group | null;
  lengths: ExtensionLengths | null;
  used: Set<string>;
  userIds: Set<string>;
  numbers: GroupNumber[];
  services: GroupServices;
  devices: Map<string, AccessDevice>;
  macs: Map<string, string>;
}

/** What a planned row takes that others must not choose, as a group lock reserves it. */
export function reservationsOf(request: ProvisionRequest, state: ProvisionState): string[] {
  const device = request.device && !request.device.existing ? request.device : null;
  return [
    `user:${request.user.userId}`,
    ...(state.phoneNumber ? [`number:${state.phoneNumber}`] : []),
    ...(state.extension ? [`extension:${state.extension}`] : []),
    ...(device && state.deviceName ? [`device:${state.deviceName}`] : []),
    ...(device?.macAddress ? [`mac:${macKey(device.macAddress)}`] : []),
  ];
}

/** A MAC as Odin keeps it: 12 upper-case hex digits (`:` and `-` dropped). */
export const macKey = (mac: string) => mac.replace(/[:-]/g, '').toUpperCase();

/**
 * What the onboarding steps' plans read of a group. Live (one provisioning): every question
 * is a read of Odin, as it is now. A sheet's (`once`): each group is read once, in seven calls,
 * and every planned row takes its share (`take`), so the rows after it meet what it took. In
 * both, what is held elsewhere (a job's reservations, a sheet's earlier rows) is taken, named
 * by who holds it.
 */
export class GroupFacts {
  private readonly states = new Map<string, Promise<GroupState>>();
  /** `group/holding/value` → who holds it ("line 5", "a provisioning job"). */
  private readonly holders = new Map<string, string>();

  constructor(
    private readonly odin: OdinClient,
    readonly once = false,
  ) {}

  private static key(where: GroupRef, what: Holding, value: string): string {
    return `${groupKey(where)}\u0000${what}\u0000${value}`;
  }

  /** Who in the sheet, or which job, holds it; undefined: nobody the layer knows of. */
  heldBy(where: GroupRef, what: Holding, value: string): string | undefined {
    return this.holders.get(GroupFacts.key(where, what, value));
  }

  /** Marks a value held by someone (a job's reservation): plans treat it as taken. */
  hold(where: GroupRef, what: Holding, value: string, by: string): void {
    this.holders.set(GroupFacts.key(where, what, value), by);
  }

  /**
   * A group lock's reservations (`number:2125550101` → owner) held, except `self`'s own: what
   * a provisioning job has planned is not chosen by anyone else.
   */
  holdReserved(where: GroupRef, reservations: Map<string, string>, self?: string): void {
    for (const [entry, owner] of reservations) {
      if (owner === self) continue;
      const at = entry.indexOf(':');
      this.hold(where, entry.slice(0, at) as Holding, entry.slice(at + 1), 'a provisioning job');
    }
  }

  private held(where: GroupRef, what: Holding): Set<string> {
    const prefix = `${groupKey(where)}\u0000${what}\u0000`;
    const values = new Set<string>();
    for (const k of this.holders.keys())
      if (k.startsWith(prefix)) values.add(k.slice(prefix.length));
    return values;
  }

  private state(where: GroupRef): Promise<GroupState> {
    const key = groupKey(where);
    let state = this.states.get(key);
    if (!state) {
      state = this.read(where);
      // A read that failed is tried again by the next question.
      state.catch(() => this.states.delete(key));
      this.states.set(key, state);
    }
    return state;
  }

  private async read(where: GroupRef): Promise<GroupState> {
    const [group, ext, numbers, services, devices] = await Promise.all([
      this.odin.groups.get(where.serviceProviderId, where.groupId),
      groupExtensions(this.odin, where),
      this.odin.numbers.ofGroup(where),
      this.odin.services.ofGroup(where),
      this.odin.devices.ofGroup(where),
    ]);
    return {
      group,
      lengths: ext.lengths,
      used: ext.used,
      userIds: new Set(ext.users.map((u) => u.userId)),
      numbers,
      services,
      devices: new Map(devices.map((d) => [d.deviceName, d])),
      macs: new Map(
        devices.filter((d) => d.macAddress).map((d) => [macKey(d.macAddress ?? ''), d.deviceName]),
      ),
    };
  }

  /** What was read of the group is dropped: the next question reads it again. */
  forget(where: GroupRef): void {
    this.states.delete(groupKey(where));
  }

  async group(where: GroupRef): Promise<Group | null> {
    return this.once
      ? (await this.state(where)).group
      : this.odin.groups.get(where.serviceProviderId, where.groupId);
  }

  async extensions(
    where: GroupRef,
  ): Promise<{ lengths: ExtensionLengths | null; used: Set<string> }> {
    const { lengths, used } = this.once
      ? await this.state(where)
      : await groupExtensions(this.odin, where);
    return { lengths, used: new Set([...used, ...this.held(where, 'extension')]) };
  }

  /** The group's numbers; one held by someone the layer knows of is assigned. */
  async numbers(where: GroupRef): Promise<GroupNumber[]> {
    const numbers = this.once
      ? (await this.state(where)).numbers
      : await this.odin.numbers.ofGroup(where);
    const held = this.held(where, 'number');
    return held.size
      ? numbers.map((n) => (held.has(n.phoneNumber) ? { ...n, assigned: true } : n))
      : numbers;
  }

  async services(where: GroupRef): Promise<GroupServices> {
    return this.once ? (await this.state(where)).services : this.odin.services.ofGroup(where);
  }

  async device(where: GroupRef, deviceName: string): Promise<AccessDevice | null> {
    return this.once
      ? ((await this.state(where)).devices.get(deviceName) ?? null)
      : this.odin.devices.get(where, deviceName);
  }

  /** The name of the group's device with this MAC, or null. */
  async deviceWithMac(where: GroupRef, mac: string): Promise<string | null> {
    const key = macKey(mac);
    if (this.once) return (await this.state(where)).macs.get(key) ?? null;
    const devices = await this.odin.devices.ofGroup(where);
    return devices.find((d) => d.macAddress && macKey(d.macAddress) === key)?.deviceName ?? null;
  }

  /** Whether the user exists: live, anywhere in Odin; for a sheet, in the group read. */
  async userExists(where: GroupRef, userId: string): Promise<boolean> {
    return this.once
      ? (await this.state(where)).userIds.has(userId)
      : !!(await this.odin.users.get(userId));
  }

  /**
   * A sheet's row planned without a problem: what it takes is taken for the rows after it
   * (the number, the extension, the user id, a seat of each service and pack, the device and
   * its MAC, a port of a shared device, a place under the user limit).
   */
  async take(request: ProvisionRequest, state: ProvisionState, by: string): Promise<void> {
    const where = request.user;
    const g = await this.state(where);
    if (state.phoneNumber) this.hold(where, 'number', state.phoneNumber, by);
    if (state.extension) this.hold(where, 'extension', state.extension, by);
    this.hold(where, 'user', request.user.userId, by);
    g.userIds.add(request.user.userId);
    if (g.group) g.group = { ...g.group, userCount: (g.group.userCount ?? 0) + 1 };
    const seat = (list: GroupServices['userServices'], names: string[]) => {
      for (const s of list)
        if (names.includes(s.name) && s.available !== null) {
          s.available -= 1;
          s.usage += 1;
        }
    };
    seat(g.services.userServices, state.services);
    seat(g.services.servicePacks, state.servicePacks);
    if (request.device && state.deviceName) {
      const known = g.devices.get(state.deviceName);
      if (known) {
        known.numberOfAssignedPorts = (known.numberOfAssignedPorts ?? 0) + 1;
      } else {
        this.hold(where, 'device', state.deviceName, by);
        g.devices.set(state.deviceName, {
          deviceName: state.deviceName,
          serviceProviderId: where.serviceProviderId,
          groupId: where.groupId,
          deviceType: request.device.deviceType,
          deviceLevel: 'Group',
          protocol: null,
          macAddress: request.device.macAddress ?? null,
          status: null,
          transportProtocol: null,
          version: null,
          numberOfPorts: null,
          unlimitedPorts: true,
          numberOfAssignedPorts: 1,
          serialNumber: null,
          description: null,
          physicalLocation: null,
          userName: state.deviceName,
        });
      }
      if (request.device.macAddress && !request.device.existing) {
        this.hold(where, 'mac', macKey(request.device.macAddress), by);
        g.macs.set(macKey(request.device.macAddress), state.deviceName);
      }
    }
  }
}
