import { validateRecord } from '../dns/index.js';
import type { DnsRecord, Domain, DomainDetails, DomainList } from '../api/types.js';
import { isObject, pathSegments, readJsonBody } from '../internal/http.js';
import { createInput, fieldMessage, fieldMessages, mergeUpdate, USER_IDENTIFIER } from '../internal/record-bodies.js';
import { resolveOptions, type PocketDnsHandlerOptions, type ResolvedOptions } from './options.js';
import { MemoryRateLimitStore } from './rate-limit.js';
import { TokenSigner } from './tokens.js';
import { callUpstream, RATE_LIMIT_HEADERS, type UpstreamFailure } from './upstream.js';

/** The handler: a standard Fetch-API function, plus where it is mounted. */
export interface PocketDnsHandler {
  /** Answers one request under `basePath`. */
  (request: Request): Promise<Response>;
  /** Where it is mounted, e.g. `/pocketdns`. */
  readonly basePath: string;
}

/** The session contract's answer. */
export interface SessionResponse {
  /** Short-lived bearer token for `{api_base}/api/v1/...`. */
  token: string;
  /** When the token expires (ISO 8601). */
  expires_at: string;
  /** Where the elements send Partner API calls; a path, resolved against the session URL. */
  api_base: string;
  /** The signed-in customer. */
  user_identifier: string;
  /** PocketDNS's own embed for this customer, for what the widget does not cover. */
  login_url: string;
}

const MAX_BODY_BYTES = 64 * 1024;
// Ids go into upstream URLs: only plain characters, so nothing can steer the upstream path.
const ID = /^[A-Za-z0-9_-]{1,64}$/;
const GENERIC_UPSTREAM = 'PocketDNS could not be reached. Please try again.';
const GENERIC_TIMEOUT = 'PocketDNS took too long to answer. Please try again.';

type Route =
  | { kind: 'session' }
  | { kind: 'domains'; userIdentifier: string }
  | { kind: 'domain'; domainId: string }
  | { kind: 'records' }
  | { kind: 'record'; recordId: string };

const ALLOWED_METHODS: Record<Route['kind'], string[]> = {
  session: ['POST'],
  domains: ['GET'],
  domain: ['GET'],
  records: ['POST'],
  record: ['GET', 'PUT', 'DELETE'],
};

/** Matches a path below the base path; undefined for anything the widget does not use. */
function matchRoute(rest: string[]): Route | undefined {
  if (rest.length === 1 && rest[0] === 'session') return { kind: 'session' };
  const [api, v1, collection, id, sub, ...more] = rest;
  if (api !== 'api' || v1 !== 'v1' || more.length > 0) return undefined;
  if (collection === 'users' && id !== undefined && sub === 'domains') return { kind: 'domains', userIdentifier: id };
  if (collection === 'domains' && id !== undefined && sub === undefined) return { kind: 'domain', domainId: id };
  if (collection === 'dns_records' && id === undefined) return { kind: 'records' };
  if (collection === 'dns_records' && id !== undefined && sub === undefined) return { kind: 'record', recordId: id };
  return undefined;
}

/**
 * Makes the partner's backend piece: `POST {basePath}/session` starts a PocketDNS session for
 * the customer `identify` names and mints a short-lived token; `{basePath}/api/v1/...`
 * forwards the operations the widget needs to PocketDNS with the partner's API key, after
 * checking the token and that the domain or record belongs to that customer.
 *
 * Runs wherever `Request` and `Response` exist: Node 20+, Deno, Bun, edge runtimes.
 * @throws TypeError at start-up for a bad option
 */
export function createPocketDnsHandler(userOptions: PocketDnsHandlerOptions): PocketDnsHandler {
  const options = resolveOptions(userOptions);
  const signer = new TokenSigner(options.secret);
  const limiter =
    options.rateLimit === false ? undefined : { ...options.rateLimit, store: options.rateLimit.store ?? new MemoryRateLimitStore() };
  const ownership = new OwnershipCache(options);
  const redact = (text: string): string => (text.includes(options.apiKey) ? text.replaceAll(options.apiKey, '[redacted]') : text);
  const report = (route: string, message: string, extra: { upstreamStatus?: number; cause?: unknown } = {}): void => {
    const cause = extra.cause instanceof Error ? redact(`${extra.cause.name}: ${extra.cause.message}`) : extra.cause;
    options.onError({
      route,
      message: redact(message),
      ...(extra.upstreamStatus === undefined ? {} : { upstreamStatus: extra.upstreamStatus }),
      ...(cause === undefined ? {} : { cause }),
    });
  };

  const handler = async (request: Request): Promise<Response> => {
    const url = new URL(request.url);
    const origin = request.headers.get('Origin');
    const crossOrigin = origin !== null && origin !== url.origin && request.headers.get('Sec-Fetch-Site') !== 'same-origin';
    const corsAllowed = origin !== null && options.allowedOrigins.has(origin);
    const headers = new Headers({ 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
    if (corsAllowed) {
      headers.set('Access-Control-Allow-Origin', origin);
      headers.set('Access-Control-Allow-Credentials', 'true');
      headers.set('Access-Control-Expose-Headers', RATE_LIMIT_HEADERS.join(', '));
    }
    if (options.allowedOrigins.size > 0) headers.append('Vary', 'Origin');

    const send = (status: number, body: unknown): Response => {
      if (body === null) return new Response(null, { status, headers });
      headers.set('Content-Type', 'application/json; charset=utf-8');
      return new Response(redact(JSON.stringify(body)), { status, headers });
    };
    /** Forwards PocketDNS's JSON as it came (no re-serializing), redacted. */
    const forward = (status: number, text: string): Response => {
      headers.set('Content-Type', 'application/json; charset=utf-8');
      return new Response(redact(text), { status, headers });
    };
    const fail = (status: number, message: string | string[]): Response =>
      send(status, { errors: Array.isArray(message) ? message : [message] });
    const passRateLimit = (from: Headers): void => {
      for (const name of RATE_LIMIT_HEADERS) {
        const value = from.get(name);
        if (value !== null) headers.set(name, value);
      }
    };
    /** Answers an upstream failure: its 4xx as they are, everything else as a generic 502/504. */
    const upstreamFailure = (result: UpstreamFailure, route: string): Response => {
      if (result.kind === 'unreachable') {
        report(route, result.timeout ? 'PocketDNS timed out' : 'PocketDNS could not be reached', { cause: result.cause });
        return fail(result.timeout ? 504 : 502, result.timeout ? GENERIC_TIMEOUT : GENERIC_UPSTREAM);
      }
      passRateLimit(result.headers);
      if (result.status === 401 || result.status === 403) {
        // The partner's key was refused: the customer can do nothing about it, the partner must.
        report(route, `PocketDNS refused the API key (status ${result.status}); check apiKey and environment`, {
          upstreamStatus: result.status,
        });
        return fail(502, GENERIC_UPSTREAM);
      }
      if ([400, 404, 409, 422, 429].includes(result.status)) {
        return fail(result.status, result.messages.length > 0 ? result.messages : ['The request was refused.']);
      }
      report(route, `PocketDNS answered ${result.status}`, { upstreamStatus: result.status });
      return fail(502, GENERIC_UPSTREAM);
    };

    // --- where, and from whom ---------------------------------------------------------
    const { basePath } = options;
    if (url.pathname !== basePath && !url.pathname.startsWith(`${basePath}/`)) return fail(404, 'Not found');
    const segments = pathSegments(url.pathname.slice(basePath.length));
    const route = segments && matchRoute(segments);
    if (crossOrigin && !corsAllowed) return fail(403, 'This origin is not allowed to use the DNS service.');
    if (request.method === 'OPTIONS' && route) {
      headers.set('Access-Control-Allow-Methods', ALLOWED_METHODS[route.kind].join(', '));
      headers.set('Access-Control-Allow-Headers', 'Authorization, Content-Type');
      headers.set('Access-Control-Max-Age', '600');
      return send(204, null);
    }
    if (!route) return fail(404, 'Not found');
    if (!ALLOWED_METHODS[route.kind].includes(request.method)) {
      headers.set('Allow', ALLOWED_METHODS[route.kind].join(', '));
      return fail(405, 'Method not allowed');
    }
    const routeName = `${request.method} ${basePath}/${segments.join('/')}`;

    // --- the session ---------------------------------------------------------------------
    if (route.kind === 'session') {
      let user;
      try {
        user = await options.identify(request);
      } catch (cause) {
        report('POST session', 'identify() threw', { cause });
        return fail(500, 'Could not start a DNS session.');
      }
      if (!user) return fail(401, 'Sign in to manage your DNS.');
      if (typeof user.user_identifier !== 'string' || !USER_IDENTIFIER.test(user.user_identifier)) {
        report('POST session', 'identify() returned a user_identifier that is not 1–255 of A-Z a-z 0-9 _ -');
        return fail(500, 'Could not start a DNS session.');
      }
      const limited = await rateLimited(user.user_identifier);
      if (limited) return limited;
      const upstream = await callUpstream(options, 'POST', '/api/v1/users', request.signal, {
        user_identifier: user.user_identifier,
        ...(user.email ? { email: user.email } : {}),
      });
      if (upstream.kind !== 'ok') return upstreamFailure(upstream, 'POST session');
      const loginUrl = isObject(upstream.body) && typeof upstream.body.login_url === 'string' ? upstream.body.login_url : '';
      const { token, expiresAt } = await signer.mint(user.user_identifier, options.sessionTtlSeconds);
      const session: SessionResponse = {
        token,
        expires_at: new Date(expiresAt * 1000).toISOString(),
        api_base: basePath,
        user_identifier: user.user_identifier,
        login_url: loginUrl,
      };
      return send(200, session);
    }

    // --- the Partner API, for the token's user only ---------------------------------------
    const bearer = /^Bearer\s+(\S+)$/i.exec(request.headers.get('Authorization') ?? '')?.[1];
    const claims = bearer === undefined ? undefined : await signer.verify(bearer);
    if (!claims) return fail(401, 'Your DNS session has ended. Sign in again.');
    const uid = claims.userIdentifier;
    const limited = await rateLimited(uid);
    if (limited) return limited;

    switch (route.kind) {
      case 'domains': {
        if (route.userIdentifier !== uid) return fail(404, 'User not found');
        const upstream = await callUpstream(options, 'GET', `/api/v1/users/${encodeURIComponent(uid)}/domains`, request.signal);
        if (upstream.kind !== 'ok') return upstreamFailure(upstream, routeName);
        passRateLimit(upstream.headers);
        const list = upstream.body as DomainList;
        ownership.remember(uid, list.domains);
        return forward(200, upstream.text);
      }
      case 'domain': {
        const owned = ID.test(route.domainId) ? await ownership.domain(uid, route.domainId, request.signal) : undefined;
        if (isFailure(owned)) return upstreamFailure(owned, routeName);
        if (!owned) return fail(404, 'Domain not found');
        const upstream = await callUpstream(options, 'GET', `/api/v1/domains/${encodeURIComponent(route.domainId)}`, request.signal);
        if (upstream.kind !== 'ok') return upstreamFailure(upstream, routeName);
        const details = upstream.body as DomainDetails;
        // Second check on PocketDNS's own word, in case the cached list is stale.
        if (isObject(details) && typeof details.user_identifier === 'string' && details.user_identifier !== uid) {
          ownership.forget(uid);
          return fail(404, 'Domain not found');
        }
        passRateLimit(upstream.headers);
        return forward(200, upstream.text);
      }
      case 'records': {
        const body = await readJsonBody(request, MAX_BODY_BYTES);
        if (!body.ok) return withHeaders(body.response, headers);
        if (!isObject(body.value)) return fail(400, 'Request body must be a JSON object');
        const domainId = body.value.domain_id;
        if (typeof domainId !== 'string' || !ID.test(domainId)) return fail(422, fieldMessage('domain_id', 'domain_id is required.'));
        const domain = await ownership.domain(uid, domainId, request.signal);
        if (isFailure(domain)) return upstreamFailure(domain, routeName);
        if (!domain) return fail(404, 'Domain not found');
        const result = validateRecord(createInput(body.value), { zone: domain.name });
        if (!result.ok) return fail(422, fieldMessages(result.errors));
        const upstream = await callUpstream(options, 'POST', '/api/v1/dns_records', request.signal, {
          domain_id: domainId,
          ...result.record,
        });
        if (upstream.kind !== 'ok') return upstreamFailure(upstream, routeName);
        passRateLimit(upstream.headers);
        return forward(upstream.status, upstream.text);
      }
      case 'record': {
        if (!ID.test(route.recordId)) return fail(404, 'DNS record not found');
        const path = `/api/v1/dns_records/${encodeURIComponent(route.recordId)}`;
        // Read the body first: an oversized or broken body is refused before any upstream call.
        let changes: Record<string, unknown> | undefined;
        if (request.method === 'PUT') {
          const body = await readJsonBody(request, MAX_BODY_BYTES);
          if (!body.ok) return withHeaders(body.response, headers);
          if (!isObject(body.value)) return fail(400, 'Request body must be a JSON object');
          changes = body.value;
        }
        const current = await callUpstream(options, 'GET', path, request.signal);
        if (current.kind !== 'ok') {
          return current.kind === 'error' && current.status === 404
            ? fail(404, 'DNS record not found')
            : upstreamFailure(current, routeName);
        }
        const record = current.body as DnsRecord;
        const domain =
          isObject(record) && typeof record.domain_id === 'string'
            ? await ownership.domain(uid, record.domain_id, request.signal)
            : undefined;
        if (isFailure(domain)) return upstreamFailure(domain, routeName);
        if (!domain) return fail(404, 'DNS record not found');
        if (request.method === 'GET') {
          passRateLimit(current.headers);
          return forward(200, current.text);
        }
        if (request.method === 'DELETE') {
          const upstream = await callUpstream(options, 'DELETE', path, request.signal);
          if (upstream.kind !== 'ok') return upstreamFailure(upstream, routeName);
          passRateLimit(upstream.headers);
          return send(204, null);
        }
        const merged = mergeUpdate(record, changes ?? {});
        if (!merged.ok) return fail(422, merged.message);
        const result = validateRecord(merged.input, { zone: domain.name });
        if (!result.ok) return fail(422, fieldMessages(result.errors));
        const { name, value: normalized, ttl, priority } = result.record;
        const upstream = await callUpstream(options, 'PUT', path, request.signal, { name, value: normalized, ttl, priority });
        if (upstream.kind !== 'ok') return upstreamFailure(upstream, routeName);
        passRateLimit(upstream.headers);
        return forward(200, upstream.text);
      }
    }

    /** The 429 answer when the user is over the handler's own limit. */
    async function rateLimited(user: string): Promise<Response | undefined> {
      if (!limiter) return undefined;
      const { count, resetAt } = await limiter.store.increment(`pocketdns:${user}`, limiter.windowSeconds * 1000);
      if (count <= limiter.limit) return undefined;
      headers.set('X-RateLimit-Limit', String(limiter.limit));
      headers.set('X-RateLimit-Remaining', '0');
      headers.set('X-RateLimit-Reset', String(Math.ceil(resetAt / 1000)));
      headers.set('Retry-After', String(Math.max(1, Math.ceil((resetAt - Date.now()) / 1000))));
      return fail(429, 'Too many requests. Please wait a moment.');
    }
  };

  return Object.assign(handler, { basePath: options.basePath });
}

const isFailure = (value: Domain | UpstreamFailure | undefined): value is UpstreamFailure => value !== undefined && 'kind' in value;

/** Copies the handler's own headers (CORS, no-store) onto a response made elsewhere. */
function withHeaders(response: Response, headers: Headers): Response {
  const out = new Headers(headers);
  response.headers.forEach((value, name) => {
    out.set(name, value);
  });
  return new Response(response.body, { status: response.status, headers: out });
}

/**
 * Which domains each customer owns, from PocketDNS's per-user domain list, kept for a short
 * while. A domain missing from a cached list is looked up once more before access is refused,
 * so a newly bought domain is never wrongly denied.
 */
class OwnershipCache {
  private readonly lists = new Map<string, { at: number; domains: Map<string, Domain> }>();

  constructor(private readonly options: ResolvedOptions) {}

  /** Stores a list just fetched. */
  remember(uid: string, domains: readonly Domain[]): void {
    this.lists.set(uid, { at: Date.now(), domains: new Map(domains.map((d) => [d.id, d])) });
    if (this.lists.size > 10_000) {
      const oldest = this.lists.keys().next().value;
      if (oldest !== undefined) this.lists.delete(oldest);
    }
  }

  /** Drops what is known about a user. */
  forget(uid: string): void {
    this.lists.delete(uid);
  }

  /**
   * The domain when it belongs to `uid`, `undefined` when it does not (or does not exist), or
   * the upstream failure that kept us from knowing.
   */
  async domain(uid: string, domainId: string, signal: AbortSignal): Promise<Domain | undefined | UpstreamFailure> {
    const cached = this.lists.get(uid);
    if (cached && Date.now() - cached.at < this.options.ownershipCacheMs) {
      const hit = cached.domains.get(domainId);
      if (hit) return hit;
    }
    const upstream = await callUpstream(this.options, 'GET', `/api/v1/users/${encodeURIComponent(uid)}/domains`, signal);
    if (upstream.kind !== 'ok') return upstream.kind === 'error' && upstream.status === 404 ? undefined : upstream;
    if (!isObject(upstream.body) || !Array.isArray(upstream.body.domains)) return undefined;
    const domains = upstream.body.domains as Domain[];
    this.remember(uid, domains);
    return domains.find((d) => d.id === domainId);
  }
}
