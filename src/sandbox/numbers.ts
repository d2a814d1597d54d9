import type { Directory } from './directory';
import { OdinFault, badRequest } from './fault';
import type { SbGroup, SbServiceProvider, SbUser } from './model';
import { USER_TYPE, numeric } from './render';
import { type Json, str } from './request';

// Numbers and extensions as docs/odin/provisioning.md (sections a and b) describes them: the
// rules BroadWorks enforces, Odin's answers with their quirks. Numbers are kept as national
// digits; the demo directory is all +1.

const COUNTRY_CODE = '1';

const inventoryForm = (national: string) => `+${COUNTRY_CODE}-${national}`;

/**
 * A number in an inventory body: only `+cc-number` is accepted there (every DN write page
 * warns so); a leading space is a `+` that travelled unencoded.
 */
function inventoryNumber(value: unknown): string {
  const s = str(value)?.replace(/^ /, '+') ?? '';
  const m = /^\+(\d{1,3})-(\d{4,14})$/.exec(s);
  if (!m) throw badRequest(`Invalid number ${s}: numbers must be strings like +1-2125550142`);
  if (m[1] !== COUNTRY_CODE) throw badRequest(`Unknown country code ${m[1]}`);
  return m[2];
}

/** The numbers of `dns` entries; `max` null, missing, "" or equal to `min` is one number. */
export function numbersOf(dns: unknown): string[] {
  if (!Array.isArray(dns) || dns.length === 0)
    throw badRequest('dns must be a list of {min, max}', { field: 'dns' });
  return dns.flatMap((entry) => {
    const e = (entry ?? {}) as Json;
    const min = inventoryNumber(e.min);
    const max =
      e.max === null || e.max === undefined || e.max === '' ? min : inventoryNumber(e.max);
    if (max.length !== min.length || BigInt(max) < BigInt(min))
      throw badRequest(`Invalid range ${str(e.min)} - ${str(e.max)}`);
    const out: string[] = [];
    for (let n = BigInt(min); n <= BigInt(max); n++)
      out.push(n.toString().padStart(min.length, '0'));
    if (out.length > 10_000) throw badRequest('A range holds at most 10000 numbers');
    return out;
  });
}

const sortNumbers = (list: string[]) => [...list].sort((a, b) => (BigInt(a) < BigInt(b) ? -1 : 1));

/** Consecutive numbers that share `key`, as runs. */
function runs<T>(numbers: string[], key: (n: string) => T): Array<{ numbers: string[]; key: T }> {
  const out: Array<{ numbers: string[]; key: T }> = [];
  for (const n of sortNumbers(numbers)) {
    const k = key(n);
    const last = out[out.length - 1];
    const prev = last?.numbers[last.numbers.length - 1];
    if (last && JSON.stringify(last.key) === JSON.stringify(k) && BigInt(n) === BigInt(prev) + 1n)
      last.numbers.push(n);
    else out.push({ numbers: [n], key: k });
  }
  return out;
}

/** A group's and a service provider's numbers, the system's pool, extensions. */
export class NumberInventory {
  constructor(private readonly dir: Directory) {}

  private activated(group: SbGroup, n: string) {
    return !group.inactiveNumbers.includes(n);
  }

  /** `GET /groups/dns`: runs with the same assigned and activated, `list` with each number. */
  groupDns(group: SbGroup): Json {
    const key = (n: string) => ({
      assigned: this.dir.holderOf(group, n) !== undefined,
      activated: this.activated(group, n),
    });
    return {
      serviceProviderId: group.serviceProviderId,
      groupId: group.groupId,
      dns: runs(group.numbers, key).map((r) => ({
        ...r.key,
        min: inventoryForm(r.numbers[0]),
        max: r.numbers.length > 1 ? inventoryForm(r.numbers[r.numbers.length - 1]) : null,
        list: r.numbers.map(inventoryForm),
      })),
    };
  }

  /** A details row's holder fields: the user or service instance, or nobody. */
  private holderFields(group: SbGroup, n: string): Json {
    const h = this.dir.holderOf(group, n);
    if (h?.user) {
      const u = h.user;
      return {
        department: u.department || null,
        userId: u.userId,
        lastName: numeric(u.lastName),
        firstName: numeric(u.firstName),
        extension: u.extension ? numeric(u.extension) : null,
        emailAddress: u.emailAddress || null,
        userType: USER_TYPE,
      };
    }
    if (h?.instance) {
      const i = h.instance;
      return {
        department: null,
        userId: i.id,
        lastName: i.id.split('@')[0],
        firstName: i.kind,
        extension: i.extension ? numeric(i.extension) : null,
        emailAddress: null,
        userType: i.kind,
      };
    }
    const none = { department: null, userId: null, lastName: null, firstName: null };
    return { ...none, extension: null, emailAddress: null, userType: null };
  }

  /** `GET /groups/dns/details`: a row per run and owner; the calling line id listed apart. */
  groupDnsDetails(group: SbGroup): Json {
    const rows: Json[] = [];
    const clid = group.callingLineIdPhoneNumber.replace(/^\+1-?/, '');
    for (const r of runs(group.numbers, (n) => ({
      holder: this.dir.holderOf(group, n)?.id ?? null,
      activated: this.activated(group, n),
    }))) {
      const first = r.numbers[0];
      const last = r.numbers[r.numbers.length - 1];
      const range = r.numbers.length > 1;
      const base = {
        phoneNumbers: range
          ? `${inventoryForm(first)} - ${inventoryForm(last)}`
          : inventoryForm(first),
        activated: r.key.activated,
        countryCode: Number(COUNTRY_CODE),
        nationalPrefix: null,
        min: inventoryForm(first),
        max: range ? inventoryForm(last) : '',
      };
      if (r.numbers.includes(clid)) {
        rows.push({
          ...base,
          department: null,
          userId: null,
          lastName: 'Group Calling Line ID',
          firstName: null,
          extension: null,
          emailAddress: null,
          userType: null,
        });
      }
      rows.push({ ...base, ...this.holderFields(group, first) });
    }
    return { serviceProviderId: group.serviceProviderId, groupId: group.groupId, dns: rows };
  }

  /** A search row: details fields of a held number, with its place and a nested `dns`. */
  private searchRow(group: SbGroup, n: string): Json {
    const fields = this.holderFields(group, n);
    const userId = str(fields.userId) ?? '';
    return {
      phoneNumbers: inventoryForm(n),
      ...fields,
      // Searches send the extension as a string, "" when none.
      extension: fields.extension === null ? '' : String(fields.extension),
      activated: this.activated(group, n),
      countryCode: Number(COUNTRY_CODE),
      nationalPrefix: null,
      serviceProviderId: group.serviceProviderId,
      groupId: group.groupId,
      userIdShort: userId,
      domain: userId.split('@')[1] ?? '',
      dns: { min: inventoryForm(n), max: '', activated: this.activated(group, n) },
    };
  }

  /** Numbers in use in some groups matching an Odin `dn` pattern on the national digits. */
  search(groups: SbGroup[], pattern: string | undefined, limit?: string): Json[] {
    const digits = (pattern ?? '').replace(/^[+ ]/, '').replace(/^1-/, '');
    const matches = (n: string) => {
      if (!digits) return true;
      if (digits.startsWith('*') && digits.endsWith('*') && digits.length > 1)
        return n.includes(digits.slice(1, -1));
      if (digits.endsWith('*')) return n.startsWith(digits.slice(0, -1));
      return n === digits || `${COUNTRY_CODE}${n}` === digits;
    };
    const rows = groups.flatMap((g) =>
      sortNumbers(g.numbers)
        .filter((n) => this.dir.holderOf(g, n) && matches(n))
        .map((n) => this.searchRow(g, n)),
    );
    return limit ? rows.slice(0, Number(limit)) : rows;
  }

  /** `GET /service-providers/dns`: its pool (canDelete) and what each group holds. */
  serviceProviderDns(sp: SbServiceProvider): Json {
    const own = runs(sp.numbers, () => null).map((r) => ({
      canDelete: true,
      groupId: null,
      min: inventoryForm(r.numbers[0]),
      max: inventoryForm(r.numbers[r.numbers.length - 1]),
    }));
    const inGroups = this.dir.groupsOf(sp.serviceProviderId).flatMap((g) =>
      runs(g.numbers, () => null).map((r) => ({
        canDelete: false,
        groupId: g.groupId,
        min: inventoryForm(r.numbers[0]),
        max: inventoryForm(r.numbers[r.numbers.length - 1]),
      })),
    );
    return { serviceProviderId: sp.serviceProviderId, dns: [...own, ...inGroups] };
  }

  /** From the service provider's pool to a group; all or nothing. */
  addToGroup(group: SbGroup, numbers: string[]): void {
    const sp = this.dir.serviceProvider(group.serviceProviderId);
    const missing = numbers.filter((n) => !sp.numbers.includes(n));
    if (missing.length)
      throw new OdinFault(
        409,
        `Numbers not available in service provider ${sp.serviceProviderId}: ${missing.map(inventoryForm).join(', ')}`,
      );
    sp.numbers = sp.numbers.filter((n) => !numbers.includes(n));
    group.numbers.push(...numbers);
  }

  /** From the system pool to a service provider; all or nothing. */
  addToServiceProvider(sp: SbServiceProvider, numbers: string[]): void {
    const missing = numbers.filter((n) => !this.dir.systemNumbers.includes(n));
    if (missing.length)
      throw new OdinFault(
        409,
        `Numbers not available in the system: ${missing.map(inventoryForm).join(', ')}`,
      );
    const keep = this.dir.systemNumbers.filter((n) => !numbers.includes(n));
    this.dir.systemNumbers.splice(0, this.dir.systemNumbers.length, ...keep);
    sp.numbers.push(...numbers);
  }

  /** Back to the service provider; refused, whole, while any number is held. */
  removeFromGroup(group: SbGroup, numbers: string[]): void {
    const foreign = numbers.filter((n) => !group.numbers.includes(n));
    if (foreign.length)
      throw badRequest(
        `Numbers not in group ${group.groupId}: ${foreign.map(inventoryForm).join(', ')}`,
      );
    const held = numbers.filter((n) => this.dir.holderOf(group, n));
    if (held.length)
      throw new OdinFault(
        409,
        `Numbers still in use: ${held.map((n) => `${inventoryForm(n)} (${this.dir.holderOf(group, n)?.id})`).join(', ')}`,
      );
    group.numbers = group.numbers.filter((n) => !numbers.includes(n));
    group.inactiveNumbers = group.inactiveNumbers.filter((n) => !numbers.includes(n));
    this.dir.serviceProvider(group.serviceProviderId).numbers.push(...numbers);
  }

  removeFromServiceProvider(sp: SbServiceProvider, numbers: string[]): void {
    const missing = numbers.filter((n) => !sp.numbers.includes(n));
    if (missing.length)
      throw new OdinFault(
        409,
        `Numbers cannot be deleted (in a group or not held): ${missing.map(inventoryForm).join(', ')}`,
      );
    sp.numbers = sp.numbers.filter((n) => !numbers.includes(n));
    this.dir.systemNumbers.push(...numbers);
  }

  /** `PUT /groups/dns`: each entry carries its own `activated`. */
  activate(group: SbGroup, dns: unknown): void {
    if (!Array.isArray(dns) || dns.length === 0)
      throw badRequest('dns must be a list', { field: 'dns' });
    const changes = dns.map((entry) => {
      const e = (entry ?? {}) as Json;
      if (typeof e.activated !== 'boolean' && e.activated !== 'true' && e.activated !== 'false')
        throw badRequest('Each dns entry needs activated', { field: 'activated' });
      return { numbers: numbersOf([e]), activated: e.activated === true || e.activated === 'true' };
    });
    const foreign = changes.flatMap((c) => c.numbers).filter((n) => !group.numbers.includes(n));
    if (foreign.length)
      throw badRequest(
        `Numbers not in group ${group.groupId}: ${foreign.map(inventoryForm).join(', ')}`,
      );
    for (const c of changes) {
      group.inactiveNumbers = group.inactiveNumbers.filter((n) => !c.numbers.includes(n));
      if (!c.activated) group.inactiveNumbers.push(...c.numbers);
    }
  }

  /** The number of the whole system: the group that holds it, or nobody. */
  groupHolding(national: string): SbGroup | undefined {
    return [...this.dir.groups.values()].find((g) => g.numbers.includes(national));
  }

  // --- extensions ---

  extensions(group: SbGroup): Json {
    return {
      minExtensionLength: group.extensionLength.min,
      maxExtensionLength: group.extensionLength.max,
      defaultExtensionLength: group.extensionLength.default,
      serviceProviderId: group.serviceProviderId,
      groupId: group.groupId,
    };
  }

  setExtensions(group: SbGroup, values: Json): void {
    const int = (key: string, current: number) => {
      const v = values[key];
      if (v === undefined || v === null || v === '') return current;
      const n = Number(v);
      if (!Number.isInteger(n) || n < 2 || n > 20)
        throw badRequest(`${key} must be 2 to 20`, { field: key });
      return n;
    };
    const next = {
      min: int('minExtensionLength', group.extensionLength.min),
      max: int('maxExtensionLength', group.extensionLength.max),
      default: int('defaultExtensionLength', group.extensionLength.default),
    };
    if (!(next.min <= next.default && next.default <= next.max))
      throw badRequest('Extension lengths must satisfy min <= default <= max');
    group.extensionLength = next;
  }

  /** `GET /system/dns/summary`: each service provider's runs. */
  systemSummary(): Json[] {
    return [...this.dir.serviceProviders.values()].flatMap((sp) =>
      runs(this.numbersOf(sp), () => null).map((r) => ({
        isEnterprise: sp.isEnterprise,
        serviceProviderId: sp.serviceProviderId,
        min: inventoryForm(r.numbers[0]),
        max: inventoryForm(r.numbers[r.numbers.length - 1]),
      })),
    );
  }

  /** `GET /system/dns/utilization`, with the lowercase "to" of `assignedtoGroups`. */
  systemUtilization(): Json[] {
    return [...this.dir.serviceProviders.values()].map((sp) => {
      const groups = this.dir.groupsOf(sp.serviceProviderId);
      const total = this.numbersOf(sp).length;
      const inGroups = groups.reduce((n, g) => n + g.numbers.length, 0);
      const activated = groups.reduce(
        (n, g) => n + g.numbers.filter((x) => this.activated(g, x)).length,
        0,
      );
      return {
        serviceProviderId: sp.serviceProviderId,
        phoneNumbers: total,
        assignedtoGroups: inGroups,
        percentageAssigned: total ? Math.round((inGroups / total) * 100) : 0,
        isEnterprise: sp.isEnterprise,
        activatedOnGroups: activated,
      };
    });
  }

  private numbersOf(sp: SbServiceProvider): string[] {
    return [...sp.numbers, ...this.dir.groupsOf(sp.serviceProviderId).flatMap((g) => g.numbers)];
  }

  /** `GET /users/alternate-numbers`: ten slots; the demo users use none. */
  alternateNumbers(user: SbUser): Json {
    return {
      userId: user.userId,
      distinctiveRing: false,
      alternateEntries: Array.from({ length: 10 }, (_, i) => ({
        phoneNumber: null,
        extension: null,
        ringPattern: null,
        alternateEntryId: i + 1,
      })),
    };
  }
}
