import { EventEmitter } from 'node:events';
import type Redis from 'ioredis';
import {
  FINISHED,
  JobKind,
  type JobRecord,
  type JobRow,
  type RowOutcome,
  type RowProgress,
  type RowSecrets,
} from './model';

/**
 * Where jobs live: their record, rows, per-row outcomes, the rows a worker has sent to Odin,
 * and the generated passwords until they are read once. Progress is published per job.
 */
export interface JobStore {
  create(record: JobRecord, rows: JobRow[]): Promise<void>;
  get(id: string): Promise<JobRecord | undefined>;
  /** Newest first. */
  list(limit: number): Promise<JobRecord[]>;
  rows(id: string): Promise<JobRow[]>;
  outcomes(id: string): Promise<RowOutcome[]>;
  /**
   * Rows sent to Odin and not yet settled, with how far each has come when its kind records
   * it: a worker taking over reads them back first.
   */
  inFlight(id: string): Promise<Map<number, RowProgress | null>>;
  markInFlight(id: string, index: number, progress?: RowProgress): Promise<void>;
  /**
   * Records a row's outcome once (a second settle of the same row is ignored) and counts it;
   * generated secrets are kept apart, to be dropped once read. The record after it.
   */
  settle(id: string, outcome: RowOutcome): Promise<JobRecord | undefined>;
  update(id: string, fields: Partial<JobRecord>): Promise<JobRecord | undefined>;
  /** Adds to the job's count of Odin calls. */
  addOdinCalls(id: string, calls: number): Promise<void>;
  /** The generated secrets of these rows, dropped from storage as they are answered. */
  takeSecrets(id: string, indexes: number[]): Promise<Map<number, RowSecrets>>;
  /** How long a finished job is kept. */
  expire(id: string, keepMs: number): Promise<void>;
  publish(record: JobRecord): Promise<void>;
  /** Every record published for the job from now on; the returned function stops it. */
  subscribe(id: string, listener: (record: JobRecord) => void): Promise<() => Promise<void>>;
  close?(): Promise<void>;
}

const withoutSecrets = (o: RowOutcome): RowOutcome => {
  if (!o.ok || !o.secrets) return o;
  const { secrets: _secrets, ...rest } = o;
  return rest;
};

/** The secrets a row generated, or undefined when it generated none. */
const secretsOf = (o: RowOutcome): RowSecrets | undefined => {
  if (!o.ok || !o.secrets) return undefined;
  const kept = Object.entries(o.secrets).filter(([, v]) => !!v);
  return kept.length ? Object.fromEntries(kept) : undefined;
};

/** Jobs in this process: they end with it. */
export class MemoryJobStore implements JobStore {
  private readonly jobs = new Map<
    string,
    {
      record: JobRecord;
      rows: JobRow[];
      outcomes: Map<number, RowOutcome>;
      inFlight: Map<number, RowProgress | null>;
      secrets: Map<number, RowSecrets>;
      until?: number;
    }
  >();
  private readonly events = new EventEmitter().setMaxListeners(0);

  private job(id: string) {
    const job = this.jobs.get(id);
    if (job?.until !== undefined && job.until <= Date.now()) {
      this.jobs.delete(id);
      return undefined;
    }
    return job;
  }

  async create(record: JobRecord, rows: JobRow[]): Promise<void> {
    const job = {
      record: { ...record },
      rows,
      outcomes: new Map(),
      inFlight: new Map<number, RowProgress | null>(),
      secrets: new Map(),
    };
    this.jobs.set(record.id, job);
  }

  async get(id: string) {
    const record = this.job(id)?.record;
    return record && { ...record };
  }

  async list(limit: number) {
    const records = [...this.jobs.keys()]
      .map((id) => this.job(id)?.record)
      .filter((r): r is JobRecord => !!r);
    return records
      .sort((a, b) => b.createdAt - a.createdAt)
      .slice(0, limit)
      .map((r) => ({ ...r }));
  }

  async rows(id: string) {
    return this.job(id)?.rows ?? [];
  }

  async outcomes(id: string) {
    return [...(this.job(id)?.outcomes.values() ?? [])].sort((a, b) => a.index - b.index);
  }

  async inFlight(id: string) {
    return new Map(this.job(id)?.inFlight);
  }

  async markInFlight(id: string, index: number, progress?: RowProgress) {
    // A copy, as a store elsewhere would keep it.
    this.job(id)?.inFlight.set(index, progress ? structuredClone(progress) : null);
  }

  async settle(id: string, outcome: RowOutcome) {
    const job = this.job(id);
    if (!job) return undefined;
    if (!job.outcomes.has(outcome.index)) {
      job.outcomes.set(outcome.index, withoutSecrets(outcome));
      const secrets = secretsOf(outcome);
      if (secrets) job.secrets.set(outcome.index, secrets);
      job.record.settled++;
      if (outcome.ok) job.record.succeeded++;
      else job.record.failed++;
    }
    job.inFlight.delete(outcome.index);
    return { ...job.record };
  }

  async update(id: string, fields: Partial<JobRecord>) {
    const job = this.job(id);
    if (!job) return undefined;
    Object.assign(job.record, fields);
    return { ...job.record };
  }

  async addOdinCalls(id: string, calls: number) {
    const job = this.job(id);
    if (job) job.record.odinCalls = (job.record.odinCalls ?? 0) + calls;
  }

  async takeSecrets(id: string, indexes: number[]) {
    const taken = new Map<number, RowSecrets>();
    const secrets = this.job(id)?.secrets;
    for (const i of indexes) {
      const s = secrets?.get(i);
      if (s !== undefined) taken.set(i, s);
      secrets?.delete(i);
    }
    return taken;
  }

  async expire(id: string, keepMs: number) {
    const job = this.job(id);
    if (job) job.until = Date.now() + keepMs;
  }

  async publish(record: JobRecord) {
    this.events.emit(record.id, { ...record });
  }

  async subscribe(id: string, listener: (record: JobRecord) => void) {
    this.events.on(id, listener);
    return async () => void this.events.off(id, listener);
  }
}

// A row's outcome once: counted only when it was not settled before.
const SETTLE = `if redis.call('HSETNX', KEYS[2], ARGV[1], ARGV[2]) == 1 then
  redis.call('HINCRBY', KEYS[1], 'settled', 1)
  redis.call('HINCRBY', KEYS[1], ARGV[3], 1)
  if ARGV[4] ~= '' then redis.call('HSET', KEYS[3], ARGV[1], ARGV[4]) end
end
redis.call('HDEL', KEYS[4], ARGV[1])
return redis.call('HGETALL', KEYS[1])`;

const NUMBERS = [
  'total',
  'settled',
  'succeeded',
  'failed',
  'odinCalls',
  'createdAt',
  'startedAt',
  'finishedAt',
];

function fromHash(hash: Record<string, string>): JobRecord | undefined {
  if (!hash.id) return undefined;
  const record: Record<string, unknown> = { ...hash };
  for (const k of NUMBERS) if (hash[k] !== undefined) record[k] = Number(hash[k]);
  record.dryRun = hash.dryRun === 'true';
  record.kind = hash.kind ?? JobKind.USER_IMPORT;
  record.scope = hash.scope ? (JSON.parse(hash.scope) as string[]) : undefined;
  record.odinCalls ??= 0;
  record.cancelled = hash.cancelled === 'true';
  return record as unknown as JobRecord;
}

const toHash = (fields: Partial<JobRecord>) =>
  Object.fromEntries(
    Object.entries(fields)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => [k, Array.isArray(v) ? JSON.stringify(v) : String(v)]),
  );

/** Jobs in Redis: any replica's worker can take one over; progress through pub/sub. */
export class RedisJobStore implements JobStore {
  private readonly prefix = 'odin-graphql:job:';
  private readonly index = 'odin-graphql:jobs';
  private subscriber?: Redis;
  private readonly listeners = new EventEmitter().setMaxListeners(0);

  constructor(private readonly redis: Redis) {}

  private keys(id: string) {
    const base = this.prefix + id;
    return {
      record: base,
      rows: `${base}:rows`,
      outcomes: `${base}:outcomes`,
      passwords: `${base}:passwords`,
      inFlight: `${base}:in-flight`,
      channel: `${base}:events`,
    };
  }

  async create(record: JobRecord, rows: JobRow[]): Promise<void> {
    const k = this.keys(record.id);
    await this.redis
      .multi()
      .hset(k.record, toHash(record))
      .set(k.rows, JSON.stringify(rows))
      .zadd(this.index, record.createdAt, record.id)
      .exec();
  }

  async get(id: string) {
    return fromHash(await this.redis.hgetall(this.keys(id).record));
  }

  async list(limit: number) {
    const ids = await this.redis.zrevrange(this.index, 0, Math.max(0, limit * 2));
    const records = await Promise.all(ids.map((id) => this.get(id)));
    const gone = ids.filter((_, i) => !records[i]);
    if (gone.length) await this.redis.zrem(this.index, ...gone);
    return records.filter((r): r is JobRecord => !!r).slice(0, limit);
  }

  async rows(id: string) {
    const raw = await this.redis.get(this.keys(id).rows);
    return raw ? (JSON.parse(raw) as JobRow[]) : [];
  }

  async outcomes(id: string) {
    const hash = await this.redis.hgetall(this.keys(id).outcomes);
    return Object.values(hash)
      .map((v) => JSON.parse(v) as RowOutcome)
      .sort((a, b) => a.index - b.index);
  }

  async inFlight(id: string) {
    const hash = await this.redis.hgetall(this.keys(id).inFlight);
    return new Map(
      Object.entries(hash).map(([i, v]) => [Number(i), v ? (JSON.parse(v) as RowProgress) : null]),
    );
  }

  async markInFlight(id: string, index: number, progress?: RowProgress) {
    await this.redis.hset(
      this.keys(id).inFlight,
      String(index),
      progress ? JSON.stringify(progress) : '',
    );
  }

  async settle(id: string, outcome: RowOutcome) {
    const k = this.keys(id);
    const secrets = secretsOf(outcome);
    const flat = (await this.redis.eval(
      SETTLE,
      4,
      k.record,
      k.outcomes,
      k.passwords,
      k.inFlight,
      String(outcome.index),
      JSON.stringify(withoutSecrets(outcome)),
      outcome.ok ? 'succeeded' : 'failed',
      secrets ? JSON.stringify(secrets) : '',
    )) as string[];
    const hash: Record<string, string> = {};
    for (let i = 0; i < flat.length; i += 2) hash[flat[i]] = flat[i + 1];
    return fromHash(hash);
  }

  async update(id: string, fields: Partial<JobRecord>) {
    const k = this.keys(id);
    if (!(await this.redis.exists(k.record))) return undefined;
    await this.redis.hset(k.record, toHash(fields));
    return this.get(id);
  }

  async addOdinCalls(id: string, calls: number) {
    if (calls) await this.redis.hincrby(this.keys(id).record, 'odinCalls', calls);
  }

  async takeSecrets(id: string, indexes: number[]) {
    const taken = new Map<number, RowSecrets>();
    if (!indexes.length) return taken;
    const k = this.keys(id).passwords;
    const fields = indexes.map(String);
    const [[, values]] = (await this.redis
      .multi()
      .hmget(k, ...fields)
      .hdel(k, ...fields)
      .exec()) as [[unknown, Array<string | null>], unknown];
    values.forEach((p, i) => p !== null && taken.set(indexes[i], JSON.parse(p) as RowSecrets));
    return taken;
  }

  async expire(id: string, keepMs: number) {
    const k = this.keys(id);
    const tx = this.redis.multi();
    for (const key of [k.record, k.rows, k.outcomes, k.passwords, k.inFlight])
      tx.pexpire(key, Math.max(1, keepMs));
    await tx.exec();
  }

  async publish(record: JobRecord) {
    await this.redis.publish(this.keys(record.id).channel, JSON.stringify(record));
  }

  async subscribe(id: string, listener: (record: JobRecord) => void) {
    const channel = this.keys(id).channel;
    if (!this.subscriber) {
      this.subscriber = this.redis.duplicate({ enableOfflineQueue: true });
      this.subscriber.on('error', () => undefined);
      this.subscriber.on('message', (ch: string, message: string) =>
        this.listeners.emit(ch, JSON.parse(message) as JobRecord),
      );
    }
    const subscriber = this.subscriber;
    if (!this.listeners.listenerCount(channel)) await subscriber.subscribe(channel);
    this.listeners.on(channel, listener);
    return async () => {
      this.listeners.off(channel, listener);
      if (!this.listeners.listenerCount(channel))
        await subscriber.unsubscribe(channel).catch(() => undefined);
    };
  }

  async close(): Promise<void> {
    this.subscriber?.disconnect();
  }
}

export const isFinished = (record: JobRecord) => FINISHED.has(record.state);
