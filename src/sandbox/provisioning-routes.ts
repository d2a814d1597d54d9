import type express from 'express';
import type { Request, Response } from 'express';
import type { DeviceInventory } from './devices';
import type { Directory } from './directory';
import { badRequest } from './fault';
import { type NumberInventory, numbersOf } from './numbers';
import { generatePasscode, generateSipPassword } from './passwords';
import { bodyOf, query } from './request';
import type { ServiceInventory } from './services';

export interface Families {
  numbers: NumberInventory;
  services: ServiceInventory;
  devices: DeviceInventory;
}

/** docs/odin/provisioning.md sections a to e: numbers, extensions, services, devices, passwords. */
export function provisioningRoutes(
  r: express.Router,
  dir: Directory,
  { numbers, services, devices }: Families,
): void {
  const groupOf = (q: Record<string, string | undefined>) =>
    dir.group(q.serviceProviderId ?? '', q.groupId ?? '');
  const inBody = (req: Request) => {
    const b = bodyOf(req);
    return dir.group(String(b.serviceProviderId ?? ''), String(b.groupId ?? ''));
  };
  const userOf = (req: Request) => {
    const userId = query(req).userId ?? String(bodyOf(req).userId ?? '');
    if (!userId) throw badRequest('Missing required field: userId', { field: 'userId' });
    return dir.user(userId);
  };

  // a. Numbers
  r.get('/groups/dns', (req, res) => res.json(numbers.groupDns(groupOf(query(req)))));
  r.get('/groups/dns/details', (req, res) =>
    res.json(numbers.groupDnsDetails(groupOf(query(req)))),
  );
  r.get('/groups/dns/search', (req, res) => {
    const q = query(req);
    res.json(numbers.search([groupOf(q)], q.dn, q.limit));
  });
  // POST /groups/dns without groupId adds to the service provider (the public client does so).
  const addNumbers = (req: Request, res: Response) => {
    const b = bodyOf(req);
    const dns = numbersOf(b.dns);
    if (b.groupId === undefined || b.groupId === null || b.groupId === '') {
      const sp = dir.serviceProvider(String(b.serviceProviderId ?? ''));
      numbers.addToServiceProvider(sp, dns);
      res.json(numbers.serviceProviderDns(sp));
      return;
    }
    const group = inBody(req);
    numbers.addToGroup(group, dns);
    res.json(numbers.groupDns(group));
  };
  r.post('/groups/dns', addNumbers);
  r.post('/groups/dns/assign/bulk', (req, res) => {
    // From the system pool into the service provider and the group in one step.
    const group = inBody(req);
    const dns = numbersOf(bodyOf(req).dns);
    const sp = dir.serviceProvider(group.serviceProviderId);
    const fromSystem = dns.filter((n) => !sp.numbers.includes(n));
    if (fromSystem.length) numbers.addToServiceProvider(sp, fromSystem);
    numbers.addToGroup(group, dns);
    res.json(numbers.groupDns(group));
  });
  r.post('/groups/dns/unassign/bulk', (req, res) => {
    const group = inBody(req);
    numbers.removeFromGroup(group, numbersOf(bodyOf(req).dns));
    res.json(numbers.groupDns(group));
  });
  r.put('/groups/dns', (req, res) => {
    const group = inBody(req);
    numbers.activate(group, bodyOf(req).dns);
    res.json(numbers.groupDns(group));
  });
  r.delete('/groups/dns', (req, res) => {
    const group = inBody(req);
    numbers.removeFromGroup(group, numbersOf(bodyOf(req).dns));
    res.json([]);
  });
  r.get('/service-providers/dns', (req, res) =>
    res.json(numbers.serviceProviderDns(dir.serviceProvider(query(req).serviceProviderId ?? ''))),
  );
  r.get('/service-providers/dns/search', (req, res) => {
    const q = query(req);
    res.json(numbers.search(dir.groupsOf(q.serviceProviderId ?? ''), q.dn, q.limit));
  });
  r.post('/service-providers/dns', (req, res) => {
    const sp = dir.serviceProvider(String(bodyOf(req).serviceProviderId ?? ''));
    numbers.addToServiceProvider(sp, numbersOf(bodyOf(req).dns));
    res.json(numbers.serviceProviderDns(sp));
  });
  r.delete('/service-providers/dns', (req, res) => {
    const sp = dir.serviceProvider(String(bodyOf(req).serviceProviderId ?? ''));
    numbers.removeFromServiceProvider(sp, numbersOf(bodyOf(req).dns));
    res.json([]);
  });
  r.get('/system/dns/summary', (_req, res) => res.json(numbers.systemSummary()));
  r.get('/system/dns/utilization', (_req, res) => res.json(numbers.systemUtilization()));
  r.get('/users/alternate-numbers', (req, res) => res.json(numbers.alternateNumbers(userOf(req))));
  const systemSearch = (req: Request, res: Response) => {
    const q = query(req);
    res.json(numbers.search([...dir.groups.values()], q.dn ?? q.phoneNumber, q.limit));
  };
  r.get('/system/dns', systemSearch);
  r.get('/system/dns/search', systemSearch);

  // b. Extensions
  r.get('/groups/extensions', (req, res) => res.json(numbers.extensions(groupOf(query(req)))));
  r.put('/groups/extensions', (req, res) => {
    // The wire form is unproven: the body, or the query the 2.3 client means to send.
    const values = { ...query(req), ...bodyOf(req) };
    const group = dir.group(String(values.serviceProviderId ?? ''), String(values.groupId ?? ''));
    numbers.setExtensions(group, values);
    res.json(numbers.extensions(group));
  });

  // c. Services
  r.get('/groups/services', (req, res) => res.json(services.groupServices(groupOf(query(req)))));
  r.get('/groups/services/assigned', (req, res) => {
    const q = query(req);
    res.json(
      services.assignedUsers(groupOf(q), q.serviceType ?? 'serviceName', q.serviceName ?? ''),
    );
  });
  r.get('/groups/services/authorized', (req, res) =>
    res.json(services.authorized(groupOf(query(req)))),
  );
  r.get('/groups/services/available', (req, res) =>
    res.json(services.available(groupOf(query(req)))),
  );
  r.get('/groups/services/assigned-list', (req, res) =>
    res.json(services.assignedList(groupOf(query(req)))),
  );
  r.get('/groups/services/assignedall', (req, res) => {
    const q = query(req);
    res.json(
      services.assignedUsers(groupOf(q), q.serviceType ?? 'serviceName', q.serviceName ?? ''),
    );
  });
  r.get('/users/services/viewable', (req, res) => res.json(services.viewable(userOf(req))));
  r.get('/users/services/settings', (req, res) => res.json(services.settings(userOf(req))));
  r.put('/users/services/settings', (req, res) =>
    res.json(services.changeSettings(userOf(req), bodyOf(req))),
  );
  r.get('/users/services', (req, res) => res.json(services.userServices(userOf(req))));
  r.get('/users/services/assigned', (req, res) =>
    res.json(services.userServicesAssigned(userOf(req))),
  );
  r.put('/users/services', (req, res) => {
    const user = userOf(req);
    services.changeUserServices(user, bodyOf(req));
    res.json(services.userServices(user));
  });

  // d. Devices
  r.get('/groups/devices', (req, res) => {
    const q = query(req);
    const group = groupOf(q);
    if (q.deviceName) {
      res.json(devices.renderDevice(group, devices.device(group, q.deviceName)));
      return;
    }
    const limit = q.limit === undefined ? Infinity : Number(q.limit);
    res.json(group.devices.slice(0, limit).map((d) => devices.renderDevice(group, d)));
  });
  r.get('/groups/devices/users', (req, res) => {
    const q = query(req);
    res.json(devices.deviceUsers(groupOf(q), q.deviceName ?? ''));
  });
  r.post('/groups/devices', (req, res) => {
    const group = inBody(req);
    res.json(devices.renderDevice(group, devices.createDevice(group, bodyOf(req))));
  });
  r.put('/groups/devices', (req, res) => {
    const group = inBody(req);
    res.json(devices.renderDevice(group, devices.updateDevice(group, bodyOf(req))));
  });
  r.delete('/groups/devices', (req, res) => {
    const q = query(req);
    devices.deleteDevice(groupOf(q), q.deviceName ?? '');
    res.json([]);
  });

  // e. and f. Passwords and SIP credentials
  r.get('/sip-password/generate', (req, res) => {
    const { limit } = query(req);
    if (limit === undefined) {
      res.json({ password: generateSipPassword() });
      return;
    }
    res.json({
      passwords: Array.from({ length: Number(limit) || 1 }, () => generateSipPassword()),
    });
  });
  r.get('/passcode/generate', (req, res) => {
    const { serviceProviderId, groupId, limit } = query(req);
    dir.group(serviceProviderId ?? '', groupId ?? '');
    if (limit === undefined) res.json({ passcode: generatePasscode() });
    else res.json({ passcodes: Array.from({ length: Number(limit) || 1 }, generatePasscode) });
  });
  r.get('/users/authentication', (req, res) => res.json(devices.authentication(userOf(req))));
  r.put('/users/authentication', (req, res) =>
    res.json(devices.setAuthentication(userOf(req), bodyOf(req))),
  );
}
