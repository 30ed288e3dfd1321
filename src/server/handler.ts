import { readBearer } from '../contract/bearer.js';
import { pathSegments } from '../contract/http.js';
import { matchRoute, ROUTE_METHODS, type Route } from '../contract/routes.js';
import type { WidgetSession } from '../contract/session.js';
import { LimitReached, type RouteContext, type UserContext } from './context.js';
import { resolveOptions, type PocketDnsHandlerOptions } from './options.js';
import { LIST_SHAPE, OwnershipCache } from './ownership.js';
import { Reply, reporting } from './reply.js';
import { getDomain } from './routes/domain.js';
import { listDomains } from './routes/domains.js';
import { handleRecord } from './routes/record.js';
import { createRecord } from './routes/records.js';
import { startSession } from './routes/session.js';
import { QuotaWatch } from './quota.js';
import { ResilientStore } from './store.js';
import { TokenSigner, tokenIdentity } from './tokens.js';
import { callUpstream, type UpstreamCall } from './upstream.js';

/** The handler: a standard Fetch-API function, plus where it is mounted and sign-out. */
export interface PocketDnsHandler {
  /** Answers one request under `basePath`. */
  (request: Request): Promise<Response>;
  /** Where it is mounted, e.g. `/pocketdns`. */
  readonly basePath: string;
  /**
   * Ends every widget session of `userIdentifier` minted until now, on every instance that
   * shares the handler's `store`: call it when the customer signs out of the partner's site.
   * Sessions minted afterwards work. Kept for `sessionTtlSeconds` (no older token can outlive it).
   */
  revokeSessions(userIdentifier: string): Promise<void>;
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
  const { basePath } = options;
  const signer = new TokenSigner(options.secret, tokenIdentity(basePath, options.tokenAudience));
  const { redact, report } = reporting(options);
  const store = new ResilientStore(options.store, options.rateLimit === false ? undefined : options.rateLimit.store, (cause) => {
    report('store', 'The handler store failed; using this instance’s memory until it answers again', { cause });
  });
  const ownership = new OwnershipCache(store, options.ownershipCacheMs);
  const quota = new QuotaWatch(report);
  const revokedKey = (uid: string): string => `revoked:${uid}`;

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
    const routeName = `${request.method} ${basePath}/${segments.join('/')}`;

    try {
      const ctx: RouteContext = {
        request,
        reply,
        options,
        ownership,
        report,
        routeName,
        async charge(user) {
          if (options.rateLimit === false) return;
          const { limit, windowSeconds } = options.rateLimit;
          const { count, resetAt } = await store.increment(`pocketdns:${user}`, windowSeconds * 1000);
          reply.rateLimit(limit, count, resetAt);
          if (count > limit) throw new LimitReached(limit, resetAt);
        },
        async call(call) {
          const result = await callUpstream(options, call, request.signal);
          quota.observe(result, routeName);
          return result;
        },
      };
      if (route.kind === 'session') return await startSession(ctx, signer);

      // --- the Partner API, for the token's user only -------------------------------------
      const bearer = readBearer(request.headers);
      const claims = bearer === undefined ? undefined : await signer.verify(bearer);
      const revokedAt = claims ? Number((await store.get(revokedKey(claims.userIdentifier))) ?? -1) : -1;
      if (!claims || claims.mintedAtMs <= revokedAt) return reply.fail(401, 'Your DNS session has ended. Sign in again.');
      const uid = claims.userIdentifier;
      await ctx.charge(uid);
      let calls = 0;
      const upstream = async <T>(call: UpstreamCall<T>) => {
        if (calls++ > 0) await ctx.charge(uid);
        return ctx.call(call);
      };
      const user: UserContext = {
        ...ctx,
        uid,
        upstream,
        loadList: () => upstream({ method: 'GET', path: `/api/v1/users/${encodeURIComponent(uid)}/domains`, shape: LIST_SHAPE }),
      };
      switch (route.kind) {
        case 'domains':
          return await listDomains(user, route.userIdentifier);
        case 'domain':
          return await getDomain(user, route.domainId);
        case 'records':
          return await createRecord(user);
        case 'record':
          return await handleRecord(user, route.recordId);
      }
    } catch (error) {
      if (error instanceof LimitReached) return reply.tooManyRequests(error.limit, error.resetAt);
      // Whatever went wrong, the browser gets the contract's shape with CORS, and the partner the cause.
      report(routeName, 'The handler failed unexpectedly', { cause: error });
      return reply.fail(500, 'Something went wrong. Please try again.');
    }
  };

  const revokeSessions = async (userIdentifier: string): Promise<void> => {
    await store.set(revokedKey(userIdentifier), String(Date.now()), (options.sessionTtlSeconds + 60) * 1000);
  };

  return Object.assign(handler, { basePath, revokeSessions });
}
