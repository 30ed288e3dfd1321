import createClient, { type Client, type Middleware } from 'openapi-fetch';
import { PocketDnsApiError, defaultMessage, normalizeErrorBody } from './errors.js';
import { normalizeRecordsIn } from './normalize.js';
import { readRateLimit, retryTime, sleep, type RateLimitInfo } from './rate-limit.js';
import type { paths } from './schema.gen.js';
import type { DnsRecord, DnsRecordCreate, DnsRecordUpdate, DomainDetails, DomainList } from './types.js';

/**
 * Where the client gets its bearer token. The session layer implements it; so can a partner
 * who mints tokens some other way.
 */
export interface SessionSource {
  /** The current token, starting a session first if there is none. */
  getToken(signal?: AbortSignal): Promise<string>;
  /**
   * Called once after a 401: forget `rejectedToken` and give a fresh one. Receiving the
   * rejected token lets a shared source refresh once for many requests failing together.
   */
  refreshToken(rejectedToken: string, signal?: AbortSignal): Promise<string>;
}

/** Options of {@link createPocketDnsClient}. */
export interface PocketDnsClientOptions {
  /**
   * Where Partner API paths (`/api/v1/...`) are sent: the session's `api_base`. A function is
   * asked at each call, for a base that comes with (and may change with) the session; calls
   * made on `raw` then pass `baseUrl` themselves.
   */
  baseUrl: string | (() => string);
  /** Gives the bearer token for each request. */
  session: SessionSource;
  /** Sends a request; defaults to the global fetch, looked up at each call (so test mocks installed later apply). */
  fetch?: (request: Request) => Promise<Response>;
  /**
   * Longest wait before retrying a rate-limited idempotent request, in ms (default 30 s).
   * A later reset makes the request fail with `rate_limited` and its `retryAt` instead.
   */
  maxRateLimitWaitMs?: number;
}

/** Per-call options. */
export interface CallOptions {
  /** Cancels the request, including a rate-limit wait. */
  signal?: AbortSignal;
  /**
   * Called once the request is handed to `fetch` (the session token known), before any answer:
   * a caller can leave its own work (painting an optimistic row) until the request has left.
   */
  onSend?: (() => void) | undefined;
}

/** The typed Partner API client the elements use. Every failure rejects with {@link PocketDnsApiError}. */
export interface PocketDnsClient {
  /** The underlying openapi-fetch client, with the same middleware, for operations not wrapped here. */
  readonly raw: Client<paths>;
  /** Rate-limit figures from the latest response that carried them. */
  readonly rateLimit: RateLimitInfo | undefined;
  /** The domains of a user. */
  listDomains(userIdentifier: string, options?: CallOptions): Promise<DomainList>;
  /** One domain with its nameservers and records. */
  getDomain(domainId: string, options?: CallOptions): Promise<DomainDetails>;
  /** Creates a record. */
  createRecord(record: DnsRecordCreate, options?: CallOptions): Promise<DnsRecord>;
  /** One record. */
  getRecord(recordId: string, options?: CallOptions): Promise<DnsRecord>;
  /** Changes a record's name, value, TTL or priority. */
  updateRecord(recordId: string, changes: DnsRecordUpdate, options?: CallOptions): Promise<DnsRecord>;
  /** Deletes a record. */
  deleteRecord(recordId: string, options?: CallOptions): Promise<void>;
}

// Requests that may be repeated without changing the outcome (RFC 9110 §9.2.2).
const IDEMPOTENT = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE']);
const DEFAULT_MAX_WAIT_MS = 30_000;

const isAbort = (error: unknown, signal?: AbortSignal | null): boolean =>
  signal?.aborted === true || (error instanceof Error && error.name === 'AbortError');

/** Turns anything thrown while sending into a {@link PocketDnsApiError}. */
export function toApiError(error: unknown, signal?: AbortSignal | null): PocketDnsApiError {
  if (error instanceof PocketDnsApiError) return error;
  if (isAbort(error, signal)) {
    return new PocketDnsApiError({ status: 0, code: 'aborted', messages: [], cause: error });
  }
  return new PocketDnsApiError({ status: 0, code: 'network_error', messages: [], cause: error });
}

/** Reads a failed response into a {@link PocketDnsApiError}; a body that is not JSON (an HTML error page) is not shown to people. */
export async function errorFromResponse(response: Response): Promise<PocketDnsApiError> {
  const text = await response.text().catch(() => '');
  let body: unknown;
  try {
    body = text === '' ? undefined : JSON.parse(text);
  } catch {
    body = undefined;
  }
  const { messages, fields } = normalizeErrorBody(body);
  return new PocketDnsApiError({
    status: response.status,
    messages,
    fields,
    retryAt: response.status === 429 ? retryTime(response.headers) : undefined,
  });
}

const withToken = (request: Request, token: string): Request => {
  const headers = new Headers(request.headers);
  headers.set('Authorization', `Bearer ${token}`);
  return new Request(request, { headers });
};

/**
 * A successful JSON answer read and parsed once, in the middleware. The wrapped calls take
 * {@link ParsedResponse.parsed} as it is (a 2 MB domain is not parsed a second time by
 * openapi-fetch); calls made on `raw` read it through `json()`/`text()` as usual.
 */
class ParsedResponse extends Response {
  constructor(
    /** The body, parsed, with records' `content` renamed to `value`. */
    readonly parsed: unknown,
    private readonly source: string,
    private readonly renamed: boolean,
    init: ResponseInit,
  ) {
    super(null, init);
  }

  override json(): Promise<unknown> {
    return Promise.resolve(this.parsed);
  }

  override text(): Promise<string> {
    return Promise.resolve(this.renamed ? JSON.stringify(this.parsed) : this.source);
  }

  override async arrayBuffer(): Promise<ArrayBuffer> {
    return new TextEncoder().encode(await this.text()).buffer;
  }

  override async blob(): Promise<Blob> {
    return new Blob([await this.text()], { type: this.headers.get('Content-Type') ?? 'application/json' });
  }
}

/** Reads a successful JSON body once: fails clearly on non-JSON and renames `content` to `value`. */
async function normalizeSuccess(response: Response): Promise<Response> {
  if (response.status === 204) return response;
  const text = await response.text();
  if (text === '') return new Response(null, { status: response.status, headers: response.headers });
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (cause) {
    throw new PocketDnsApiError({ status: response.status, code: 'invalid_response', messages: [], cause });
  }
  const headers = new Headers(response.headers);
  headers.delete('Content-Length');
  const renamed = normalizeRecordsIn(body);
  return new ParsedResponse(body, text, renamed, { status: response.status, statusText: response.statusText, headers });
}

/** The parsed body of a wrapped call's answer (asked for with `parseAs: 'stream'`, so openapi-fetch leaves it unread). */
const parsedBody = (response: Response): unknown => (response instanceof ParsedResponse ? response.parsed : undefined);

/**
 * Makes the Partner API client: openapi-fetch with middleware that adds the session's bearer
 * token, refreshes the session and retries once on 401, waits out a 429 on idempotent
 * requests (bounded, abortable) and retries once, records rate-limit headers, and turns every
 * failure into a {@link PocketDnsApiError}.
 */
export function createPocketDnsClient(options: PocketDnsClientOptions): PocketDnsClient {
  const send = (request: Request): Promise<Response> => (options.fetch ?? globalThis.fetch)(request);
  const maxWait = options.maxRateLimitWaitMs ?? DEFAULT_MAX_WAIT_MS;
  let rateLimit: RateLimitInfo | undefined;
  // A pristine copy of each request (its body not yet read) and the token it carried, by id.
  const inFlight = new Map<string, { template: Request; token: string }>();

  const note = (response: Response): Response => {
    rateLimit = readRateLimit(response.headers) ?? rateLimit;
    return response;
  };
  const resend = async (template: Request, token: string): Promise<Response> => {
    try {
      return note(await send(withToken(template.clone(), token)));
    } catch (error) {
      throw toApiError(error, template.signal);
    }
  };
  const sessionToken = async (get: () => Promise<string>, signal: AbortSignal): Promise<string> => {
    try {
      return await get();
    } catch (error) {
      if (error instanceof PocketDnsApiError || isAbort(error, signal)) throw toApiError(error, signal);
      throw new PocketDnsApiError({ status: 0, code: 'session_unavailable', messages: [], cause: error });
    }
  };

  const middleware: Middleware = {
    async onRequest({ request, id }) {
      const token = await sessionToken(() => options.session.getToken(request.signal), request.signal);
      const authed = withToken(request, token);
      inFlight.set(id, { template: authed.clone(), token });
      return authed;
    },
    async onResponse({ request, response, id }) {
      const entry = inFlight.get(id);
      inFlight.delete(id);
      let current = note(response);
      let token = entry?.token;
      if (current.status === 401 && entry) {
        const rejected = entry.token;
        token = await sessionToken(() => options.session.refreshToken(rejected, request.signal), request.signal);
        current = await resend(entry.template, token);
      }
      if (current.status === 429 && entry && token !== undefined && IDEMPOTENT.has(request.method)) {
        const at = retryTime(current.headers);
        const wait = at ? at.getTime() - Date.now() : Number.POSITIVE_INFINITY;
        if (wait <= maxWait) {
          try {
            await sleep(Math.max(0, wait), request.signal);
          } catch (error) {
            throw toApiError(error, request.signal);
          }
          current = await resend(entry.template, token);
        }
      }
      if (!current.ok) throw await errorFromResponse(current);
      return normalizeSuccess(current);
    },
    onError({ error, request, id }) {
      inFlight.delete(id);
      return toApiError(error, request.signal);
    },
  };

  // The request's own fetch: tells `onSend` first, then sends in the same turn.
  const sending = (onSend: (() => void) | undefined) =>
    onSend
      ? (request: Request): Promise<Response> => {
          onSend();
          return send(request);
        }
      : send;

  const base = (): string => (typeof options.baseUrl === 'function' ? options.baseUrl() : options.baseUrl).replace(/\/+$/, '');
  const raw = createClient<paths>({ baseUrl: typeof options.baseUrl === 'function' ? '' : base(), fetch: send });
  raw.use(middleware);

  const required = <T>(data: T | undefined): T => {
    if (data === undefined) {
      throw new PocketDnsApiError({ status: 200, code: 'invalid_response', messages: [defaultMessage('invalid_response')] });
    }
    return data;
  };

  return {
    raw,
    get rateLimit() {
      return rateLimit;
    },
    async listDomains(userIdentifier, { signal } = {}) {
      const { response } = await raw.GET('/api/v1/users/{user_identifier}/domains', {
        baseUrl: base(),
        params: { path: { user_identifier: userIdentifier } },
        parseAs: 'stream',
        signal,
      });
      return required(parsedBody(response) as DomainList | undefined);
    },
    async getDomain(domainId, { signal } = {}) {
      const { response } = await raw.GET('/api/v1/domains/{domain_id}', {
        baseUrl: base(),
        params: { path: { domain_id: domainId } },
        parseAs: 'stream',
        signal,
      });
      return required(parsedBody(response) as DomainDetails | undefined);
    },
    async createRecord(record, { signal, onSend } = {}) {
      const { response } = await raw.POST('/api/v1/dns_records', {
        baseUrl: base(),
        body: record,
        parseAs: 'stream',
        signal,
        fetch: sending(onSend),
      });
      return required(parsedBody(response) as DnsRecord | undefined);
    },
    async getRecord(recordId, { signal, onSend } = {}) {
      const { response } = await raw.GET('/api/v1/dns_records/{record_id}', {
        baseUrl: base(),
        params: { path: { record_id: recordId } },
        parseAs: 'stream',
        signal,
        fetch: sending(onSend),
      });
      return required(parsedBody(response) as DnsRecord | undefined);
    },
    async updateRecord(recordId, changes, { signal, onSend } = {}) {
      const { response } = await raw.PUT('/api/v1/dns_records/{record_id}', {
        baseUrl: base(),
        params: { path: { record_id: recordId } },
        body: changes,
        parseAs: 'stream',
        signal,
        fetch: sending(onSend),
      });
      return required(parsedBody(response) as DnsRecord | undefined);
    },
    async deleteRecord(recordId, { signal, onSend } = {}) {
      await raw.DELETE('/api/v1/dns_records/{record_id}', {
        baseUrl: base(),
        params: { path: { record_id: recordId } },
        signal,
        fetch: sending(onSend),
      });
    },
  };
}
