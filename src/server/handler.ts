import { readBearer } from '../contract/bearer.js';
import { pathSegments } from '../contract/http.js';
import { matchRoute, ROUTE_METHODS, type Route } from '../contract/routes.js';
import type { WidgetSession } from '../contract/session.js';
import type { RouteContext } from './context.js';
import { resolveOptions, type PocketDnsHandlerOptions } from './options.js';
import { OwnershipCache } from './ownership.js';
import { MemoryRateLimitStore } from './rate-limit.js';
import { Reply, reporting } from './reply.js';
import { getDomain } from './routes/domain.js';
import { listDomains } from './routes/domains.js';
import { handleRecord } from './routes/record.js';
import { createRecord } from './routes/records.js';
import { startSession } from './routes/session.js';
import { TokenSigner } from './tokens.js';

/** The handler: a standard Fetch-API function, plus where it is mounted. */
export interface PocketDnsHandler {
  /** Answers one request under `basePath`. */
  (request: Request): Promise<Response>;
  /** Where it is mounted, e.g. `/pocketdns`. */
  readonly basePath: string;
}

/** The session contract's answer: the same object the elements read as `WidgetSession`. */
export type SessionResponse = WidgetSession;

/** The routes the handler serves: the session, and the Partner API operations the widget uses (not `users`). */
const served = (route: Route | undefined): route is Exclude<Route, { kind: 'users' }> => route !== undefined && route.kind !== 'users';

/**
 * Makes the partner's backend piece: `POST {basePath}/session` starts a PocketDNS session for
 * the customer `identify` names and mints a short-lived token; `{basePath}/api/v1/...`
 * forwards the operations the widget needs to PocketDNS with the partner's API key, after
 * checking the token and that the domain or record belongs to that customer.
 *
 * Runs wherever `Request`, `Response` and WebCrypto exist: Node 20+, Deno, Bun, edge runtimes.
 * @throws TypeError at start-up for a bad option
 */
export function createPocketDnsHandler(userOptions: PocketDnsHandlerOptions): PocketDnsHandler {
  const options = resolveOptions(userOptions);
  const signer = new TokenSigner(options.secret);
  const limiter =
    options.rateLimit === false ? undefined : { ...options.rateLimit, store: options.rateLimit.store ?? new MemoryRateLimitStore() };
  const ownership = new OwnershipCache(options);
  const { redact, report } = reporting(options);
  const { basePath } = options;

  const handler = async (request: Request): Promise<Response> => {
    const url = new URL(request.url);
    const reply = new Reply(request, url, options.allowedOrigins, redact, report);

    // --- where, and from whom ---------------------------------------------------------
    if (url.pathname !== basePath && !url.pathname.startsWith(`${basePath}/`)) return reply.fail(404, 'Not found');
    const segments = pathSegments(url.pathname.slice(basePath.length));
    const route = segments && matchRoute(segments);
    if (reply.crossOriginRefused) return reply.fail(403, 'This origin is not allowed to use the DNS service.');
    if (request.method === 'OPTIONS' && served(route)) return reply.preflight(ROUTE_METHODS[route.kind]);
    if (!served(route) || !segments) return reply.fail(404, 'Not found');
    const methods = ROUTE_METHODS[route.kind];
    if (!methods.includes(request.method)) return reply.methodNotAllowed(methods);

    const ctx: RouteContext = {
      request,
      reply,
      options,
      ownership,
      report,
      routeName: `${request.method} ${basePath}/${segments.join('/')}`,
      async overLimit(user) {
        if (!limiter) return undefined;
        const { count, resetAt } = await limiter.store.increment(`pocketdns:${user}`, limiter.windowSeconds * 1000);
        return count <= limiter.limit ? undefined : reply.tooManyRequests(limiter.limit, resetAt);
      },
    };
    if (route.kind === 'session') return startSession(ctx, signer);

    // --- the Partner API, for the token's user only ---------------------------------------
    const bearer = readBearer(request.headers);
    const claims = bearer === undefined ? undefined : await signer.verify(bearer);
    if (!claims) return reply.fail(401, 'Your DNS session has ended. Sign in again.');
    const limited = await ctx.overLimit(claims.userIdentifier);
    if (limited) return limited;
    const user = { ...ctx, uid: claims.userIdentifier };
    switch (route.kind) {
      case 'domains':
        return listDomains(user, route.userIdentifier);
      case 'domain':
        return getDomain(user, route.domainId);
      case 'records':
        return createRecord(user);
      case 'record':
        return handleRecord(user, route.recordId);
    }
  };

  return Object.assign(handler, { basePath });
}
