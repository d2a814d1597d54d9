import type {
  AccessDevice,
  CreateDeviceRequest,
  CreatedDevice,
  GroupRef,
  SipAuthentication,
  UpdateDeviceRequest,
} from './model';
import { accessDevice, text } from './normalize';
import { OdinError, isNotFound } from './odin-error';
import type { OdinPasswords } from './passwords';
import type { OdinCaller } from './session';
import { shapeCreateDevice, shapeUpdateDevice } from './shape';
import type { WireAccessDevice, WireAuthentication } from './wire';

const deviceFrom = (wire: unknown, method: string, path: string): AccessDevice => {
  const device = accessDevice((Array.isArray(wire) ? wire[0] : wire) as WireAccessDevice);
  if (!device)
    throw new OdinError({
      kind: 'protocol',
      method,
      path,
      message: `Odin ${method} ${path} answered without a device`,
    });
  return device;
};

/** A group's access devices, and the SIP credentials a user's device signs in with. */
export class OdinDevices {
  constructor(
    private readonly odin: OdinCaller,
    private readonly passwords: OdinPasswords,
  ) {}

  async ofGroup(where: GroupRef, limit?: number | null): Promise<AccessDevice[]> {
    const wire = await this.odin.call<WireAccessDevice[] | WireAccessDevice>({
      method: 'GET',
      path: '/groups/devices',
      params: { ...where, limit: limit ?? undefined },
    });
    const list = Array.isArray(wire) ? wire : wire ? [wire] : [];
    return list.map((d) => accessDevice(d)).filter((d): d is AccessDevice => d !== null);
  }

  /** One device, or null when the group has no such device. */
  async get(where: GroupRef, deviceName: string): Promise<AccessDevice | null> {
    try {
      const wire = await this.odin.call<WireAccessDevice>({
        method: 'GET',
        path: '/groups/devices',
        params: { ...where, deviceName },
      });
      return deviceFrom(wire, 'GET', '/groups/devices');
    } catch (err) {
      if (isNotFound(err)) return null;
      throw err;
    }
  }

  /** Creates a device with custom credentials; a password the layer generated is returned once. */
  async create(input: CreateDeviceRequest): Promise<CreatedDevice> {
    const { generatedPassword } = await this.post(input);
    return { device: await this.readBack(input), generatedPassword };
  }

  /** The create alone, not read back: for callers that need only the device's name. */
  async post(input: CreateDeviceRequest): Promise<Pick<CreatedDevice, 'generatedPassword'>> {
    const given = input.credentials?.password ?? null;
    const generatedPassword = given
      ? null
      : await this.passwords.group(input.serviceProviderId, input.groupId);
    const password = given ?? generatedPassword ?? '';
    const userName = input.credentials?.userName ?? input.deviceName;
    await this.odin.call<unknown>({
      method: 'POST',
      path: '/groups/devices',
      body: shapeCreateDevice(input, { userName, password }),
      secrets: [password],
    });
    return { generatedPassword };
  }

  async update(input: UpdateDeviceRequest): Promise<AccessDevice> {
    await this.odin.call<unknown>({
      method: 'PUT',
      path: '/groups/devices',
      body: shapeUpdateDevice(input),
    });
    return this.readBack(input);
  }

  /** A write's answer is not trusted (it may be `[]`): the device is read again. */
  private async readBack(where: GroupRef & { deviceName: string }): Promise<AccessDevice> {
    const device = await this.get(where, where.deviceName);
    if (!device)
      throw new OdinError({
        kind: 'protocol',
        method: 'GET',
        path: '/groups/devices',
        message: `Device ${where.deviceName} cannot be read back after the write`,
      });
    return device;
  }

  async delete(where: GroupRef, deviceName: string): Promise<void> {
    try {
      await this.odin.call<unknown>({
        method: 'DELETE',
        path: '/groups/devices',
        params: { ...where, deviceName },
      });
    } catch (err) {
      // A 404 on a retry after an attempt without an answer: that attempt deleted it.
      if (err instanceof OdinError && err.notFound && err.afterUnknownOutcome) return;
      throw err;
    }
  }

  /** The user's SIP authentication name; null when it has none. */
  async sipUserName(userId: string): Promise<string | null> {
    try {
      const wire = await this.odin.call<WireAuthentication>({
        method: 'GET',
        path: '/users/authentication',
        params: { userId },
      });
      return text(wire?.userName);
    } catch (err) {
      if (isNotFound(err)) return null;
      throw err;
    }
  }

  /** Sets the SIP credentials; a password the layer generated is returned once. */
  async setSipAuthentication(
    userId: string,
    userName?: string | null,
    password?: string | null,
  ): Promise<SipAuthentication> {
    const generatedPassword = password ? null : await this.passwords.sip();
    const newPassword = password ?? generatedPassword ?? '';
    const wire = await this.odin.call<WireAuthentication>({
      method: 'PUT',
      path: '/users/authentication',
      body: { userId, newPassword, ...(userName ? { userName } : {}) },
      secrets: [newPassword],
    });
    const name = text(wire?.userName) ?? (await this.sipUserName(userId));
    if (!name)
      throw new OdinError({
        kind: 'protocol',
        method: 'PUT',
        path: '/users/authentication',
        message: 'Odin answered without the SIP user name',
      });
    return { userId, userName: name, generatedPassword };
  }
}
