import { setTimeout as sleep } from 'node:timers/promises';
import Bottleneck from 'bottleneck';
import type Redis from 'ioredis';
import type { Logger } from '../app/logger';
import { redisOptions } from '../app/redis';
import { type CallLimiter, type LimiterOptions, LocalLimiter, type RateSlot } from './limiter';

export interface FleetLimiterOptions extends LimiterOptions {
  /** One budget per Odin: replicas pointing at the same base URL share it. */
  id: string;
  redisUrl: string;
  /** How many replicas share the budget: while Redis is away each takes its share. */
  replicas: number;
  /**
   * The longest a call holds its slot (its deadline): a replica that dies holding slots
   * frees them after this, so that the fleet is not short of them for longer.
   */
  callTimeoutMs: number;
}

// Between the check in Redis and the call's arrival at Odin (measured: a few ms, tens under
// load on a small machine).
const FLEET_GUARD_MS = 30;

// The fleet's sliding second: admitted when fewer than the rate were in the last window;
// otherwise how long until the oldest leaves it. Redis's clock, for every replica alike.
const WINDOW = `local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local window = tonumber(ARGV[2])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
if redis.call('ZCARD', KEYS[1]) < tonumber(ARGV[1]) then
  redis.call('ZADD', KEYS[1], now, ARGV[3])
  redis.call('PEXPIRE', KEYS[1], window)
  return 0
end
local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
return tonumber(oldest[2]) + window - now + 1`;

// The longest a rate check may take before Redis is taken for gone.
const RATE_CHECK_MS = 1000;

// A call admitted earlier, really written now: its place in the window moves to now, so
// that a call held up between the two (a busy event loop) does not crowd the next second.
const SENT = `if redis.call('ZSCORE', KEYS[1], ARGV[1]) then
  local t = redis.call('TIME')
  redis.call('ZADD', KEYS[1], 'XX', tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000), ARGV[1])
end
return 0`;

/**
 * Every replica's calls to one Odin through one budget in Redis: Bottleneck's clustering
 * for the concurrency, and a sliding-window log in Redis for the rate, checked when a call
 * really leaves (as the local limiter does): replicas' timers fire late and together on a
 * busy machine, and spacing scheduled ahead would turn into bursts. When Redis is lost, waiting calls move to a local limiter at this replica's share, once
 * logged; when it is back, the shared budget is built again.
 */
export class FleetLimiter implements CallLimiter {
  private shared?: Bottleneck;
  private readonly local: LocalLimiter;
  private readonly windowKey: string;
  private sent = 0;
  /** Calls queued in the shared limiter and not started: moved to the local one when Redis is lost. */
  private readonly waiting = new Set<() => void>();

  constructor(
    private readonly redis: Redis,
    private readonly options: FleetLimiterOptions,
    private readonly logger: Logger,
  ) {
    this.local = new LocalLimiter({
      maxConcurrency: Math.max(1, Math.floor(options.maxConcurrency / options.replicas)),
      ratePerSecond: Math.max(1, Math.floor(options.ratePerSecond / options.replicas)),
      guardMs: options.guardMs,
    });
    this.windowKey = `odin-graphql:${options.id}:sent`;
    redis.on('ready', () => this.resume());
    redis.on('close', () => this.lose());
    if (redis.status === 'ready') this.resume();
  }

  get queued(): number {
    return this.local.queued + (this.shared?.counts().QUEUED ?? 0);
  }

  run<T>(
    call: (slot: RateSlot) => Promise<T>,
    deadline: number,
    expired: () => Error,
    urgent = false,
  ): Promise<T> {
    const shared = this.shared;
    if (!shared) return this.local.run(call, deadline, expired, urgent);
    return new Promise<T>((resolve, reject) => {
      let started = false;
      let settled = false;
      const settle = (finish: () => void) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        this.waiting.delete(goLocal);
        finish();
      };
      // Not started in the shared limiter (Redis lost, or failed before the call could
      // start): it goes through the local limiter.
      const goLocal = () =>
        settle(() => this.local.run(call, deadline, expired, urgent).then(resolve, reject));
      this.waiting.add(goLocal);
      const timer = setTimeout(
        () => started || settle(() => reject(expired())),
        Math.max(0, deadline - Date.now()),
      );
      shared
        // Bottleneck runs lower priorities first; 5 is its default.
        .schedule({ priority: urgent ? 1 : 5 }, async () => {
          if (settled) return;
          started = true;
          this.waiting.delete(goLocal);
          if (Date.now() >= deadline) return settle(() => reject(expired()));
          const admitted = await this.admit(deadline).catch((err: unknown) => {
            this.logger.debug(
              { err: { message: err instanceof Error ? err.message : String(err) } },
              'shared rate check failed: this call is limited locally',
            );
            return 'lost' as const;
          });
          // Past the deadline before a rate slot: never sent (answered as expired).
          if (admitted === 'late') return settle(() => reject(expired()));
          // Answered as soon as the call ends: Bottleneck then frees the slot in Redis, which
          // never answers if Redis died meanwhile.
          try {
            const value =
              admitted === 'lost'
                ? await this.local.run(call, deadline, expired, urgent)
                : await call(this.slot(admitted));
            settle(() => resolve(value));
          } catch (error) {
            settle(() => reject(error));
          }
        })
        .catch(() => started || goLocal());
    });
  }

  /**
   * A rate slot in the fleet's window, waited for up to the deadline: the slot's member in
   * the window, or 'late'.
   */
  private async admit(deadline: number): Promise<string | 'late'> {
    const windowMs = 1000 + Math.max(this.options.guardMs, FLEET_GUARD_MS);
    const member = `${process.pid}:${Math.random().toString(36).slice(2)}:${this.sent++}`;
    for (;;) {
      // A Redis that dies with the check in flight may never answer it: the call then goes
      // through the local limiter instead of waiting past its deadline.
      let timer: NodeJS.Timeout | undefined;
      const silent = new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(new Error('Redis did not answer the rate check')),
          Math.max(1, Math.min(RATE_CHECK_MS, deadline - Date.now())),
        );
      });
      const wait = Number(
        await Promise.race([
          this.redis.eval(WINDOW, 1, this.windowKey, this.options.ratePerSecond, windowMs, member),
          silent,
        ]).finally(() => clearTimeout(timer)),
      );
      if (wait <= 0) return member;
      if (Date.now() + wait >= deadline) return 'late';
      await sleep(wait);
    }
  }

  /** The slot the transport marks when the request is written: the window learns it then. */
  private slot(member: string): RateSlot {
    const { redis, windowKey: key } = this;
    let at = Date.now();
    return {
      get at() {
        return at;
      },
      set at(written: number) {
        at = written;
        void redis.eval(SENT, 1, key, member).catch(() => undefined);
      },
    };
  }

  private resume(): void {
    if (this.shared) return;
    // Bottleneck's own clients connect at once and queue its first commands until then;
    // with one retry per command, a Redis that goes away still fails them quickly.
    const {
      url: _url,
      lazyConnect: _lazy,
      enableOfflineQueue: _queue,
      ...clientOptions
    } = redisOptions(this.options.redisUrl);
    this.shared = new Bottleneck({
      id: `odin-graphql:${this.options.id}`,
      datastore: 'ioredis',
      clearDatastore: false,
      clientOptions: { ...clientOptions, ...parseRedisUrl(this.options.redisUrl) },
      maxConcurrent: this.options.maxConcurrency,
      timeout: this.options.callTimeoutMs + 1000,
    });
    this.shared.on('error', () => undefined);
    this.logger.info({ limiter: 'redis' }, 'Odin rate limit shared through Redis');
  }

  private lose(): void {
    const shared = this.shared;
    if (!shared) return;
    this.shared = undefined;
    this.logger.warn(
      {
        limiter: 'local',
        ratePerSecond: Math.floor(this.options.ratePerSecond / this.options.replicas),
      },
      'Redis lost: limiting Odin calls locally at this replica’s share until it is back',
    );
    // Bottleneck may never drop them itself: its connections can be stuck reconnecting.
    for (const goLocal of [...this.waiting]) goLocal();
    void shared.stop({ dropWaitingJobs: true }).catch(() => undefined);
    void shared.disconnect(false).catch(() => undefined);
  }
}

function parseRedisUrl(url: string): {
  host: string;
  port: number;
  password?: string;
  db?: number;
} {
  const u = new URL(url);
  return {
    host: u.hostname,
    port: Number(u.port || 6379),
    ...(u.password ? { password: decodeURIComponent(u.password) } : {}),
    ...(u.pathname.length > 1 ? { db: Number(u.pathname.slice(1)) } : {}),
  };
}
