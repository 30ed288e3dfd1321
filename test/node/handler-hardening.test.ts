import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { DomainDetails, DomainList } from '../../src/api/index.js';
import { createSandbox } from '../../src/sandbox/index.js';
import { ALLOWED, API_KEY, handlerFixture, signInAliceAndBob } from '../helpers/handler-fixture.js';

// Issue 12, items 1-5: the partner's quota, fresh ownership for writes, existence by timing,
// rate-limit figures, redirects. Items 6, 7 and 10 are in handler-bounded.test.ts.

const errorsOf = async (res: Response): Promise<string[]> => ((await res.json()) as { errors: string[] }).errors;
const GENERIC = ['PocketDNS could not be reached. Please try again.'];

describe('handler hardening: upstream quota (item 1)', () => {
  it('repeated unknown and foreign ids cost a bounded number of upstream calls, and other customers are unaffected', async () => {
    // PocketDNS's partner-wide quota: 60 calls. Bob hammering must not spend it.
    const f = handlerFixture({}, createSandbox({ apiKey: API_KEY, rateLimit: { limit: 60, windowSeconds: 60 } }));
    const { alice, bob, aliceDomains, small, aliceRecords } = await signInAliceAndBob(f);
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
    const { bob, aliceRecords } = await signInAliceAndBob(f);
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
    const { alice, small, aliceRecords } = await signInAliceAndBob(f);
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
        const { bob, aliceRecords } = await signInAliceAndBob(f);
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
