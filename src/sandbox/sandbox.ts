import * as z from 'zod/mini';
import type { DnsRecord } from '../api/types.js';
import { checkConflicts, validateRecord, type NormalizedRecord, type RecordInput } from '../dns/index.js';
import { delay, errorResponse, isObject, json, pathSegments, readJsonBody } from '../internal/http.js';
import { mixId } from '../internal/ids.js';
import { createInput, fieldMessage, fieldMessages, mergeUpdate, USER_IDENTIFIER } from '../internal/record-bodies.js';
import type { SandboxData, SandboxDomain } from './model.js';
import { readDataFile, writeDataFile } from './persistence.js';
import { demoData } from './seed.js';
import { SandboxStore } from './store.js';

/** The API key the sandbox accepts unless told otherwise. */
export const DEFAULT_SANDBOX_API_KEY = 'sk_test_sandbox';

/** Options of {@link createSandbox}. */
export interface SandboxOptions {
  /** The one bearer token accepted (default `sk_test_sandbox`); any other gets 401. */
  apiKey?: string;
  /** Added to every answer, to feel a real network. */
  latencyMs?: number;
  /** Requests per API key per window (default 6000 per 60 s). */
  rateLimit?: { limit: number; windowSeconds: number };
  /** Keep the state in this JSON file (Node only), written atomically after each change. */
  dataFile?: string;
  /** Starting data (default: the demo data of `demoData()`). */
  seed?: SandboxData | (() => SandboxData);
  /** The clock, in ms since the epoch (tests move it). */
  now?: () => number;
}

/** An in-process emulator of the PocketDNS Partner API. */
export interface Sandbox {
  /** Answers a Partner API request; the same signature as the global `fetch`, any origin. */
  fetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response>;
  /** The API key it accepts. */
  readonly apiKey: string;
  /** Back to the seed data, rate-limit windows cleared. */
  reset(): Promise<void>;
  /** Resolves when every change so far is on disk (with `dataFile`). */
  flush(): Promise<void>;
  /** A copy of the current state. */
  snapshot(): Promise<SandboxData>;
}

const MAX_BODY_BYTES = 64 * 1024;
const email = z.email();

/** Fixed-window counter per API key: the figures behind the X-RateLimit headers. */
class RateWindows {
  private readonly windows = new Map<string, { start: number; count: number }>();
  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  hit(key: string, now: number): { allowed: boolean; headers: Record<string, string> } {
    const start = now - (now % this.windowMs);
    let window = this.windows.get(key);
    if (window?.start !== start) {
      window = { start, count: 0 };
      this.windows.set(key, window);
    }
    window.count += 1;
    const allowed = window.count <= this.limit;
    return {
      allowed,
      headers: {
        'X-RateLimit-Limit': String(this.limit),
        'X-RateLimit-Remaining': String(Math.max(0, this.limit - window.count)),
        'X-RateLimit-Reset': String(Math.ceil((start + this.windowMs) / 1000)),
      },
    };
  }

  clear(): void {
    this.windows.clear();
  }
}

const randomToken = (): string => {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
};

/**
 * Makes a sandbox: a faithful emulator of the Partner API contract (same operations,
 * validation through the same dns rules, the `{errors}` body, rate-limit headers on every
 * answer and 429 past the limit), seeded with deterministic demo data.
 */
export function createSandbox(options: SandboxOptions = {}): Sandbox {
  const apiKey = options.apiKey ?? DEFAULT_SANDBOX_API_KEY;
  const now = options.now ?? Date.now;
  const rate = options.rateLimit ?? { limit: 6000, windowSeconds: 60 };
  if (!(rate.limit > 0 && rate.windowSeconds > 0)) throw new RangeError('rateLimit.limit and rateLimit.windowSeconds must be positive');
  const windows = new RateWindows(rate.limit, rate.windowSeconds * 1000);
  const seed = (): SandboxData => {
    const s = options.seed ?? demoData;
    return typeof s === 'function' ? s() : structuredClone(s);
  };
  const store = new SandboxStore();
  let writing: Promise<void> = Promise.resolve();

  const ready = (async () => {
    const fromFile = options.dataFile === undefined ? undefined : await readDataFile(options.dataFile);
    store.load(fromFile ?? seed());
    if (options.dataFile !== undefined && !fromFile) await writeDataFile(options.dataFile, store.toData());
  })();

  /** Queues a write of the current state; writes run one after another. */
  const persist = (): void => {
    const file = options.dataFile;
    if (file === undefined) return;
    writing = writing.then(() => writeDataFile(file, store.toData()));
  };

  /** ISO 8601 to the second, as the API writes times; `offsetMs` from now. */
  const iso = (offsetMs = 0): string => new Date(now() + offsetMs).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const newId = (prefix: string): string => {
    let id: string;
    do id = `${prefix}_${mixId(store.nextId++)}`;
    while (store.records.has(id) || store.domains.has(id));
    return id;
  };

  // --- operations -----------------------------------------------------------------------

  async function createUser(request: Request): Promise<Response> {
    const body = await readJsonBody(request, MAX_BODY_BYTES);
    if (!body.ok) return body.response;
    if (!isObject(body.value)) return errorResponse(400, 'Request body must be a JSON object');
    const { user_identifier: uid, email: mail } = body.value;
    const errors: string[] = [];
    if (typeof uid !== 'string' || uid === '') errors.push('user_identifier is required');
    else if (uid.length > 255) errors.push('user_identifier must be at most 255 characters');
    else if (!USER_IDENTIFIER.test(uid)) errors.push('user_identifier may contain only letters, digits, underscores and hyphens');
    if (mail !== undefined && mail !== null && (typeof mail !== 'string' || !email.safeParse(mail).success)) {
      errors.push('email is not a valid email address');
    }
    if (errors.length > 0 || typeof uid !== 'string') return errorResponse(422, errors);
    const existing = store.users.get(uid);
    if (!existing) {
      store.users.set(uid, { user_identifier: uid, email: typeof mail === 'string' ? mail : null, created_at: iso() });
      persist();
    } else if (typeof mail === 'string' && existing.email !== mail) {
      existing.email = mail;
      persist();
    }
    return json(
      {
        user_identifier: uid,
        login_url: `https://embed.sandbox.pocketdns.com/session/${randomToken()}`,
        expires_at: iso(24 * 3600 * 1000),
      },
      201,
    );
  }

  function listDomains(uid: string): Response {
    if (!USER_IDENTIFIER.test(uid)) return errorResponse(400, 'Invalid user_identifier');
    if (!store.users.has(uid)) return errorResponse(404, 'User not found');
    const domains = [...store.domains.values()].filter((d) => d.user_identifier === uid).map((d) => store.domainView(d));
    return json({ domains, total: domains.length });
  }

  function getDomain(id: string): Response {
    const domain = store.domains.get(id);
    return domain ? json(store.domainDetails(domain)) : errorResponse(404, 'Domain not found');
  }

  /** Checks a change against the domain's status, the dns rules and the zone: the record to save, or the refusal. */
  function checkChange(
    domain: SandboxDomain,
    input: RecordInput,
    id?: string,
  ): { ok: true; record: NormalizedRecord } | { ok: false; response: Response } {
    if (domain.status === 'suspended') {
      return { ok: false, response: errorResponse(422, 'Domain is suspended: its DNS records cannot be changed') };
    }
    const result = validateRecord(input, { zone: domain.name });
    if (!result.ok) return { ok: false, response: errorResponse(422, fieldMessages(result.errors)) };
    const conflicts = checkConflicts(store.recordsOf(domain.id), { ...result.record, id });
    if (conflicts.length > 0) return { ok: false, response: errorResponse(422, fieldMessages(conflicts)) };
    return result;
  }

  async function createRecord(request: Request): Promise<Response> {
    const body = await readJsonBody(request, MAX_BODY_BYTES);
    if (!body.ok) return body.response;
    if (!isObject(body.value)) return errorResponse(400, 'Request body must be a JSON object');
    const input = body.value;
    if (typeof input.domain_id !== 'string' || input.domain_id === '') {
      return errorResponse(422, fieldMessage('domain_id', 'domain_id is required.'));
    }
    const domain = store.domains.get(input.domain_id);
    if (!domain) return errorResponse(404, 'Domain not found');
    const result = checkChange(domain, createInput(input));
    if (!result.ok) return result.response;
    const stamp = iso();
    const record: DnsRecord = { id: newId('rec'), domain_id: domain.id, ...result.record, created_at: stamp, updated_at: stamp };
    store.put(record);
    persist();
    return json(record, 201);
  }

  async function updateRecord(request: Request, record: DnsRecord): Promise<Response> {
    const body = await readJsonBody(request, MAX_BODY_BYTES);
    if (!body.ok) return body.response;
    if (!isObject(body.value)) return errorResponse(400, 'Request body must be a JSON object');
    const merged = mergeUpdate(record, body.value);
    if (!merged.ok) return errorResponse(422, merged.message);
    if (!merged.changed) return errorResponse(422, 'Send at least one of name, value, ttl or priority');
    const domain = store.domains.get(record.domain_id);
    if (!domain) return errorResponse(404, 'Domain not found');
    const result = checkChange(domain, merged.input, record.id);
    if (!result.ok) return result.response;
    const updated: DnsRecord = { ...record, ...result.record, updated_at: iso() };
    store.put(updated);
    persist();
    return json(updated);
  }

  function deleteRecord(record: DnsRecord): Response {
    const domain = store.domains.get(record.domain_id);
    if (domain?.status === 'suspended') return errorResponse(422, 'Domain is suspended: its DNS records cannot be changed');
    store.remove(record);
    persist();
    return json(null, 204);
  }

  // --- routing --------------------------------------------------------------------------

  const notAllowed = (allow: string): Response => errorResponse(405, 'Method not allowed', { Allow: allow });

  async function route(request: Request): Promise<Response> {
    const segments = pathSegments(new URL(request.url).pathname);
    if (!segments) return errorResponse(400, 'Malformed URL');
    const method = request.method.toUpperCase();
    const [api, v1, collection, id, sub, ...rest] = segments;
    if (api !== 'api' || v1 !== 'v1' || rest.length > 0) return errorResponse(404, 'Not found');
    if (collection === 'users' && id === undefined) {
      return method === 'POST' ? createUser(request) : notAllowed('POST');
    }
    if (collection === 'users' && id !== undefined && sub === 'domains') {
      return method === 'GET' ? listDomains(id) : notAllowed('GET');
    }
    if (collection === 'domains' && id !== undefined && sub === undefined) {
      return method === 'GET' ? getDomain(id) : notAllowed('GET');
    }
    if (collection === 'dns_records' && id === undefined) {
      return method === 'POST' ? createRecord(request) : notAllowed('POST');
    }
    if (collection === 'dns_records' && id !== undefined && sub === undefined) {
      if (!['GET', 'PUT', 'DELETE'].includes(method)) return notAllowed('GET, PUT, DELETE');
      const record = store.records.get(id);
      if (!record) return errorResponse(404, 'DNS record not found');
      if (method === 'GET') return json(record);
      if (method === 'PUT') return updateRecord(request, record);
      return deleteRecord(record);
    }
    return errorResponse(404, 'Not found');
  }

  async function handle(request: Request): Promise<Response> {
    await ready;
    if (options.latencyMs) await delay(options.latencyMs);
    const bearer = /^Bearer\s+(.+)$/i.exec(request.headers.get('Authorization') ?? '')?.[1]?.trim();
    const limit = windows.hit(bearer ?? 'anonymous', now());
    let response: Response;
    if (!bearer) response = errorResponse(401, 'Missing API key');
    else if (bearer !== apiKey) response = errorResponse(401, 'Invalid API key');
    else if (!limit.allowed) response = errorResponse(429, 'Rate limit exceeded');
    else response = await route(request);
    for (const [name, value] of Object.entries(limit.headers)) response.headers.set(name, value);
    return response;
  }

  return {
    apiKey,
    fetch: (input, init) => handle(input instanceof Request && init === undefined ? input : new Request(input, init)),
    async reset() {
      await ready;
      store.load(seed());
      windows.clear();
      persist();
      await writing;
    },
    async flush() {
      await ready;
      await writing;
    },
    async snapshot() {
      await ready;
      return structuredClone(store.toData());
    },
  };
}
