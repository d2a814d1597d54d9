import http from 'node:http';
import https from 'node:https';
import axios, { type AxiosInstance, type AxiosResponse } from 'axios';
import type { Logger } from '../logger';
import { OdinError } from './odin-error';
import type { WireError } from './wire';

export type OdinMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

export interface OdinRequest {
  method: OdinMethod;
  /** Relative to the base URL, e.g. `/users`. */
  path: string;
  params?: Record<string, string | number | boolean | undefined>;
  body?: unknown;
  /** Values this call sends that must never come back in an error (passwords). */
  secrets?: readonly string[];
}

// One axios instance (and one keep-alive pool) per Odin base URL, shared by every
// client view of that Odin.
const instances = new Map<string, AxiosInstance>();

function axiosFor(baseUrl: string): AxiosInstance {
  let instance = instances.get(baseUrl);
  if (!instance) {
    instance = axios.create({
      baseURL: baseUrl,
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      // Every status is ours to interpret; axios must not turn them into its own errors,
      // which carry the request config (headers, body) and would leak secrets when logged.
      validateStatus: () => true,
      transitional: { clarifyTimeoutError: true },
      httpAgent: new http.Agent({ keepAlive: true }),
      httpsAgent: new https.Agent({ keepAlive: true }),
      maxRedirects: 0,
    });
    instances.set(baseUrl, instance);
  }
  return instance;
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

function errorText(body: WireError | undefined, status: number): string {
  return typeof body?.error === 'string' && body.error ? body.error : `HTTP ${status}`;
}

/** The transport to one Odin: sends a request with a token and maps every failure. */
export class OdinHttp {
  private readonly axios: AxiosInstance;

  constructor(
    readonly baseUrl: string,
    private readonly timeoutMs: number,
    private readonly logger: Logger,
  ) {
    this.axios = axiosFor(baseUrl);
  }

  async send<T>(req: OdinRequest, token?: string): Promise<T> {
    const started = performance.now();
    let response: AxiosResponse;
    try {
      response = await this.axios.request({
        method: req.method,
        url: req.path,
        params: req.params,
        data: req.body,
        timeout: this.timeoutMs,
        headers: token ? { Authorization: `Bearer ${token}` } : undefined,
      });
    } catch (err) {
      throw this.transportError(req, err, performance.now() - started);
    }
    const ms = Math.round(performance.now() - started);
    this.logger.debug(
      { odin: { method: req.method, path: req.path, status: response.status, ms } },
      'odin call',
    );
    if (response.status >= 200 && response.status < 300) return response.data as T;
    const body: WireError | undefined =
      response.data && typeof response.data === 'object' ? response.data : undefined;
    const secrets = req.secrets ?? [];
    const error = scrub(errorText(body, response.status), secrets) as string;
    throw new OdinError(
      'http',
      req.method,
      req.path,
      `Odin ${req.method} ${req.path} answered ${response.status}: ${error}`,
      response.status,
      error,
      scrub(body?.details, secrets),
    );
  }

  private transportError(req: OdinRequest, err: unknown, elapsedMs: number): OdinError {
    const code = axios.isAxiosError(err) ? err.code : undefined;
    const timedOut = code === 'ETIMEDOUT' || code === 'ECONNABORTED';
    const kind = timedOut ? 'timeout' : 'network';
    const what = timedOut
      ? `no answer within ${this.timeoutMs} ms`
      : `connection failed (${code ?? 'unknown'})`;
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
    return new OdinError(kind, req.method, req.path, `Odin ${req.method} ${req.path}: ${what}`);
  }
}
