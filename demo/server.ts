// `npm start`: "Acme Hosting", a fictional partner site, with a demo sign-in, the real
// PocketDNS handler at /pocketdns, and the sandbox behind it in-process. With
// POCKETDNS_API_KEY set, the handler talks to the real PocketDNS API instead.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createVite } from 'vite';
import { createSandbox } from '../src/sandbox/index.js';
import { createPocketDnsHandler } from '../src/server/index.js';
import { toNodeHandler } from '../src/server/node.js';

const DEMO_USERS: Record<string, { email: string; label: string }> = {
  alice: { email: 'alice@example.com', label: 'Alice' },
  bob: { email: 'bob@example.com', label: 'Bob' },
};
const COOKIE = 'acme_session';
// Secrets live only as long as the process: restarting the demo signs everyone out.
const cookieSecret = randomBytes(32);
const widgetSecret = process.env.POCKETDNS_WIDGET_SECRET ?? randomBytes(32).toString('hex');

const sign = (user: string): string => `${user}.${createHmac('sha256', cookieSecret).update(user).digest('base64url')}`;

/** The demo user a signed cookie names, or null. */
function signedInUser(cookieHeader: string | null | undefined): string | null {
  const raw = new RegExp(`(?:^|;\\s*)${COOKIE}=([^;]+)`).exec(cookieHeader ?? '')?.[1];
  if (!raw) return null;
  const user = raw.slice(0, raw.indexOf('.'));
  const expected = Buffer.from(sign(user));
  const given = Buffer.from(raw);
  return Object.hasOwn(DEMO_USERS, user) && expected.length === given.length && timingSafeEqual(expected, given) ? user : null;
}

const apiKey = process.env.POCKETDNS_API_KEY;
const environment = process.env.POCKETDNS_ENV === 'production' ? 'production' : 'sandbox';
const sandbox = apiKey ? undefined : createSandbox({ latencyMs: Number(process.env.SANDBOX_LATENCY_MS ?? 120) });
const upstreamLabel = sandbox
  ? 'the embedded sandbox (no API key needed)'
  : `PocketDNS ${environment} (${environment === 'production' ? 'api.pocketdns.com' : 'api.sandbox.pocketdns.com'})`;

const handler = createPocketDnsHandler({
  apiKey: apiKey ?? sandbox?.apiKey ?? '',
  environment,
  secret: widgetSecret,
  identify: (request) => {
    const user = signedInUser(request.headers.get('Cookie'));
    return user ? { user_identifier: user, email: DEMO_USERS[user]?.email } : null;
  },
  ...(sandbox ? { fetch: (request: Request) => sandbox.fetch(request) } : {}),
});
const pocketdns = toNodeHandler(handler);

const vite = await createVite({
  root: new URL('.', import.meta.url).pathname,
  server: { middlewareMode: true },
  appType: 'spa',
  publicDir: false,
  logLevel: 'warn',
});

/** Reads a small urlencoded form body. */
async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  let body = '';
  for await (const chunk of req) {
    body += String(chunk);
    if (body.length > 4096) break;
  }
  return new URLSearchParams(body);
}

function redirectHome(res: ServerResponse, cookie: string): void {
  res.writeHead(303, { Location: '/', 'Set-Cookie': cookie, 'Cache-Control': 'no-store' });
  res.end();
}

async function demoRoutes(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
  const path = (req.url ?? '/').split('?')[0];
  if (req.method === 'POST' && path === '/demo/sign-in') {
    const user = (await readForm(req)).get('user') ?? '';
    if (!Object.hasOwn(DEMO_USERS, user)) {
      res.writeHead(400, { 'Content-Type': 'text/plain' }).end('Unknown demo user');
      return true;
    }
    redirectHome(res, `${COOKIE}=${sign(user)}; Path=/; HttpOnly; SameSite=Lax`);
    return true;
  }
  if (req.method === 'POST' && path === '/demo/sign-out') {
    // Signing out of the site ends the widget's sessions too, not only the site's cookie.
    const user = signedInUser(req.headers.cookie);
    if (user) await handler.revokeSessions(user);
    redirectHome(res, `${COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0`);
    return true;
  }
  // The production build on a bare page (build first), with the modules it imports later from
  // beside it: the extras (the record form, changes, health), the connect part (Set up a
  // service, zone files) and the languages.
  const later = /^\/bench\/((?:locales\/[\w-]+|pocketdns-widget-(?:extras|connect))\.js)$/.exec(path ?? '')?.[1];
  if (req.method === 'GET' && (path === '/bench/widget.js' || later)) {
    try {
      const script = await readFile(new URL(`../dist/${later ?? 'pocketdns-widget.iife.js'}`, import.meta.url));
      res.writeHead(200, { 'Content-Type': 'text/javascript', 'Cache-Control': 'no-store' }).end(script);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Run npm run build first.');
    }
    return true;
  }
  if (req.method === 'GET' && path === '/bench/') {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end(`<!doctype html><html lang="en"><meta charset="utf-8"><title>bench</title><body>
<pocketdns-domains id="domains" session-url="/pocketdns/session"></pocketdns-domains>
<pocketdns-records for="domains" session-url="/pocketdns/session"></pocketdns-records>
<script src="/bench/widget.js"></script></body></html>`);
    return true;
  }
  if (req.method === 'GET' && path === '/demo/state') {
    const user = signedInUser(req.headers.cookie);
    res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
    res.end(JSON.stringify({ user, name: user ? DEMO_USERS[user]?.label : null, upstream: upstreamLabel }));
    return true;
  }
  return false;
}

const server = createServer((req, res) => {
  pocketdns(req, res, () => {
    demoRoutes(req, res)
      .then((handled) => {
        if (!handled) vite.middlewares(req, res);
      })
      .catch((error: unknown) => {
        console.error(error);
        if (!res.headersSent) res.writeHead(500).end('Demo server error');
      });
  });
});

/** Listens on 5173, or the next free port if it is taken. */
function listen(port: number, attemptsLeft: number): void {
  server.once('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EADDRINUSE' && attemptsLeft > 0) listen(port + 1, attemptsLeft - 1);
    else throw error;
  });
  server.listen(port, 'localhost', () => {
    console.log(`Acme Hosting demo: http://localhost:${port}`);
    console.log(`PocketDNS: ${upstreamLabel}. Sign in as Alice or Bob on the page.`);
  });
}
listen(Number(process.env.PORT ?? 5173), 20);
