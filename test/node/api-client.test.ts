import assert from 'node:assert/strict';
import { after, afterEach, before, describe, it } from 'node:test';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { createPocketDnsClient, PocketDnsApiError, type PocketDnsClient } from '../../src/api/index.js';
import { CountingSession } from '../helpers/session.js';

const BASE = 'https://partner.test/pocketdns';
const url = (path: string): string => `${BASE}${path}`;
const server = setupServer();

const record = {
  id: 'rec_1',
  domain_id: 'dom_1',
  type: 'A',
  name: 'www',
  value: '192.0.2.1',
  ttl: 300,
  priority: null,
  created_at: '2026-11-26T10:00:00Z',
  updated_at: '2026-11-26T10:00:00Z',
};

const rateHeaders = (remaining: number, resetSeconds: number): Record<string, string> => ({
  'X-RateLimit-Limit': '100',
  'X-RateLimit-Remaining': String(remaining),
  'X-RateLimit-Reset': String(resetSeconds),
});

/** Awaits a promise that must reject with a PocketDnsApiError and returns it. */
async function apiError(promise: Promise<unknown>): Promise<PocketDnsApiError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof PocketDnsApiError, `not a PocketDnsApiError: ${String(error)}`);
    return error;
  }
  assert.fail('expected the call to fail');
}

describe('createPocketDnsClient', () => {
  let session: CountingSession;
  let client: PocketDnsClient;

  before(() => {
    server.listen({ onUnhandledRequest: 'error' });
  });
  afterEach(() => {
    server.resetHandlers();
  });
  after(() => {
    server.close();
  });

  const fresh = (maxRateLimitWaitMs?: number): void => {
    session = new CountingSession();
    client = createPocketDnsClient({ baseUrl: `${BASE}/`, session, ...(maxRateLimitWaitMs === undefined ? {} : { maxRateLimitWaitMs }) });
  };

  describe('auth', () => {
    it('sends the session token as a bearer token', async () => {
      fresh();
      let auth: string | null = null;
      server.use(
        http.get(url('/api/v1/dns_records/:id'), ({ request }) => {
          auth = request.headers.get('Authorization');
          return HttpResponse.json(record);
        }),
      );
      const got = await client.getRecord('rec_1');
      assert.equal(auth, 'Bearer token-1');
      assert.equal(got.value, '192.0.2.1');
    });

    it('refreshes the session once on 401 and retries with the new token, body intact', async () => {
      fresh();
      const seen: { auth: string | null; body: unknown }[] = [];
      server.use(
        http.post(url('/api/v1/dns_records'), async ({ request }) => {
          seen.push({ auth: request.headers.get('Authorization'), body: await request.json() });
          return request.headers.get('Authorization') === 'Bearer token-2'
            ? HttpResponse.json(record, { status: 201 })
            : HttpResponse.json({ errors: ['Token expired'] }, { status: 401 });
        }),
      );
      const body = { domain_id: 'dom_1', type: 'A' as const, name: 'www', value: '192.0.2.1', ttl: 300 };
      const created = await client.createRecord(body);
      assert.equal(created.id, 'rec_1');
      assert.deepEqual(session.refreshed, ['token-1']);
      assert.deepEqual(
        seen.map((s) => s.auth),
        ['Bearer token-1', 'Bearer token-2'],
      );
      assert.deepEqual(seen[1]?.body, body);
    });

    it('gives up after one retry when the fresh token is refused too', async () => {
      fresh();
      let calls = 0;
      server.use(
        http.get(url('/api/v1/domains/:id'), () => {
          calls += 1;
          return HttpResponse.json({ errors: ['Invalid token'] }, { status: 401 });
        }),
      );
      const error = await apiError(client.getDomain('dom_1'));
      assert.equal(error.code, 'unauthorized');
      assert.equal(error.status, 401);
      assert.deepEqual(error.messages, ['Invalid token']);
      assert.equal(calls, 2);
    });

    it('reports a session source that fails as session_unavailable', async () => {
      const client2 = createPocketDnsClient({
        baseUrl: BASE,
        session: { getToken: () => Promise.reject(new Error('boom')), refreshToken: () => Promise.reject(new Error('boom')) },
      });
      const error = await apiError(client2.getRecord('rec_1'));
      assert.equal(error.code, 'session_unavailable');
      assert.equal(error.status, 0);
    });

    it('passes a PocketDnsApiError from the session source through unchanged', async () => {
      const signedOut = new PocketDnsApiError({ status: 401, messages: ['Sign in again.'] });
      const client2 = createPocketDnsClient({
        baseUrl: BASE,
        session: { getToken: () => Promise.reject(signedOut), refreshToken: () => Promise.reject(signedOut) },
      });
      assert.equal(await apiError(client2.getRecord('rec_1')), signedOut);
    });
  });

  describe('errors', () => {
    it('reads the seed form {errors: [...]} and places messages on fields', async () => {
      fresh();
      server.use(
        http.post(url('/api/v1/dns_records'), () =>
          HttpResponse.json(
            { errors: ['Value must be a valid IPv4 address', 'TTL must be at least 60', 'Domain is locked'] },
            { status: 422 },
          ),
        ),
      );
      const error = await apiError(client.createRecord({ domain_id: 'dom_1', type: 'A', name: 'www', value: 'x', ttl: 5 }));
      assert.equal(error.code, 'validation_failed');
      assert.equal(error.status, 422);
      assert.deepEqual(error.messages, ['Value must be a valid IPv4 address', 'TTL must be at least 60', 'Domain is locked']);
      assert.deepEqual(error.fields.value, ['Value must be a valid IPv4 address']);
      assert.deepEqual(error.fields.ttl, ['TTL must be at least 60']);
      assert.equal(error.retryable, false);
    });

    it('reads the prose form {error, message, details} into the same shape', async () => {
      fresh();
      server.use(
        http.put(url('/api/v1/dns_records/:id'), () =>
          HttpResponse.json(
            {
              error: 'validation_error',
              message: 'Invalid record',
              details: { content: ['must be a valid IPv4 address'], ttl: 'must be at least 60' },
            },
            { status: 400 },
          ),
        ),
      );
      const error = await apiError(client.updateRecord('rec_1', { value: 'x' }));
      assert.equal(error.code, 'bad_request');
      assert.deepEqual(error.messages, ['Invalid record', 'content: must be a valid IPv4 address', 'ttl: must be at least 60']);
      assert.deepEqual(error.fields.value, ['content: must be a valid IPv4 address']);
      assert.deepEqual(error.fields.ttl, ['ttl: must be at least 60']);
    });

    it('uses the message when the prose form has no details', async () => {
      fresh();
      server.use(
        http.get(url('/api/v1/dns_records/:id'), () =>
          HttpResponse.json({ error: 'not_found', message: 'Record not found' }, { status: 404 }),
        ),
      );
      const error = await apiError(client.getRecord('rec_x'));
      assert.equal(error.code, 'not_found');
      assert.deepEqual(error.messages, ['Record not found']);
    });

    it('never shows a non-JSON error body (an HTML error page) to people', async () => {
      fresh();
      server.use(
        http.get(
          url('/api/v1/dns_records/:id'),
          () =>
            new HttpResponse('<html><body>Bad Gateway <script>x</script></body></html>', {
              status: 502,
              headers: { 'Content-Type': 'text/html' },
            }),
        ),
      );
      const error = await apiError(client.getRecord('rec_1'));
      assert.equal(error.code, 'bad_gateway');
      assert.equal(error.status, 502);
      assert.equal(error.messages.length, 1);
      assert.doesNotMatch(error.message, /html|script/i);
      assert.equal(error.retryable, true);
    });

    it('gives an empty error body a default message', async () => {
      fresh();
      server.use(http.delete(url('/api/v1/dns_records/:id'), () => new HttpResponse(null, { status: 500 })));
      const error = await apiError(client.deleteRecord('rec_1'));
      assert.equal(error.code, 'server_error');
      assert.match(error.messages[0] ?? '', /PocketDNS had a problem/);
    });

    it('turns a network failure into network_error', async () => {
      fresh();
      server.use(http.get(url('/api/v1/dns_records/:id'), () => HttpResponse.error()));
      const error = await apiError(client.getRecord('rec_1'));
      assert.equal(error.code, 'network_error');
      assert.equal(error.status, 0);
      assert.equal(error.retryable, true);
    });

    it('turns an abort into aborted', async () => {
      fresh();
      server.use(
        http.get(url('/api/v1/dns_records/:id'), async () => {
          await new Promise((resolve) => setTimeout(resolve, 200));
          return HttpResponse.json(record);
        }),
      );
      const controller = new AbortController();
      const pending = client.getRecord('rec_1', { signal: controller.signal });
      setTimeout(() => {
        controller.abort();
      }, 20);
      const error = await apiError(pending);
      assert.equal(error.code, 'aborted');
    });

    it('refuses a successful answer that is not JSON', async () => {
      fresh();
      server.use(http.get(url('/api/v1/dns_records/:id'), () => HttpResponse.text('OK', { status: 200 })));
      const error = await apiError(client.getRecord('rec_1'));
      assert.equal(error.code, 'invalid_response');
    });
  });

  describe('rate limits', () => {
    it('exposes the last rate-limit figures', async () => {
      fresh();
      const reset = Math.floor(Date.now() / 1000) + 60;
      server.use(http.get(url('/api/v1/dns_records/:id'), () => HttpResponse.json(record, { headers: rateHeaders(41, reset) })));
      assert.equal(client.rateLimit, undefined);
      await client.getRecord('rec_1');
      assert.deepEqual(client.rateLimit, { limit: 100, remaining: 41, resetAt: new Date(reset * 1000) });
    });

    it('waits until X-RateLimit-Reset on a 429 GET, then retries once', async () => {
      fresh();
      let calls = 0;
      const reset = Math.floor(Date.now() / 1000) + 1;
      server.use(
        http.get(url('/api/v1/dns_records/:id'), () => {
          calls += 1;
          return calls === 1
            ? HttpResponse.json({ errors: ['Rate limit exceeded'] }, { status: 429, headers: rateHeaders(0, reset) })
            : HttpResponse.json(record, { headers: rateHeaders(99, reset + 60) });
        }),
      );
      const got = await client.getRecord('rec_1');
      assert.equal(got.id, 'rec_1');
      assert.equal(calls, 2);
      assert.ok(Date.now() >= reset * 1000 - 5, 'the retry came after the reset time');
      assert.equal(client.rateLimit?.remaining, 99);
    });

    it('does not retry a 429 POST, and says when to try again', async () => {
      fresh();
      let calls = 0;
      const reset = Math.floor(Date.now() / 1000) + 1;
      server.use(
        http.post(url('/api/v1/dns_records'), () => {
          calls += 1;
          return HttpResponse.json({ errors: ['Rate limit exceeded'] }, { status: 429, headers: rateHeaders(0, reset) });
        }),
      );
      const error = await apiError(client.createRecord({ domain_id: 'd', type: 'A', name: 'a', value: '192.0.2.1' }));
      assert.equal(error.code, 'rate_limited');
      assert.deepEqual(error.retryAt, new Date(reset * 1000));
      assert.equal(calls, 1);
    });

    it('fails at once when the reset is further away than the longest wait', async () => {
      fresh(1000);
      let calls = 0;
      const reset = Math.floor(Date.now() / 1000) + 3600;
      server.use(
        http.get(url('/api/v1/dns_records/:id'), () => {
          calls += 1;
          return HttpResponse.json({ errors: ['Rate limit exceeded'] }, { status: 429, headers: rateHeaders(0, reset) });
        }),
      );
      const started = Date.now();
      const error = await apiError(client.getRecord('rec_1'));
      assert.equal(error.code, 'rate_limited');
      assert.deepEqual(error.retryAt, new Date(reset * 1000));
      assert.equal(calls, 1);
      assert.ok(Date.now() - started < 1000, 'did not wait');
    });

    it('stops waiting when the caller aborts', async () => {
      fresh();
      let calls = 0;
      const reset = Math.floor(Date.now() / 1000) + 20;
      server.use(
        http.get(url('/api/v1/dns_records/:id'), () => {
          calls += 1;
          return HttpResponse.json({ errors: ['Rate limit exceeded'] }, { status: 429, headers: rateHeaders(0, reset) });
        }),
      );
      const controller = new AbortController();
      const pending = client.getRecord('rec_1', { signal: controller.signal });
      setTimeout(() => {
        controller.abort();
      }, 50);
      const error = await apiError(pending);
      assert.equal(error.code, 'aborted');
      assert.equal(calls, 1);
    });
  });

  describe('tolerance', () => {
    it("renames a record's content to value, alone and inside a domain", async () => {
      fresh();
      const { value, ...rest } = record;
      const prose = { ...rest, content: value, priority: undefined };
      server.use(
        http.get(url('/api/v1/dns_records/:id'), () => HttpResponse.json(prose)),
        http.get(url('/api/v1/domains/:id'), () =>
          HttpResponse.json({
            id: 'dom_1',
            name: 'example.com',
            status: 'active',
            purchased_at: '2025-01-01T00:00:00Z',
            expires_at: '2027-01-01T00:00:00Z',
            auto_renew: true,
            dns_records_count: 1,
            registrar: 'PocketDNS',
            user_identifier: 'alice',
            nameservers: ['ns1.pocketdns.com'],
            whois_privacy: true,
            dns_records: [prose],
          }),
        ),
      );
      const one = await client.getRecord('rec_1');
      assert.equal(one.value, '192.0.2.1');
      assert.equal('content' in one, false);
      assert.equal(one.priority, null);
      const domain = await client.getDomain('dom_1');
      assert.equal(domain.dns_records[0]?.value, '192.0.2.1');
      assert.ok(domain.dns_records[0]);
      assert.equal('content' in domain.dns_records[0], false);
    });

    it('parses a successful body once, and calls on raw still read it renamed', async () => {
      fresh();
      const { value, ...rest } = record;
      const body = JSON.stringify({ ...rest, content: value });
      server.use(
        http.get(url('/api/v1/dns_records/:id'), () => new HttpResponse(body, { headers: { 'Content-Type': 'application/json' } })),
      );
      const parse = JSON.parse;
      let parses = 0;
      JSON.parse = ((text: string, reviver?: Parameters<typeof parse>[1]) => {
        if (typeof text === 'string' && text.includes('"rec_1"')) parses += 1;
        return parse(text, reviver) as unknown;
      }) as typeof JSON.parse;
      try {
        const one = await client.getRecord('rec_1');
        assert.equal(one.value, '192.0.2.1');
        assert.equal(parses, 1);
        const { data } = await client.raw.GET('/api/v1/dns_records/{record_id}', { params: { path: { record_id: 'rec_1' } } });
        assert.ok(data);
        assert.equal(data.value, '192.0.2.1');
        assert.equal('content' in data, false);
      } finally {
        JSON.parse = parse;
      }
    });

    it('tells onSend when a change is handed to fetch, once, before any answer', async () => {
      fresh();
      const order: string[] = [];
      server.use(
        http.post(url('/api/v1/dns_records'), async ({ request }) => {
          order.push(`sent ${((await request.json()) as { name: string }).name}`);
          return HttpResponse.json(record, { status: 201 });
        }),
      );
      const pending = client.createRecord(
        { domain_id: 'dom_1', type: 'A', name: 'www', value: '192.0.2.1', ttl: 300, priority: null },
        { onSend: () => order.push('onSend') },
      );
      assert.deepEqual(order, [], 'not before the session token is known');
      const created = await pending;
      assert.equal(created.id, 'rec_1');
      assert.deepEqual(order, ['onSend', 'sent www']);
    });

    it('lists domains through the path with the user identifier encoded', async () => {
      fresh();
      let path = '';
      server.use(
        http.get(url('/api/v1/users/:user/domains'), ({ request }) => {
          path = new URL(request.url).pathname;
          return HttpResponse.json({ domains: [], total: 0 });
        }),
      );
      const list = await client.listDomains('alice_01');
      assert.deepEqual(list, { domains: [], total: 0 });
      assert.equal(path, '/pocketdns/api/v1/users/alice_01/domains');
    });
  });
});
