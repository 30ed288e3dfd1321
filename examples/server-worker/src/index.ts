// The PocketDNS widget's backend piece as a Cloudflare Worker (Deno Deploy and Vercel Edge take
// the same `export default { fetch }`). Web-standard code only: no `node:*` module is loaded.
import { createPocketDnsHandler, type PocketDnsHandler } from '@pocketdns/widget/server';
import { createSandbox } from '@pocketdns/widget/sandbox';

/** The Worker's bindings (`wrangler secret put POCKETDNS_WIDGET_SECRET`). */
export interface Env {
  POCKETDNS_WIDGET_SECRET: string;
}

let handler: PocketDnsHandler | undefined;

/** One handler per isolate, made on the first request: secrets arrive with `env`. */
function pocketdns(env: Env): PocketDnsHandler {
  // No API key needed to try it: the sandbox answers as PocketDNS would. For production, drop
  // `fetch`, set `apiKey: env.POCKETDNS_API_KEY` and `environment: 'production'`. Several
  // isolates do not share memory: pass a `store` (e.g. on Redis or KV) for sign-out and limits.
  if (handler) return handler;
  const sandbox = createSandbox();
  handler = createPocketDnsHandler({
    apiKey: sandbox.apiKey,
    environment: 'sandbox',
    fetch: (request) => sandbox.fetch(request),
    secret: env.POCKETDNS_WIDGET_SECRET,
    // Who is signed in to *your* site. A demo cookie here; use your own session or auth.
    identify: (request) => {
      const user = /(?:^|;\s*)demo_user=([\w-]+)/.exec(request.headers.get('Cookie') ?? '')?.[1];
      return user ? { user_identifier: user } : null;
    },
  });
  return handler;
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const { pathname } = new URL(request.url);
    if (pathname === '/pocketdns' || pathname.startsWith('/pocketdns/')) return pocketdns(env)(request);
    return new Response('Not found', { status: 404 });
  },
};
