import type { ResolvedOptions } from './options.js';
import { RATE_LIMIT_HEADERS, type UpstreamFailure } from './upstream.js';

const GENERIC_UPSTREAM = 'PocketDNS could not be reached. Please try again.';
const GENERIC_TIMEOUT = 'PocketDNS took too long to answer. Please try again.';

/** Reports a problem to the partner's `onError`, redacted. */
export type Report = (route: string, message: string, extra?: { upstreamStatus?: number; cause?: unknown }) => void;

/** Replaces the API key wherever it appears in `text`. */
export type Redact = (text: string) => string;

/** Makes the redactor and the reporter of one handler: nothing that leaves it carries the key. */
export function reporting(options: Pick<ResolvedOptions, 'apiKey' | 'onError'>): { redact: Redact; report: Report } {
  const redact: Redact = (text) => (text.includes(options.apiKey) ? text.replaceAll(options.apiKey, '[redacted]') : text);
  const report: Report = (route, message, extra = {}) => {
    const cause = extra.cause instanceof Error ? redact(`${extra.cause.name}: ${extra.cause.message}`) : extra.cause;
    options.onError({
      route,
      message: redact(message),
      ...(extra.upstreamStatus === undefined ? {} : { upstreamStatus: extra.upstreamStatus }),
      ...(cause === undefined ? {} : { cause }),
    });
  };
  return { redact, report };
}

/**
 * The answers to one request: every response it makes carries the same CORS, `no-store` and
 * `nosniff` headers, errors take the `{errors: [...]}` shape, PocketDNS's rate-limit headers
 * are passed on, and every body is redacted of the API key.
 */
export class Reply {
  /** The headers every answer to this request carries. */
  readonly headers = new Headers({ 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
  /** True when a browser on an origin that is not allowed sent the request. */
  readonly crossOriginRefused: boolean;

  /** Reads the request's `Origin` against `allowedOrigins` and sets the CORS headers. */
  constructor(
    request: Request,
    url: URL,
    allowedOrigins: ReadonlySet<string>,
    private readonly redact: Redact,
    private readonly report: Report,
  ) {
    const origin = request.headers.get('Origin');
    const crossOrigin = origin !== null && origin !== url.origin && request.headers.get('Sec-Fetch-Site') !== 'same-origin';
    const corsAllowed = origin !== null && allowedOrigins.has(origin);
    if (corsAllowed) {
      this.headers.set('Access-Control-Allow-Origin', origin);
      this.headers.set('Access-Control-Allow-Credentials', 'true');
      this.headers.set('Access-Control-Expose-Headers', RATE_LIMIT_HEADERS.join(', '));
    }
    if (allowedOrigins.size > 0) this.headers.append('Vary', 'Origin');
    this.crossOriginRefused = crossOrigin && !corsAllowed;
  }

  /** A JSON answer (`null`: an empty body), redacted. */
  send(status: number, body: unknown): Response {
    if (body === null) return new Response(null, { status, headers: this.headers });
    this.headers.set('Content-Type', 'application/json; charset=utf-8');
    return new Response(this.redact(JSON.stringify(body)), { status, headers: this.headers });
  }

  /** Forwards PocketDNS's JSON as it came (no re-serializing), redacted. */
  forward(status: number, text: string): Response {
    this.headers.set('Content-Type', 'application/json; charset=utf-8');
    return new Response(this.redact(text), { status, headers: this.headers });
  }

  /** An error in the contract's shape. */
  fail(status: number, message: string | string[]): Response {
    return this.send(status, { errors: Array.isArray(message) ? message : [message] });
  }

  /** The answer to a CORS preflight for a route taking `methods`. */
  preflight(methods: readonly string[]): Response {
    this.headers.set('Access-Control-Allow-Methods', methods.join(', '));
    this.headers.set('Access-Control-Allow-Headers', 'Authorization, Content-Type');
    this.headers.set('Access-Control-Max-Age', '600');
    return this.send(204, null);
  }

  /** 405, naming the methods the route takes. */
  methodNotAllowed(methods: readonly string[]): Response {
    this.headers.set('Allow', methods.join(', '));
    return this.fail(405, 'Method not allowed');
  }

  /** 429 from the handler's own per-user limit. */
  tooManyRequests(limit: number, resetAt: number): Response {
    this.headers.set('X-RateLimit-Limit', String(limit));
    this.headers.set('X-RateLimit-Remaining', '0');
    this.headers.set('X-RateLimit-Reset', String(Math.ceil(resetAt / 1000)));
    this.headers.set('Retry-After', String(Math.max(1, Math.ceil((resetAt - Date.now()) / 1000))));
    return this.fail(429, 'Too many requests. Please wait a moment.');
  }

  /** Copies PocketDNS's rate-limit headers onto this request's answers. */
  passRateLimit(from: Headers): void {
    for (const name of RATE_LIMIT_HEADERS) {
      const value = from.get(name);
      if (value !== null) this.headers.set(name, value);
    }
  }

  /** A response made elsewhere (a refused body), with this request's headers added. */
  adopt(response: Response): Response {
    const out = new Headers(this.headers);
    response.headers.forEach((value, name) => {
      out.set(name, value);
    });
    return new Response(response.body, { status: response.status, headers: out });
  }

  /** Answers an upstream failure: its 4xx as they are, everything else as a generic 502/504. */
  upstreamFailure(result: UpstreamFailure, route: string): Response {
    if (result.kind === 'unreachable') {
      this.report(route, result.timeout ? 'PocketDNS timed out' : 'PocketDNS could not be reached', { cause: result.cause });
      return this.fail(result.timeout ? 504 : 502, result.timeout ? GENERIC_TIMEOUT : GENERIC_UPSTREAM);
    }
    this.passRateLimit(result.headers);
    if (result.status === 401 || result.status === 403) {
      // The partner's key was refused: the customer can do nothing about it, the partner must.
      this.report(route, `PocketDNS refused the API key (status ${result.status}); check apiKey and environment`, {
        upstreamStatus: result.status,
      });
      return this.fail(502, GENERIC_UPSTREAM);
    }
    if ([400, 404, 409, 422, 429].includes(result.status)) {
      return this.fail(result.status, result.messages.length > 0 ? result.messages : ['The request was refused.']);
    }
    this.report(route, `PocketDNS answered ${result.status}`, { upstreamStatus: result.status });
    return this.fail(502, GENERIC_UPSTREAM);
  }
}
