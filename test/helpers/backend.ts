import { http } from 'msw';
import { createSandbox, demoData, type Sandbox, type SandboxData } from '../../src/sandbox/index.js';
// The handler module itself: the server entry also exports the Node adapter, which is not for browsers.
import { createPocketDnsHandler } from '../../src/server/handler.js';
import { resetSessions } from '../../src/session/index.js';
import { servfailResolvers } from './doh-browser.js';
import { worker } from './msw-browser.js';

/** The partner's backend, running in the test page behind msw: the real handler, the sandbox behind it. */
export interface Backend {
  sandbox: Sandbox;
  /** Who `identify` says is signed in (null: nobody). */
  user: string | null;
  /** How many times the session endpoint was called. */
  sessionRequests: number;
  /** Every Partner API request the elements sent (method and path). */
  apiCalls: string[];
  /** Ids of the demo data, by domain name. */
  domainId(name: string): string;
}

/** Options of {@link startBackend}. */
export interface BackendOptions {
  /** Who is signed in (default alice; null: nobody). */
  user?: string | null;
  /** The sandbox's data (default the demo data). */
  seed?: SandboxData;
  /** How the handler reaches PocketDNS (default: straight to the sandbox); fault soaks wrap it. */
  upstream?: (request: Request, sandbox: Sandbox) => Promise<Response>;
  /** How long the handler waits for PocketDNS, in ms. */
  upstreamTimeoutMs?: number;
}

/** Starts a fresh backend (and forgets the page's sessions) for one test. */
export function startBackend(options: BackendOptions = {}): Backend {
  resetSessions();
  worker.resetHandlers();
  const seed = options.seed ?? demoData();
  const sandbox = createSandbox({ seed, rateLimit: { limit: 1_000_000, windowSeconds: 60 } });
  const backend: Backend = {
    sandbox,
    user: options.user === undefined ? 'alice' : options.user,
    sessionRequests: 0,
    apiCalls: [],
    domainId: (name) => {
      const domain = seed.domains.find((d) => d.name === name);
      if (!domain) throw new Error(`no domain ${name} in the seed`);
      return domain.id;
    },
  };
  const handler = createPocketDnsHandler({
    apiKey: sandbox.apiKey,
    environment: 'sandbox',
    secret: 'browser-test-secret-0123456789abcdef',
    rateLimit: false,
    identify: () => (backend.user ? { user_identifier: backend.user } : null),
    fetch: (request) => (options.upstream ? options.upstream(request, sandbox) : sandbox.fetch(request)),
    onError: () => undefined,
    ...(options.upstreamTimeoutMs === undefined ? {} : { upstreamTimeoutMs: options.upstreamTimeoutMs }),
  });
  worker.use(
    http.all('/pocketdns/*', ({ request }) => {
      const path = new URL(request.url).pathname;
      if (path === '/pocketdns/session') backend.sessionRequests += 1;
      else backend.apiCalls.push(`${request.method} ${path.replace('/pocketdns', '')}`);
      return handler(request);
    }),
    // Rows check propagation after a change: public resolvers answer SERVFAIL unless a test says otherwise.
    ...servfailResolvers(),
  );
  return backend;
}
