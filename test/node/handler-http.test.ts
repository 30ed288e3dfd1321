import assert from 'node:assert/strict';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import type { DomainList } from '../../src/api/index.js';
import { createSandbox } from '../../src/sandbox/index.js';
import { createPocketDnsHandler } from '../../src/server/index.js';
import { toNodeHandler } from '../../src/server/node.js';
import { API_KEY, SECRET } from '../helpers/handler-fixture.js';

describe('toNodeHandler over real HTTP', () => {
  let server: Server;
  let origin: string;

  before(async () => {
    const handler = createPocketDnsHandler({
      apiKey: API_KEY,
      environment: 'sandbox',
      secret: SECRET,
      identify: (request) => (request.headers.get('Cookie') === 'demo=alice' ? { user_identifier: 'alice' } : null),
      fetch: (request) => createSandboxOnce().fetch(request),
    });
    const node = toNodeHandler(handler);
    // A Connect-style chain: the handler first, then the partner's own routes.
    server = createServer((req, res) => {
      node(req, res, () => {
        res.writeHead(200, { 'Content-Type': 'text/plain' });
        res.end('partner route');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  after(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  it('starts a session with the cookie and lists the domains with the token', async () => {
    const session = await fetch(`${origin}/pocketdns/session`, { method: 'POST', headers: { Cookie: 'demo=alice', Origin: origin } });
    assert.equal(session.status, 200);
    const { token, api_base } = (await session.json()) as { token: string; api_base: string };
    const list = await fetch(`${origin}${api_base}/api/v1/users/alice/domains`, { headers: { Authorization: `Bearer ${token}` } });
    assert.equal(list.status, 200);
    const body = (await list.json()) as DomainList;
    assert.ok(body.domains.some((d) => d.name === 'alicebakery.com'));
    assert.match(list.headers.get('X-RateLimit-Limit') ?? '', /^\d+$/);
  });

  it('gzips a large answer over HTTP through the Node adapter', async () => {
    const session = await fetch(`${origin}/pocketdns/session`, { method: 'POST', headers: { Cookie: 'demo=alice' } });
    const { token } = (await session.json()) as { token: string };
    const list = (await (
      await fetch(`${origin}/pocketdns/api/v1/users/alice/domains`, { headers: { Authorization: `Bearer ${token}` } })
    ).json()) as DomainList;
    const big = list.domains.find((d) => d.dns_records_count >= 10_000)!;
    const raw = await new Promise<{ encoding: string | undefined; bytes: number }>((resolve, reject) => {
      const req = request(
        `${origin}/pocketdns/api/v1/domains/${big.id}`,
        { headers: { Authorization: `Bearer ${token}`, 'Accept-Encoding': 'gzip' } },
        (res) => {
          let bytes = 0;
          res.on('data', (chunk: Buffer) => {
            bytes += chunk.byteLength;
          });
          res.on('end', () => {
            resolve({ encoding: res.headers['content-encoding'], bytes });
          });
        },
      );
      req.on('error', reject);
      req.end();
    });
    assert.equal(raw.encoding, 'gzip');
    assert.ok(raw.bytes < 300_000, `${raw.bytes} bytes on the wire`);
  });

  it('refuses a foreign Origin over HTTP too', async () => {
    const res = await fetch(`${origin}/pocketdns/session`, {
      method: 'POST',
      headers: { Cookie: 'demo=alice', Origin: 'https://evil.example' },
    });
    assert.equal(res.status, 403);
  });

  it('413 for a streamed body over 64 KiB', async () => {
    const session = await fetch(`${origin}/pocketdns/session`, { method: 'POST', headers: { Cookie: 'demo=alice' } });
    const { token } = (await session.json()) as { token: string };
    const res = await fetch(`${origin}/pocketdns/api/v1/dns_records`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ value: 'x'.repeat(100_000) }),
    });
    assert.equal(res.status, 413);
  });

  it('answers TRACE with 405 in the contract shape, without a stack trace per request', async () => {
    const logged: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => {
      logged.push(args);
    };
    try {
      // (TRACK never gets this far: Node's own parser answers it 400.)
      for (const method of ['TRACE']) {
        const { status, body } = await new Promise<{ status: number; body: string }>((resolve, reject) => {
          const req = request(`${origin}/pocketdns/session`, { method }, (res) => {
            let text = '';
            res.on('data', (chunk: Buffer) => {
              text += String(chunk);
            });
            res.on('end', () => {
              resolve({ status: res.statusCode ?? 0, body: text });
            });
          });
          req.on('error', reject);
          req.end();
        });
        assert.equal(status, 405, method);
        assert.deepEqual(JSON.parse(body), { errors: ['Method not allowed'] });
      }
    } finally {
      console.error = original;
    }
    assert.deepEqual(logged, []);
  });

  it('passes other paths on to the next middleware', async () => {
    const res = await fetch(`${origin}/account/settings`);
    assert.equal(await res.text(), 'partner route');
    const near = await fetch(`${origin}/pocketdnsx/session`);
    assert.equal(await near.text(), 'partner route');
  });
});

let shared: ReturnType<typeof createSandbox> | undefined;
function createSandboxOnce(): ReturnType<typeof createSandbox> {
  shared ??= createSandbox({ apiKey: API_KEY });
  return shared;
}
