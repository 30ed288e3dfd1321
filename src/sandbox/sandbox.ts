import { readBearer } from '../contract/bearer.js';
import { errorResponse, pathSegments } from '../contract/http.js';
import { matchRoute, ROUTE_METHODS } from '../contract/routes.js';
import type { SandboxData } from './model.js';
import { createOperations } from './operations.js';
import { readDataFile, writeDataFile } from './persistence.js';
import { demoData } from './seed.js';
import { RateWindows } from './rate-windows.js';
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

/** Waits `ms` milliseconds: the sandbox's pretend network. */
const delay = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

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

  const operations = createOperations({ store, now, persist });

  /** Routes through the route table the handler uses too. */
  async function route(request: Request): Promise<Response> {
    const segments = pathSegments(new URL(request.url).pathname);
    if (!segments) return errorResponse(400, 'Malformed URL');
    const method = request.method.toUpperCase();
    const found = matchRoute(segments);
    // `session` is the partner handler's route, not PocketDNS's.
    if (!found || found.kind === 'session') return errorResponse(404, 'Not found');
    const methods = ROUTE_METHODS[found.kind];
    if (!methods.includes(method)) return errorResponse(405, 'Method not allowed', { Allow: methods.join(', ') });
    switch (found.kind) {
      case 'users':
        return operations.createUser(request);
      case 'domains':
        return operations.listDomains(found.userIdentifier);
      case 'domain':
        return operations.getDomain(found.domainId);
      case 'records':
        return operations.createRecord(request);
      case 'record':
        return operations.record(request, method, found.recordId);
    }
  }

  async function handle(request: Request): Promise<Response> {
    await ready;
    if (options.latencyMs) await delay(options.latencyMs);
    const bearer = readBearer(request.headers);
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
