// The PocketDNS widget's backend piece in a Hono app: the handler is a Fetch-API function, so
// it takes Hono's raw Request as it is. Serve `app.fetch` with Bun, Deno, Cloudflare Workers,
// or on Node with `@hono/node-server` (`serve(app)`).
import { Hono } from 'hono';
import { getCookie } from 'hono/cookie';
import { createPocketDnsHandler } from '@pocketdns/widget/server';
import { createSandbox } from '@pocketdns/widget/sandbox';

// No API key needed to try it: the sandbox answers as PocketDNS would. For production, drop
// `fetch`, set `apiKey` from your secrets and `environment: 'production'`.
const sandbox = createSandbox();

const pocketdns = createPocketDnsHandler({
  apiKey: sandbox.apiKey,
  environment: 'sandbox',
  fetch: (request) => sandbox.fetch(request),
  // At least 32 characters, the same on every instance; keep it out of the code in production.
  secret: 'dev-only-secret-change-me-0123456789abcdef',
  // Who is signed in to *your* site. A demo cookie here; use your own session or auth.
  identify: (request) => {
    const user = /(?:^|;\s*)demo_user=([\w-]+)/.exec(request.headers.get('Cookie') ?? '')?.[1];
    return user ? { user_identifier: user } : null;
  },
});

export const app = new Hono();
app.all('/pocketdns/*', (c) => pocketdns(c.req.raw));
app.get('/', (c) => c.text(`Signed in as ${getCookie(c, 'demo_user') ?? 'nobody'}`));

export default app;
