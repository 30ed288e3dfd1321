// toNodeHandler in real Express 5 apps over real HTTP: body parsers before it, a Router with
// later routes, bodies too large or too slow. Every request must get an answer.
import assert from 'node:assert/strict';
import type { Server } from 'node:http';
import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import { after, describe, it } from 'node:test';
import express, { type Express } from 'express';
import { createSandbox } from '../../src/sandbox/index.js';
import { createPocketDnsHandler, type PocketDnsHandlerOptions } from '../../src/server/index.js';
import { toNodeHandler } from '../../src/server/node.js';
import { API_KEY, SECRET } from '../helpers/handler-fixture.js';

const servers: Server[] = [];
after(async () => {
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
});

/** A handler in front of a fresh sandbox, for the user `alice`. */
function pocketdns(options: Partial<PocketDnsHandlerOptions> = {}) {
  const sandbox = createSandbox({ apiKey: API_KEY });
  return createPocketDnsHandler({
    apiKey: API_KEY,
    environment: 'sandbox',
    secret: SECRET,
    rateLimit: false,
    identify: () => ({ user_identifier: 'alice' }),
    fetch: (request) => sandbox.fetch(request),
    ...options,
  });
}

/** Serves `app` on a loopback port and gives its origin. */
async function serve(app: Express): Promise<string> {
  const server = await new Promise<Server>((resolve) => {
    const listening: Server = app.listen(0, '127.0.0.1', () => {
      resolve(listening);
    });
  });
  servers.push(server);
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** Session, domains, then create, update and delete a record, as the widget does; the statuses and values seen. */
async function roundTrip(origin: string, base = '/pocketdns') {
  const session = await fetch(`${origin}${base}/session`, { method: 'POST' });
  assert.equal(session.status, 200, await session.clone().text());
  const { token } = (await session.json()) as { token: string };
  const auth = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };
  const list = (await (await fetch(`${origin}${base}/api/v1/users/alice/domains`, { headers: auth })).json()) as {
    domains: { id: string; name: string }[];
  };
  const domain = list.domains.find((d) => d.name === 'alicebakery.com');
  assert.ok(domain);
  const created = await fetch(`${origin}${base}/api/v1/dns_records`, {
    method: 'POST',
    headers: auth,
    body: JSON.stringify({ domain_id: domain.id, type: 'A', name: 'express-test', value: '192.0.2.10', ttl: 3600 }),
  });
  const record = (await created.json()) as { id: string; value: string };
  const updated = await fetch(`${origin}${base}/api/v1/dns_records/${record.id}`, {
    method: 'PUT',
    headers: auth,
    body: JSON.stringify({ value: '192.0.2.11' }),
  });
  const after = (await updated.json()) as { value: string };
  const deleted = await fetch(`${origin}${base}/api/v1/dns_records/${record.id}`, { method: 'DELETE', headers: auth });
  const gone = await fetch(`${origin}${base}/api/v1/dns_records/${record.id}`, { headers: auth });
  return { created: [created.status, record.value], updated: [updated.status, after.value], deleted: deleted.status, gone: gone.status };
}

const EXPECTED = { created: [201, '192.0.2.10'], updated: [200, '192.0.2.11'], deleted: 204, gone: 404 };

/** A token for requests that need only one. */
async function token(origin: string): Promise<string> {
  return ((await (await fetch(`${origin}/pocketdns/session`, { method: 'POST' })).json()) as { token: string }).token;
}

describe('toNodeHandler in Express 5', () => {
  it('creates, updates and deletes with express.json() before the handler', async () => {
    const app = express();
    app.use(express.json());
    app.use(toNodeHandler(pocketdns()));
    assert.deepEqual(await roundTrip(await serve(app)), EXPECTED);
  });

  it('works with express.urlencoded() before it (the JSON stream is left unread)', async () => {
    const app = express();
    app.use(express.urlencoded());
    app.use(toNodeHandler(pocketdns()));
    assert.deepEqual(await roundTrip(await serve(app)), EXPECTED);
  });

  it('takes the body from express.text() and express.raw() for every type', async () => {
    for (const parser of [express.text({ type: '*/*' }), express.raw({ type: '*/*' })]) {
      const app = express();
      app.use(parser);
      app.use(toNodeHandler(pocketdns()));
      assert.deepEqual(await roundTrip(await serve(app)), EXPECTED);
    }
  });

  it('mounted in a Router, leaves req.url alone for the routes after it', async () => {
    const app = express();
    const router = express.Router();
    router.use('/pocketdns', toNodeHandler(pocketdns()));
    router.get('/health', (req, res) => {
      res.json({ route: 'health', url: req.url, originalUrl: req.originalUrl });
    });
    // A handler mounted without a path in a Router under /partner: the case that rewrote req.url.
    const partner = express.Router();
    partner.use(toNodeHandler(pocketdns({ basePath: '/partner/pocketdns' })));
    partner.get('/account', (req, res) => {
      res.json({ route: 'account', url: req.url, originalUrl: req.originalUrl, baseUrl: req.baseUrl });
    });
    app.use(express.json());
    app.use(router);
    app.use('/partner', partner);
    const origin = await serve(app);

    assert.deepEqual(await (await fetch(`${origin}/health?x=1`)).json(), {
      route: 'health',
      url: '/health?x=1',
      originalUrl: '/health?x=1',
    });
    assert.deepEqual(await (await fetch(`${origin}/partner/account`)).json(), {
      route: 'account',
      url: '/account',
      originalUrl: '/partner/account',
      baseUrl: '/partner',
    });
    assert.deepEqual(await roundTrip(origin), EXPECTED);
    assert.deepEqual(await roundTrip(origin, '/partner/pocketdns'), EXPECTED);
  });

  it('refuses a body over 64 KiB, whichever parser read it, and answers a body past the parser limit', async () => {
    const big = JSON.stringify({ domain_id: 'x', value: 'x'.repeat(70_000) });
    const huge = JSON.stringify({ value: 'x'.repeat(1_000_000) });
    const statuses: Record<string, number[]> = {};
    for (const [name, parser] of [
      ['none', undefined],
      ['json', express.json()],
      ['json 10mb', express.json({ limit: '10mb' })],
      ['text', express.text({ type: '*/*', limit: '10mb' })],
    ] as const) {
      const app = express();
      // Express's own 413 is expected here: 'test' keeps its error handler from logging it.
      app.set('env', 'test');
      if (parser) app.use(parser);
      app.use(toNodeHandler(pocketdns()));
      const origin = await serve(app);
      const auth = { Authorization: `Bearer ${await token(origin)}`, 'Content-Type': 'application/json' };
      statuses[name] = [];
      for (const body of [big, huge]) {
        const res = await fetch(`${origin}/pocketdns/api/v1/dns_records`, { method: 'POST', headers: auth, body });
        statuses[name].push(res.status);
        await res.arrayBuffer();
      }
    }
    // express.json()'s own limit is 100 kB: past it, Express answers 413 before the handler runs.
    assert.deepEqual(statuses, { none: [413, 413], json: [413, 413], 'json 10mb': [413, 413], text: [413, 413] });
  });

  it('answers 500 saying what to change when a middleware read the body and kept it', async () => {
    const app = express();
    app.use((req, _res, next) => {
      req.on('data', () => undefined);
      req.on('end', () => {
        next();
      });
    });
    app.use(toNodeHandler(pocketdns()));
    const origin = await serve(app);
    const logged: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => logged.push(args.join(' '));
    try {
      const auth = { Authorization: `Bearer ${await token(origin)}`, 'Content-Type': 'application/json' };
      for (let i = 0; i < 2; i++) {
        const res = await fetch(`${origin}/pocketdns/api/v1/dns_records`, { method: 'POST', headers: auth, body: '{"domain_id":"d"}' });
        assert.equal(res.status, 500);
        const { errors } = (await res.json()) as { errors: string[] };
        assert.match(errors[0] ?? '', /already read .* Mount toNodeHandler\(\) before body parsers/);
      }
    } finally {
      console.error = original;
    }
    // Told once, not on every request.
    assert.equal(logged.length, 1);
    assert.match(String(logged[0]), /^\[pocketdns\] The request body was already read/);
  });

  it('still answers requests without a body after a middleware drained every request', async () => {
    const app = express();
    // A logger that reads every request's body, even an empty one, before the handler.
    app.use((req, _res, next) => {
      req.on('data', () => undefined);
      req.on('end', () => {
        next();
      });
    });
    app.use(toNodeHandler(pocketdns()));
    const origin = await serve(app);
    const bearer = await token(origin);
    const list = await fetch(`${origin}/pocketdns/api/v1/users/alice/domains`, { headers: { Authorization: `Bearer ${bearer}` } });
    assert.equal(list.status, 200);
    const { domains } = (await list.json()) as { domains: { id: string; name: string }[] };
    const details = await fetch(`${origin}/pocketdns/api/v1/domains/${domains[0]!.id}`, { headers: { Authorization: `Bearer ${bearer}` } });
    const { dns_records } = (await details.json()) as { dns_records: { id: string }[] };
    const recordId = dns_records[0]!.id;
    const deleted = await fetch(`${origin}/pocketdns/api/v1/dns_records/${recordId}`, {
      method: 'DELETE',
      headers: { Authorization: `Bearer ${bearer}` },
    });
    assert.equal(deleted.status, 204);
  });

  it('answers 408 to a body that stops arriving, instead of waiting for it', async () => {
    const app = express();
    app.use(toNodeHandler(pocketdns({ bodyTimeoutMs: 200 })));
    const origin = await serve(app);
    const bearer = await token(origin);
    const { port } = new URL(origin);
    const head = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(port), '127.0.0.1', () => {
        socket.write(
          `POST /pocketdns/api/v1/dns_records HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nAuthorization: Bearer ${bearer}\r\n` +
            'Content-Type: application/json\r\nContent-Length: 100\r\nConnection: close\r\n\r\n{"domain_id":',
        );
      });
      let text = '';
      socket.on('data', (chunk: Buffer) => {
        text += String(chunk);
      });
      socket.on('end', () => {
        resolve(text);
      });
      socket.on('error', reject);
    });
    assert.match(head, /^HTTP\/1\.1 408 /);
    assert.match(head, /The request body took too long to arrive/);
  });
});
