import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { HttpResponse } from 'msw';
import { checkPropagation, DEFAULT_RESOLVERS, type PropagationRecord } from '../../src/health/propagation.js';
import { answer, CLOUDFLARE, GOOGLE, nxdomain, TYPES, useDohServer } from '../helpers/doh.js';

const { server, requests, resolver } = useDohServer();
const zone = 'example.com';
const www: PropagationRecord = { type: 'A', name: 'www', value: '192.0.2.10', ttl: 300 };

describe('checkPropagation', () => {
  it('is live when every resolver answers the value, asking each by name and type with the DoH JSON accept header', async () => {
    server.use(resolver(CLOUDFLARE, answer(TYPES.A, 300, '192.0.2.10')), resolver(GOOGLE, answer(TYPES.A, 299, '192.0.2.10')));
    const result = await checkPropagation(www, { zone });
    assert.deepEqual(result, {
      state: 'live',
      seen: 2,
      total: 2,
      results: [
        { resolver: 'Cloudflare', status: 'match', ttl: 300 },
        { resolver: 'Google', status: 'match', ttl: 299 },
      ],
    });
    assert.equal(requests.length, 2);
    for (const request of requests) {
      assert.equal(request.url.searchParams.get('name'), 'www.example.com');
      assert.equal(request.url.searchParams.get('type'), 'A');
      assert.equal(request.accept, 'application/dns-json');
    }
    assert.deepEqual(
      DEFAULT_RESOLVERS.map((r) => r.url),
      [CLOUDFLARE, GOOGLE],
    );
  });

  it('is updating when 1 of 2 resolvers sees it; the other keeps the old value for its TTL', async () => {
    server.use(resolver(CLOUDFLARE, answer(TYPES.A, 300, '192.0.2.10')), resolver(GOOGLE, answer(TYPES.A, 120, '192.0.2.99')));
    const result = await checkPropagation(www, { zone });
    assert.equal(result.state, 'updating');
    assert.equal(result.seen, 1);
    assert.equal(result.total, 2);
    assert.deepEqual(result.results[1], { resolver: 'Google', status: 'stale', ttl: 120 });
  });

  it('is not visible on NXDOMAIN, with the negative-caching TTL', async () => {
    server.use(resolver(CLOUDFLARE, nxdomain(300)), resolver(GOOGLE, nxdomain()));
    const result = await checkPropagation(www, { zone });
    assert.equal(result.state, 'not-visible');
    assert.equal(result.seen, 0);
    assert.deepEqual(result.results, [
      { resolver: 'Cloudflare', status: 'nxdomain', ttl: 300 },
      { resolver: 'Google', status: 'nxdomain' },
    ]);
  });

  it('is unknown when every resolver is down (network error, HTTP 500)', async () => {
    server.use(
      resolver(CLOUDFLARE, () => 'network-error'),
      resolver(GOOGLE, () => new HttpResponse('oops', { status: 500 })),
    );
    const result = await checkPropagation(www, { zone });
    assert.equal(result.state, 'unknown');
    assert.deepEqual(
      result.results.map((r) => r.status),
      ['error', 'error'],
    );
  });

  it('counts a resolver that is down as not answering, not as not seeing', async () => {
    server.use(
      resolver(CLOUDFLARE, () => 'network-error'),
      resolver(GOOGLE, answer(TYPES.A, 300, '192.0.2.10')),
    );
    const result = await checkPropagation(www, { zone });
    assert.deepEqual([result.state, result.seen, result.total], ['live', 1, 2]);
  });

  it('treats malformed answers (not JSON, wrong shape, SERVFAIL) as errors', async () => {
    server.use(
      resolver(CLOUDFLARE, () => new HttpResponse('<html>captive portal</html>', { headers: { 'content-type': 'text/html' } })),
      resolver(GOOGLE, () => HttpResponse.json({ Status: 0, Answer: [{ name: 'www.example.com.', type: 1, data: 42 }] }) as Response),
      resolver('https://doh.example.net/dns-query', () => ({ Status: 2 })),
    );
    const result = await checkPropagation(www, { zone, resolvers: [...DEFAULT_RESOLVERS, 'https://doh.example.net/dns-query'] });
    assert.equal(result.state, 'unknown');
    assert.deepEqual(
      result.results.map((r) => [r.resolver, r.status]),
      [
        ['Cloudflare', 'error'],
        ['Google', 'error'],
        ['doh.example.net', 'error'],
      ],
    );
  });

  describe('compares by value', () => {
    const cases: { title: string; record: PropagationRecord; type: number; data: string[]; status: 'match' | 'stale' }[] = [
      {
        title: 'MX: priority and host, case-insensitive, final dot',
        record: { type: 'MX', name: '@', value: 'mail.example.com', priority: 10 },
        type: TYPES.MX,
        data: ['10 MAIL.Example.COM.'],
        status: 'match',
      },
      {
        title: 'MX with another priority is stale',
        record: { type: 'MX', name: '@', value: 'mail.example.com', priority: 10 },
        type: TYPES.MX,
        data: ['20 mail.example.com.'],
        status: 'stale',
      },
      {
        title: 'CNAME with a final dot',
        record: { type: 'CNAME', name: 'shop', value: 'shops.myshopify.com' },
        type: TYPES.CNAME,
        data: ['Shops.MyShopify.com.'],
        status: 'match',
      },
      {
        title: 'TXT joined from quoted strings',
        record: { type: 'TXT', name: '@', value: 'v=spf1 include:_spf.google.com ~all' },
        type: TYPES.TXT,
        data: ['"v=spf1 include:_spf." "google.com ~all"'],
        status: 'match',
      },
      {
        title: 'TXT with escapes',
        record: { type: 'TXT', name: '@', value: 'say "hi" \\ café' },
        type: TYPES.TXT,
        data: ['"say \\"hi\\" \\\\ caf\\195\\169"'],
        status: 'match',
      },
      {
        title: 'TXT without quotes',
        record: { type: 'TXT', name: '@', value: 'google-site-verification=abc' },
        type: TYPES.TXT,
        data: ['google-site-verification=abc'],
        status: 'match',
      },
      {
        title: 'TXT is case-sensitive',
        record: { type: 'TXT', name: '@', value: 'Token=ABC' },
        type: TYPES.TXT,
        data: ['"token=abc"'],
        status: 'stale',
      },
      {
        title: 'TXT among several at the name',
        record: { type: 'TXT', name: '@', value: 'b' },
        type: TYPES.TXT,
        data: ['"a"', '"b"'],
        status: 'match',
      },
      {
        title: 'SRV with priority, weight, port, target',
        record: { type: 'SRV', name: '_sip._tcp', value: '5 5060 sip.example.com', priority: 10 },
        type: TYPES.SRV,
        data: ['10 5 5060 sip.example.com.'],
        status: 'match',
      },
      {
        title: 'AAAA written out in full',
        record: { type: 'AAAA', name: 'www', value: '2001:db8::1' },
        type: TYPES.AAAA,
        data: ['2001:0DB8:0000:0000:0000:0000:0000:0001'],
        status: 'match',
      },
    ];
    for (const c of cases) {
      it(c.title, async () => {
        server.use(resolver(CLOUDFLARE, answer(c.type, 60, ...c.data)));
        const result = await checkPropagation(c.record, { zone, resolvers: [CLOUDFLARE] });
        assert.equal(result.results[0]?.status, c.status);
      });
    }

    it('ignores records of other names and types (a CNAME chain)', async () => {
      server.use(
        resolver(CLOUDFLARE, () => ({
          Status: 0,
          Answer: [
            { name: 'www.example.com.', type: TYPES.CNAME, TTL: 60, data: 'edge.example.net.' },
            { name: 'edge.example.net.', type: TYPES.A, TTL: 60, data: '192.0.2.10' },
          ],
        })),
      );
      const result = await checkPropagation(www, { zone, resolvers: [CLOUDFLARE] });
      assert.deepEqual(result.results[0], { resolver: 'cloudflare-dns.com', status: 'stale' });
    });
  });

  it('checks that a deleted record is gone', async () => {
    server.use(resolver(CLOUDFLARE, nxdomain(60)), resolver(GOOGLE, answer(TYPES.A, 200, '192.0.2.10')));
    const result = await checkPropagation(www, { zone, expect: 'absent' });
    assert.equal(result.state, 'updating');
    assert.deepEqual(result.results, [
      { resolver: 'Cloudflare', status: 'match', ttl: 60 },
      { resolver: 'Google', status: 'stale', ttl: 200 },
    ]);
  });

  it('uses the fetch it is given', async () => {
    const seen: string[] = [];
    const fakeFetch: typeof fetch = (input) => {
      seen.push(input instanceof Request ? input.url : input.toString());
      return Promise.resolve(Response.json({ Status: 0, Answer: [{ name: 'www.example.com', type: 1, TTL: 5, data: '192.0.2.10' }] }));
    };
    const result = await checkPropagation(www, { zone, resolvers: ['https://doh.test/q'], fetch: fakeFetch });
    assert.equal(result.state, 'live');
    assert.deepEqual(seen, ['https://doh.test/q?name=www.example.com&type=A']);
  });

  it('rejects when its signal aborts', async () => {
    const controller = new AbortController();
    server.use(
      resolver(CLOUDFLARE, () => {
        controller.abort(new Error('left the page'));
        return { Status: 0, Answer: [] };
      }),
    );
    await assert.rejects(checkPropagation(www, { zone, resolvers: [CLOUDFLARE], signal: controller.signal }), /left the page/);
  });
});
