import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { DomainDetails, DomainList } from '../../src/api/index.js';
import { createSandbox } from '../../src/sandbox/index.js';
import { API_KEY, handlerFixture } from '../helpers/handler-fixture.js';

describe('handler forwarding (issue 13)', () => {
  it('forwards list, domain and record answers byte for byte as PocketDNS wrote them', async () => {
    const sandbox = createSandbox({ apiKey: API_KEY });
    const sent = new Map<string, string>();
    const f = handlerFixture(
      {
        fetch: async (request) => {
          const response = await sandbox.fetch(request);
          if (request.method !== 'GET' || !response.ok) return response;
          const body = (await response.json()) as Record<string, unknown>;
          // Valid JSON the handler would write differently if it re-serialized it: other
          // spacing, TTLs written as 300.0, a field it does not know, in a different order.
          const text = JSON.stringify({ x_unknown: { kept: [1, 2] }, ...body }, null, 3).replace(/"ttl": (\d+)/g, '"ttl": $1.0');
          sent.set(new URL(request.url).pathname, text);
          return new Response(text, { status: response.status, headers: { 'Content-Type': 'application/json' } });
        },
      },
      sandbox,
    );
    const token = await f.tokenFor('alice');
    const listed = await f.call('GET', '/api/v1/users/alice/domains', { token });
    const listText = await listed.text();
    assert.equal(listText, sent.get('/api/v1/users/alice/domains'));
    const bakery = (JSON.parse(listText) as DomainList).domains.find((d) => d.name === 'alicebakery.com');
    assert.ok(bakery);
    const domain = await f.call('GET', `/api/v1/domains/${bakery.id}`, { token });
    const domainText = await domain.text();
    assert.equal(domain.status, 200);
    assert.match(domainText, /"ttl": \d+\.0/);
    assert.equal(domainText, sent.get(`/api/v1/domains/${bakery.id}`));
    const recordId = (JSON.parse(domainText) as DomainDetails).dns_records[0]?.id ?? '';
    const record = await f.call('GET', `/api/v1/dns_records/${recordId}`, { token });
    assert.equal(await record.text(), sent.get(`/api/v1/dns_records/${recordId}`));
  });
});
