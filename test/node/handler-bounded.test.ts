import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { DnsRecord } from '../../src/api/index.js';
import { createSandbox } from '../../src/sandbox/index.js';
import { createPocketDnsHandler } from '../../src/server/index.js';
import { ALLOWED, API_KEY, SECRET, SITE, handlerFixture, signInAliceAndBob } from '../helpers/handler-fixture.js';

// Issue 12, items 6, 7 and 10 (handler half): every odd input or upstream answer gets a clear,
// bounded answer. Items 1-5 are in handler-hardening.test.ts.

const errorsOf = async (res: Response): Promise<string[]> => ((await res.json()) as { errors: string[] }).errors;
const GENERIC = ['PocketDNS could not be reached. Please try again.'];

describe('handler hardening: odd upstream answers (item 6)', () => {
  const odd: [label: string, make: () => Response][] = [
    ['{}', () => Response.json({})],
    ['[]', () => Response.json([])],
    ['null', () => Response.json(null)],
    ['{"domains":null}', () => Response.json({ domains: null })],
    ['{"domains":[null]}', () => Response.json({ domains: [null] })],
    ['204', () => new Response(null, { status: 204 })],
    ['not JSON', () => new Response('<html>', { status: 200 })],
  ];
  for (const target of ['list', 'details', 'record', 'session'] as const) {
    for (const [label, make] of odd) {
      it(`${target} answered ${label}: 502 with the generic message, CORS headers, and onError`, async () => {
        const sandbox = createSandbox({ apiKey: API_KEY });
        const base = handlerFixture({}, sandbox);
        const { alice, small, aliceRecords } = await signInAliceAndBob(base);
        const paths = {
          list: '/api/v1/users/alice/domains',
          details: `/api/v1/domains/${small.id}`,
          record: `/api/v1/dns_records/${aliceRecords[0]!.id}`,
          session: '/api/v1/users',
        };
        const f = handlerFixture(
          {
            fetch: (request) => (new URL(request.url).pathname === paths[target] ? Promise.resolve(make()) : sandbox.fetch(request)),
          },
          sandbox,
        );
        if (target !== 'list' && target !== 'session') {
          // Warm the ownership cache through an unbroken handler path: the list is real.
          assert.equal((await f.call('GET', '/api/v1/users/alice/domains', { token: alice })).status, 200);
        }
        const res =
          target === 'session'
            ? await f.call('POST', '/session', { user: 'alice', origin: ALLOWED })
            : await f.call('GET', paths[target], { token: alice, origin: ALLOWED });
        assert.equal(res.status, 502, await res.clone().text());
        assert.deepEqual(await errorsOf(res), GENERIC);
        assert.equal(res.headers.get('Access-Control-Allow-Origin'), ALLOWED);
        assert.ok(f.recorded.events.length > 0, 'reported');
      });
    }
  }
});

describe('handler hardening: bounded answers (item 7)', () => {
  it('a failing RateLimitStore does not crash the handler: it answers and tells the partner', async () => {
    const f = handlerFixture({
      rateLimit: { limit: 10, windowSeconds: 60, store: { increment: () => Promise.reject(new Error('ECONNREFUSED redis')) } },
    });
    const token = await f.tokenFor('alice');
    const res = await f.call('GET', '/api/v1/users/alice/domains', { token });
    assert.equal(res.status, 200);
    assert.ok(f.recorded.events.some((e) => /store/i.test(e.message)));
  });

  it('an apiKey with CR or LF is refused at start-up without printing it', () => {
    for (const apiKey of [`${API_KEY}\r\n`, `${API_KEY}\nX-Evil: 1`, ` ${API_KEY}`]) {
      assert.throws(
        () => createPocketDnsHandler({ apiKey, environment: 'sandbox', secret: SECRET, identify: () => null }),
        (error: Error) => /apiKey/.test(error.message) && !error.message.includes(API_KEY),
      );
    }
  });

  it('redacts the key from a non-Error rejection of the partner fetch', async () => {
    for (const reason of [`fetch failed for Bearer ${API_KEY}`, { headers: { Authorization: `Bearer ${API_KEY}` } }, [API_KEY]]) {
      const f = handlerFixture({
        // A partner's fetch may reject with anything, not only an Error.
        // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors
        fetch: () => Promise.reject(reason),
      });
      assert.equal((await f.call('POST', '/session', { user: 'alice' })).status, 502);
      assert.ok(f.recorded.events.length > 0);
      assert.doesNotMatch(JSON.stringify(f.recorded.events), new RegExp(API_KEY));
    }
  });

  it('redacts a key written with JSON escapes in a 2xx body', async () => {
    const sandbox = createSandbox({ apiKey: API_KEY });
    const escaped = Array.from(API_KEY, (c) => c)
      .map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
      .join('');
    const f = handlerFixture(
      {
        fetch: async (request) => {
          const res = await sandbox.fetch(request);
          if (!new URL(request.url).pathname.endsWith('/domains')) return res;
          const text = await res.text();
          return new Response(text.replace('"domains":', `"note":"${escaped}","domains":`), { headers: res.headers });
        },
      },
      sandbox,
    );
    const token = await f.tokenFor('alice');
    const res = await f.call('GET', '/api/v1/users/alice/domains', { token });
    assert.equal(res.status, 200);
    assert.doesNotMatch(JSON.stringify(await res.json()), new RegExp(API_KEY));
  });

  it('caps the size of an upstream answer and stops reading it', async () => {
    let pulled = 0;
    const chunk = new Uint8Array(1024 * 1024).fill(0x20);
    const f = handlerFixture({
      fetch: (request) => {
        if (!new URL(request.url).pathname.endsWith('/domains')) return createSandbox({ apiKey: API_KEY }).fetch(request);
        const body = new ReadableStream<Uint8Array>({
          start(controller) {
            controller.enqueue(new TextEncoder().encode('{"domains":['));
          },
          pull(controller) {
            pulled += chunk.byteLength;
            if (pulled > 64 * 1024 * 1024) controller.close();
            else controller.enqueue(chunk);
          },
        });
        return Promise.resolve(new Response(body, { headers: { 'Content-Type': 'application/json' } }));
      },
    });
    const token = await f.tokenFor('alice');
    const res = await f.call('GET', '/api/v1/users/alice/domains', { token });
    assert.equal(res.status, 502);
    assert.ok(pulled <= 20 * 1024 * 1024, `${pulled / 1024 / 1024} MiB read`);
    assert.ok(f.recorded.events.some((e) => /too large|size/i.test(e.message)));
  });

  it('cuts off a request body that never finishes with 408', async () => {
    const f = handlerFixture({ bodyTimeoutMs: 200 });
    const token = await f.tokenFor('alice');
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"domain_id":'));
      },
    });
    const started = Date.now();
    const keepAlive = setTimeout(() => undefined, 5000);
    const res = await f.handler(
      new Request(`${SITE}/pocketdns/api/v1/dns_records`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', Origin: SITE },
        body,
        duplex: 'half',
      } as RequestInit),
    );
    clearTimeout(keepAlive);
    assert.equal(res.status, 408);
    assert.ok(Date.now() - started < 2000);
  });

  for (const name of [null, 0, [], {}, true]) {
    it(`a non-string name (${JSON.stringify(name)}) is a 422 on Name, not the apex`, async () => {
      const f = handlerFixture();
      const { alice, small, aliceRecords } = await signInAliceAndBob(f);
      const before = f.recorded.upstream.length;
      const post = await f.call('POST', '/api/v1/dns_records', {
        token: alice,
        body: { domain_id: small.id, type: 'A', name, value: '192.0.2.1', ttl: 300 },
      });
      assert.equal(post.status, 422);
      assert.match((await errorsOf(post))[0] ?? '', /^Name: /);
      const record = aliceRecords.find((r) => r.type === 'A' && r.name !== '@') as DnsRecord;
      const put = await f.call('PUT', `/api/v1/dns_records/${record.id}`, { token: alice, body: { name } });
      assert.equal(put.status, 422);
      assert.match((await errorsOf(put))[0] ?? '', /^Name: /);
      assert.ok(f.recorded.upstream.slice(before).every((r) => r.method === 'GET'));
    });
  }
});

describe('handler hardening: login_url (item 10, handler half)', () => {
  const cases: [url: string, passed: boolean][] = [
    ['https://embed.pocketdns.com/session/abc', true],
    ['http://localhost:5173/embed', true],
    ['http://127.0.0.1:8080/embed', true],
    ['javascript:alert(document.cookie)', false],
    ['JavaScript:alert(1)', false],
    ['data:text/html,<script>alert(1)</script>', false],
    ['http://embed.pocketdns.com/session/abc', false],
    ['http://localhost.evil.example/x', false],
    ['//evil.example/x', false],
    ['not a url', false],
  ];
  for (const [url, passed] of cases) {
    it(`${passed ? 'passes' : 'drops'} ${url}`, async () => {
      const f = handlerFixture({
        fetch: () =>
          Promise.resolve(Response.json({ user_identifier: 'alice', login_url: url, expires_at: '2030-01-01T00:00:00Z' }, { status: 201 })),
      });
      const res = await f.call('POST', '/session', { user: 'alice' });
      assert.equal(res.status, 200);
      const body = (await res.json()) as { login_url: string };
      assert.equal(body.login_url, passed ? url : '');
      assert.equal(
        f.recorded.events.some((e) => /login_url/.test(e.message)),
        !passed,
      );
    });
  }
});
