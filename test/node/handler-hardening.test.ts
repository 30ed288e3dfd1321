import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { DnsRecord, DomainDetails, DomainList } from '../../src/api/index.js';
import { createSandbox } from '../../src/sandbox/index.js';
import { createPocketDnsHandler } from '../../src/server/index.js';
import { ALLOWED, API_KEY, SECRET, SITE, handlerFixture } from '../helpers/handler-fixture.js';

const errorsOf = async (res: Response): Promise<string[]> => ((await res.json()) as { errors: string[] }).errors;
const GENERIC = ['PocketDNS could not be reached. Please try again.'];

/** Alice's and Bob's ids, read through the handler of `f`. */
async function ids(f: ReturnType<typeof handlerFixture>) {
  const alice = await f.tokenFor('alice');
  const bob = await f.tokenFor('bob');
  const aliceDomains = ((await (await f.call('GET', '/api/v1/users/alice/domains', { token: alice })).json()) as DomainList).domains;
  const small = aliceDomains.find((d) => d.status === 'active' && d.dns_records_count < 100)!;
  const details = (await (await f.call('GET', `/api/v1/domains/${small.id}`, { token: alice })).json()) as DomainDetails;
  return { alice, bob, aliceDomains, small, aliceRecords: details.dns_records };
}

describe('handler hardening: upstream quota (item 1)', () => {
  it('repeated unknown and foreign ids cost a bounded number of upstream calls, and other customers are unaffected', async () => {
    // PocketDNS's partner-wide quota: 60 calls. Bob hammering must not spend it.
    const f = handlerFixture({}, createSandbox({ apiKey: API_KEY, rateLimit: { limit: 60, windowSeconds: 60 } }));
    const { alice, bob, aliceDomains, small, aliceRecords } = await ids(f);
    const foreignRecords = aliceRecords.slice(0, 10).map((r) => r.id);
    const unknownDomains = ['dom_nope1', 'dom_nope2', 'dom_nope3', 'dom_nope4', 'dom_nope5'];
    const unknownRecords = ['rec_nope1', 'rec_nope2', 'rec_nope3', 'rec_nope4', 'rec_nope5'];
    const before = f.recorded.upstream.length;
    for (let i = 0; i < 200; i += 1) {
      const path =
        i % 3 === 0
          ? `/api/v1/domains/${unknownDomains[i % 5]!}`
          : i % 3 === 1
            ? `/api/v1/dns_records/${foreignRecords[i % 10]!}`
            : `/api/v1/dns_records/${unknownRecords[i % 5]!}`;
      const domainId = aliceDomains[i % aliceDomains.length]!.id;
      assert.equal((await f.call('GET', path, { token: bob })).status, 404, path);
      if (i % 10 === 0) {
        const post = await f.call('POST', '/api/v1/dns_records', {
          token: bob,
          body: { domain_id: domainId, type: 'A', name: 'x', value: '192.0.2.1', ttl: 300 },
        });
        assert.equal(post.status, 404);
      }
    }
    const bobCalls = f.recorded.upstream.length - before;
    // Each distinct id may cost a call once (20 ids) plus a list fetch or two.
    assert.ok(bobCalls <= 25, `${bobCalls} upstream calls for Bob's 220 requests`);
    for (let i = 0; i < 5; i += 1) {
      assert.equal((await f.call('GET', '/api/v1/users/alice/domains', { token: alice })).status, 200);
      assert.equal((await f.call('GET', `/api/v1/domains/${small.id}`, { token: alice })).status, 200);
    }
  });

  it('distinct ids are bounded by the per-user limit, which counts upstream calls', async () => {
    const f = handlerFixture({ rateLimit: { limit: 40, windowSeconds: 60 } });
    const { bob, aliceRecords } = await ids(f);
    const before = f.recorded.upstream.length;
    let refused = 0;
    for (let i = 0; i < 120; i += 1) {
      const id = i % 2 === 0 ? (aliceRecords[i % aliceRecords.length]?.id ?? 'rec_x') : `rec_unknown${i}`;
      const res = await f.call('GET', `/api/v1/dns_records/${id}`, { token: bob });
      if (res.status === 429) refused += 1;
      else assert.equal(res.status, 404);
    }
    const bobCalls = f.recorded.upstream.length - before;
    assert.ok(bobCalls <= 40, `${bobCalls} upstream calls with a limit of 40`);
    assert.ok(refused > 0);
  });
});

/** A fetch in front of `sandbox` that can pretend `domainId` now belongs to bob. */
function transferable(sandbox = createSandbox({ apiKey: API_KEY })) {
  const state = { transferred: undefined as string | undefined };
  const fetch = async (request: Request): Promise<Response> => {
    const response = await sandbox.fetch(request);
    const path = new URL(request.url).pathname;
    if (!state.transferred || request.method !== 'GET') return response;
    if (path === '/api/v1/users/alice/domains') {
      const list = (await response.json()) as DomainList;
      const domains = list.domains.filter((d) => d.id !== state.transferred);
      return Response.json({ domains, total: domains.length }, { headers: response.headers });
    }
    if (path === `/api/v1/domains/${state.transferred}`) {
      const details = (await response.json()) as DomainDetails;
      return Response.json({ ...details, user_identifier: 'bob' }, { headers: response.headers });
    }
    return response;
  };
  return { state, fetch, sandbox };
}

describe('handler hardening: writes check fresh ownership (item 2)', () => {
  it('after a domain changes hands the old owner can no longer create, update or delete its records', async () => {
    const t = transferable();
    const f = handlerFixture({ fetch: t.fetch }, t.sandbox);
    const { alice, small, aliceRecords } = await ids(f);
    const record = aliceRecords.find((r) => r.type === 'A')!;
    t.state.transferred = small.id;
    const before = f.recorded.upstream.length;
    const post = await f.call('POST', '/api/v1/dns_records', {
      token: alice,
      body: { domain_id: small.id, type: 'A', name: 'stale', value: '192.0.2.9', ttl: 300 },
    });
    assert.equal(post.status, 404);
    assert.equal((await f.call('PUT', `/api/v1/dns_records/${record.id}`, { token: alice, body: { ttl: 600 } })).status, 404);
    assert.equal((await f.call('DELETE', `/api/v1/dns_records/${record.id}`, { token: alice })).status, 404);
    const writes = f.recorded.upstream.slice(before).filter((r) => r.method !== 'GET');
    assert.deepEqual(
      writes.map((r) => r.method),
      [],
      'no write reached PocketDNS',
    );
  });
});

describe('handler hardening: record existence is not visible (item 3)', () => {
  for (const method of ['GET', 'PUT', 'DELETE'] as const) {
    it(`${method}: "not yours" and "does not exist" cost the same upstream calls`, async () => {
      const costs: number[] = [];
      for (const which of ['foreign', 'missing'] as const) {
        const f = handlerFixture();
        const { bob, aliceRecords } = await ids(f);
        await f.call('GET', '/api/v1/users/bob/domains', { token: bob });
        const id = which === 'foreign' ? aliceRecords[0]!.id : 'rec_doesnotexist';
        const before = f.recorded.upstream.length;
        const res = await f.call(method, `/api/v1/dns_records/${id}`, { token: bob, ...(method === 'PUT' ? { body: { ttl: 600 } } : {}) });
        assert.equal(res.status, 404);
        assert.deepEqual(await errorsOf(res), ['DNS record not found']);
        costs.push(f.recorded.upstream.length - before);
      }
      assert.equal(costs[0], costs[1], `foreign ${costs[0]} vs missing ${costs[1]} upstream calls`);
    });
  }
});

describe('handler hardening: rate-limit figures (item 4)', () => {
  it("shows each customer their own figures, not PocketDNS's partner-wide ones", async () => {
    const f = handlerFixture({ rateLimit: { limit: 100, windowSeconds: 60 } });
    const alice = await f.tokenFor('alice');
    const bob = await f.tokenFor('bob');
    const first = await f.call('GET', '/api/v1/users/alice/domains', { token: alice });
    assert.equal(first.headers.get('X-RateLimit-Limit'), '100');
    const remaining = Number(first.headers.get('X-RateLimit-Remaining'));
    for (let i = 0; i < 5; i += 1) await f.call('GET', '/api/v1/users/bob/domains', { token: bob });
    const second = await f.call('GET', '/api/v1/users/alice/domains', { token: alice });
    assert.equal(Number(second.headers.get('X-RateLimit-Remaining')), remaining - 1);
  });

  it("PocketDNS's 429 reaches the browser with Retry-After, and its figures reach onError", async () => {
    const f = handlerFixture({}, createSandbox({ apiKey: API_KEY, rateLimit: { limit: 2, windowSeconds: 60 } }));
    const token = await f.tokenFor('alice');
    await f.call('GET', '/api/v1/users/alice/domains', { token });
    const limited = await f.call('GET', '/api/v1/users/alice/domains', { token });
    assert.equal(limited.status, 429);
    assert.match(limited.headers.get('Retry-After') ?? '', /^[1-9]\d*$/);
    const event = f.recorded.events.find((e) => e.upstreamStatus === 429);
    assert.ok(event, 'reported');
    assert.match(event.message, /limit/i);
  });
});

describe('handler hardening: the partner sees its PocketDNS quota (item 4)', () => {
  it('a cross-origin page can read Retry-After on a 429 (it is exposed with the rate-limit headers)', async () => {
    const f = handlerFixture({ rateLimit: { limit: 1, windowSeconds: 60 } });
    const over = await f.call('POST', '/session', { user: 'alice', origin: ALLOWED });
    assert.equal(over.status, 200);
    const limited = await f.call('POST', '/session', { user: 'alice', origin: ALLOWED });
    assert.equal(limited.status, 429);
    const exposed = (limited.headers.get('Access-Control-Expose-Headers') ?? '').split(/,\s*/);
    assert.ok(exposed.includes('Retry-After'), exposed.join());
    assert.ok(exposed.includes('X-RateLimit-Remaining'));
  });

  it("reports to onError when PocketDNS's partner-wide quota runs low, once per window, never to the browser", async () => {
    const f = handlerFixture({}, createSandbox({ apiKey: API_KEY, rateLimit: { limit: 20, windowSeconds: 60 } }));
    const token = await f.tokenFor('alice');
    for (let i = 0; i < 18; i += 1) await f.call('GET', '/api/v1/users/alice/domains', { token });
    const low = f.recorded.events.filter((e) => /quota/i.test(e.message));
    assert.equal(low.length, 1, JSON.stringify(f.recorded.events));
    assert.match(low[0]!.message, /X-RateLimit-Remaining: [0-2]\b/);
  });
});

describe('handler hardening: redirects (item 5)', () => {
  it('a 3xx from PocketDNS is an upstream failure: not followed, key not re-sent', async () => {
    const { createServer } = await import('node:http');
    const sandbox = createSandbox({ apiKey: API_KEY });
    const seen: string[] = [];
    const server = createServer((req, res) => {
      seen.push(req.url ?? '');
      if (req.url === '/api/v1/users/bob/domains') {
        res.writeHead(302, { Location: '/api/v1/users/alice/domains' }).end();
        return;
      }
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const body = chunks.length > 0 ? Buffer.concat(chunks) : undefined;
        void sandbox
          .fetch(`http://upstream${req.url ?? '/'}`, { method: req.method ?? 'GET', headers: req.headers as Record<string, string>, body })
          .then(async (answer) => {
            res.writeHead(answer.status, Object.fromEntries(answer.headers)).end(Buffer.from(await answer.arrayBuffer()));
          });
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const address = server.address() as { port: number };
      const f = handlerFixture({ baseUrl: `http://127.0.0.1:${address.port}`, fetch: (r) => globalThis.fetch(r) });
      const bob = await f.tokenFor('bob');
      const res = await f.call('GET', '/api/v1/users/bob/domains', { token: bob });
      assert.equal(res.status, 502);
      assert.deepEqual(await errorsOf(res), GENERIC);
      assert.ok(!seen.includes('/api/v1/users/alice/domains'), `redirect followed: ${seen.join(' ')}`);
      assert.ok(f.recorded.events.some((e) => e.upstreamStatus === 302));
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

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
        const { alice, small, aliceRecords } = await ids(base);
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
      const { alice, small, aliceRecords } = await ids(f);
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
