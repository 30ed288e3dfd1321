import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { http } from 'msw';
import { setupServer } from 'msw/node';
import { createPocketDnsClient, PocketDnsApiError } from '../../src/api/index.js';
import { createSandbox, sandboxHandlers } from '../../src/sandbox/index.js';

describe('sandboxHandlers with msw/node', () => {
  const sandbox = createSandbox();
  const baseUrl = 'https://api.sandbox.pocketdns.com';
  const server = setupServer(...sandboxHandlers(sandbox, { baseUrl, http }));
  before(() => {
    server.listen({ onUnhandledRequest: 'error' });
  });
  after(() => {
    server.close();
  });

  // The typed client straight against the emulated Partner API, as a partner's own tests would.
  const key = { getToken: () => Promise.resolve(sandbox.apiKey), refreshToken: () => Promise.resolve(sandbox.apiKey) };

  it('answers the typed client through msw, reads and writes included', async () => {
    const client = createPocketDnsClient({ baseUrl, session: key });
    const { domains, total } = await client.listDomains('bob');
    assert.equal(total, 2);
    const active = domains.find((d) => d.status === 'active');
    assert.ok(active);
    const created = await client.createRecord({ domain_id: active.id, type: 'TXT', name: 'msw', value: 'through msw', ttl: 300 });
    assert.equal((await client.getRecord(created.id)).value, 'through msw');
    assert.ok(client.rateLimit && client.rateLimit.limit > 0);
  });

  it("gives the sandbox's errors through msw, typed", async () => {
    const client = createPocketDnsClient({ baseUrl, session: key });
    await assert.rejects(
      client.getDomain('dom_missing'),
      (error: unknown) => error instanceof PocketDnsApiError && error.code === 'not_found',
    );
    const wrongKey = createPocketDnsClient({
      baseUrl,
      session: { getToken: () => Promise.resolve('nope'), refreshToken: () => Promise.resolve('nope') },
    });
    await assert.rejects(wrongKey.listDomains('bob'), (error: unknown) => error instanceof PocketDnsApiError && error.status === 401);
  });
});
