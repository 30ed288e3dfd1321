import { encodeFor } from './compress.js';
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
    // A partner's fetch may reject with anything (a string, an object holding the headers):
    // whatever it is becomes redacted text, so the key cannot ride along inside it.
    const cause = extra.cause === undefined ? undefined : redact(describe(extra.cause));
    options.onError({
      route,
      message: redact(message),
      ...(extra.upstreamStatus === undefined ? {} : { upstreamStatus: extra.upstreamStatus }),
      ...(cause === undefined ? {} : { cause }),
    });
  };
  return { redact, report };
}

/** Text for any thrown value: an Error's name and message, anything else as JSON where it can be. */
function describe(cause: unknown): string {
  if (cause instanceof Error) return `${cause.name}: ${cause.message}`;
  if (typeof cause === 'string') return cause;
  try {
    // JSON.stringify gives undefined for functions and symbols, whatever its types say.
    const json = JSON.stringify(cause) as string | undefined;
    return json ?? String(cause);
  } catch {
    return String(cause);
  }
}

// JSON can spell any character as \uXXXX (and / as \/): a key written that way would slip past
// a plain search, so such a body is re-serialized, which writes every character plainly.
const ESCAPES = /\\u|\\\//;

/** Seconds until PocketDNS lets the partner call again, from its 429's headers (at least 1). */
function retryAfter(headers: Headers): number {
  const given = Number(headers.get('Retry-After'));
  if (Number.isFinite(given) && given > 0) return Math.ceil(given);
  const reset = Number(headers.get('X-RateLimit-Reset'));
  if (Number.isFinite(reset) && reset > 0) return Math.max(1, Math.ceil(reset - Date.now() / 1000));
  return 1;
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

  /** The content coding the browser accepts that answers may use. */
  private readonly encoding: 'gzip' | undefined;

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
      this.headers.set('Access-Control-Expose-Headers', [...RATE_LIMIT_HEADERS, 'Retry-After'].join(', '));
    }
    if (allowedOrigins.size > 0) this.headers.append('Vary', 'Origin');
    this.crossOriginRefused = crossOrigin && !corsAllowed;
    this.encoding = encodeFor(request.headers.get('Accept-Encoding'));
  }

  /** A body, compressed when it is large and the browser accepts gzip. */
  private body(status: number, text: string): Response {
    this.headers.set('Content-Type', 'application/json; charset=utf-8');
    if (this.encoding && text.length >= 1024) {
      this.headers.set('Content-Encoding', this.encoding);
      this.headers.append('Vary', 'Accept-Encoding');
      const stream = new Blob([text]).stream().pipeThrough(new CompressionStream(this.encoding));
      return new Response(stream, { status, headers: this.headers });
    }
    return new Response(text, { status, headers: this.headers });
  }

  /** A JSON answer (`null`: an empty body), redacted. */
  send(status: number, body: unknown): Response {
    if (body === null) return new Response(null, { status, headers: this.headers });
    return this.body(status, this.redact(JSON.stringify(body)));
  }

  /**
   * Forwards PocketDNS's JSON as it came (no re-serializing), redacted; `parsed` is the same
   * answer parsed, re-serialized only when the text uses escapes that could hide the key.
   */
  forward(status: number, text: string, parsed: unknown): Response {
    return this.body(status, this.redact(ESCAPES.test(text) ? JSON.stringify(parsed) : text));
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

  /** The customer's own figures under the handler's per-user limit, on every answer. */
  rateLimit(limit: number, count: number, resetAt: number): void {
    this.headers.set('X-RateLimit-Limit', String(limit));
    this.headers.set('X-RateLimit-Remaining', String(Math.max(0, limit - count)));
    this.headers.set('X-RateLimit-Reset', String(Math.ceil(resetAt / 1000)));
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
    if (result.kind === 'invalid') {
      this.report(route, result.reason, { upstreamStatus: result.status });
      return this.fail(502, GENERIC_UPSTREAM);
    }
    if (result.status === 429) {
      // The partner's quota at PocketDNS, shared by all its customers: the figures are for the
      // partner's logs; the browser learns only when to try again.
      const wait = retryAfter(result.headers);
      const figures = RATE_LIMIT_HEADERS.map((name) => `${name}: ${result.headers.get(name) ?? '-'}`).join(', ');
      this.report(route, `PocketDNS's rate limit for the API key was reached (${figures})`, { upstreamStatus: 429 });
      this.headers.set('Retry-After', String(wait));
      this.headers.set('X-RateLimit-Remaining', '0');
      this.headers.set('X-RateLimit-Reset', String(Math.ceil(Date.now() / 1000) + wait));
      return this.fail(429, 'Too many requests. Please wait a moment.');
    }
    if (result.status === 401 || result.status === 403) {
      // The partner's key was refused: the customer can do nothing about it, the partner must.
      this.report(route, `PocketDNS refused the API key (status ${result.status}); check apiKey and environment`, {
        upstreamStatus: result.status,
      });
      return this.fail(502, GENERIC_UPSTREAM);
    }
    if ([400, 404, 409, 422].includes(result.status)) {
      return this.fail(result.status, result.messages.length > 0 ? result.messages : ['The request was refused.']);
    }
    this.report(route, `PocketDNS answered ${result.status}`, { upstreamStatus: result.status });
    return this.fail(502, GENERIC_UPSTREAM);
  }
}
