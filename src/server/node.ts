/**
 * `@pocketdns/widget/server/node`: the handler on Node's `http`, Express and Connect. Apart
 * from `@pocketdns/widget/server` because it needs Node's modules, which edge runtimes lack.
 * @packageDocumentation
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createRequestListener, type RequestListenerOptions } from '@remix-run/node-fetch-server';
import { MAX_BODY_BYTES } from '../contract/http.js';
import type { PocketDnsHandler } from './handler.js';

/** A Node request listener that is also Express/Connect middleware. */
export type NodeHandler = (request: IncomingMessage, response: ServerResponse, next?: (error?: unknown) => void) => void;

/** What Express and Connect add to a request: the URL before a mount path was cut, and a parsed body. */
type FrameworkRequest = IncomingMessage & { originalUrl?: string; body?: unknown };

/**
 * Adapts the handler to Node's `http` (`http.createServer(toNodeHandler(handler))`), Express
 * and Connect (`app.use(toNodeHandler(handler))`, also inside a `Router`), through
 * `@remix-run/node-fetch-server`. As middleware it answers only under the handler's base path
 * (the full path the browser uses) and passes everything else on untouched.
 *
 * Body parsers may run first: when `express.json()` (or `express.text()`, `express.raw()`) has
 * read the body, the parsed `req.body` is used, under the same 64 KiB limit. A body something
 * else read and did not leave in `req.body` is answered 500, saying so, instead of waiting.
 * A body still streaming must arrive within the handler's `bodyTimeoutMs` (408 after that).
 *
 * Behind a proxy that terminates TLS, pass `{trustProxy: true}` (or `protocol`/`host`) so
 * request URLs, and with them the same-origin check, match what the browser sees.
 */
export function toNodeHandler(handler: PocketDnsHandler, options?: RequestListenerOptions): NodeHandler {
  const listenerOptions: RequestListenerOptions = {
    // One line, no stack: a request that cannot even become a Fetch Request is the client's doing.
    onError: (error) => {
      console.warn(`[pocketdns] node adapter: ${error instanceof Error ? error.message : String(error)}`);
      return jsonError(500, 'Something went wrong. Please try again.');
    },
    ...options,
  };
  const listener = createRequestListener(handler, listenerOptions);
  const prefix = `${handler.basePath}/`;
  let toldPartner = false;
  return (request: FrameworkRequest, response, next) => {
    // Express cuts a mount path from req.url (originalUrl keeps it); the handler wants the full
    // path. req.url is changed only for a request answered here: a Router's later routes match
    // on the cut one.
    const url = request.originalUrl ?? request.url ?? '/';
    const path = url.split('?')[0] ?? '/';
    if (next && path !== handler.basePath && !path.startsWith(prefix)) {
      next();
      return;
    }
    // The Fetch API refuses to build a Request for these, so the handler would never see them.
    if (UNSUPPORTED_METHODS.has(request.method ?? '')) {
      writeJson(response, 405, 'Method not allowed');
      return;
    }
    const body = parsedBody(request);
    if (body === LOST) {
      if (!toldPartner) console.error(`[pocketdns] ${BODY_LOST}`);
      toldPartner = true;
      writeJson(response, 500, BODY_LOST);
      return;
    }
    request.url = url;
    if (body === undefined) {
      listener(request, response);
      return;
    }
    createRequestListener((streamed: Request) => handler(withBody(streamed, body, request.headers['content-length'])), listenerOptions)(
      request,
      response,
    );
  };
}

/** What a request carries when its stream was already read: the body again, as the client's JSON. */
interface ParsedBody {
  bytes: Uint8Array<ArrayBuffer>;
  /** Set when an object was serialized here, whatever type the client sent it as. */
  contentType?: string;
}

/** The marker for a body that was read by someone else and not left where it can be found. */
const LOST = Symbol('lost');

const BODY_LOST =
  'The request body was already read before the PocketDNS handler (by a body parser or another middleware) and is not in req.body. ' +
  'Mount toNodeHandler() before body parsers, or leave the parsed body in req.body as JSON, a string or a Buffer.';

/**
 * The body a framework already read: undefined when there is none to give (GET, HEAD) or the
 * stream is still unread (the handler reads it), the parsed `req.body` re-encoded, an empty
 * body for a request that declared none, or {@link LOST}. Express 4's parsers set
 * `req.body = {}` without reading, so an unread stream wins over `req.body`.
 */
function parsedBody(request: FrameworkRequest): ParsedBody | typeof LOST | undefined {
  if (request.method === 'GET' || request.method === 'HEAD') return undefined;
  if (!request.readableDidRead && !request.readableEnded) return undefined;
  const value = request.body;
  if (value === undefined) return declaresBody(request) ? LOST : { bytes: new Uint8Array(0) };
  if (typeof value === 'string') return { bytes: new TextEncoder().encode(value) };
  if (value instanceof Uint8Array) return { bytes: new Uint8Array(value) };
  try {
    const text = JSON.stringify(value) as string | undefined;
    return text === undefined ? LOST : { bytes: new TextEncoder().encode(text), contentType: 'application/json' };
  } catch {
    return LOST;
  }
}

/** Whether the request said it carries a body (a length above 0, or chunks). */
const declaresBody = (request: IncomingMessage): boolean =>
  request.headers['transfer-encoding'] !== undefined || Number(request.headers['content-length'] ?? 0) > 0;

/**
 * The Request node-fetch-server built, with the already-read body in place of its stream (which
 * would never produce a byte). A declared size over the limit is kept, so the handler refuses
 * the body as it would have refused the stream.
 */
function withBody(streamed: Request, body: ParsedBody, declared: string | undefined): Request {
  // Detaches the dead stream's listeners from the Node request at once.
  void streamed.body?.cancel().catch(() => undefined);
  const headers = new Headers(streamed.headers);
  // The parser already decoded the transfer and content encodings: the bytes are plain.
  headers.delete('Transfer-Encoding');
  headers.delete('Content-Encoding');
  if (!(Number(declared) > MAX_BODY_BYTES)) headers.set('Content-Length', String(body.bytes.byteLength));
  if (body.contentType) headers.set('Content-Type', body.contentType);
  return new Request(streamed.url, { method: streamed.method, headers, body: body.bytes, signal: streamed.signal });
}

const UNSUPPORTED_METHODS = new Set(['TRACE', 'TRACK', 'CONNECT']);

const JSON_HEADERS = { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' };

const writeJson = (response: ServerResponse, status: number, message: string): void => {
  response.writeHead(status, JSON_HEADERS);
  response.end(JSON.stringify({ errors: [message] }));
};

const jsonError = (status: number, message: string): Response =>
  new Response(JSON.stringify({ errors: [message] }), { status, headers: JSON_HEADERS });
