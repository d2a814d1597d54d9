import { z } from 'zod';
import { type KeyEntry, readKeysFile } from '../tenancy/scope';
import { type InstanceConfig, readInstancesFile } from '../tenancy/instances';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const positiveInt = z.coerce.number().int().positive();

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

/** Where `npm run example:web` serves the example pages: allowed by default with the sandbox. */
export const EXAMPLE_ORIGINS = ['http://127.0.0.1:5173', 'http://localhost:5173'];

const envSchema = z
  .object({
    PORT: z.coerce.number().int().min(0).max(65535).default(4000),
    HOST: z.string().min(1).default('127.0.0.1'),
    ODIN_BASE_URL: z
      .string()
      .url()
      .refine((u) => /^https?:\/\//.test(u), 'must be an http(s) URL')
      .optional(),
    ODIN_USERNAME: z.string().min(1).optional(),
    ODIN_PASSWORD: z.string().min(1).optional(),
    ODIN_AUTH_MODE: z.enum(['service', 'passthrough']).default('service'),
    ODIN_INSTANCES_FILE: z.string().min(1).optional(),
    GRAPHQL_API_KEYS: z.string().optional(),
    GRAPHQL_API_KEYS_FILE: z.string().min(1).optional(),
    GRAPHQL_ALLOW_ANONYMOUS: bool.default('false'),
    ODIN_RATE_LIMIT_PER_SECOND: positiveInt.default(5),
    ODIN_MAX_CONCURRENCY: positiveInt.default(5),
    ODIN_TIMEOUT_MS: positiveInt.default(10_000),
    ODIN_DEADLINE_MS: positiveInt.optional(),
    ODIN_RATE_GUARD_MS: z.coerce.number().int().min(0).max(500).default(25),
    LOG_LEVEL: z
      .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
      .default('info'),
    NODE_ENV: z.string().default('development'),
    GRAPHQL_INTROSPECTION: bool.optional(),
    GRAPHQL_PLAYGROUND: bool.optional(),
    GRAPHQL_BATCHING: bool.default('false'),
    // 15: the depth of the standard introspection query, which playgrounds send.
    GRAPHQL_MAX_DEPTH: positiveInt.default(15),
    GRAPHQL_MAX_ALIASES: positiveInt.default(30),
    GRAPHQL_MAX_TOKENS: positiveInt.default(3000),
    GRAPHQL_MAX_QUERY_LENGTH: positiveInt.default(20_000),
    GRAPHQL_MAX_COST: positiveInt.default(50_000),
    HTTP_BODY_LIMIT_BYTES: positiveInt.default(1_000_000),
    CORS_ORIGINS: z.string().optional(),
    GRAPHQL_MAX_BULK: positiveInt.default(1000),
    JOB_MAX_ROWS: positiveInt.default(10_000),
    JOB_RETENTION_HOURS: z.coerce.number().positive().default(24),
    JOB_CONCURRENCY: z.coerce.number().int().min(0).default(1),
    JOB_LOCK_MS: positiveInt.default(30_000),
    JOB_BODY_LIMIT_BYTES: positiveInt.default(16_000_000),
    REDIS_URL: z
      .string()
      .url()
      .refine((u) => /^rediss?:\/\//.test(u), 'must be a redis:// or rediss:// URL')
      .optional(),
    FLEET_REPLICAS: positiveInt.default(2),
    ODIN_CACHE_TTL_MS: z.coerce.number().int().min(0).default(15_000),
    ODIN_CACHE_STALE_MS: z.coerce.number().int().min(0).default(300_000),
    ODIN_CACHE_MAX_ENTRIES: positiveInt.default(10_000),
    SHUTDOWN_TIMEOUT_MS: positiveInt.default(25_000),
    AUDIT: z.enum(['on', 'off']).default('on'),
    DATABASE_URL: z
      .string()
      .url()
      .refine((u) => /^postgres(ql)?:\/\//.test(u), 'must be a postgres:// or postgresql:// URL')
      .optional(),
    DATA_DIR: z.string().min(1).default('./data'),
    AUDIT_RETENTION_DAYS: positiveInt.default(400),
  })
  .superRefine((env, ctx) => {
    const keys =
      (env.GRAPHQL_API_KEYS ?? '').split(',').some((k) => k.trim()) || !!env.GRAPHQL_API_KEYS_FILE;
    if (env.ODIN_AUTH_MODE === 'service' && !keys && !env.GRAPHQL_ALLOW_ANONYMOUS) {
      // Whoever reaches the endpoint could create and delete users with the service account.
      if (env.ODIN_BASE_URL || env.ODIN_INSTANCES_FILE) {
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: ['GRAPHQL_API_KEYS'],
          message:
            'required when ODIN_BASE_URL or ODIN_INSTANCES_FILE is set (or set GRAPHQL_ALLOW_ANONYMOUS=true)',
        });
      } else if (!LOOPBACK.has(env.HOST)) {
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: ['GRAPHQL_API_KEYS'],
          message: `required to serve the sandbox beyond loopback (HOST=${env.HOST})`,
        });
      }
    }
    for (const key of (env.GRAPHQL_API_KEYS ?? '').split(',').map((k) => k.trim())) {
      if (key.startsWith('sha256:') && !/^sha256:[0-9a-f]{64}$/i.test(key)) {
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: ['GRAPHQL_API_KEYS'],
          message: 'a sha256: key must be 64 hex digits',
        });
      }
    }
    if (env.ODIN_BASE_URL && env.ODIN_INSTANCES_FILE)
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['ODIN_INSTANCES_FILE'],
        message: 'give either ODIN_BASE_URL (one Odin) or ODIN_INSTANCES_FILE (several), not both',
      });
    if (env.ODIN_BASE_URL && env.ODIN_AUTH_MODE === 'service') {
      for (const key of ['ODIN_USERNAME', 'ODIN_PASSWORD'] as const) {
        if (!env[key]) {
          ctx.addIssue({
            code: z.ZodIssueCode.custom,
            path: [key],
            message: 'required when ODIN_BASE_URL is set in service mode',
          });
        }
      }
    }
  });

/** Every variable the configuration reads: docs/configuration.md has a row for each. */
export const CONFIG_VARIABLES: readonly string[] = Object.keys(envSchema.innerType().shape);

export interface OdinConfig {
  /** Unset: the built-in sandbox is started and its URL filled in by the bootstrap. */
  baseUrl?: string;
  /** CA certificates (PEM) Odin's TLS certificate is checked against, beside the system's. */
  ca?: string;
  username?: string;
  password?: string;
  authMode: 'service' | 'passthrough';
  rateLimitPerSecond: number;
  maxConcurrency: number;
  timeoutMs: number;
  /** A whole call: queue wait, attempts and backoff. */
  deadlineMs: number;
  /** Margin per second for jitter on the way to Odin. */
  rateGuardMs: number;
  /** GET answers kept (ttlMs 0: off), and how long they may stand in while Odin is down. */
  cache: { ttlMs: number; staleMs: number; maxEntries: number };
}

export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxTokens: number;
  maxQueryLength: number;
  maxCost: number;
}

export interface Config {
  port: number;
  host: string;
  odin: OdinConfig;
  /** ODIN_INSTANCES_FILE's instances; unset: one, `default`, from `odin`. */
  instances?: InstanceConfig[];
  apiKeys: string[];
  /** GRAPHQL_API_KEYS_FILE's keys: each with its instance, scopes and role. */
  scopedKeys: KeyEntry[];
  logLevel: string;
  production: boolean;
  introspection: boolean;
  playground: boolean;
  batching: boolean;
  limits: QueryLimits;
  bodyLimitBytes: number;
  /** Browser origins allowed by CORS; empty: none. */
  corsOrigins: string[];
  /** CORS_ORIGINS was unset and the sandbox serves: the example pages' origins are allowed. */
  corsDefaulted: boolean;
  /** Most inputs one createUsers call takes. */
  maxBulk: number;
  jobs: {
    /** Most rows one startUserImport takes. */
    maxRows: number;
    retentionMs: number;
    /** Jobs one replica runs at once; 0: it only starts and follows them. */
    concurrency: number;
    /** After a worker dies, how long until another takes its job over. */
    lockMs: number;
    /** The body a startUserImport request may have; other requests keep bodyLimitBytes. */
    bodyLimitBytes: number;
  };
  /** Shared limits, session and query cache across replicas; unset: in-process. */
  redisUrl?: string;
  /** Replicas sharing one Odin: each takes its share of the rate while Redis is away. */
  fleetReplicas: number;
  /** How long in-flight operations may finish after SIGTERM. */
  shutdownTimeoutMs: number;
  audit: {
    /** AUDIT=off: no trail (a warning at start). */
    enabled: boolean;
    /** A Postgres server; unset: the embedded one under dataDir. */
    databaseUrl?: string;
    dataDir: string;
    retentionDays: number;
  };
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** A file of the configuration read and checked; a bad entry is a configuration problem naming it. */
function fromFile<T>(read: () => T): T {
  try {
    return read();
  } catch (err) {
    throw new ConfigError([err instanceof Error ? err.message : String(err)]);
  }
}

/** Parses the environment once; every problem is reported together. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable means "not set", as in most deployment tools.
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ''));
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => `${issue.path.join('.') || 'env'}: ${issue.message}`),
    );
  }
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';
  const sandboxDevelopment = !production && !e.ODIN_BASE_URL;
  const odin: OdinConfig = {
    baseUrl: e.ODIN_BASE_URL?.replace(/\/+$/, ''),
    username: e.ODIN_USERNAME,
    password: e.ODIN_PASSWORD,
    authMode: e.ODIN_AUTH_MODE,
    rateLimitPerSecond: e.ODIN_RATE_LIMIT_PER_SECOND,
    maxConcurrency: e.ODIN_MAX_CONCURRENCY,
    timeoutMs: e.ODIN_TIMEOUT_MS,
    deadlineMs: e.ODIN_DEADLINE_MS ?? 3 * e.ODIN_TIMEOUT_MS,
    rateGuardMs: e.ODIN_RATE_GUARD_MS,
    cache: {
      ttlMs: e.ODIN_CACHE_TTL_MS,
      staleMs: e.ODIN_CACHE_STALE_MS,
      maxEntries: e.ODIN_CACHE_MAX_ENTRIES,
    },
  };
  const instances = fromFile(() =>
    e.ODIN_INSTANCES_FILE ? readInstancesFile(e.ODIN_INSTANCES_FILE, env, odin) : undefined,
  );
  const names = instances?.map((i) => i.name) ?? ['default'];
  const apiKeys = (e.GRAPHQL_API_KEYS ?? '')
    .split(',')
    .map((k) => k.trim())
    .filter(Boolean);
  if (apiKeys.length && !names.includes('default'))
    throw new ConfigError([
      'GRAPHQL_API_KEYS: its keys reach the instance named default, which ODIN_INSTANCES_FILE does not have (give them in GRAPHQL_API_KEYS_FILE with their instance)',
    ]);
  return {
    port: e.PORT,
    host: e.HOST,
    odin,
    instances,
    apiKeys,
    scopedKeys: fromFile(() =>
      e.GRAPHQL_API_KEYS_FILE ? readKeysFile(e.GRAPHQL_API_KEYS_FILE, names) : [],
    ),
    logLevel: e.LOG_LEVEL,
    production,
    introspection: e.GRAPHQL_INTROSPECTION ?? !production,
    playground: e.GRAPHQL_PLAYGROUND ?? !production,
    batching: e.GRAPHQL_BATCHING,
    limits: {
      maxDepth: e.GRAPHQL_MAX_DEPTH,
      maxAliases: e.GRAPHQL_MAX_ALIASES,
      maxTokens: e.GRAPHQL_MAX_TOKENS,
      maxQueryLength: e.GRAPHQL_MAX_QUERY_LENGTH,
      maxCost: e.GRAPHQL_MAX_COST,
    },
    bodyLimitBytes: e.HTTP_BODY_LIMIT_BYTES,
    maxBulk: e.GRAPHQL_MAX_BULK,
    jobs: {
      maxRows: e.JOB_MAX_ROWS,
      retentionMs: e.JOB_RETENTION_HOURS * 3_600_000,
      concurrency: e.JOB_CONCURRENCY,
      lockMs: e.JOB_LOCK_MS,
      bodyLimitBytes: Math.max(e.JOB_BODY_LIMIT_BYTES, e.HTTP_BODY_LIMIT_BYTES),
    },
    redisUrl: e.REDIS_URL,
    fleetReplicas: e.FLEET_REPLICAS,
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
    audit: {
      enabled: e.AUDIT === 'on',
      databaseUrl: e.DATABASE_URL,
      dataDir: e.DATA_DIR,
      retentionDays: e.AUDIT_RETENTION_DAYS,
    },
    corsOrigins:
      e.CORS_ORIGINS === undefined && sandboxDevelopment
        ? EXAMPLE_ORIGINS
        : (e.CORS_ORIGINS ?? '')
            .split(',')
            .map((o) => o.trim())
            .filter(Boolean),
    corsDefaulted: e.CORS_ORIGINS === undefined && sandboxDevelopment,
  };
}
