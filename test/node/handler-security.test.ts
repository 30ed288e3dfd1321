import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { SignJWT } from 'jose';
import type { DnsRecord, DomainDetails, DomainList } from '../../src/api/index.js';
import { createSandbox } from '../../src/sandbox/index.js';
import { createPocketDnsHandler, MemoryRateLimitStore, tokenIdentity, type RateLimitStore } from '../../src/server/index.js';
import { ALLOWED, API_KEY, SECRET, SITE, handlerFixture, type Recorded } from '../helpers/handler-fixture.js';

const allRecorded: Recorded[] = [];
const fixture = (...args: Parameters<typeof handlerFixture>) => {
  const f = handlerFixture(...args);
  allRecorded.push(f.recorded);
  return f;
};
const errorsOf = async (res: Response): Promise<string[]> => ((await res.json()) as { errors: string[] }).errors;
const b64 = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');
const key = new TextEncoder().encode(SECRET);
const nowSeconds = (): number => Math.floor(Date.now() / 1000);
// The fixture's handler is mounted at /pocketdns: its tokens' audience and issuer.
const { audience: TOKEN_AUDIENCE, issuer: TOKEN_ISSUER } = tokenIdentity('/pocketdns');

describe('createPocketDnsHandler: security', () => {
  const f = fixture();
  let alice: string;
  let bob: string;
  let aliceDomains: DomainList['domains'];
  let aliceRecords: DnsRecord[];
  let bobDomain: DomainDetails;

  before(async () => {
    alice = await f.tokenFor('alice');
    bob = await f.tokenFor('bob');
    aliceDomains = ((await (await f.call('GET', '/api/v1/users/alice/domains', { token: alice })).json()) as DomainList).domains;
    aliceRecords = [];
    for (const domain of aliceDomains) {
      const details = (await (await f.call('GET', `/api/v1/domains/${domain.id}`, { token: alice })).json()) as DomainDetails;
      // Every record of the small domains, and 50 spread over the one with 10,000.
      aliceRecords.push(...(details.dns_records.length > 100 ? details.dns_records.filter((_, i) => i % 200 === 0) : details.dns_records));
    }
    const bobList = ((await (await f.call('GET', '/api/v1/users/bob/domains', { token: bob })).json()) as DomainList).domains;
    const active = bobList.find((d) => d.status === 'active');
    assert.ok(active);
    bobDomain = (await (await f.call('GET', `/api/v1/domains/${active.id}`, { token: bob })).json()) as DomainDetails;
  });

  describe('session', () => {
    it('answers the session contract with a short-lived HS256 token', async () => {
      const res = await f.call('POST', '/session', { user: 'alice' });
      assert.equal(res.status, 200);
      assert.equal(res.headers.get('Cache-Control'), 'no-store');
      const body = (await res.json()) as Record<string, string>;
      assert.deepEqual(Object.keys(body).sort(), ['api_base', 'expires_at', 'login_url', 'token', 'user_identifier']);
      assert.equal(body.api_base, '/pocketdns');
      assert.equal(body.user_identifier, 'alice');
      assert.match(body.login_url ?? '', /^https:\/\/embed\.sandbox\.pocketdns\.com\/session\//);
      const ttl = (Date.parse(body.expires_at ?? '') - Date.now()) / 1000;
      assert.ok(ttl > 890 && ttl <= 900, `ttl ${ttl}`);
      const [header, payload] = (body.token ?? '')
        .split('.')
        .slice(0, 2)
        .map((part) => JSON.parse(Buffer.from(part, 'base64url').toString()) as Record<string, unknown>);
      assert.equal(header?.alg, 'HS256');
      assert.equal(payload?.sub, 'alice');
      assert.equal(payload.aud, TOKEN_AUDIENCE);
      const upstream = f.recorded.upstream.at(-1);
      assert.equal(upstream?.url, 'https://api.sandbox.pocketdns.com/api/v1/users');
      assert.ok(upstream);
      assert.deepEqual(await upstream.json(), { user_identifier: 'alice', email: 'alice@example.com' });
    });

    it('401 when nobody is signed in, without calling PocketDNS', async () => {
      const before = f.recorded.upstream.length;
      const res = await f.call('POST', '/session');
      assert.equal(res.status, 401);
      assert.deepEqual(await errorsOf(res), ['Sign in to manage your DNS.']);
      assert.equal(f.recorded.upstream.length, before);
    });

    it('403 for a cross-site Origin not in allowedOrigins, so another site cannot mint a session with the cookies', async () => {
      const before = f.recorded.upstream.length;
      const res = await f.call('POST', '/session', { user: 'alice', origin: 'https://evil.example' });
      assert.equal(res.status, 403);
      assert.equal(res.headers.get('Access-Control-Allow-Origin'), null);
      assert.equal(f.recorded.upstream.length, before);
      const sameSite = await f.call('POST', '/session', {
        user: 'alice',
        origin: 'https://evil.partner.example',
        headers: { 'Sec-Fetch-Site': 'same-site' },
      });
      assert.equal(sameSite.status, 403);
    });

    it('allows same-origin, allowed origins (with CORS credentials) and requests with no Origin', async () => {
      assert.equal((await f.call('POST', '/session', { user: 'alice', origin: SITE })).status, 200);
      const allowed = await f.call('POST', '/session', { user: 'alice', origin: ALLOWED });
      assert.equal(allowed.status, 200);
      assert.equal(allowed.headers.get('Access-Control-Allow-Origin'), ALLOWED);
      assert.equal(allowed.headers.get('Access-Control-Allow-Credentials'), 'true');
      assert.match(allowed.headers.get('Vary') ?? '', /Origin/);
      assert.equal((await f.call('POST', '/session', { user: 'alice', origin: null })).status, 200);
      // Behind a TLS-terminating proxy the URL's scheme differs; the browser's Sec-Fetch-Site still says same-origin.
      const proxied = await f.call('POST', '/session', {
        user: 'alice',
        origin: 'http://partner.example',
        headers: { 'Sec-Fetch-Site': 'same-origin' },
      });
      assert.equal(proxied.status, 200);
    });

    it('answers CORS preflights for allowed origins only', async () => {
      const ok = await f.call('OPTIONS', '/api/v1/dns_records/rec_1', { origin: ALLOWED });
      assert.equal(ok.status, 204);
      assert.equal(ok.headers.get('Access-Control-Allow-Methods'), 'GET, PUT, DELETE');
      assert.match(ok.headers.get('Access-Control-Allow-Headers') ?? '', /Authorization/);
      assert.equal((await f.call('OPTIONS', '/session', { origin: 'https://evil.example' })).status, 403);
    });

    it('500 with a generic message when identify throws or returns a bad identifier, and tells the partner', async () => {
      const throwing = fixture({
        identify: () => {
          throw new Error('db down');
        },
      });
      const res = await throwing.call('POST', '/session', { user: 'x' });
      assert.equal(res.status, 500);
      assert.deepEqual(await errorsOf(res), ['Could not start a DNS session.']);
      assert.match(throwing.recorded.events[0]?.message ?? '', /identify\(\) threw/);
      const bad = fixture({ identify: () => ({ user_identifier: 'has spaces' }) });
      assert.equal((await bad.call('POST', '/session', { user: 'x' })).status, 500);
      assert.match(bad.recorded.events[0]?.message ?? '', /user_identifier/);
    });

    it('405 for other methods on the session route', async () => {
      const res = await f.call('GET', '/session', { user: 'alice' });
      assert.equal(res.status, 405);
      assert.equal(res.headers.get('Allow'), 'POST');
    });
  });

  describe('tokens', () => {
    const domainsPath = '/api/v1/users/alice/domains';

    it('accepts its own token (the control for the refusals below)', async () => {
      assert.equal((await f.call('GET', domainsPath, { token: alice })).status, 200);
    });

    it('401 for a missing or malformed token', async () => {
      assert.equal((await f.call('GET', domainsPath)).status, 401);
      assert.equal((await f.call('GET', domainsPath, { token: 'not-a-jwt' })).status, 401);
      assert.equal((await f.call('GET', domainsPath, { headers: { Authorization: `Basic ${alice}` } })).status, 401);
    });

    it('401 for a token signed with another secret', async () => {
      const forged = await new SignJWT({})
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject('alice')
        .setAudience(TOKEN_AUDIENCE)
        .setIssuer(TOKEN_ISSUER)
        .setExpirationTime(nowSeconds() + 600)
        .sign(new TextEncoder().encode('another-secret-0123456789abcdef0123456789'));
      assert.equal((await f.call('GET', domainsPath, { token: forged })).status, 401);
    });

    it('401 for alg: none and for another HMAC algorithm with the right secret', async () => {
      const payload = { sub: 'alice', aud: TOKEN_AUDIENCE, iss: TOKEN_ISSUER, exp: nowSeconds() + 600 };
      assert.equal((await f.call('GET', domainsPath, { token: `${b64({ alg: 'none', typ: 'JWT' })}.${b64(payload)}.` })).status, 401);
      const hs512 = await new SignJWT(payload).setProtectedHeader({ alg: 'HS512' }).sign(key);
      assert.equal((await f.call('GET', domainsPath, { token: hs512 })).status, 401);
    });

    it('401 for an expired token, another audience, another issuer, or no subject', async () => {
      const base = () => new SignJWT({}).setProtectedHeader({ alg: 'HS256' });
      const expired = await base()
        .setSubject('alice')
        .setAudience(TOKEN_AUDIENCE)
        .setIssuer(TOKEN_ISSUER)
        .setIssuedAt(nowSeconds() - 2000)
        .setExpirationTime(nowSeconds() - 1000)
        .sign(key);
      const audience = await base()
        .setSubject('alice')
        .setAudience('some-other-app')
        .setIssuer(TOKEN_ISSUER)
        .setExpirationTime(nowSeconds() + 600)
        .sign(key);
      const issuer = await base()
        .setSubject('alice')
        .setAudience(TOKEN_AUDIENCE)
        .setIssuer('someone-else')
        .setExpirationTime(nowSeconds() + 600)
        .sign(key);
      const noSubject = await base()
        .setAudience(TOKEN_AUDIENCE)
        .setIssuer(TOKEN_ISSUER)
        .setExpirationTime(nowSeconds() + 600)
        .sign(key);
      for (const token of [expired, audience, issuer, noSubject]) {
        const res = await f.call('GET', domainsPath, { token });
        assert.equal(res.status, 401);
        assert.deepEqual(await errorsOf(res), ['Your DNS session has ended. Sign in again.']);
      }
    });
  });

  describe('ownership: bob × alice', () => {
    it('alice can use every operation on her own domains and records (the control)', async () => {
      const domain = aliceDomains.find((d) => d.status === 'active')!;
      assert.equal((await f.call('GET', `/api/v1/domains/${domain.id}`, { token: alice })).status, 200);
      const created = await f.call('POST', '/api/v1/dns_records', {
        token: alice,
        body: { domain_id: domain.id, type: 'A', name: 'ctl', value: '192.0.2.5', ttl: 300 },
      });
      assert.equal(created.status, 201);
      const id = ((await created.json()) as DnsRecord).id;
      assert.equal((await f.call('GET', `/api/v1/dns_records/${id}`, { token: alice })).status, 200);
      assert.equal((await f.call('PUT', `/api/v1/dns_records/${id}`, { token: alice, body: { ttl: 600 } })).status, 200);
      assert.equal((await f.call('DELETE', `/api/v1/dns_records/${id}`, { token: alice })).status, 204);
    });

    it("bob gets 404 for every operation on each of alice's domains and records, and nothing changes", async () => {
      const before = await f.sandbox.snapshot();
      assert.ok(aliceRecords.length >= 70, `${aliceRecords.length} records in the matrix`);
      let cells = 0;
      const expect404 = async (res: Response, what: string): Promise<void> => {
        cells += 1;
        assert.equal(res.status, 404, what);
        const errors = await errorsOf(res);
        assert.ok(errors.length === 1 && /not found/.test(errors[0] ?? ''), `${what}: ${errors.join()}`);
      };
      await expect404(await f.call('GET', '/api/v1/users/alice/domains', { token: bob }), 'list alice');
      for (const domain of aliceDomains) {
        await expect404(await f.call('GET', `/api/v1/domains/${domain.id}`, { token: bob }), `GET ${domain.name}`);
        await expect404(
          await f.call('POST', '/api/v1/dns_records', {
            token: bob,
            body: { domain_id: domain.id, type: 'A', name: 'pwn', value: '192.0.2.66', ttl: 300 },
          }),
          `POST into ${domain.name}`,
        );
      }
      for (const record of aliceRecords) {
        await expect404(await f.call('GET', `/api/v1/dns_records/${record.id}`, { token: bob }), `GET ${record.id}`);
        await expect404(await f.call('PUT', `/api/v1/dns_records/${record.id}`, { token: bob, body: { ttl: 61 } }), `PUT ${record.id}`);
        await expect404(
          await f.call('PUT', `/api/v1/dns_records/${record.id}`, { token: bob, body: { domain_id: bobDomain.id, ttl: 61 } }),
          `PUT ${record.id} claiming bob's domain`,
        );
        await expect404(await f.call('DELETE', `/api/v1/dns_records/${record.id}`, { token: bob }), `DELETE ${record.id}`);
      }
      assert.ok(cells >= 290, `${cells} cells`);
      assert.deepEqual(await f.sandbox.snapshot(), before, "alice's data is unchanged");
    });

    it("bob cannot move his own record into alice's domain through the body", async () => {
      const own = bobDomain.dns_records.find((r) => r.type === 'A')!;
      const res = await f.call('PUT', `/api/v1/dns_records/${own.id}`, {
        token: bob,
        body: { domain_id: aliceDomains[0]!.id, value: '192.0.2.7' },
      });
      assert.equal(res.status, 422);
      assert.match((await errorsOf(res))[0] ?? '', /cannot be moved/);
    });

    it('ids cannot steer the upstream path', async () => {
      const before = f.recorded.upstream.length;
      for (const path of [
        '/api/v1/dns_records/..%2F..%2Fusers%2Falice%2Fdomains',
        '/api/v1/domains/%2E%2E',
        '/api/v1/dns_records/rec%3Fx%3D1',
      ]) {
        assert.equal((await f.call('GET', path, { token: bob })).status, 404, path);
      }
      assert.equal(f.recorded.upstream.length, before, 'nothing reached PocketDNS');
    });

    it('the Partner API operations the widget does not use are not exposed', async () => {
      assert.equal((await f.call('POST', '/api/v1/users', { token: bob, body: { user_identifier: 'alice' } })).status, 404);
      assert.equal((await f.call('GET', '/api/v2/anything', { token: bob })).status, 404);
      const wrong = await f.call('PATCH', `/api/v1/dns_records/${aliceRecords[0]!.id}`, { token: alice, body: {} });
      assert.equal(wrong.status, 405);
      assert.equal(wrong.headers.get('Allow'), 'GET, PUT, DELETE');
    });
  });

  describe('bodies', () => {
    it('413 for a body over 64 KiB, before anything goes upstream', async () => {
      const domain = aliceDomains[0]!;
      const before = f.recorded.upstream.length;
      const big = { domain_id: domain.id, type: 'TXT', name: 'big', value: 'x'.repeat(70 * 1024), ttl: 300 };
      assert.equal((await f.call('POST', '/api/v1/dns_records', { token: alice, body: big })).status, 413);
      assert.equal((await f.call('PUT', `/api/v1/dns_records/${aliceRecords[0]!.id}`, { token: alice, body: big })).status, 413);
      assert.equal(f.recorded.upstream.length, before);
    });

    it('400 for malformed JSON and non-object bodies', async () => {
      assert.equal((await f.call('POST', '/api/v1/dns_records', { token: alice, raw: '{"domain_id": ' })).status, 400);
      assert.equal((await f.call('POST', '/api/v1/dns_records', { token: alice, raw: '[]' })).status, 400);
      assert.equal((await f.call('PUT', `/api/v1/dns_records/${aliceRecords[0]!.id}`, { token: alice, raw: 'nope' })).status, 400);
    });

    it('422 from the dns rules before going upstream, messages prefixed by field', async () => {
      const domain = aliceDomains[0]!;
      const before = f.recorded.upstream.length;
      const res = await f.call('POST', '/api/v1/dns_records', {
        token: alice,
        body: { domain_id: domain.id, type: 'MX', name: 'a b', value: '192.0.2.1', ttl: 10 },
      });
      assert.equal(res.status, 422);
      assert.deepEqual(
        (await errorsOf(res)).map((m) => m.split(':')[0]),
        ['Name', 'Value', 'TTL', 'Priority'],
      );
      // Only the ownership lookup may have gone upstream (it was cached: nothing did).
      assert.ok(f.recorded.upstream.slice(before).every((r) => r.method === 'GET'));
      const noDomain = await f.call('POST', '/api/v1/dns_records', { token: alice, body: { type: 'A' } });
      assert.equal(noDomain.status, 422);
      const record = aliceRecords.find((r) => r.type === 'A')!;
      const retype = await f.call('PUT', `/api/v1/dns_records/${record.id}`, { token: alice, body: { type: 'MX' } });
      assert.equal(retype.status, 422);
    });

    it('forwards the normalized record, not what the browser sent', async () => {
      const domain = aliceDomains.find((d) => d.status === 'active')!;
      const res = await f.call('POST', '/api/v1/dns_records', {
        token: alice,
        body: { domain_id: domain.id, type: 'cname', name: 'Docs', value: 'Target.Example.NET.', ttl: '300', admin: true },
      });
      assert.equal(res.status, 201);
      const sent = (await f.recorded.upstream.at(-1)?.json()) as Record<string, unknown>;
      assert.deepEqual(sent, { domain_id: domain.id, type: 'CNAME', name: 'docs', value: 'target.example.net', ttl: 300, priority: null });
    });
  });

  describe('upstream failures', () => {
    it('502 with a generic message for an upstream 500, reported to the partner', async () => {
      const broken = fixture({ fetch: () => Promise.resolve(new Response('{"errors":["stack trace: db at 10.0.0.5"]}', { status: 500 })) });
      const res = await broken.call('POST', '/session', { user: 'alice' });
      assert.equal(res.status, 502);
      const errors = await errorsOf(res);
      assert.deepEqual(errors, ['PocketDNS could not be reached. Please try again.']);
      assert.equal(broken.recorded.events[0]?.upstreamStatus, 500);
    });

    it('504 when PocketDNS does not answer in time', async () => {
      const hanging = fixture({
        upstreamTimeoutMs: 100,
        fetch: (request) =>
          new Promise((_, reject) => {
            request.signal.addEventListener('abort', () => {
              reject(request.signal.reason as Error);
            });
          }),
      });
      const started = Date.now();
      // AbortSignal.timeout's timer does not keep Node alive; a real server's socket does.
      const keepAlive = setTimeout(() => undefined, 5000);
      const res = await hanging.call('POST', '/session', { user: 'alice' });
      clearTimeout(keepAlive);
      assert.equal(res.status, 504);
      assert.ok(Date.now() - started < 2000);
      assert.match(hanging.recorded.events[0]?.message ?? '', /timed out/);
    });

    it("502 when PocketDNS refuses the partner's key, so the browser does not loop on 401", async () => {
      const wrongKey = fixture({}, createSandbox({ apiKey: 'sk_test_other' }));
      const res = await wrongKey.call('POST', '/session', { user: 'alice' });
      assert.equal(res.status, 502);
      assert.match(wrongKey.recorded.events[0]?.message ?? '', /refused the API key/);
    });

    it("shows the customer's own rate-limit figures, not PocketDNS's, and passes its 429 on with Retry-After", async () => {
      const own = fixture({ rateLimit: { limit: 50, windowSeconds: 60 } });
      const token = await own.tokenFor('alice');
      const res = await own.call('GET', '/api/v1/users/alice/domains', { token });
      assert.equal(res.headers.get('X-RateLimit-Limit'), '50');
      assert.equal(res.headers.get('X-RateLimit-Remaining'), '48');
      const limited = fixture({}, createSandbox({ apiKey: API_KEY, rateLimit: { limit: 1, windowSeconds: 60 } }));
      const second = await limited.call('GET', '/api/v1/users/alice/domains', { token: await limited.tokenFor('alice') });
      assert.equal(second.status, 429);
      assert.equal(second.headers.get('X-RateLimit-Remaining'), '0');
      assert.match(second.headers.get('Retry-After') ?? '', /^\d+$/);
    });

    it('redacts the API key if PocketDNS ever echoes it', async () => {
      const echoing = fixture({
        fetch: (request) =>
          Promise.resolve(
            Response.json({ errors: [`Key ${request.headers.get('Authorization') ?? ''} is not valid for this user`] }, { status: 422 }),
          ),
      });
      const res = await echoing.call('POST', '/session', { user: 'alice' });
      assert.equal(res.status, 422);
      const text = await res.text();
      assert.doesNotMatch(text, new RegExp(API_KEY));
      assert.match(text, /\[redacted\]/);
    });
  });

  describe('per-user rate limit', () => {
    it('429 with the headers past the limit, per user, through a pluggable store', async () => {
      const calls: string[] = [];
      const memory = new MemoryRateLimitStore();
      const store: RateLimitStore = {
        increment: (k, w) => {
          calls.push(k);
          return memory.increment(k, w);
        },
      };
      const limited = fixture({ rateLimit: { limit: 3, windowSeconds: 60, store } });
      const token = await limited.tokenFor('alice'); // 1
      assert.equal((await limited.call('GET', '/api/v1/users/alice/domains', { token })).status, 200); // 2
      assert.equal((await limited.call('GET', '/api/v1/users/alice/domains', { token })).status, 200); // 3
      const over = await limited.call('GET', '/api/v1/users/alice/domains', { token });
      assert.equal(over.status, 429);
      assert.equal(over.headers.get('X-RateLimit-Limit'), '3');
      assert.equal(over.headers.get('X-RateLimit-Remaining'), '0');
      assert.match(over.headers.get('Retry-After') ?? '', /^\d+$/);
      assert.equal((await limited.call('POST', '/session', { user: 'bob' })).status, 200, 'bob has his own budget');
      assert.deepEqual([...new Set(calls)], ['pocketdns:alice', 'pocketdns:bob']);
    });
  });

  describe('configuration', () => {
    it('refuses bad options at start-up with a message that says what to fix', () => {
      const base = { apiKey: 'k', environment: 'sandbox' as const, secret: SECRET, identify: () => null };
      assert.throws(() => createPocketDnsHandler({ ...base, apiKey: '' }), /apiKey is required/);
      assert.throws(() => createPocketDnsHandler({ ...base, secret: 'short' }), /secret must be at least 32 characters/);
      assert.throws(
        () => createPocketDnsHandler({ ...base, environment: 'staging' as 'sandbox' }),
        /environment must be 'sandbox' or 'production'/,
      );
      assert.throws(
        () => createPocketDnsHandler({ ...base, allowedOrigins: ['https://a.example/path'] }),
        /allowedOrigins entries must be origins/,
      );
      assert.throws(() => createPocketDnsHandler({ ...base, sessionTtlSeconds: 5 }), /sessionTtlSeconds/);
      assert.throws(() => createPocketDnsHandler({ ...base, basePath: 'no-slash' }), /basePath/);
      assert.equal(createPocketDnsHandler({ ...base, basePath: '/dns/' }).basePath, '/dns');
    });

    it('calls production when told to', async () => {
      const seen: string[] = [];
      const prod = fixture({
        environment: 'production',
        fetch: (r) => {
          seen.push(r.url);
          return Promise.resolve(
            Response.json(
              { user_identifier: 'alice', login_url: 'https://embed.pocketdns.com/session/x', expires_at: '2026-11-27T00:00:00Z' },
              { status: 201 },
            ),
          );
        },
      });
      assert.equal((await prod.call('POST', '/session', { user: 'alice' })).status, 200);
      assert.deepEqual(seen, ['https://api.pocketdns.com/api/v1/users']);
    });
  });

  // Last on purpose: node:test runs tests in order, so this scans everything the others sent.
  describe('the API key', () => {
    {
      it('never appears in any response header or body, nor in any event reported', async () => {
        let responses = 0;
        for (const recorded of allRecorded) {
          for (const response of recorded.responses) {
            responses += 1;
            const text = await response.clone().text();
            assert.doesNotMatch(text, new RegExp(API_KEY), 'body');
            response.headers.forEach((value, name) => {
              assert.doesNotMatch(value, new RegExp(API_KEY), `header ${name}`);
            });
          }
          for (const event of recorded.events) assert.doesNotMatch(JSON.stringify(event), new RegExp(API_KEY));
        }
        assert.ok(responses > 120, `${responses} responses scanned`);
      });
    }
  });
});

describe('TokenSigner', () => {
  it('remembers a verified token but still refuses it once it expires', async () => {
    const { TokenSigner } = await import('../../src/server/tokens.js');
    const signer = new TokenSigner(SECRET);
    const now = nowSeconds();
    const { token } = await signer.mint('alice', 60, now);
    assert.equal((await signer.verify(token, now))?.userIdentifier, 'alice');
    assert.equal((await signer.verify(token, now + 30))?.userIdentifier, 'alice');
    assert.equal(await signer.verify(token, now + 61), undefined);
    assert.equal(await signer.verify(`${token}x`, now), undefined);
  });
});
