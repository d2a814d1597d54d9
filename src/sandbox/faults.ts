/** Which requests a fault applies to; unset parts match everything. */
export interface FaultMatch {
  method?: string;
  path?: string;
  /** Only requests whose JSON body contains this text (e.g. one row's user id). */
  bodyIncludes?: string;
}

/** A fault for the next `times` matching requests (default once). */
export interface InjectedFault extends FaultMatch {
  times?: number;
  /** Answer this status instead of performing the request. */
  status?: number;
  retryAfterSeconds?: number;
  /** Close the connection without an answer, before or after performing the request. */
  drop?: 'before' | 'after';
  /** Added latency before the request is performed. */
  delayMs?: number;
}

/** Random trouble on every request, for chaos runs and `npm run sandbox`. */
export interface Chaos {
  /** Fixed, or random between [min, max]. */
  latencyMs?: number | [number, number];
  errorShare?: number;
  errorStatus?: number;
  /** Dropped connections; on writes half happen after the write was performed. */
  dropShare?: number;
  spikeShare?: number;
  spikeMs?: number;
  refuseLogins?: boolean;
  /** Seeds the random rolls, so that a run's faults can be made again. */
  seed?: number;
}

/** A small seeded generator (mulberry32): the same seed, the same rolls. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface FaultPlan {
  delayMs: number;
  status?: number;
  retryAfterSeconds?: number;
  drop?: 'before' | 'after';
}

const WRITES = new Set(['POST', 'PUT', 'DELETE']);

export class Faults {
  private injected: Array<InjectedFault & { times: number }> = [];
  private settings: Chaos = {};
  private random: () => number = Math.random;

  get chaos(): Chaos {
    return this.settings;
  }

  set chaos(settings: Chaos) {
    this.settings = settings;
    this.random = settings.seed === undefined ? Math.random : seededRandom(settings.seed);
  }

  inject(fault: InjectedFault): void {
    this.injected.push({ ...fault, times: fault.times ?? 1 });
  }

  clear(): void {
    this.injected = [];
    this.chaos = {};
  }

  /** What to do to this request: injected faults first, then chaos. */
  plan(method: string, path: string, body?: unknown): FaultPlan {
    const index = this.injected.findIndex(
      (f) =>
        (!f.method || f.method === method) &&
        (!f.path || f.path === path) &&
        (!f.bodyIncludes || JSON.stringify(body ?? null).includes(f.bodyIncludes)),
    );
    if (index >= 0) {
      const fault = this.injected[index];
      if (--fault.times <= 0) this.injected.splice(index, 1);
      return {
        delayMs: fault.delayMs ?? 0,
        status: fault.status,
        retryAfterSeconds: fault.retryAfterSeconds,
        drop: fault.drop,
      };
    }
    const c = this.chaos;
    const random = this.random;
    const plan: FaultPlan = { delayMs: latency(c.latencyMs, random) };
    if (c.spikeShare && random() < c.spikeShare) plan.delayMs += c.spikeMs ?? 1000;
    const roll = random();
    if (c.errorShare && roll < c.errorShare) {
      plan.status = c.errorStatus ?? 503;
    } else if (c.dropShare && roll < (c.errorShare ?? 0) + c.dropShare) {
      plan.drop = WRITES.has(method) && random() < 0.5 ? 'after' : 'before';
    }
    return plan;
  }
}

function latency(setting: Chaos['latencyMs'], random: () => number): number {
  if (setting === undefined) return 0;
  if (typeof setting === 'number') return setting;
  const [min, max] = setting;
  return min + random() * (max - min);
}

/** Chaos from the environment of `npm run sandbox`; every variable optional. */
export function chaosFromEnv(env: NodeJS.ProcessEnv): Chaos {
  const num = (name: string) => (env[name] ? Number(env[name]) : undefined);
  const latency = env.SANDBOX_LATENCY_MS;
  const range = latency?.split('-').map(Number);
  return {
    latencyMs: range && range.length === 2 ? [range[0], range[1]] : range ? range[0] : undefined,
    errorShare: num('SANDBOX_ERROR_SHARE'),
    errorStatus: num('SANDBOX_ERROR_STATUS'),
    dropShare: num('SANDBOX_DROP_SHARE'),
    spikeShare: num('SANDBOX_SPIKE_SHARE'),
    spikeMs: num('SANDBOX_SPIKE_MS'),
    refuseLogins: env.SANDBOX_REFUSE_LOGINS === 'true',
    seed: num('SANDBOX_SEED'),
  };
}
