import http from 'node:http';
import https from 'node:https';
import zlib from 'node:zlib';
import axios, {
  AxiosError,
  type AxiosAdapter,
  type AxiosHeaders,
  type AxiosResponse,
  type InternalAxiosRequestConfig,
} from 'axios';

/**
 * axios' request without its Node adapter, for a direct connection to Odin: one
 * `http(s).request` on the configured agent (or `config.transport`), the body written as
 * axios' transforms made it, the answer collected (and decompressed) for axios' own
 * response transforms and `validateStatus`. Errors are AxiosErrors with Node's codes,
 * and a timeout is ETIMEDOUT as with `transitional.clarifyTimeoutError`.
 *
 * Axios' own adapter also implements proxies, redirects, streams, uploads' progress,
 * size limits and cancellation, and its set-up costs more per call than the call's
 * socket work (docs/performance.md); the transport uses this one only where none of those
 * is needed: no proxy, no redirects followed, JSON in and out.
 */
export const directAdapter: AxiosAdapter = (config) =>
  new Promise<AxiosResponse>((resolve, reject) => {
    const url = target(config);
    const secure = url.protocol === 'https:';
    const transport =
      (config.transport as Pick<typeof http, 'request'> | undefined) ?? (secure ? https : http);
    const headers = config.headers as AxiosHeaders;
    // What axios' Node adapter asks of every server unless told otherwise.
    headers.set('User-Agent', `axios/${axios.VERSION}`, false);
    headers.set('Accept-Encoding', 'gzip, deflate, br', false);
    const body = config.data as string | Buffer | undefined | null;
    if (body != null) headers.set('Content-Length', Buffer.byteLength(body));
    const method = (config.method ?? 'get').toUpperCase();
    const failed = (err: NodeJS.ErrnoException) =>
      reject(AxiosError.from(err, err.code, config, request));
    const request = transport.request(
      {
        method,
        protocol: url.protocol,
        // An IPv6 literal keeps its brackets in a URL, not in a host name.
        hostname: url.hostname.replace(/^\[(.*)\]$/, '$1'),
        port: url.port,
        path: url.pathname + url.search,
        headers: headers.toJSON(true) as http.OutgoingHttpHeaders,
        agent: secure ? config.httpsAgent : config.httpAgent,
      },
      (answer) => {
        const chunks: Buffer[] = [];
        // A connection lost mid-answer fails the answer, not the request.
        answer.once('error', failed);
        const stream = decoded(answer, method);
        if (stream !== answer) stream.once('error', failed);
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.once('end', () => {
          const response: AxiosResponse = {
            data: Buffer.concat(chunks).toString('utf8'),
            status: answer.statusCode ?? 0,
            statusText: answer.statusMessage ?? '',
            headers: answer.headers as AxiosResponse['headers'],
            config,
            request,
          };
          if (!config.validateStatus || config.validateStatus(response.status)) resolve(response);
          else
            reject(
              new AxiosError(
                `Request failed with status code ${response.status}`,
                response.status < 500 ? AxiosError.ERR_BAD_REQUEST : AxiosError.ERR_BAD_RESPONSE,
                config,
                request,
                response,
              ),
            );
        });
      },
    );
    request.once('error', failed);
    if (config.timeout)
      request.setTimeout(config.timeout, () => {
        reject(
          new AxiosError(
            `timeout of ${config.timeout}ms exceeded`,
            config.transitional?.clarifyTimeoutError
              ? AxiosError.ETIMEDOUT
              : AxiosError.ECONNABORTED,
            config,
            request,
          ),
        );
        request.destroy();
      });
    request.end(body ?? undefined);
  });

/** baseURL joined with url as axios does, with the params as the query. */
function target(config: InternalAxiosRequestConfig): URL {
  const path = config.url ?? '';
  const url =
    config.baseURL && !/^[a-z][a-z\d+.-]*:/i.test(path)
      ? new URL(`${config.baseURL.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`)
      : new URL(path);
  const params = (config.params ?? {}) as Record<string, unknown>;
  for (const [name, value] of Object.entries(params))
    if (value != null) url.searchParams.append(name, String(value));
  return url;
}

/** The answer's body as sent, decoded from the encodings asked for (RFC 9110's deflate is zlib). */
function decoded(answer: http.IncomingMessage, method: string): NodeJS.ReadableStream {
  if (method === 'HEAD' || answer.statusCode === 204) return answer;
  switch (answer.headers['content-encoding']?.toLowerCase()) {
    case 'gzip':
    case 'x-gzip':
    case 'deflate':
      return answer.pipe(zlib.createUnzip());
    case 'br':
      return answer.pipe(zlib.createBrotliDecompress());
    default:
      return answer;
  }
}
