import { randomBytes } from 'node:crypto';
import express, { type NextFunction, type Request, type Response } from 'express';
import { Directory } from './directory';
import { OdinFault, badRequest } from './fault';
import { DeviceAdministration } from './device-administration';
import { ServiceAdministration } from './service-administration';
import { Faults } from './faults';
import { DeviceInventory } from './devices';
import { NumberInventory } from './numbers';
import { type Families, provisioningRoutes } from './provisioning-routes';
import { AutoAttendants } from './auto-attendants';
import { CallCenters } from './call-centers';
import { HuntGroups } from './hunt-groups';
import { Routing } from './routing';
import { ServiceInventory } from './services';
import type { SbUser } from './model';
import { query } from './request';
import { renderGroup, renderServiceProvider, renderUser } from './render';

export interface RecordedRequest {
  at: number;
  method: string;
  /** Relative to /api/v2, e.g. `/users`. */
  path: string;
  query: Record<string, string>;
  body: unknown;
  /** The bearer token the request carried, if any. */
  token?: string;
  /** The status of the answer written; absent when none was (the connection dropped before). */
  status?: number;
  /** Trouble the sandbox made of this request. */
  fault?: 'status' | 'drop-before' | 'drop-after';
}

export interface Account {
  username: string;
  password: string;
}

export interface SandboxOptions {
  accounts: Account[];
  tokenTtlMs: number;
  /** false: token answers carry no expiry, as Odin's need not (the token still expires). */
  announceExpiry: boolean;
  /** The most requests kept for `requests`: the newest; a sandbox left running stays bounded. */
  recordLimit: number;
}

interface Session {
  username: string;
  expiresAt: number;
}

const LIST_FILTERS: Record<string, (u: SbUser, macOf: (u: SbUser) => string) => string> = {
  macAddress: (u, macOf) => macOf(u),
  lastName: (u) => u.lastName,
  firstName: (u) => u.firstName,
  dn: (u) => u.phoneNumber,
  emailAddress: (u) => u.emailAddress,
  userId: (u) => u.userId,
  extension: (u) => u.extension,
};

/** Odin's filter syntax: `abc` equals, `abc*` starts with, `*abc*` contains; case-insensitive. */
export function matches(value: string, pattern: string): boolean {
  const v = value.toLowerCase();
  const p = pattern.toLowerCase();
  if (p.length > 1 && p.startsWith('*') && p.endsWith('*')) return v.includes(p.slice(1, -1));
  if (p.endsWith('*')) return v.startsWith(p.slice(0, -1));
  return v === p;
}

/** The state and the HTTP face of the sandbox; `router` is mounted at /api/v2. */
export class OdinSandboxApp {
  readonly requests: RecordedRequest[] = [];
  readonly sessions = new Map<string, Session>();
  readonly router = express.Router();
  readonly faults = new Faults();
  /** Numbers, services and devices: the families docs/odin/provisioning.md describes. */
  readonly families: Families;

  constructor(
    readonly directory: Directory,
    readonly options: SandboxOptions,
  ) {
    const services = new ServiceInventory(directory);
    this.families = {
      numbers: new NumberInventory(directory),
      services,
      devices: new DeviceInventory(directory, services),
    };
    const r = this.router;
    r.use(express.json({ limit: '5mb' }));
    r.use((req, res, next) => {
      const record: RecordedRequest = {
        at: Date.now(),
        method: req.method,
        path: req.path,
        query: Object.fromEntries(Object.entries(req.query).map(([k, v]) => [k, String(v)])),
        body: req.body && Object.keys(req.body).length ? structuredClone(req.body) : undefined,
        token: bearer(req),
      };
      this.requests.push(record);
      // Trimmed a tenth at a time, so the copy is paid once per many requests.
      if (this.requests.length > this.options.recordLimit * 1.1)
        this.requests.splice(0, this.requests.length - this.options.recordLimit);
      // Every answer goes through res.json: the status is known even if the answer is lost.
      const json = res.json.bind(res);
      res.json = (body: unknown) => {
        record.status = res.statusCode;
        return json(body);
      };
      res.locals.record = record;
      next();
    });
    r.use(async (req, res, next) => {
      const plan = this.faults.plan(req.method, req.path, req.body);
      const record = res.locals.record as RecordedRequest;
      if (plan.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, plan.delayMs));
      if (plan.drop === 'before') {
        record.fault = 'drop-before';
        req.socket.destroy();
        return;
      }
      if (plan.status) {
        record.fault = 'status';
        if (plan.retryAfterSeconds !== undefined)
          res.setHeader('Retry-After', String(plan.retryAfterSeconds));
        res.status(plan.status).json({
          details: 'Injected by the sandbox',
          status: plan.status,
          error: 'Service Unavailable',
        });
        return;
      }
      if (plan.drop === 'after') {
        // Perform the request, then lose the answer.
        record.fault = 'drop-after';
        res.json = () => {
          record.status = res.statusCode;
          req.socket.destroy();
          return res;
        };
      }
      next();
    });
    r.post('/auth/token', (req, res) => res.json(this.login(req.body ?? {})));
    r.use((req, _res, next) => {
      this.authenticate(req);
      next();
    });
    r.put('/auth/token', (req, res) => res.json(this.refresh(req)));
    // Where odins_spear 2.x refreshes its token.
    r.put('/auth/session', (req, res) => res.json(this.refresh(req)));
    r.get('/auth/session', (req, res) => {
      const session = this.sessions.get(bearer(req) ?? '');
      res.json({
        username: session?.username,
        expiresAt: new Date(session?.expiresAt ?? 0).toISOString(),
      });
    });
    r.get('/users', (req, res) => res.json(this.getUsers(query(req))));
    r.post('/users', (req, res) => {
      const user = this.directory.createUser(req.body ?? {});
      res.status(200).json([this.render(user)]);
    });
    r.put('/users', (req, res) => {
      const user = this.directory.updateUser(req.body ?? {});
      res.json([this.render(user)]);
    });
    r.put('/users/bulk', (req, res) => {
      res.json(this.directory.updateUsers(req.body ?? {}).map((u) => this.render(u)));
    });
    r.put('/users/passwords', (req, res) => {
      this.directory.setWebPassword(req.body ?? {});
      res.json([]);
    });
    r.get('/users/portal-passcode', (req, res) => {
      const userId = query(req).userId ?? '';
      this.directory.user(userId);
      res.json({ isLoginDisabled: false, expirationDays: 30, passcode: '*****', userId });
    });
    r.put('/users/portal-passcode', (req, res) => {
      this.directory.setPasscode(req.body ?? {});
      res.json([]);
    });
    r.delete('/users', (req, res) => {
      const userId = query(req).userId ?? (req.body as { userId?: string } | undefined)?.userId;
      if (!userId) throw badRequest('Missing required field: userId', { field: 'userId' });
      this.directory.deleteUser(userId);
      res.json([]);
    });
    r.get('/groups', (req, res) => {
      const { serviceProviderId, groupId } = query(req);
      if (!serviceProviderId) throw badRequest('serviceProviderId is required');
      if (groupId) {
        const group = this.directory.group(serviceProviderId, groupId);
        res.json(renderGroup(group, this.directory.usersOf(group).length));
      } else {
        res.json(
          this.directory
            .groupsOf(serviceProviderId)
            .map((g) => renderGroup(g, this.directory.usersOf(g).length)),
        );
      }
    });
    r.get('/service-providers', (req, res) => {
      const { serviceProviderId } = query(req);
      if (serviceProviderId)
        res.json(renderServiceProvider(this.directory.serviceProvider(serviceProviderId)));
      else res.json([...this.directory.serviceProviders.values()].map(renderServiceProvider));
    });
    provisioningRoutes(r, directory, this.families);
    new Routing(directory, this.families.services).routes(r);
    new HuntGroups(directory).routes(r);
    new CallCenters(directory).routes(r);
    new AutoAttendants(directory).routes(r);
    const above = new ServiceAdministration(directory, this.families);
    above.routes(r);
    above.reportRoutes(r, (user) => this.render(user));
    new DeviceAdministration(directory, this.families).routes(r);
    r.get('/password/generate', (req, res) => {
      const { serviceProviderId, groupId, limit } = query(req);
      // With `limit` the key turns plural, and the ids are optional (odins_spear's SIP bulk).
      if (limit === undefined) {
        const group = this.directory.group(serviceProviderId ?? '', groupId ?? '');
        res.json({ password: this.directory.generatePassword(group) });
        return;
      }
      const count = Number(limit);
      if (!Number.isInteger(count) || count < 1 || count > 1000)
        throw badRequest('limit must be an integer from 1 to 1000', { field: 'limit' });
      const group =
        serviceProviderId || groupId
          ? this.directory.group(serviceProviderId ?? '', groupId ?? '')
          : undefined;
      res.json({
        passwords: Array.from({ length: count }, () => this.directory.generatePassword(group)),
      });
    });
    r.use((req) => {
      throw new OdinFault(404, 'Not Found', `No route ${req.method} ${req.path}`);
    });
    r.use((err: unknown, _req: Request, res: Response, _next: NextFunction) => {
      if (err instanceof OdinFault) {
        res.status(err.status).json(err.body);
      } else if (
        err &&
        typeof err === 'object' &&
        'type' in err &&
        err.type === 'entity.parse.failed'
      ) {
        res.status(400).json({ details: 'Malformed JSON body', status: 400, error: 'Bad Request' });
      } else {
        res.status(500).json({ details: String(err), status: 500, error: 'Internal Server Error' });
      }
    });
  }

  /** Every token the sandbox has issued stops working now. */
  expireTokens(): void {
    for (const session of this.sessions.values()) session.expiresAt = 0;
  }

  /** The recorded requests of one method and path, e.g. `calls('GET', '/users')`. */
  calls(method: string, path: string): RecordedRequest[] {
    return this.requests.filter((r) => r.method === method && r.path === path);
  }

  /**
   * A user as Odin answers it. `ports` (device name to the users on it) is counted once for
   * a whole list: counted per user, a list of n users cost n².
   */
  private render(user: SbUser, ports = this.portsByDevice()) {
    const endpoint = user.endpoint;
    const used =
      endpoint.type === 'accessDeviceEndpoint' ? (ports.get(endpoint.deviceName) ?? 0) : 0;
    return renderUser(user, this.directory.groupOf(user), used);
  }

  /** Users on each device name. */
  private portsByDevice(): Map<string, number> {
    const ports = new Map<string, number>();
    for (const u of this.directory.users.values())
      if (u.endpoint.type === 'accessDeviceEndpoint')
        ports.set(u.endpoint.deviceName, (ports.get(u.endpoint.deviceName) ?? 0) + 1);
    return ports;
  }

  private issue(username: string) {
    const token = randomBytes(24).toString('hex');
    const now = Date.now();
    // Past a thousand sessions the expired ones go: logins alone never grow the map for good.
    if (this.sessions.size >= 1000)
      for (const [old, session] of this.sessions)
        if (session.expiresAt <= now) this.sessions.delete(old);
    const expiresAt = now + this.options.tokenTtlMs;
    this.sessions.set(token, { username, expiresAt });
    return this.options.announceExpiry
      ? { token, expiresAt: new Date(expiresAt).toISOString() }
      : { token };
  }

  private login(body: { username?: unknown; password?: unknown }) {
    if (this.faults.chaos.refuseLogins)
      throw new OdinFault(401, 'Unauthorized', 'Logins are refused');
    const account = this.options.accounts.find(
      (a) => a.username === body.username && a.password === body.password,
    );
    if (!account) throw new OdinFault(401, 'Unauthorized', 'Invalid username or password');
    return this.issue(account.username);
  }

  private authenticate(req: Request): void {
    const token = bearer(req);
    const session = token ? this.sessions.get(token) : undefined;
    if (!session || session.expiresAt <= Date.now()) {
      throw new OdinFault(401, 'Unauthorized', 'Invalid or expired token');
    }
  }

  private refresh(req: Request) {
    const token = bearer(req) ?? '';
    const session = this.sessions.get(token);
    this.sessions.delete(token);
    return this.issue(session?.username ?? '');
  }

  private getUsers(q: Record<string, string | undefined>) {
    const { serviceProviderId, groupId, userId, limit } = q;
    const listing = Object.keys(q).some((k) => k !== 'userId');
    // `GET /users?userId=x` alone reads one user; anything more is a search.
    if (userId && !listing) return this.render(this.directory.user(userId));
    if (groupId && !serviceProviderId) throw badRequest('groupId needs serviceProviderId');
    let users = [...this.directory.users.values()];
    if (serviceProviderId) {
      users = groupId
        ? this.directory.usersOf(this.directory.group(serviceProviderId, groupId))
        : (this.directory.serviceProvider(serviceProviderId),
          users.filter((u) => u.serviceProviderId === serviceProviderId));
    }
    const macOf = (u: SbUser) => {
      if (u.endpoint.type !== 'accessDeviceEndpoint') return '';
      const name = u.endpoint.deviceName;
      const group = this.directory.groupOf(u);
      return group?.devices.find((d) => d.deviceName === name)?.macAddress ?? '';
    };
    for (const [field, read] of Object.entries(LIST_FILTERS)) {
      const pattern = q[field];
      if (pattern !== undefined) users = users.filter((u) => matches(read(u, macOf), pattern));
    }
    const max = limit === undefined ? Infinity : Number(limit);
    if (!Number.isInteger(max) && max !== Infinity) throw badRequest('limit must be an integer');
    const ports = this.portsByDevice();
    return users.slice(0, max).map((u) => this.render(u, ports));
  }
}

function bearer(req: Request): string | undefined {
  const header = req.header('authorization');
  return header?.startsWith('Bearer ') ? header.slice(7) : undefined;
}
