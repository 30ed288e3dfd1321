// The handler, made once per server instance and shared by the route's methods.
import { createPocketDnsHandler } from '@pocketdns/widget/server';
import { createSandbox } from '@pocketdns/widget/sandbox';

// No API key needed to try it: the sandbox answers as PocketDNS would. For production, drop
// `fetch`, set `apiKey: process.env.POCKETDNS_API_KEY` and `environment: 'production'`.
const sandbox = createSandbox();

export const pocketdns = createPocketDnsHandler({
  apiKey: sandbox.apiKey,
  environment: 'sandbox',
  fetch: (request) => sandbox.fetch(request),
  // At least 32 characters, the same on every instance; keep it out of the code in production.
  secret: process.env.POCKETDNS_WIDGET_SECRET ?? 'dev-only-secret-change-me-0123456789abcdef',
  // Who is signed in to *your* site. A demo cookie here; with Auth.js, read `await auth()`.
  identify: (request) => {
    const user = /(?:^|;\s*)demo_user=([\w-]+)/.exec(request.headers.get('Cookie') ?? '')?.[1];
    return user ? { user_identifier: user } : null;
  },
});
