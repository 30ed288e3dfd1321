import type { HandlerRateLimit } from './rate-limit.js';
import type { HandlerStore } from './store.js';

/** The customer the partner's `identify` recognized. */
export interface IdentifiedUser {
  /** The partner's id for the customer: 1–255 of `A-Z a-z 0-9 _ -`, unique per API key. */
  user_identifier: string;
  /** The customer's email, passed to PocketDNS when the user is created. */
  email?: string | undefined;
}

/** Something the handler reports to the partner's logs. The API key is never in it. */
export interface HandlerErrorEvent {
  /** What went wrong, for a person reading logs. */
  message: string;
  /** The route it happened on. */
  route: string;
  /** The upstream status, if an upstream answer caused it. */
  upstreamStatus?: number;
  /** The underlying error, redacted. */
  cause?: unknown;
}

/** Options of `createPocketDnsHandler`. */
export interface PocketDnsHandlerOptions {
  /** The partner's PocketDNS API key. Used only in requests to PocketDNS, never sent to a browser. */
  apiKey: string;
  /** Which PocketDNS environment to call. */
  environment: 'sandbox' | 'production';
  /** Overrides the environment's base URL (a local sandbox, a proxy). */
  baseUrl?: string;
  /** The partner's own code: the signed-in customer of this request, or null. */
  identify: (request: Request) => IdentifiedUser | null | Promise<IdentifiedUser | null>;
  /** Signs session tokens: at least 32 characters, kept on the server. */
  secret: string;
  /** Where the handler is mounted (default `/pocketdns`). */
  basePath?: string;
  /** Lifetime of a session token in seconds (default 900, from 60 to 86400). */
  sessionTtlSeconds?: number;
  /** Origins (e.g. `https://app.partner.com`) allowed to call across origins, with credentials. */
  allowedOrigins?: readonly string[];
  /**
   * Per-user limit (default 300 per 60 s): each request counts once and each further upstream
   * call it makes counts again, so no customer can spend more of the partner's PocketDNS quota
   * than this. The figures are the `X-RateLimit-*` headers of the customer's answers. `false`
   * turns it off.
   */
  rateLimit?: HandlerRateLimit | false;
  /** The fetch used to reach PocketDNS (default: the global fetch); a sandbox's `fetch` fits. */
  fetch?: (input: Request) => Promise<Response>;
  /** How long to wait for PocketDNS, in ms (default 10000), before answering 504. */
  upstreamTimeoutMs?: number;
  /** How long a customer's list of domains is trusted for ownership checks, in seconds (default 30). */
  ownershipCacheSeconds?: number;
  /** Receives problems worth a partner's attention (default: console.error). */
  onError?: (event: HandlerErrorEvent) => void;
  /**
   * Shared state for several instances (rate-limit counts, ownership cache, revocations), e.g.
   * `createRedisStore(client)` from `@pocketdns/widget/server/redis`. Default: this process's
   * memory. If it fails the handler carries on with its own memory and reports to `onError`.
   */
  store?: HandlerStore;
  /**
   * Tells this handler's tokens apart from another's that shares the secret and base path
   * (another app, another region). Default: the base path alone.
   */
  tokenAudience?: string;
  /** How long a request body may take to arrive, in ms (default 10000), before answering 408. */
  bodyTimeoutMs?: number;
  /** The largest PocketDNS answer read, in bytes (default 16 MiB); a larger one is a 502. */
  maxUpstreamBytes?: number;
}

/** The base URL of each PocketDNS environment. */
export const ENVIRONMENT_URLS = {
  sandbox: 'https://api.sandbox.pocketdns.com',
  production: 'https://api.pocketdns.com',
} as const;

/** Options with defaults filled in and checked. */
export interface ResolvedOptions {
  apiKey: string;
  baseUrl: string;
  identify: PocketDnsHandlerOptions['identify'];
  secret: string;
  basePath: string;
  sessionTtlSeconds: number;
  allowedOrigins: ReadonlySet<string>;
  rateLimit: HandlerRateLimit | false;
  fetch: (input: Request) => Promise<Response>;
  upstreamTimeoutMs: number;
  ownershipCacheMs: number;
  onError: (event: HandlerErrorEvent) => void;
  store: HandlerStore | undefined;
  tokenAudience: string | undefined;
  bodyTimeoutMs: number;
  maxUpstreamBytes: number;
}

/**
 * Fills in defaults and checks options at start-up, so a misconfigured handler fails when the
 * partner's server starts, with a message that says what to fix, rather than on a request.
 * @throws TypeError naming the bad option
 */
export function resolveOptions(options: PocketDnsHandlerOptions): ResolvedOptions {
  const fail = (message: string): never => {
    throw new TypeError(`createPocketDnsHandler: ${message}`);
  };
  if (typeof options.apiKey !== 'string' || options.apiKey.trim() === '') fail('apiKey is required.');
  // The key goes into a header: CR, LF, spaces or other controls would split or bend it. The
  // message never quotes the key, since start-up errors end up in logs.
  if (!/^[\x21-\x7e]+$/.test(options.apiKey)) fail('apiKey must be printable ASCII without spaces or line breaks; check how it is loaded.');
  // Checked at run time too: partners' JavaScript and config files are not type-checked.
  const environment: unknown = options.environment;
  if (environment !== 'sandbox' && environment !== 'production') {
    fail(`environment must be 'sandbox' or 'production', not ${JSON.stringify(options.environment)}.`);
  }
  if (typeof options.identify !== 'function') fail('identify must be a function returning {user_identifier} or null.');
  if (typeof options.secret !== 'string' || options.secret.length < 32) {
    fail('secret must be at least 32 characters (for example 32 random bytes in hex).');
  }
  const basePath = (options.basePath ?? '/pocketdns').replace(/\/+$/, '');
  if (!/^\/[A-Za-z0-9/_.-]*$/.test(basePath)) fail(`basePath must be a path starting with /, not ${JSON.stringify(options.basePath)}.`);
  const ttl = options.sessionTtlSeconds ?? 900;
  if (!Number.isInteger(ttl) || ttl < 60 || ttl > 86_400) fail('sessionTtlSeconds must be a whole number from 60 to 86400.');
  const baseUrl = (options.baseUrl ?? ENVIRONMENT_URLS[options.environment]).replace(/\/+$/, '');
  try {
    new URL(baseUrl);
  } catch {
    fail(`baseUrl is not a URL: ${JSON.stringify(options.baseUrl)}.`);
  }
  const origins = new Set<string>();
  for (const origin of options.allowedOrigins ?? []) {
    let parsed: URL | undefined;
    try {
      parsed = new URL(origin);
    } catch {
      parsed = undefined;
    }
    if (parsed?.origin !== origin)
      fail(`allowedOrigins entries must be origins like https://app.example.com, not ${JSON.stringify(origin)}.`);
    origins.add(origin);
  }
  const rateLimit = options.rateLimit ?? { limit: 300, windowSeconds: 60 };
  if (rateLimit !== false && !(rateLimit.limit > 0 && rateLimit.windowSeconds > 0)) {
    fail('rateLimit.limit and rateLimit.windowSeconds must be positive.');
  }
  const upstreamTimeoutMs = options.upstreamTimeoutMs ?? 10_000;
  if (!(upstreamTimeoutMs > 0)) fail('upstreamTimeoutMs must be positive.');
  const ownershipCacheSeconds = options.ownershipCacheSeconds ?? 30;
  if (!(ownershipCacheSeconds >= 0)) fail('ownershipCacheSeconds must be zero or more.');
  const bodyTimeoutMs = options.bodyTimeoutMs ?? 10_000;
  if (!(bodyTimeoutMs > 0)) fail('bodyTimeoutMs must be positive.');
  const maxUpstreamBytes = options.maxUpstreamBytes ?? 16 * 1024 * 1024;
  if (!(maxUpstreamBytes >= 1024)) fail('maxUpstreamBytes must be at least 1024.');
  if (options.tokenAudience !== undefined && (typeof options.tokenAudience !== 'string' || options.tokenAudience === '')) {
    fail('tokenAudience must be a non-empty string.');
  }
  return {
    apiKey: options.apiKey,
    baseUrl,
    identify: options.identify,
    secret: options.secret,
    basePath,
    sessionTtlSeconds: ttl,
    allowedOrigins: origins,
    rateLimit,
    fetch: options.fetch ?? ((request) => globalThis.fetch(request)),
    upstreamTimeoutMs,
    ownershipCacheMs: ownershipCacheSeconds * 1000,
    store: options.store,
    tokenAudience: options.tokenAudience,
    bodyTimeoutMs,
    maxUpstreamBytes,
    onError:
      options.onError ??
      ((event) => {
        console.error(`[pocketdns] ${event.route}: ${event.message}`, event.cause ?? '');
      }),
  };
}
