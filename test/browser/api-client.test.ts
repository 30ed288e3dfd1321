import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { createPocketDnsClient, PocketDnsApiError } from '../../src/api/index.js';
import { validateRecord, toUnicodeName } from '../../src/dns/index.js';
import { CountingSession } from '../helpers/session.js';
import { startWorker, worker } from '../helpers/msw-browser.js';

const BASE = `${location.origin}/pocketdns`;

describe('api client in Chromium', () => {
  before(startWorker);
  afterEach(() => {
    worker.resetHandlers();
  });

  it('refreshes once on 401, retries, and renames content to value', async () => {
    const session = new CountingSession();
    const client = createPocketDnsClient({ baseUrl: BASE, session });
    const auths: (string | null)[] = [];
    worker.use(
      http.get(`${BASE}/api/v1/dns_records/:id`, ({ request }) => {
        auths.push(request.headers.get('Authorization'));
        if (auths.length === 1) return HttpResponse.json({ errors: ['Token expired'] }, { status: 401 });
        return HttpResponse.json(
          { id: 'rec_1', domain_id: 'dom_1', type: 'TXT', name: '@', content: 'hello', ttl: 300, created_at: 'x', updated_at: 'x' },
          { headers: { 'X-RateLimit-Limit': '10', 'X-RateLimit-Remaining': '9', 'X-RateLimit-Reset': '2000000000' } },
        );
      }),
    );
    const record = await client.getRecord('rec_1');
    expect(auths).to.deep.equal(['Bearer token-1', 'Bearer token-2']);
    expect(record.value).to.equal('hello');
    expect(record.priority).to.equal(null);
    expect(client.rateLimit?.remaining).to.equal(9);
  });

  it('turns a failed connection into a network_error', async () => {
    const client = createPocketDnsClient({ baseUrl: BASE, session: new CountingSession() });
    worker.use(http.get(`${BASE}/api/v1/domains/:id`, () => HttpResponse.error()));
    let caught: unknown;
    try {
      await client.getDomain('dom_1');
    } catch (error) {
      caught = error;
    }
    expect(caught).to.be.instanceOf(PocketDnsApiError);
    expect((caught as PocketDnsApiError).code).to.equal('network_error');
  });
});

describe('dns rules in Chromium match Node', () => {
  // Chromium's URL parser does the IDNA work here, Node's does it on the server: same answers.
  const cases: [string, string][] = [
    ['bücher', 'xn--bcher-kva'],
    ['ｗｗｗ', 'www'],
    ['shop。eu', 'shop.eu'],
    ['ÄÖÜ', 'xn--4ca0bs'],
  ];
  for (const [input, ascii] of cases) {
    it(`normalizes ${input} to ${ascii}`, () => {
      const result = validateRecord({ type: 'A', name: input, value: '192.0.2.1', ttl: 300 }, { zone: 'example.com' });
      expect(result.ok).to.equal(true);
      if (result.ok) expect(result.record.name).to.equal(ascii);
    });
  }

  it('canonicalizes IPv6 the same way', () => {
    const result = validateRecord({ type: 'AAAA', name: 'v6', value: '2001:0DB8:0:0:0:0:0:1', ttl: 300 }, { zone: 'example.com' });
    expect(result.ok && result.record.value).to.equal('2001:db8::1');
  });

  it('shows punycode in Unicode', () => {
    expect(toUnicodeName('xn--bcher-kva.example')).to.equal('bücher.example');
  });
});
