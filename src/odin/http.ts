import { setTimeout as sleep } from 'node:timers/promises';
import { countOdinCall } from './tally';
import http from 'node:http';
import https from 'node:https';
import tls from 'node:tls';
import axios, { type AxiosInstance, type AxiosResponse } from 'axios';
import type { Logger } from '../app/logger';
import { directAdapter } from './adapter';
import type { OdinObserver } from './observer';
import { type CallLimiter, LocalLimiter, type RateSlot } from './limiter';
import { OdinError } from './odin-error';
import type { WireError } from './wire';

/** What axios' Node adapter gives every request's socket as TCP keep-alive delay. */
const AXIOS_KEEPALIVE_MS = 60_000;

export type OdinMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

export interface OdinRequest {
  method: OdinMethod;
  /** Relative to the base URL, e.g. `/users`. */
  path: string;
  params?: Record<string, string | number | boolean | undefined>;
  body?: unknown;
  /** Values this call sends that must never come back in an error (passwords). */
  secrets?: readonly string[];
  /** Safe to repeat after an unknown outcome; default: every method but POST. */
  idempotent?: boolean;
  /** Ahead of the limiter's queue: for the cache's refreshes, which are few and spare many calls. */
  urgent?: boolean;
}

export interface OdinHttpOptions {
  baseUrl: string;
  /** One attempt's limit. */
  timeoutMs: number;
  /** The whole call's limit: queue wait, attempts and backoff together. */
  deadlineMs: number;
  rateLimitPerSecond: number;
  maxConcurrency: number;
  /** Told of every call, for metrics. */
  observer?: OdinObserver;
  /** Shared with other replicas (see fleet-limiter.ts); default: this process's own. */
  limiter?: CallLimiter;
  /** Margin per one-second window for jitter between leaving here and arriving at Odin. */
  rateGuardMs?: number;
  /** CA certificates (PEM) for Odin's TLS, beside the system's. */
  ca?: string;
  maxAttempts?: number;
  /** First backoff; doubles per attempt up to backoffCapMs, with jitter. */
  backoffBaseMs?: number;
  backoffCapMs?: number;
}

function scrub(value: unknown, secrets: readonly string[]): unknown {
  if (secrets.length === 0) return value;
  if (typeof value === 'string') {
    return secrets.reduce((s, secret) => (secret ? s.split(secret).join('[redacted]') : s), value);
  }
  if (Array.isArray(value)) return value.map((v) => scrub(v, secrets));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scrub(v, secrets)]));
  }
  return value;
}

/** A proxy axios would take from the environment (HTTP(S)_PROXY, ALL_PROXY, npm's). */
const proxyInEnvironment = () =>
  Object.entries(process.env).some(
    ([name, value]) => value && /^(npm_config_)?((https?|all)_)?proxy$/i.test(name),
  );

/** Retry-After in seconds or as an HTTP date, in milliseconds from now. */
export function retryAfterMs(header: unknown, now = Date.now()): number | undefined {
  if (typeof header !== 'string' || header === '') return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/**
 * The transport to one Odin: one axios instance and keep-alive pool, one limiter for
 * every call (logins and retries included), timeouts, retries and error mapping.
 */
export class OdinHttp {
  readonly baseUrl: string;
  readonly limiter: CallLimiter;
  readonly observer?: OdinObserver;
  private readonly axios: AxiosInstance;
  private readonly maxAttempts: number;
  private readonly backoffBaseMs: number;
  private readonly backoffCapMs: number;
  private readonly rateGuardMs: number;

  constructor(
    private readonly options: OdinHttpOptions,
    private readonly logger: Logger,
  ) {
    this.baseUrl = options.baseUrl;
    this.observer = options.observer;
    this.maxAttempts = options.maxAttempts ?? 3;
    this.backoffBaseMs = options.backoffBaseMs ?? 200;
    this.backoffCapMs = options.backoffCapMs ?? 2000;
    this.rateGuardMs = options.rateGuardMs ?? 25;
    this.axios = axios.create({
      baseURL: options.baseUrl,
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      // Every status is ours to interpret; axios must not turn them into its own errors,
      // which carry the request config (headers, body) and would leak secrets when logged.
      validateStatus: () => true,
      transitional: { clarifyTimeoutError: true },
      // axios' own adapter (the proxy case) sets TCP keep-alive to 60 s on every request's
      // socket; an agent giving its own default (1 s) back on every release made eight
      // setsockopt calls per call. The direct adapter leaves it to the agent: 60 s too.
      httpAgent: new http.Agent({ keepAlive: true, keepAliveMsecs: AXIOS_KEEPALIVE_MS }),
      httpsAgent: new https.Agent({
        keepAlive: true,
        keepAliveMsecs: AXIOS_KEEPALIVE_MS,
        ...(options.ca ? { ca: [...tls.rootCertificates, options.ca] } : {}),
      }),
      maxRedirects: 0,
      // With a proxy in the environment, axios' own adapter (it implements proxies); without
      // one, a direct request: axios' adapter set-up cost more CPU than the call itself.
      ...(proxyInEnvironment() ? {} : { proxy: false, adapter: directAdapter }),
    });
    // No sliding second exceeds the rate; over N calls arrival jitter only shifts the first
    // and the last, so one fixed guard per window covers it (25 ms: 97.6% of the rate).
    this.limiter =
      options.limiter ??
      new LocalLimiter({
        maxConcurrency: options.maxConcurrency,
        ratePerSecond: options.rateLimitPerSecond,
        guardMs: this.rateGuardMs,
      });
  }

  /** One call: attempts through the limiter, retried while safe and within the deadline. */
  async send<T>(req: OdinRequest, token?: string): Promise<T> {
    const deadline = Date.now() + this.options.deadlineMs;
    const idempotent = req.idempotent ?? req.method !== 'POST';
    await countOdinCall(req.method, req.path);
    let unknownBefore = false;
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.attempt<T>(req, token, deadline);
      } catch (err) {
        if (!(err instanceof OdinError)) throw err;
        err.afterUnknownOutcome = unknownBefore;
        // A 429 or a call that never left is safe to send again, even a POST.
        const again = idempotent || !err.sent || err.status === 429;
        if (!again || !err.retryable || attempt >= this.maxAttempts) throw err;
        const delay = this.backoff(attempt, err.retryAfterMs);
        if (Date.now() + delay >= deadline) throw err;
        unknownBefore ||= err.outcomeUnknown;
        this.logger.debug(
          { odin: { method: req.method, path: req.path, attempt, retryInMs: Math.round(delay) } },
          'odin call retried',
        );
        await sleep(delay);
      }
    }
  }

  private backoff(attempt: number, retryAfter?: number): number {
    const exponential = Math.min(this.backoffCapMs, this.backoffBaseMs * 2 ** (attempt - 1));
    const jittered = exponential * (0.5 + Math.random() / 2);
    return retryAfter === undefined ? jittered : Math.max(retryAfter, jittered);
  }

  /** Waits for the limiter, but never past the deadline: a call still queued then is not sent. */
  private attempt<T>(req: OdinRequest, token: string | undefined, deadline: number): Promise<T> {
    const expired = () =>
      new OdinError({
        kind: 'timeout',
        method: req.method,
        path: req.path,
        message: `Odin ${req.method} ${req.path}: deadline of ${this.options.deadlineMs} ms passed before it could be sent`,
        sent: false,
      });
    if (deadline <= Date.now()) return Promise.reject(expired());
    const queued = performance.now();
    return this.limiter.run(
      (slot) => {
        this.observer?.waited((performance.now() - queued) / 1000);
        return this.once<T>(
          req,
          token,
          Math.min(this.options.timeoutMs, deadline - Date.now()),
          slot,
        );
      },
      deadline,
      expired,
      req.urgent,
    );
  }

  /** Node's http(s).request, noting in the slot when the request was fully written. */
  private transport(slot: RateSlot) {
    const base = this.baseUrl.startsWith('https:') ? https : http;
    return {
      request: (options: http.RequestOptions, callback: (res: http.IncomingMessage) => void) => {
        const request = base.request(options, callback);
        request.once('finish', () => {
          slot.at = Date.now();
        });
        return request;
      },
    };
  }

  private async once<T>(
    req: OdinRequest,
    token: string | undefined,
    timeoutMs: number,
    slot: RateSlot,
  ): Promise<T> {
    const started = performance.now();
    let response: AxiosResponse;
    try {
      response = await this.axios.request({
        method: req.method,
        url: req.path,
        params: req.params,
        data: req.body,
        timeout: timeoutMs,
        headers: token ? { Authorization: `Bearer ${token}` } : undefined,
        transport: this.transport(slot),
      });
    } catch (err) {
      throw this.transportError(req, err, timeoutMs, performance.now() - started);
    }
    const elapsed = performance.now() - started;
    this.observer?.call(req.method, req.path, String(response.status), elapsed / 1000);
    // Built only when it is written: this runs for every call.
    if (this.logger.isLevelEnabled('debug'))
      this.logger.debug(
        {
          odin: {
            method: req.method,
            path: req.path,
            status: response.status,
            ms: Math.round(elapsed),
          },
        },
        'odin call',
      );
    if (response.status >= 200 && response.status < 300) return response.data as T;
    const body: WireError | undefined =
      response.data && typeof response.data === 'object' ? response.data : undefined;
    const secrets = req.secrets ?? [];
    const error = scrub(
      typeof body?.error === 'string' && body.error ? body.error : `HTTP ${response.status}`,
      secrets,
    ) as string;
    throw new OdinError({
      kind: 'http',
      method: req.method,
      path: req.path,
      message: `Odin ${req.method} ${req.path} answered ${response.status}: ${error}`,
      status: response.status,
      error,
      details: scrub(body?.details, secrets),
      retryAfterMs: retryAfterMs(response.headers['retry-after']),
    });
  }

  private transportError(
    req: OdinRequest,
    err: unknown,
    timeoutMs: number,
    elapsedMs: number,
  ): OdinError {
    const code = axios.isAxiosError(err) ? err.code : undefined;
    const timedOut = code === 'ETIMEDOUT' || code === 'ECONNABORTED';
    const kind = timedOut ? 'timeout' : 'network';
    const what = timedOut
      ? `no answer within ${timeoutMs} ms`
      : `connection failed (${code ?? 'unknown'})`;
    this.observer?.call(req.method, req.path, kind, elapsedMs / 1000);
    this.logger.warn(
      {
        odin: {
          method: req.method,
          path: req.path,
          failure: kind,
          code,
          ms: Math.round(elapsedMs),
        },
      },
      'odin call failed',
    );
    return new OdinError({
      kind,
      method: req.method,
      path: req.path,
      message: `Odin ${req.method} ${req.path}: ${what}`,
      // A refused connection never carried the request.
      sent: code !== 'ECONNREFUSED',
    });
  }
}
