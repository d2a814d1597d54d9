import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

import type { CacheOutcome, LoginAccount, OdinObserver } from '../odin/observer';

// Operation names come from callers: bounded, or "other", so a client cannot explode the series.
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
const MAX_OPERATION_NAMES = 100;

/** The process's metrics on their own registry (one per server, so tests stay apart). */
export class Metrics implements OdinObserver {
  readonly registry = new Registry();
  private readonly operationNames = new Set<string>();
  private readonly odinCalls: Counter<'method' | 'route' | 'outcome'>;
  private readonly odinDuration: Histogram<'method' | 'route'>;
  private readonly limiterWait: Histogram;
  private readonly logins: Counter<'outcome'>;
  private readonly callerLogins: Counter<'outcome'>;
  private readonly refreshes: Counter<'outcome'>;
  private readonly operations: Counter<'operation' | 'outcome'>;
  private readonly cacheRequests: Counter<'outcome'>;
  private readonly cacheInvalidations: Counter;
  private readonly operationDuration: Histogram<'operation'>;

  constructor(queueLength: () => number, cacheEntries: () => number | undefined = () => undefined) {
    const registers = [this.registry];
    collectDefaultMetrics({ register: this.registry });
    this.odinCalls = new Counter({
      name: 'odin_calls_total',
      help: 'Calls to Odin by method, route template and outcome (status, timeout or network)',
      labelNames: ['method', 'route', 'outcome'],
      registers,
    });
    this.odinDuration = new Histogram({
      name: 'odin_call_duration_seconds',
      help: 'Duration of calls to Odin',
      labelNames: ['method', 'route'],
      buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    });
    new Gauge({
      name: 'odin_limiter_queue_length',
      help: 'Calls waiting for the Odin limiter',
      registers,
      collect() {
        this.set(queueLength());
      },
    });
    this.limiterWait = new Histogram({
      name: 'odin_limiter_wait_seconds',
      help: 'Time calls waited for the Odin limiter',
      buckets: [0.001, 0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      registers,
    });
    this.logins = new Counter({
      name: 'odin_logins_total',
      help: "Logins of the layer's service account to Odin",
      labelNames: ['outcome'],
      registers,
    });
    // Apart: a caller's wrong password is not the service account's changed one.
    this.callerLogins = new Counter({
      name: 'odin_caller_logins_total',
      help: 'Passthrough logins of callers with their own Odin credentials',
      labelNames: ['outcome'],
      registers,
    });
    this.refreshes = new Counter({
      name: 'odin_token_refreshes_total',
      help: 'Odin session refreshes',
      labelNames: ['outcome'],
      registers,
    });
    this.cacheRequests = new Counter({
      name: 'odin_cache_requests_total',
      help: 'Odin reads by where the answer came from: hit, miss, coalesced, stale, bypass (no-cache)',
      labelNames: ['outcome'],
      registers,
    });
    this.cacheInvalidations = new Counter({
      name: 'odin_cache_invalidations_total',
      help: 'Cache tags moved by the layer’s own writes',
      registers,
    });
    new Gauge({
      name: 'odin_cache_entries',
      help: 'Entries in the in-process cache (absent with Redis)',
      registers,
      collect() {
        const n = cacheEntries();
        if (n !== undefined) this.set(n);
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

  call(method: string, route: string, outcome: string, seconds: number): void {
    this.odinCalls.inc({ method, route, outcome });
    this.odinDuration.observe({ method, route }, seconds);
  }

  waited(seconds: number): void {
    this.limiterWait.observe(seconds);
  }

  login(outcome: 'ok' | 'refused' | 'failed', account: LoginAccount): void {
    (account === 'service' ? this.logins : this.callerLogins).inc({ outcome });
  }

  refresh(outcome: 'ok' | 'failed'): void {
    this.refreshes.inc({ outcome });
  }

  cache(outcome: CacheOutcome): void {
    this.cacheRequests.inc({ outcome });
  }

  cacheInvalidated(tags: number): void {
    this.cacheInvalidations.inc(tags);
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
