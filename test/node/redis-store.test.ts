import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createClient } from 'redis';
import type { DomainList } from '../../src/api/index.js';
import { createSandbox } from '../../src/sandbox/index.js';
import { createRedisStore } from '../../src/server/redis.js';
import { API_KEY, handlerFixture } from '../helpers/handler-fixture.js';
import { RedisServer, freePort, redisUnavailable } from '../helpers/redis-server.js';

const skip = redisUnavailable();
if (skip) console.log(`# redis-store tests ${skip}`);

type Client = ReturnType<typeof createClient>;
const LIST = '/api/v1/users/alice/domains';
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('@pocketdns/widget/server/redis against a real redis-server', { skip }, () => {
  let server: RedisServer;
  const clients: Client[] = [];

  /** A client as an instance of the partner's server would make it. */
  async function client(): Promise<Client> {
    const c = createClient({ url: server.url, disableOfflineQueue: true, socket: { reconnectStrategy: 50, connectTimeout: 500 } });
    c.on('error', () => undefined);
    await c.connect();
    clients.push(c);
    return c;
  }

  /** Two handler instances in front of one sandbox, each with its own Redis client. */
  async function twoInstances(limit: number, prefix: string) {
    const sandbox = createSandbox({ apiKey: API_KEY });
    const make = async () =>
      handlerFixture(
        { rateLimit: { limit, windowSeconds: 60 }, store: createRedisStore(await client(), { prefix, timeoutMs: 200 }) },
        sandbox,
      );
    return [await make(), await make()] as const;
  }

  before(async () => {
    server = new RedisServer(await freePort());
    await server.start();
  });

  after(async () => {
    for (const c of clients) c.destroy();
    await server.stop();
  });

  it('counts atomically: concurrent increments give every count once, with the window as expiry', async () => {
    const c = await client();
    const store = createRedisStore(c, { prefix: 't1:' });
    const counts = await Promise.all(Array.from({ length: 50 }, () => store.increment('k', 60_000)));
    assert.deepEqual(
      counts.map((r) => r.count).sort((a, b) => a - b),
      Array.from({ length: 50 }, (_, i) => i + 1),
    );
    const ttl = await c.pTTL('t1:k');
    assert.ok(ttl > 59_000 && ttl <= 60_000, `PTTL ${ttl}`);
    await store.set('v', 'hello', 100);
    assert.equal(await store.get('v'), 'hello');
    await sleep(150);
    assert.equal(await store.get('v'), undefined);
  });

  it('two handler instances share one per-user limit, the ownership cache and revocations', async () => {
    const [a, b] = await twoInstances(6, 't2:');
    const token = await a.tokenFor('alice'); // 1
    const statuses: number[] = [];
    for (let i = 0; i < 6; i += 1) statuses.push((await (i % 2 === 0 ? a : b).call('GET', LIST, { token })).status);
    assert.deepEqual(statuses, [200, 200, 200, 200, 200, 429]);
    // The list A fetched is B's cache: B asks PocketDNS only for the details.
    const [c, d] = await twoInstances(100, 't3:');
    const t = await c.tokenFor('alice');
    const domain = ((await (await c.call('GET', LIST, { token: t })).json()) as DomainList).domains.find((x) => x.dns_records_count < 100)!;
    const before = d.recorded.upstream.length;
    assert.equal((await d.call('GET', `/api/v1/domains/${domain.id}`, { token: t })).status, 200);
    assert.deepEqual(
      d.recorded.upstream.slice(before).map((r) => new URL(r.url).pathname),
      [`/api/v1/domains/${domain.id}`],
    );
    await sleep(2);
    await c.handler.revokeSessions('alice');
    assert.equal((await d.call('GET', LIST, { token: t })).status, 401, 'revoked on the other instance too');
  });

  it('Redis down: fails open to each instance’s memory (limits still hold per instance) and tells the partner', async () => {
    const [a, b] = await twoInstances(3, 't4:');
    const token = await a.tokenFor('alice'); // counted in Redis
    await server.stop();
    try {
      const started = Date.now();
      const statuses: number[] = [];
      for (let i = 0; i < 4; i += 1) statuses.push((await a.call('GET', LIST, { token })).status);
      assert.deepEqual(statuses, [200, 200, 200, 429], 'instance A alone: its own memory counts 3');
      assert.equal((await b.call('GET', LIST, { token })).status, 200, 'instance B counts apart while Redis is away');
      assert.ok(Date.now() - started < 3000, `${Date.now() - started} ms for 5 requests`);
      assert.ok(a.recorded.events.some((e) => e.route === 'store'));
      assert.ok(a.recorded.events.filter((e) => e.route === 'store').length <= 1, 'reported once, not per request');
    } finally {
      await server.start();
    }
  });

  it('Redis restarting mid-run: requests keep being answered, and the instances share again once it is back', async () => {
    const [a, b] = await twoInstances(1000, 't5:');
    const token = await a.tokenFor('alice');
    assert.equal((await b.call('GET', LIST, { token })).status, 200);
    const probe = await client();
    assert.equal(await probe.get('t5:pocketdns:alice'), '2');
    await server.stop();
    for (let i = 0; i < 3; i += 1) {
      assert.equal((await a.call('GET', LIST, { token })).status, 200);
      assert.equal((await b.call('GET', LIST, { token })).status, 200);
    }
    await server.start();
    // The clients reconnect by themselves (every 50 ms here).
    for (let i = 0; i < 100 && !clients.every((c) => c.isReady); i += 1) await sleep(20);
    assert.ok(
      clients.every((c) => c.isReady),
      'clients reconnected',
    );
    // Redis restarted empty (no persistence): counting starts again, shared by both instances.
    assert.equal((await a.call('GET', LIST, { token })).status, 200);
    assert.equal((await b.call('GET', LIST, { token })).status, 200);
    assert.equal(await probe.get('t5:pocketdns:alice'), '2');
  });
});
