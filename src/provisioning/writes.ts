import type { OdinClient } from '../odin/client';
import { EndpointType, type GroupRef } from '../odin/model';
import { parsePhoneNumber } from '../odin/phone';

// The writes provisioning and deprovisioning both make, each one way: the first's run is
// the other's undo.

/** A user on a line port of a device, or (line null) on none. */
export async function setLine(
  odin: OdinClient,
  user: GroupRef & { userId: string },
  line: { deviceName: string; linePort: string } | null,
): Promise<void> {
  await odin.users.update(
    {
      userId: user.userId,
      endpoint: line
        ? { type: EndpointType.ACCESS_DEVICE_ENDPOINT, ...line }
        : { type: EndpointType.NONE },
    },
    user,
  );
}

/** One number of the group (national digits) activated or not. */
export async function setNumberActivated(
  odin: OdinClient,
  where: GroupRef,
  national: string,
  activated: boolean,
): Promise<void> {
  const number = parsePhoneNumber(national);
  await odin.numbers.setActivated(where, number ? [number] : [], activated);
}

/** What a user should have of the services and packs named, all of them or none. */
export async function setServices(
  odin: OdinClient,
  userId: string,
  names: { services: string[]; servicePacks: string[] },
  assigned: boolean,
): Promise<void> {
  const { services, servicePacks } = names;
  await odin.services.send({ userId, services, servicePacks }, assigned);
}
