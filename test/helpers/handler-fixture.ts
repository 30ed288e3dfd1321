import type { DomainDetails, DomainList } from '../../src/api/index.js';
import { createPocketDnsHandler, type HandlerErrorEvent, type PocketDnsHandlerOptions } from '../../src/server/index.js';
import { createSandbox, type Sandbox } from '../../src/sandbox/index.js';
import { contractCheckedFetch } from './contract.js';

/** A distinctive key, so a leak anywhere is easy to find. */
export const API_KEY = 'sk_test_LEAKCANARY_7f3a9c21d4e8b6a0';
/** The handler's signing secret in tests. */
export const SECRET = 'test-secret-0123456789abcdef0123456789abcdef';
/** The partner site's origin in tests. */
export const SITE = 'https://partner.example';
/** Another origin the partner allows. */
export const ALLOWED = 'https://app.partner.example';

/** Everything the fixture records, for assertions. */
export interface Recorded {
  /** Every response the handler gave, cloned. */
  responses: Response[];
  /** Every request that reached PocketDNS (the sandbox). */
  upstream: Request[];
  /** Every event the handler reported. */
  events: HandlerErrorEvent[];
}

/**
 * A handler in front of a sandbox (every upstream answer checked against the contract), with
 * `identify` reading the demo cookie `user=<id>`.
 */
export function handlerFixture(overrides: Partial<PocketDnsHandlerOptions> = {}, sandbox: Sandbox = createSandbox({ apiKey: API_KEY })) {
  const recorded: Recorded = { responses: [], upstream: [], events: [] };
  const checked = contractCheckedFetch((request) => sandbox.fetch(request));
  const handler = createPocketDnsHandler({
    apiKey: API_KEY,
    environment: 'sandbox',
    secret: SECRET,
    allowedOrigins: [ALLOWED],
    rateLimit: false,
    identify: (request) => {
      const user = /(?:^|;\s*)user=([^;]+)/.exec(request.headers.get('Cookie') ?? '')?.[1];
      return user ? { user_identifier: user, email: `${user}@example.com` } : null;
    },
    fetch: (request) => {
      recorded.upstream.push(request.clone());
      return checked(request);
    },
    onError: (event) => recorded.events.push(event),
    ...overrides,
  });

  /** Sends a request to the handler as a browser on the partner's site would. */
  async function call(
    method: string,
    path: string,
    init: { token?: string; user?: string; body?: unknown; raw?: string; origin?: string | null; headers?: Record<string, string> } = {},
  ): Promise<Response> {
    const headers = new Headers(init.headers);
    if (init.origin !== null) headers.set('Origin', init.origin ?? SITE);
    if (init.token) headers.set('Authorization', `Bearer ${init.token}`);
    if (init.user) headers.set('Cookie', `user=${init.user}`);
    if (init.body !== undefined || init.raw !== undefined) headers.set('Content-Type', 'application/json');
    const request = new Request(`${SITE}${handler.basePath}${path}`, {
      method,
      headers,
      ...(init.raw !== undefined ? { body: init.raw } : init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
    });
    const response = await handler(request);
    recorded.responses.push(response.clone());
    return response;
  }

  /** Signs in `user` and returns the session's token. */
  async function tokenFor(user: string): Promise<string> {
    const response = await call('POST', '/session', { user });
    if (response.status !== 200) throw new Error(`session for ${user}: ${response.status} ${await response.text()}`);
    return ((await response.json()) as { token: string }).token;
  }

  return { handler, sandbox, call, tokenFor, recorded };
}

/**
 * Signs in Alice and Bob through the handler of `f` and reads Alice's domains and the records
 * of her first small active domain (her "foreign" ids, from Bob's side).
 */
export async function signInAliceAndBob(f: ReturnType<typeof handlerFixture>) {
  const alice = await f.tokenFor('alice');
  const bob = await f.tokenFor('bob');
  const aliceDomains = ((await (await f.call('GET', '/api/v1/users/alice/domains', { token: alice })).json()) as DomainList).domains;
  const small = aliceDomains.find((d) => d.status === 'active' && d.dns_records_count < 100);
  if (!small) throw new Error('the seed has no small active domain for alice');
  const details = (await (await f.call('GET', `/api/v1/domains/${small.id}`, { token: alice })).json()) as DomainDetails;
  return { alice, bob, aliceDomains, small, aliceRecords: details.dns_records };
}
