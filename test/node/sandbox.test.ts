import assert from 'node:assert/strict';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, beforeEach, describe, it } from 'node:test';
import type { DnsRecord, DomainDetails, DomainList, UserSession } from '../../src/api/index.js';
import { checkConflicts, validateRecord, RECORD_TYPES } from '../../src/dns/index.js';
import { BIG_DOMAIN_RECORDS, createSandbox, demoData, type Sandbox } from '../../src/sandbox/index.js';
import { contractCheckedFetch } from '../helpers/contract.js';

const BASE = 'https://api.sandbox.pocketdns.com';
const KEY = 'sk_test_sandbox';
const seen = new Set<string>();

/** A small client over a contract-checked sandbox: every answer is validated against the YAML. */
function api(sandbox: Sandbox, key = KEY) {
  const fetch = contractCheckedFetch((r) => sandbox.fetch(r), seen);
  const call = async (method: string, path: string, body?: unknown, raw?: string): Promise<Response> =>
    fetch(`${BASE}${path}`, {
      method,
      headers: { Authorization: `Bearer ${key}`, 'Content-Type': 'application/json' },
      ...(raw !== undefined ? { body: raw } : body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  return {
    call,
    json: async <T>(method: string, path: string, body?: unknown): Promise<{ status: number; body: T; headers: Headers }> => {
      const res = await call(method, path, body);
      return { status: res.status, body: (res.status === 204 ? undefined : await res.json()) as T, headers: res.headers };
    },
  };
}

const domainsOf = async (sandbox: Sandbox, user: string) =>
  (await api(sandbox).json<DomainList>('GET', `/api/v1/users/${user}/domains`)).body.domains;

describe('sandbox', () => {
  let sandbox: Sandbox;
  let client: ReturnType<typeof api>;
  let bakery: string;
  let suspended: string;

  beforeEach(async () => {
    sandbox = createSandbox();
    client = api(sandbox);
    const alice = await domainsOf(sandbox, 'alice');
    bakery = alice.find((d) => d.name === 'alicebakery.com')?.id ?? '';
    suspended = (await domainsOf(sandbox, 'bob')).find((d) => d.status === 'suspended')?.id ?? '';
  });

  describe('demo data', () => {
    it('is deterministic', () => {
      assert.deepEqual(demoData(), demoData());
    });

    it('gives alice and bob domains in different statuses, an IDN domain and 10,000 records', async () => {
      const alice = await domainsOf(sandbox, 'alice');
      const bob = await domainsOf(sandbox, 'bob');
      assert.ok(alice.length >= 2 && alice.length <= 5 && bob.length >= 2);
      assert.deepEqual(new Set([...alice, ...bob].map((d) => d.status)), new Set(['active', 'pending', 'expired', 'suspended']));
      assert.ok(
        alice.some((d) => d.name.includes('xn--')),
        'an IDN domain',
      );
      assert.ok(alice.some((d) => d.dns_records_count === BIG_DOMAIN_RECORDS));
    });

    it('has records of every type, an IDN name among them, all valid and conflict-free', async () => {
      const { body } = await client.json<DomainDetails>('GET', `/api/v1/domains/${bakery}`);
      assert.deepEqual(new Set(body.dns_records.map((r) => r.type)), new Set(RECORD_TYPES));
      assert.ok(body.dns_records.some((r) => r.name.includes('xn--')));
      for (const domain of demoData().domains) {
        const records = demoData().records.filter((r) => r.domain_id === domain.id);
        for (const record of records) {
          assert.deepEqual(validateRecord(record, { zone: domain.name }), {
            ok: true,
            record: { type: record.type, name: record.name, value: record.value, ttl: record.ttl, priority: record.priority ?? null },
          });
        }
        if (records.length < 100) {
          for (const record of records) assert.deepEqual(checkConflicts(records, record), [], `${domain.name} ${record.name}`);
        }
      }
    });
  });

  describe('operations', () => {
    it('finds or creates a user and starts a session', async () => {
      const first = await client.json<UserSession>('POST', '/api/v1/users', { user_identifier: 'carol_01', email: 'carol@example.com' });
      assert.equal(first.status, 201);
      assert.equal(first.body.user_identifier, 'carol_01');
      assert.match(first.body.login_url, /^https:\/\/embed\.sandbox\.pocketdns\.com\/session\/[0-9a-f]{32}$/);
      assert.ok(Date.parse(first.body.expires_at) > Date.now() + 23 * 3600 * 1000);
      const again = await client.json<UserSession>('POST', '/api/v1/users', { user_identifier: 'carol_01' });
      assert.equal(again.status, 201);
      assert.notEqual(again.body.login_url, first.body.login_url);
      assert.deepEqual((await client.json<DomainList>('GET', '/api/v1/users/carol_01/domains')).body, { domains: [], total: 0 });
    });

    it('creates, reads, updates and deletes a record, keeping the count', async () => {
      const created = await client.json<DnsRecord>('POST', '/api/v1/dns_records', {
        domain_id: bakery,
        type: 'a',
        name: 'API',
        value: '192.0.2.99',
        ttl: 300,
      });
      assert.equal(created.status, 201);
      assert.match(created.body.id, /^rec_[0-9a-f]{8}$/);
      assert.equal(created.body.name, 'api');
      assert.equal(created.body.type, 'A');
      assert.equal(created.body.created_at, created.body.updated_at);
      const count = (await domainsOf(sandbox, 'alice')).find((d) => d.id === bakery)?.dns_records_count;
      assert.equal(count, 19);

      const read = await client.json<DnsRecord>('GET', `/api/v1/dns_records/${created.body.id}`);
      assert.deepEqual(read.body, created.body);

      const updated = await client.json<DnsRecord>('PUT', `/api/v1/dns_records/${created.body.id}`, { value: '192.0.2.100', ttl: 600 });
      assert.equal(updated.status, 200);
      assert.equal(updated.body.value, '192.0.2.100');
      assert.equal(updated.body.ttl, 600);
      assert.equal(updated.body.name, 'api');

      const deleted = await client.call('DELETE', `/api/v1/dns_records/${created.body.id}`);
      assert.equal(deleted.status, 204);
      assert.equal((await client.call('GET', `/api/v1/dns_records/${created.body.id}`)).status, 404);
      assert.equal((await domainsOf(sandbox, 'alice')).find((d) => d.id === bakery)?.dns_records_count, 18);
    });

    it("accepts the prose pages' content in place of value", async () => {
      const created = await client.json<DnsRecord>('POST', '/api/v1/dns_records', {
        domain_id: bakery,
        type: 'TXT',
        name: 'hello',
        content: 'world',
        ttl: 300,
      });
      assert.equal(created.status, 201);
      assert.equal(created.body.value, 'world');
    });

    it('defaults the TTL to 3600', async () => {
      const created = await client.json<DnsRecord>('POST', '/api/v1/dns_records', {
        domain_id: bakery,
        type: 'A',
        name: 'x',
        value: '192.0.2.1',
      });
      assert.equal(created.body.ttl, 3600);
    });
  });

  describe('errors', () => {
    const errorsOf = async (res: Response): Promise<string[]> => ((await res.json()) as { errors: string[] }).errors;

    it('401 without a key or with another key', async () => {
      const none = await contractCheckedFetch((r) => sandbox.fetch(r), seen)(`${BASE}/api/v1/users/alice/domains`);
      assert.equal(none.status, 401);
      assert.deepEqual(await errorsOf(none), ['Missing API key']);
      const wrong = await api(sandbox, 'sk_live_nope').call('GET', '/api/v1/users/alice/domains');
      assert.equal(wrong.status, 401);
      assert.deepEqual(await errorsOf(wrong), ['Invalid API key']);
      for (const path of ['/api/v1/domains/x', '/api/v1/dns_records/x']) {
        assert.equal((await api(sandbox, 'bad').call('GET', path)).status, 401);
      }
      assert.equal((await api(sandbox, 'bad').call('POST', '/api/v1/users', { user_identifier: 'a' })).status, 401);
      assert.equal((await api(sandbox, 'bad').call('POST', '/api/v1/dns_records', {})).status, 401);
      assert.equal((await api(sandbox, 'bad').call('PUT', '/api/v1/dns_records/x', {})).status, 401);
      assert.equal((await api(sandbox, 'bad').call('DELETE', '/api/v1/dns_records/x')).status, 401);
    });

    it('400 for malformed JSON and non-object bodies', async () => {
      for (const [method, path] of [
        ['POST', '/api/v1/users'],
        ['POST', '/api/v1/dns_records'],
        ['PUT', '/api/v1/dns_records/rec_x'],
      ] as const) {
        const res = await client.call(method, path, undefined, '{"broken');
        if (path.endsWith('rec_x')) {
          assert.equal(res.status, 404); // the record is looked up first
          continue;
        }
        assert.equal(res.status, 400, `${method} ${path}`);
        assert.deepEqual(await errorsOf(res), ['Request body is not valid JSON']);
      }
      const record = (await client.json<DomainDetails>('GET', `/api/v1/domains/${bakery}`)).body.dns_records[0]!;
      const put = await client.call('PUT', `/api/v1/dns_records/${record.id}`, undefined, '{"broken');
      assert.equal(put.status, 400);
      const array = await client.call('POST', '/api/v1/dns_records', [1, 2]);
      assert.equal(array.status, 400);
      assert.equal((await client.call('GET', '/api/v1/users/bad%20id/domains')).status, 400);
    });

    it('404 for unknown users, domains, records and routes; 405 for wrong methods', async () => {
      assert.equal((await client.call('GET', '/api/v1/users/nobody/domains')).status, 404);
      assert.equal((await client.call('GET', '/api/v1/domains/dom_missing')).status, 404);
      assert.equal((await client.call('GET', '/api/v1/dns_records/rec_missing')).status, 404);
      assert.equal((await client.call('PUT', '/api/v1/dns_records/rec_missing', { ttl: 300 })).status, 404);
      assert.equal((await client.call('DELETE', '/api/v1/dns_records/rec_missing')).status, 404);
      const unknownDomain = await client.call('POST', '/api/v1/dns_records', {
        domain_id: 'dom_missing',
        type: 'A',
        name: 'a',
        value: '192.0.2.1',
      });
      assert.equal(unknownDomain.status, 404);
      const direct = await sandbox.fetch(new Request(`${BASE}/api/v2/whatever`, { headers: { Authorization: `Bearer ${KEY}` } }));
      assert.equal(direct.status, 404);
      const patch = await sandbox.fetch(
        new Request(`${BASE}/api/v1/dns_records/x`, { method: 'PATCH', headers: { Authorization: `Bearer ${KEY}` } }),
      );
      assert.equal(patch.status, 405);
      assert.equal(patch.headers.get('Allow'), 'GET, PUT, DELETE');
    });

    it('422 with field-prefixed messages from the dns rules', async () => {
      const res = await client.call('POST', '/api/v1/dns_records', { domain_id: bakery, type: 'A', name: '-bad', value: 'nope', ttl: 5 });
      assert.equal(res.status, 422);
      const errors = await errorsOf(res);
      assert.equal(errors.length, 3);
      assert.match(errors[0]!, /^Name: /);
      assert.match(errors[1]!, /^Value: /);
      assert.match(errors[2]!, /^TTL: The TTL must be at least 60 seconds/);
      const user = await client.call('POST', '/api/v1/users', { user_identifier: 'has space', email: 'nope' });
      assert.equal(user.status, 422);
      assert.deepEqual(await errorsOf(user), [
        'user_identifier may contain only letters, digits, underscores and hyphens',
        'email is not a valid email address',
      ]);
      assert.equal((await client.call('POST', '/api/v1/users', {})).status, 422);
      assert.equal((await client.call('POST', '/api/v1/users', { user_identifier: 'x'.repeat(256) })).status, 422);
      assert.equal((await client.call('POST', '/api/v1/dns_records', { type: 'A' })).status, 422);
    });

    it('422 for zone conflicts: CNAME beside other records, CNAME at the apex, duplicates', async () => {
      const beside = await client.call('POST', '/api/v1/dns_records', {
        domain_id: bakery,
        type: 'CNAME',
        name: 'www',
        value: 'example.net',
      });
      assert.equal(beside.status, 422);
      assert.match((await errorsOf(beside))[0]!, /^Name: www already has/);
      const apex = await client.call('POST', '/api/v1/dns_records', { domain_id: bakery, type: 'CNAME', name: '@', value: 'example.net' });
      assert.match((await errorsOf(apex)).join(' '), /Type: A CNAME record cannot be at the apex/);
      const dup = await client.call('POST', '/api/v1/dns_records', {
        domain_id: bakery,
        type: 'A',
        name: 'WWW',
        value: '192.0.2.10',
        ttl: 60,
      });
      assert.match((await errorsOf(dup))[0]!, /^Value: An identical A record for www already exists/);
    });

    it("422 for changing a record's type or domain, an empty update, and changes on a suspended domain", async () => {
      const record = (await client.json<DomainDetails>('GET', `/api/v1/domains/${bakery}`)).body.dns_records.find((r) => r.type === 'A')!;
      const retype = await client.call('PUT', `/api/v1/dns_records/${record.id}`, { type: 'AAAA', value: '::1' });
      assert.match((await errorsOf(retype))[0]!, /^Type: The type of a record cannot be changed/);
      assert.equal((await client.call('PUT', `/api/v1/dns_records/${record.id}`, { domain_id: suspended })).status, 422);
      assert.equal((await client.call('PUT', `/api/v1/dns_records/${record.id}`, {})).status, 422);
      const bobRecord = (await client.json<DomainDetails>('GET', `/api/v1/domains/${suspended}`)).body.dns_records[0]!;
      assert.equal(
        (await client.call('POST', '/api/v1/dns_records', { domain_id: suspended, type: 'A', name: 'n', value: '192.0.2.1' })).status,
        422,
      );
      assert.equal((await client.call('PUT', `/api/v1/dns_records/${bobRecord.id}`, { ttl: 300 })).status, 422);
      assert.equal((await client.call('DELETE', `/api/v1/dns_records/${bobRecord.id}`)).status, 422);
    });
  });

  describe('rate limits', () => {
    it('sends the three headers on every answer and 429 past the limit, until the window resets', async () => {
      let now = Date.UTC(2026, 10, 26, 12, 0, 0);
      const limited = createSandbox({ rateLimit: { limit: 3, windowSeconds: 60 }, now: () => now });
      const c = api(limited);
      const statuses: number[] = [];
      for (let i = 0; i < 5; i += 1) {
        const res = await c.call('GET', '/api/v1/users/alice/domains');
        statuses.push(res.status);
        assert.equal(res.headers.get('X-RateLimit-Limit'), '3');
        assert.equal(res.headers.get('X-RateLimit-Reset'), String(Math.ceil(Date.UTC(2026, 10, 26, 12, 1, 0) / 1000)));
      }
      assert.deepEqual(statuses, [200, 200, 200, 429, 429]);
      for (const [method, path] of [
        ['POST', '/api/v1/users'],
        ['GET', '/api/v1/domains/x'],
        ['POST', '/api/v1/dns_records'],
        ['GET', '/api/v1/dns_records/x'],
        ['PUT', '/api/v1/dns_records/x'],
        ['DELETE', '/api/v1/dns_records/x'],
      ] as const) {
        assert.equal((await c.call(method, path, method === 'GET' || method === 'DELETE' ? undefined : {})).status, 429);
      }
      now += 60_000;
      const after = await c.call('GET', '/api/v1/users/alice/domains');
      assert.equal(after.status, 200);
      assert.equal(after.headers.get('X-RateLimit-Remaining'), '2');
    });

    it('adds the configured latency', async () => {
      const slow = createSandbox({ latencyMs: 60 });
      const started = performance.now();
      await api(slow).call('GET', '/api/v1/users/alice/domains');
      assert.ok(performance.now() - started >= 55);
    });
  });

  describe('persistence', () => {
    let dir: string;
    before(async () => {
      dir = await mkdtemp(join(tmpdir(), 'pocketdns-sandbox-'));
    });
    after(async () => {
      await rm(dir, { recursive: true, force: true });
    });

    it('keeps changes in the data file across restarts, written atomically', async () => {
      const file = join(dir, 'state.json');
      const first = createSandbox({ dataFile: file });
      const created = await api(first).json<DnsRecord>('POST', '/api/v1/dns_records', {
        domain_id: bakery,
        type: 'TXT',
        name: 'kept',
        value: 'yes',
      });
      assert.equal(created.status, 201);
      await first.flush();
      assert.deepEqual(
        (await readdir(dir)).filter((f) => f.endsWith('.tmp')),
        [],
        'no temporary files left',
      );
      const second = createSandbox({ dataFile: file });
      const read = await api(second).json<DnsRecord>('GET', `/api/v1/dns_records/${created.body.id}`);
      assert.equal(read.status, 200);
      assert.equal(read.body.value, 'yes');
      const onDisk = JSON.parse(await readFile(file, 'utf8')) as { version: number };
      assert.equal(onDisk.version, 1);
      await second.reset();
      assert.equal((await api(second).call('GET', `/api/v1/dns_records/${created.body.id}`)).status, 404);
    });

    it('says clearly when the data file is broken', async () => {
      const file = join(dir, 'broken.json');
      await writeFile(file, '{nope');
      await assert.rejects(createSandbox({ dataFile: file }).flush(), /not valid JSON\. Fix it or delete it/);
      await writeFile(file, '{"version": 7}');
      await assert.rejects(createSandbox({ dataFile: file }).flush(), /not a version 1 sandbox file/);
    });
  });

  describe('contract coverage', () => {
    it("checked every operation's success and every error status it gives against the YAML", () => {
      const expected = [
        'POST /api/v1/users 201',
        'POST /api/v1/users 400',
        'POST /api/v1/users 401',
        'POST /api/v1/users 422',
        'POST /api/v1/users 429',
        'GET /api/v1/users/{user_identifier}/domains 200',
        'GET /api/v1/users/{user_identifier}/domains 400',
        'GET /api/v1/users/{user_identifier}/domains 401',
        'GET /api/v1/users/{user_identifier}/domains 404',
        'GET /api/v1/users/{user_identifier}/domains 429',
        'GET /api/v1/domains/{domain_id} 200',
        'GET /api/v1/domains/{domain_id} 401',
        'GET /api/v1/domains/{domain_id} 404',
        'GET /api/v1/domains/{domain_id} 429',
        'POST /api/v1/dns_records 201',
        'POST /api/v1/dns_records 400',
        'POST /api/v1/dns_records 401',
        'POST /api/v1/dns_records 404',
        'POST /api/v1/dns_records 422',
        'POST /api/v1/dns_records 429',
        'GET /api/v1/dns_records/{record_id} 200',
        'GET /api/v1/dns_records/{record_id} 401',
        'GET /api/v1/dns_records/{record_id} 404',
        'GET /api/v1/dns_records/{record_id} 429',
        'PUT /api/v1/dns_records/{record_id} 200',
        'PUT /api/v1/dns_records/{record_id} 400',
        'PUT /api/v1/dns_records/{record_id} 401',
        'PUT /api/v1/dns_records/{record_id} 404',
        'PUT /api/v1/dns_records/{record_id} 422',
        'PUT /api/v1/dns_records/{record_id} 429',
        'DELETE /api/v1/dns_records/{record_id} 204',
        'DELETE /api/v1/dns_records/{record_id} 401',
        'DELETE /api/v1/dns_records/{record_id} 404',
        'DELETE /api/v1/dns_records/{record_id} 422',
        'DELETE /api/v1/dns_records/{record_id} 429',
      ];
      const missing = expected.filter((e) => !seen.has(e));
      assert.deepEqual(missing, []);
    });
  });
});
