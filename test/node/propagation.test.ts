import assert from 'node:assert/strict';
import { after, afterEach, before, describe, it } from 'node:test';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import {
  checkPropagation,
  DEFAULT_RESOLVERS,
  watchPropagation,
  type PropagationRecord,
  type PropagationResult,
  type WatchUpdate,
} from '../../src/health/propagation.js';

const CLOUDFLARE = 'https://cloudflare-dns.com/dns-query';
const GOOGLE = 'https://dns.google/resolve';
const zone = 'example.com';
const TYPES = { A: 1, CNAME: 5, SOA: 6, MX: 15, TXT: 16, AAAA: 28, SRV: 33 } as const;

type Answer = { name: string; type: number; TTL: number; data: string };
type Reply = { Status: number; Answer?: Answer[]; Authority?: Answer[] } | Response | 'network-error';
type Responder = (query: { name: string; type: string }) => Reply;

const server = setupServer();
const requests: { url: URL; accept: string | null }[] = [];

/** Makes `url` answer the DoH JSON API with what `respond` gives for each query. */
function resolver(url: string, respond: Responder) {
  return http.get(url, ({ request }) => {
    const parsed = new URL(request.url);
    requests.push({ url: parsed, accept: request.headers.get('accept') });
    const reply = respond({ name: parsed.searchParams.get('name') ?? '', type: parsed.searchParams.get('type') ?? '' });
    if (reply === 'network-error') return HttpResponse.error();
    if (reply instanceof Response) return reply;
    return HttpResponse.json(reply, { headers: { 'content-type': 'application/dns-json' } });
  });
}

/** A NOERROR answer holding `data` for the queried name. */
const answer =
  (type: number, ttl: number, ...data: string[]): Responder =>
  ({ name }) => ({ Status: 0, Answer: data.map((d) => ({ name: `${name}.`, type, TTL: ttl, data: d })) });
const soa = (ttl: number): Answer => ({
  name: 'example.com.',
  type: TYPES.SOA,
  TTL: ttl,
  data: 'ns1.example.com. hostmaster.example.com. 1 7200 900 1209600 300',
});
const nxdomain =
  (negativeTtl?: number): Responder =>
  () => ({ Status: 3, ...(negativeTtl === undefined ? {} : { Authority: [soa(negativeTtl)] }) });

const www: PropagationRecord = { type: 'A', name: 'www', value: '192.0.2.10', ttl: 300 };

before(() => {
  server.listen({ onUnhandledRequest: 'error' });
});
afterEach(() => {
  server.resetHandlers();
  requests.length = 0;
});
after(() => {
  server.close();
});

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

/** A clock that jumps ahead by each scheduled delay instead of sleeping. */
function fakeTime() {
  let now = 0;
  const delays: number[] = [];
  let cancelled = 0;
  return {
    now: () => now,
    delays,
    cancelled: () => cancelled,
    schedule: (callback: () => void, delayMs: number) => {
      delays.push(delayMs);
      let active = true;
      setImmediate(() => {
        if (!active) return;
        now += delayMs;
        callback();
      });
      return () => {
        if (active) cancelled += 1;
        active = false;
      };
    },
  };
}

describe('watchPropagation', () => {
  it('rechecks with doubling delays until live, then stops', async () => {
    let calls = 0;
    server.use(resolver(CLOUDFLARE, (q) => ((calls += 1) < 4 ? nxdomain()(q) : answer(TYPES.A, 300, '192.0.2.10')(q))));
    const time = fakeTime();
    const updates: [PropagationResult['state'], WatchUpdate][] = [];
    const outcome = await watchPropagation(www, {
      zone,
      resolvers: [CLOUDFLARE],
      signal: new AbortController().signal,
      now: time.now,
      schedule: time.schedule,
      onUpdate: (result, update) => updates.push([result.state, update]),
    });
    assert.equal(outcome.reason, 'live');
    assert.deepEqual(time.delays, [5000, 10000, 20000]);
    assert.deepEqual(updates, [
      ['not-visible', { attempt: 1, done: false, nextCheckInMs: 5000 }],
      ['not-visible', { attempt: 2, done: false, nextCheckInMs: 10000 }],
      ['not-visible', { attempt: 3, done: false, nextCheckInMs: 20000 }],
      ['live', { attempt: 4, done: true }],
    ]);
  });

  it('keeps checking while a resolver serves a stale cached answer, until its TTL runs out and it is live', async () => {
    const time = fakeTime();
    const staleFor = 130_000;
    server.use(
      resolver(CLOUDFLARE, answer(TYPES.A, 300, '192.0.2.10')),
      resolver(GOOGLE, (q) => {
        const left = Math.ceil((staleFor - time.now()) / 1000);
        return left > 0 ? answer(TYPES.A, left, '192.0.2.99')(q) : answer(TYPES.A, 300, '192.0.2.10')(q);
      }),
    );
    const states: string[] = [];
    // A short TTL with no margin: only the stale answer's own TTL keeps the watch going.
    const outcome = await watchPropagation(
      { ...www, ttl: 60 },
      {
        zone,
        marginSeconds: 0,
        signal: new AbortController().signal,
        now: time.now,
        schedule: time.schedule,
        onUpdate: (r) => states.push(r.state),
      },
    );
    assert.equal(outcome.reason, 'live');
    assert.ok(time.now() >= staleFor, `stopped at ${time.now()}`);
    assert.deepEqual(states.slice(0, -1), Array<string>(states.length - 1).fill('updating'));
    assert.deepEqual(time.delays, [5000, 10000, 20000, 40000, 55000]);
  });

  it('gives up when the TTL plus the margin has passed', async () => {
    server.use(resolver(CLOUDFLARE, nxdomain()));
    const time = fakeTime();
    const updates: WatchUpdate[] = [];
    const outcome = await watchPropagation(
      { ...www, ttl: 60 },
      {
        zone,
        resolvers: [CLOUDFLARE],
        marginSeconds: 60,
        signal: new AbortController().signal,
        now: time.now,
        schedule: time.schedule,
        onUpdate: (_, u) => updates.push(u),
      },
    );
    assert.equal(outcome.reason, 'expired');
    assert.equal(outcome.result?.state, 'not-visible');
    // 5 + 10 + 20 + 40 s, then only the 45 s left until 120 s.
    assert.deepEqual(time.delays, [5000, 10000, 20000, 40000, 45000]);
    assert.equal(time.now(), 120_000);
    assert.deepEqual(updates.at(-1), { attempt: 6, done: true });
  });

  it('caps the delay at maxDelayMs', async () => {
    server.use(resolver(CLOUDFLARE, nxdomain()));
    const time = fakeTime();
    await watchPropagation(
      { ...www, ttl: 3600 },
      {
        zone,
        resolvers: [CLOUDFLARE],
        maxDelayMs: 30_000,
        marginSeconds: 0,
        signal: new AbortController().signal,
        now: time.now,
        schedule: time.schedule,
        onUpdate: () => undefined,
      },
    );
    assert.equal(Math.max(...time.delays), 30_000);
    assert.deepEqual(time.delays.slice(0, 4), [5000, 10000, 20000, 30000]);
  });

  it('stops on abort while waiting: the timer is cancelled and no further check or update happens', async () => {
    server.use(resolver(CLOUDFLARE, nxdomain()));
    const time = fakeTime();
    const controller = new AbortController();
    let updates = 0;
    const outcome = await watchPropagation(www, {
      zone,
      resolvers: [CLOUDFLARE],
      signal: controller.signal,
      now: time.now,
      schedule: time.schedule,
      onUpdate: () => {
        updates += 1;
        // Aborts once the watch is waiting for its timer, as an element leaving the page would.
        queueMicrotask(() => {
          controller.abort();
        });
      },
    });
    assert.equal(outcome.reason, 'aborted');
    assert.equal(updates, 1);
    assert.equal(requests.length, 1);
    assert.deepEqual(time.delays, [5000]);
    assert.equal(time.cancelled(), 1);
  });

  it('stops on abort during a check, without an update', async () => {
    const controller = new AbortController();
    server.use(
      resolver(CLOUDFLARE, () => {
        controller.abort();
        return { Status: 3 };
      }),
    );
    let updates = 0;
    const outcome = await watchPropagation(www, {
      zone,
      resolvers: [CLOUDFLARE],
      signal: controller.signal,
      onUpdate: () => (updates += 1),
    });
    assert.deepEqual([outcome.reason, outcome.result, updates], ['aborted', undefined, 0]);
  });

  it('waits with real timers by default', async () => {
    server.use(resolver(CLOUDFLARE, nxdomain()));
    const started = Date.now();
    const outcome = await watchPropagation(
      { ...www, ttl: 0 },
      {
        zone,
        resolvers: [CLOUDFLARE],
        initialDelayMs: 10,
        marginSeconds: 0.05,
        signal: new AbortController().signal,
        onUpdate: () => undefined,
      },
    );
    assert.equal(outcome.reason, 'expired');
    assert.ok(requests.length >= 2 && Date.now() - started >= 50);
  });
});
