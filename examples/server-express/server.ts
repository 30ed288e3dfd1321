// The PocketDNS widget's backend piece in an Express 5 app. `express.json()` runs first, for
// the app's own routes: toNodeHandler takes the body it already parsed.
// Run: `npx tsx server.ts`, then open http://localhost:3000.
import { pathToFileURL } from 'node:url';
import express from 'express';
import { createPocketDnsHandler } from '@pocketdns/widget/server';
import { toNodeHandler } from '@pocketdns/widget/server/node';
import { createSandbox } from '@pocketdns/widget/sandbox';

// No API key needed to try it: the sandbox answers as PocketDNS would. For production, drop
// `fetch`, set `apiKey: process.env.POCKETDNS_API_KEY` and `environment: 'production'`.
const sandbox = createSandbox();

const pocketdns = createPocketDnsHandler({
  apiKey: sandbox.apiKey,
  environment: 'sandbox',
  fetch: (request) => sandbox.fetch(request),
  // At least 32 characters, the same on every instance; keep it out of the code in production.
  secret: process.env.POCKETDNS_WIDGET_SECRET ?? 'dev-only-secret-change-me-0123456789abcdef',
  // Who is signed in to *your* site. A demo cookie here; use your own session or auth.
  identify: (request) => {
    const user = /(?:^|;\s*)demo_user=([\w-]+)/.exec(request.headers.get('Cookie') ?? '')?.[1];
    return user ? { user_identifier: user } : null;
  },
});

export const app = express();
app.use(express.json());
// Answers under /pocketdns (the handler's basePath) and passes every other request on.
app.use(toNodeHandler(pocketdns));
app.get('/api/health', (_req, res) => {
  res.json({ ok: true });
});
app.get('/', (_req, res) => {
  res.cookie('demo_user', 'alice').type('html').send(`<!doctype html>
<script src="https://unpkg.com/@pocketdns/widget/dist/pocketdns-widget.iife.js"></script>
<pocketdns-domains session-url="/pocketdns/session"></pocketdns-domains>`);
});

// Listens when run as a script; a test imports `app` and listens itself.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const port = Number(process.env.PORT ?? 3000);
  app.listen(port, () => {
    console.log(`listening on http://localhost:${port}`);
  });
}
