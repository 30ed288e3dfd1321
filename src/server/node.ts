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
  const listener = createRequestListener(handler, options);
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
    listener(request, response);
  };
}
