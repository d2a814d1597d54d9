import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

import type { CacheOutcome, OdinObserver } from '../odin/observer';

// Operation names come from callers: bounded, or "other", so a client cannot explode the series.
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
const MAX_OPERATION_NAMES = 100;

/** What the limiter and the cache of one Odin instance hold now, for the gauges. */
export interface InstanceGauges {
  queued(): number;
  cacheEntries(): number | undefined;
}

/**
 * The process's metrics on their own registry (one per server, so tests stay apart). Every
 * Odin metric carries an `instance` label: `forInstance(name)` is what an instance reports to.
 */
export class Metrics {
  readonly registry = new Registry();
  private readonly operationNames = new Set<string>();
  private readonly odinCalls: Counter<'method' | 'route' | 'outcome' | 'instance'>;
  private readonly odinDuration: Histogram<'method' | 'route' | 'instance'>;
  private readonly limiterWait: Histogram<'instance'>;
  private readonly logins: Counter<'outcome' | 'instance'>;
  private readonly callerLogins: Counter<'outcome' | 'instance'>;
  private readonly refreshes: Counter<'outcome' | 'instance'>;
  private readonly operations: Counter<'operation' | 'outcome'>;
  private readonly cacheRequests: Counter<'outcome' | 'instance'>;
  private readonly cacheInvalidations: Counter<'instance'>;
  private readonly gauges = new Map<string, InstanceGauges>();
  private readonly operationDuration: Histogram<'operation'>;

  constructor() {
    const registers = [this.registry];
    const gauges = this.gauges;
    collectDefaultMetrics({ register: this.registry });
    this.odinCalls = new Counter({
      name: 'odin_calls_total',
      help: 'Calls to Odin by method, route template and outcome (status, timeout or network)',
      labelNames: ['method', 'route', 'outcome', 'instance'],
      registers,
    });
    this.odinDuration = new Histogram({
      name: 'odin_call_duration_seconds',
      help: 'Duration of calls to Odin',
      labelNames: ['method', 'route', 'instance'],
      buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    });
    new Gauge({
      name: 'odin_limiter_queue_length',
      help: 'Calls waiting for the Odin limiter',
      labelNames: ['instance'],
      registers,
      collect() {
        for (const [instance, g] of gauges) this.set({ instance }, g.queued());
      },
    });
    this.limiterWait = new Histogram({
      name: 'odin_limiter_wait_seconds',
      help: 'Time calls waited for the Odin limiter',
      labelNames: ['instance'],
      buckets: [0.001, 0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      registers,
    });
    this.logins = new Counter({
      name: 'odin_logins_total',
      help: "Logins of the layer's service account to Odin",
      labelNames: ['outcome', 'instance'],
      registers,
    });
    // Apart: a caller's wrong password is not the service account's changed one.
    this.callerLogins = new Counter({
      name: 'odin_caller_logins_total',
      help: 'Passthrough logins of callers with their own Odin credentials',
      labelNames: ['outcome', 'instance'],
      registers,
    });
    this.refreshes = new Counter({
      name: 'odin_token_refreshes_total',
      help: 'Odin session refreshes',
      labelNames: ['outcome', 'instance'],
      registers,
    });
    this.cacheRequests = new Counter({
      name: 'odin_cache_requests_total',
      help: 'Odin reads by where the answer came from: hit, miss, coalesced, stale, bypass (no-cache)',
      labelNames: ['outcome', 'instance'],
      registers,
    });
    this.cacheInvalidations = new Counter({
      name: 'odin_cache_invalidations_total',
      help: 'Cache tags moved by the layer’s own writes',
      labelNames: ['instance'],
      registers,
    });
    new Gauge({
      name: 'odin_cache_entries',
      help: 'Entries in the in-process cache (absent with Redis)',
      registers,
      labelNames: ['instance'],
      collect() {
        for (const [instance, g] of gauges) {
          const n = g.cacheEntries();
          if (n !== undefined) this.set({ instance }, n);
        }
      },
    });
    this.operations = new Counter({
      name: 'graphql_operations_total',
      help: 'GraphQL operations by name and outcome (ok, or the first error code)',
      labelNames: ['operation', 'outcome'],
      registers,
    });
    this.operationDuration = new Histogram({
      name: 'graphql_operation_duration_seconds',
      help: 'Duration of GraphQL operations',
      labelNames: ['operation'],
      buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60],
      registers,
    });
  }

  /** What one Odin instance reports to: every metric labelled with its name. */
  forInstance(instance: string, gauges: InstanceGauges): OdinObserver {
    this.gauges.set(instance, gauges);
    return {
      call: (method, route, outcome, seconds) => {
        this.odinCalls.inc({ method, route, outcome, instance });
        this.odinDuration.observe({ method, route, instance }, seconds);
      },
      waited: (seconds) => this.limiterWait.observe({ instance }, seconds),
      login: (outcome, account) =>
        (account === 'service' ? this.logins : this.callerLogins).inc({ outcome, instance }),
      refresh: (outcome) => this.refreshes.inc({ outcome, instance }),
      cache: (outcome: CacheOutcome) => this.cacheRequests.inc({ outcome, instance }),
      cacheInvalidated: (tags) => this.cacheInvalidations.inc({ instance }, tags),
    };
  }

  operation(name: string | null | undefined, outcome: string, seconds: number): void {
    let operation = name && OPERATION_NAME.test(name) ? name : name ? 'other' : 'anonymous';
    if (!this.operationNames.has(operation)) {
      if (this.operationNames.size >= MAX_OPERATION_NAMES) operation = 'other';
      else this.operationNames.add(operation);
    }
    this.operations.inc({ operation, outcome });
    this.operationDuration.observe({ operation }, seconds);
  }
}
