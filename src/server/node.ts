/**
 * `@pocketdns/widget/server/node`: the handler on Node's `http`, Express and Connect. Apart
 * from `@pocketdns/widget/server` because it needs Node's modules, which edge runtimes lack.
 * @packageDocumentation
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createRequestListener, type RequestListenerOptions } from '@remix-run/node-fetch-server';
import type { PocketDnsHandler } from './handler.js';

/** A Node request listener that is also Express/Connect middleware. */
export type NodeHandler = (request: IncomingMessage, response: ServerResponse, next?: (error?: unknown) => void) => void;

/**
 * Adapts the handler to Node's `http` (`http.createServer(toNodeHandler(handler))`), Express
 * and Connect (`app.use(toNodeHandler(handler))`), through `@remix-run/node-fetch-server`.
 * As middleware it answers only under the handler's base path and passes everything else on.
 * Behind a proxy that terminates TLS, pass `{trustProxy: true}` (or `protocol`/`host`) so
 * request URLs, and with them the same-origin check, match what the browser sees.
 */
export function toNodeHandler(handler: PocketDnsHandler, options?: RequestListenerOptions): NodeHandler {
  const listener = createRequestListener(handler, {
    // One line, no stack: a request that cannot even become a Fetch Request is the client's doing.
    onError: (error) => {
      console.warn(`[pocketdns] node adapter: ${error instanceof Error ? error.message : String(error)}`);
      return jsonError(500, 'Something went wrong. Please try again.');
    },
    ...options,
  });
  const prefix = `${handler.basePath}/`;
  return (request, response, next) => {
    // Express strips a mount path from req.url; the handler wants the full path.
    const original = (request as IncomingMessage & { originalUrl?: string }).originalUrl;
    if (original !== undefined) request.url = original;
    const path = (request.url ?? '/').split('?')[0] ?? '/';
    if (next && path !== handler.basePath && !path.startsWith(prefix)) {
      next();
      return;
    }
    // The Fetch API refuses to build a Request for these, so the handler would never see them.
    if (UNSUPPORTED_METHODS.has(request.method ?? '')) {
      response.writeHead(405, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
      response.end(JSON.stringify({ errors: ['Method not allowed'] }));
      return;
    }
    listener(request, response);
  };
}

const UNSUPPORTED_METHODS = new Set(['TRACE', 'TRACK', 'CONNECT']);

const jsonError = (status: number, message: string): Response =>
  new Response(JSON.stringify({ errors: [message] }), {
    status,
    headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' },
  });
