import type { IncomingMessage, ServerResponse } from 'node:http';
import { type ApolloServer, HeaderMap } from '@apollo/server';
import cors from 'cors';
import { originPolicy } from './origins';
import express from 'express';
import { Kind, parse } from 'graphql';
import { CallerGate, bearerToken } from '../../graphql/caller';
import type { Config } from '../config';
import { type Context, type ContextDeps, createContext } from '../../graphql/context';
import { BadUserInputError, type ErrorCode, UnauthenticatedError } from '../../graphql/errors';
import { loggableBody } from '../logger';
import type { Playground } from '../../graphql/playground';
import type { RequestTrace } from './request-log';

/** A request once its JSON body is read. */
type GraphQLRequest = IncomingMessage & { body?: unknown; bodyBytes?: number };

/** An answer of ours, in the shape of Apollo's: `{ errors: [{ message, extensions: { code } }] }`. */
function sendError(res: ServerResponse, status: number, message: string, code: ErrorCode): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.end(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}

/** A 413 that names the limit and the variable that sets it. */
function tooLargeAnswer(config: Config): (res: ServerResponse, known?: 'http') => void {
  const http = `${config.bodyLimitBytes} bytes (HTTP_BODY_LIMIT_BYTES)`;
  const jobs = `${config.jobs.bodyLimitBytes} bytes for a job's start such as startUserImport (JOB_BODY_LIMIT_BYTES)`;
  return (res, known) =>
    sendError(
      res,
      413,
      // Past the import limit the operation is unread: both limits are named.
      `Request body too large: the limit is ${known ? http : `${http}, or ${jobs}`}`,
      'PAYLOAD_TOO_LARGE',
    );
}

/** What a request lacks before Apollo reads it: JSON for a POST, a query for a GET. */
function requestShapeProblem(req: IncomingMessage): string | undefined {
  if (req.method === 'POST') {
    const type = req.headers['content-type']?.split(';')[0].trim().toLowerCase();
    if (type !== 'application/json')
      return `Send the request as JSON with Content-Type: application/json (got ${type ? type : 'no Content-Type'})`;
  } else if (req.method === 'GET') {
    const search = new URLSearchParams((req.url ?? '').split('?')[1] ?? '');
    // A persisted query's GET names its hash in extensions instead.
    if (!search.get('query') && !search.get('extensions'))
      return 'GET /graphql needs a query parameter, e.g. /graphql?query={__typename}; or POST a JSON body';
  }
  return undefined;
}

const MALFORMED_TYPES = new Set([
  'entity.parse.failed',
  'charset.unsupported',
  'encoding.unsupported',
]);

/** JSON for what the body parser refuses: too large, not JSON, or a body that broke off. */
function bodyError(
  err: unknown,
  res: ServerResponse,
  tooLarge: (res: ServerResponse) => void,
): boolean {
  const { type, status } = (err ?? {}) as { type?: unknown; status?: unknown };
  if (type === 'entity.too.large') tooLarge(res);
  else if (MALFORMED_TYPES.has(String(type)))
    sendError(res, 400, 'Malformed JSON body', 'BAD_REQUEST');
  else if (typeof status === 'number' && status >= 400 && status < 500)
    sendError(res, status, 'Unreadable request body', 'BAD_REQUEST');
  else return false;
  return true;
}

/** The mutations that start a job from a sheet: their bodies may reach the import limit. */
const JOB_STARTS = new Set([
  'startUserImport',
  'startProvisioningImport',
  'startDeprovisioningImport',
]);

/** A request whose every operation is a mutation selecting only job starts. */
function onlyImports(body: unknown): boolean {
  const query = (body as { query?: unknown } | undefined)?.query;
  if (typeof query !== 'string') return false;
  try {
    const operations = parse(query, { maxTokens: 1000 }).definitions;
    return operations.every(
      (d) =>
        d.kind === Kind.OPERATION_DEFINITION &&
        d.operation === 'mutation' &&
        d.selectionSet.selections.every(
          (s) => s.kind === Kind.FIELD && JOB_STARTS.has(s.name.value),
        ),
    );
  } catch {
    return false;
  }
}

/**
 * `/graphql` on the HTTP server itself: CORS, the playground's page, the body, the caller
 * check, then Apollo with a context. Outside express, whose request and response wrapping
 * cost about a quarter of the layer's CPU per operation; the other routes stay on express.
 */
export function graphqlRoute(
  config: Config,
  deps: ContextDeps,
  callers: CallerGate,
  apollo: ApolloServer<Context>,
  playground?: Playground,
): (req: IncomingMessage, res: ServerResponse, trace: RequestTrace) => void {
  const allows = originPolicy(config, deps.logger);
  const tooLarge = tooLargeAnswer(config);
  // Answers preflights itself, before the playground could take a GET.
  const corsHeaders = cors({
    origin: (origin, done) => done(null, origin !== undefined && allows(origin)),
    maxAge: 600,
  });
  // Up to the import limit while reading; past the usual limit only for a job's start.
  const readBody = express.json({
    limit: config.jobs.bodyLimitBytes,
    verify: (req, _res, buf) => void ((req as GraphQLRequest).bodyBytes = buf.length),
  });

  const context = (req: IncomingMessage, trace: RequestTrace): Context => {
    const token = bearerToken(req.headers.authorization);
    if (!callers.admits(token, 'http')) {
      const error = new UnauthenticatedError('Send a valid API key as Authorization: Bearer <key>');
      error.extensions.http = {
        status: 401,
        headers: new Map([['www-authenticate', 'Bearer']]),
      };
      throw error;
    }
    const fresh = /\bno-cache\b/i.test(req.headers['cache-control'] ?? '');
    const info = callers.requestInfo(token, trace.requestId, fresh);
    // Passthrough: the caller picks the Odin instance its token is for.
    const picked = req.headers['x-odin-instance'];
    if (deps.odin.mode === 'passthrough' && typeof picked === 'string') {
      if (!deps.instances?.has(picked))
        throw new BadUserInputError(`X-Odin-Instance ${picked.slice(0, 40)} is not an instance`, [
          {
            field: 'X-Odin-Instance',
            message: `must be one of ${[...(deps.instances?.keys() ?? ['default'])].join(', ')}`,
          },
        ]);
      info.instance = picked;
    }
    const context = createContext(deps, info);
    return Object.assign(context, { report: trace.report });
  };

  const execute = async (req: GraphQLRequest, res: ServerResponse, trace: RequestTrace) => {
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const url = req.url ?? '';
    const query = url.indexOf('?');
    const answer = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: {
        method: (req.method ?? 'GET').toUpperCase(),
        headers,
        search: query < 0 ? '' : url.slice(query),
        body: req.body,
      },
      context: async () => context(req, trace),
    });
    for (const [key, value] of answer.headers) res.setHeader(key, value);
    res.statusCode = answer.status ?? 200;
    if (answer.body.kind === 'complete') {
      res.end(answer.body.string);
      return;
    }
    for await (const chunk of answer.body.asyncIterator) res.write(chunk);
    res.end();
  };

  /** A failure of ours: logged with its stack, a 500 for the caller if nothing was sent yet. */
  const unexpected = (error: unknown, res: ServerResponse, trace: RequestTrace) => {
    const e = error instanceof Error ? error : new Error(String(error));
    deps.logger.error(
      { requestId: trace.requestId, err: { message: e.message, stack: e.stack } },
      'unexpected error',
    );
    if (!res.headersSent) sendError(res, 500, 'Unexpected error', 'INTERNAL_SERVER_ERROR');
    else res.destroy();
  };

  return (req: GraphQLRequest, res, trace) => {
    corsHeaders(req, res, () => {
      if (playground?.page(req, res)) return;
      const problem = requestShapeProblem(req);
      if (problem) return sendError(res, 400, problem, 'BAD_REQUEST');
      readBody(req, res, (err?: unknown) => {
        if (err) return bodyError(err, res, tooLarge) || unexpected(err, res, trace);
        if ((req.bodyBytes ?? 0) > config.bodyLimitBytes && !onlyImports(req.body))
          return tooLarge(res, 'http');
        // For debugging a client: the request as received, its secrets redacted by the logger.
        if (deps.logger.isLevelEnabled('trace'))
          deps.logger.trace(
            { requestId: trace.requestId, headers: req.headers, body: loggableBody(req.body) },
            'request body',
          );
        execute(req, res, trace).catch((error: unknown) => unexpected(error, res, trace));
      });
    });
  };
}
