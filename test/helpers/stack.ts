import type { AddressInfo } from 'node:net';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { type DocumentNode, print } from 'graphql';
import { loadConfig } from '../../src/app/config';
import { createLogger } from '../../src/app/logger';
import {
  DEMO_ACCOUNT,
  type Sandbox,
  type StartSandboxOptions,
  startSandbox,
} from '../../src/sandbox';
import { wireApp } from '../../src/app/wiring';
import type { AuditTrail } from '../../src/audit/trail';
export { busiestSecond } from '../../bench/busiest-second';

export interface GraphQLAnswer<TData> {
  status: number;
  data?: TData | null;
  errors?: Array<{ message: string; path?: string[]; extensions?: Record<string, unknown> }>;
  /** The operation sent, for failure messages. */
  sent: string;
}

/** The GraphQL server on a loopback port, against some Odin. */
export interface Layer {
  url: string;
  /** The server's base, e.g. http://127.0.0.1:port */
  origin: string;
  /** Every log line the layer wrote, as raw JSON text. */
  logs: string[];
  /** Its audit trail (with AUDIT=on): the store's table is read directly by the tests. */
  audit?: AuditTrail;
  gql<TData, TVars extends Record<string, unknown>>(
    document: TypedDocumentNode<TData, TVars> | DocumentNode,
    variables?: TVars,
    headers?: Record<string, string>,
  ): Promise<GraphQLAnswer<TData>>;
  close(): Promise<void>;
}

/** The layer against the in-process sandbox, wired as `npm start` wires them. */
export interface Stack extends Layer {
  sandbox: Sandbox;
}

export interface StackOptions {
  env?: Record<string, string>;
  sandbox?: StartSandboxOptions;
}

/** The GraphQL server against the Odin at `odinBaseUrl`, with the sandbox's demo account. */
export async function startLayer(
  odinBaseUrl: string,
  env: Record<string, string> = {},
): Promise<Layer> {
  const config = loadConfig({
    ODIN_BASE_URL: odinBaseUrl,
    ODIN_USERNAME: DEMO_ACCOUNT.username,
    ODIN_PASSWORD: DEMO_ACCOUNT.password,
    GRAPHQL_ALLOW_ANONYMOUS: 'true',
    LOG_LEVEL: 'debug',
    // Tests are about behaviour; the ones about the rate and the cache set their own.
    ODIN_RATE_LIMIT_PER_SECOND: '200',
    ODIN_MAX_CONCURRENCY: '10',
    ODIN_CACHE_TTL_MS: '0',
    // The audit trail's tests give their store; the rest do without (no PGlite per file).
    AUDIT: 'off',
    ...env,
  });
  const logs: string[] = [];
  const logger = createLogger(config.logLevel, { write: (line: string) => void logs.push(line) });
  const { server, audit } = await wireApp(config, logger);
  await new Promise<void>((resolve) => server.httpServer.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.httpServer.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}/graphql`;

  return {
    url,
    origin: `http://127.0.0.1:${port}`,
    logs,
    audit,
    async gql(document, variables, headers) {
      const query = print(document);
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      const text = await response.text();
      let body: { data?: unknown; errors?: GraphQLAnswer<unknown>['errors'] } = {};
      try {
        body = JSON.parse(text);
      } catch {
        body = { errors: [{ message: `not JSON: ${text.slice(0, 200)}` }] };
      }
      return { status: response.status, ...body, sent: query } as never;
    },
    close: () => server.stop(),
  };
}

export async function startStack(options: StackOptions = {}): Promise<Stack> {
  const sandbox = await startSandbox(options.sandbox);
  try {
    const layer = await startLayer(sandbox.baseUrl, options.env);
    return {
      ...layer,
      sandbox,
      async close() {
        await layer.close();
        await sandbox.close();
      },
    };
  } catch (err) {
    // A half-started stack must not keep the test process alive.
    await sandbox.close();
    throw err;
  }
}

function describeAnswer(answer: GraphQLAnswer<unknown>): string {
  return `operation:\n${answer.sent}\nanswer (HTTP ${answer.status}):\n${JSON.stringify({ data: answer.data, errors: answer.errors }, null, 2)}`;
}

/** The data of a successful answer; on failure the operation and the answer are printed. */
export function expectData<TData>(answer: GraphQLAnswer<TData>): TData {
  if (answer.errors?.length || !answer.data) {
    throw new Error(`expected data without errors\n${describeAnswer(answer)}`);
  }
  return answer.data;
}

/** The first error, asserted to carry `code`; on failure the operation and answer are printed. */
export function expectError(
  answer: GraphQLAnswer<unknown>,
  code: string,
): { message: string; extensions: Record<string, unknown> } {
  const error = answer.errors?.[0];
  if (!error || error.extensions?.code !== code) {
    throw new Error(`expected an error with code ${code}\n${describeAnswer(answer)}`);
  }
  return { message: error.message, extensions: error.extensions ?? {} };
}

/** The writes a sandbox received (logins aside): what a mutation changed in Odin. */
export const writesTo = (stack: Stack) =>
  stack.sandbox.requests.filter((r) => r.method !== 'GET' && !r.path.startsWith('/auth/'));
