import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import { createPocketDnsClient, type DnsRecord, type PocketDnsClient } from '../../src/api/index.js';
import { planTemplate, type DomainConnectTemplate } from '../../src/dns/index.js';
import { planZoneImport } from '../../src/dns/zonefile/plan.js';
import { ApplyError, applyPlan, orderSteps, undoApplied, type ApplyProgress } from '../../src/internal/apply/index.js';
import { createSandbox, type Sandbox } from '../../src/sandbox/index.js';
import { googleWorkspace, vercel } from '../../src/templates/index.js';

/** Mutating requests (POST, PUT, DELETE) whose 1-based numbers are in `failAt` answer 502 without reaching the sandbox. */
interface Harness {
  sandbox: Sandbox;
  client: PocketDnsClient;
  failAt: Set<number>;
  mutations: string[];
  inFlight: { now: number; max: number };
}

function harness(): Harness {
  const sandbox = createSandbox();
  const failAt = new Set<number>();
  const mutations: string[] = [];
  const inFlight = { now: 0, max: 0 };
  const client = createPocketDnsClient({
    baseUrl: 'https://sandbox.test',
    session: { getToken: () => Promise.resolve(sandbox.apiKey), refreshToken: () => Promise.resolve(sandbox.apiKey) },
    fetch: async (request) => {
      if (request.method === 'GET') return sandbox.fetch(request);
      mutations.push(`${request.method} ${new URL(request.url).pathname}`);
      if (failAt.has(mutations.length)) {
        return Response.json({ errors: ['PocketDNS is unavailable'] }, { status: 502 });
      }
      inFlight.max = Math.max(inFlight.max, ++inFlight.now);
      try {
        // A turn of the event loop, so concurrent requests really overlap.
        await new Promise((resolve) => setTimeout(resolve, 1));
        return await sandbox.fetch(request);
      } finally {
        inFlight.now--;
      }
    },
  });
  return { sandbox, client, failAt, mutations, inFlight };
}

const BAKERY = 'alicebakery.com';

async function bakeryId(sandbox: Sandbox): Promise<string> {
  const data = await sandbox.snapshot();
  const domain = data.domains.find((d) => d.name === BAKERY);
  assert.ok(domain);
  return domain.id;
}

/** The zone as a sorted list of `type name value ttl priority`: ids aside, since re-created records get new ones. */
async function zoneOf(sandbox: Sandbox, domainId: string): Promise<string[]> {
  const data = await sandbox.snapshot();
  return data.records
    .filter((r) => r.domain_id === domainId)
    .map((r) => `${r.type} ${r.name} ${r.value} ${r.ttl} ${r.priority ?? '-'}`)
    .sort();
}

async function recordsOf(client: PocketDnsClient, domainId: string): Promise<DnsRecord[]> {
  return (await client.getDomain(domainId)).dns_records;
}

async function rejection(promise: Promise<unknown>): Promise<ApplyError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof ApplyError, `not an ApplyError: ${String(error)}`);
    return error;
  }
  assert.fail('expected the apply to fail');
}

const acmeSites: DomainConnectTemplate = {
  providerId: 'acmehosting.example',
  providerName: 'Acme Hosting',
  serviceId: 'sites',
  serviceName: 'Acme Sites',
  records: [
    { type: 'A', host: '@', pointsTo: '192.0.2.80', ttl: 3600 },
    { type: 'CNAME', host: 'www', pointsTo: 'sites.acmehosting.example', ttl: 3600 },
  ],
};

describe('applyPlan', () => {
  let h: Harness;
  let domainId: string;
  beforeEach(async () => {
    h = harness();
    domainId = await bakeryId(h.sandbox);
  });

  const vercelPlan = async () =>
    planTemplate({ zone: await recordsOf(h.client, domainId), domain: BAKERY, template: vercel, groupIds: ['site'] });
  const googlePlan = async () =>
    planTemplate({ zone: await recordsOf(h.client, domainId), domain: BAKERY, template: googleWorkspace, groupIds: ['mail'] });

  it('orders removals a new CNAME conflicts with first, other removals last', async () => {
    const plan = await vercelPlan();
    const phases = orderSteps(plan).map((phase) =>
      phase.map((s) => `${s.kind} ${'record' in s ? s.record.type : s.to.type} ${'record' in s ? s.record.name : s.to.name}`).sort(),
    );
    assert.deepEqual(phases, [
      ['remove A www', 'remove AAAA www'],
      ['add A @', 'add CNAME www'],
      ['remove A @', 'remove AAAA @'],
    ]);
  });

  it('applies a plan with progress and reports the records as PocketDNS holds them', async () => {
    const before = await zoneOf(h.sandbox, domainId);
    const plan = await vercelPlan();
    const progress: ApplyProgress[] = [];
    const result = await applyPlan(h.client, domainId, plan, { onProgress: (p) => progress.push(p) });
    assert.deepEqual(
      progress.map((p) => `${p.done}/${p.total} ${p.phase}`),
      ['1/6 apply', '2/6 apply', '3/6 apply', '4/6 apply', '5/6 apply', '6/6 apply'],
    );
    assert.deepEqual(result.added.map((r) => `${r.type} ${r.name} ${r.value}`).sort(), [
      'A @ 76.76.21.21',
      'CNAME www cname.vercel-dns.com',
    ]);
    assert.ok(result.added.every((r) => r.id.startsWith('rec_')));
    assert.deepEqual(result.removed.map((r) => `${r.type} ${r.name}`).sort(), ['A @', 'A www', 'AAAA @', 'AAAA www']);
    const after = await zoneOf(h.sandbox, domainId);
    assert.ok(after.includes('CNAME www cname.vercel-dns.com 3600 -'));
    assert.ok(!after.some((r) => r.startsWith('A www') || r.startsWith('AAAA @')));
    assert.equal(after.length, before.length - 2);
    // A second plan finds it in place.
    assert.equal((await vercelPlan()).alreadyApplied, true);
  });

  it('rewrites changed records in place (an SPF merge) and keeps their ids', async () => {
    const plan = await googlePlan();
    assert.equal(plan.change.length, 1);
    const result = await applyPlan(h.client, domainId, plan);
    const [changed] = result.changed;
    assert.ok(changed);
    assert.equal(changed.to.id, changed.from.id);
    assert.equal(changed.to.value, 'v=spf1 include:_spf.mailhost.example.net include:_spf.google.com ~all');
  });

  // Every request of each plan fails in turn: the zone must end exactly as before.
  for (const [name, planOf, count] of [
    ['Vercel (early removals, adds, late removals)', () => vercelPlan(), 6],
    ['Google Workspace (a change, an add, removals)', () => googlePlan(), 4],
  ] as const) {
    for (let n = 1; n <= count; n++) {
      it(`${name}: request ${n} fails → rolled back, zone as before`, async () => {
        const plan = await planOf();
        assert.equal(orderSteps(plan).flat().length, count);
        const before = await zoneOf(h.sandbox, domainId);
        h.failAt.add(n);
        const error = await rejection(applyPlan(h.client, domainId, plan));
        assert.equal(error.rolledBack, true);
        assert.deepEqual(error.recordsToCheck, []);
        assert.match(error.message, /failed: PocketDNS is unavailable\. /);
        assert.match(error.message, n === 1 ? /Nothing was changed\.$/ : /undone: your records are as they were\.$/);
        assert.equal(h.mutations.length, n + (n - 1), 'each done step reversed once');
        assert.deepEqual(await zoneOf(h.sandbox, domainId), before);
      });
    }
  }

  it('names the records to check when a rollback request fails too', async () => {
    const plan = await vercelPlan();
    const before = await zoneOf(h.sandbox, domainId);
    // Steps 1–4 succeed (removals of A and AAAA www, adds of A @ and CNAME www), 5 fails, and
    // deleting the CNAME (the first reversal) fails too: A and AAAA www cannot come back beside it.
    h.failAt.add(5).add(6);
    const error = await rejection(applyPlan(h.client, domainId, plan));
    assert.equal(error.rolledBack, false);
    assert.deepEqual(error.recordsToCheck, [
      'The CNAME record for www (cname.vercel-dns.com) was added and is still there.',
      'The AAAA record for www (2001:db8:10::10) was removed and could not be put back.',
      'The A record for www (192.0.2.10) was removed and could not be put back.',
    ]);
    assert.match(
      error.message,
      /^Removing the (A|AAAA) record for the domain itself \(@\) .*failed: PocketDNS is unavailable\. Putting the records back as they were also failed, so check these records: The CNAME/,
    );
    assert.deepEqual(
      error.remaining.added.map((r) => r.type),
      ['CNAME'],
    );
    assert.deepEqual(error.remaining.removed.map((r) => r.type).sort(), ['A', 'AAAA']);
    const expected = [...before.filter((r) => !/^(A|AAAA) www /.test(r)), 'CNAME www cname.vercel-dns.com 3600 -'].sort();
    assert.deepEqual(await zoneOf(h.sandbox, domainId), expected);
  });

  it('stops at an abort and rolls back what was done', async () => {
    const plan = await vercelPlan();
    const before = await zoneOf(h.sandbox, domainId);
    const controller = new AbortController();
    const error = await rejection(
      applyPlan(h.client, domainId, plan, {
        signal: controller.signal,
        onProgress: (p) => {
          if (p.done === 2) controller.abort();
        },
      }),
    );
    assert.equal(error.aborted, true);
    assert.equal(error.step, undefined);
    assert.match(error.message, /^The change was stopped\. The 2 changes made before it were undone/);
    assert.deepEqual(await zoneOf(h.sandbox, domainId), before);
  });

  it('runs up to `concurrency` requests of a phase at once, and one at a time by default', async () => {
    const plan = await vercelPlan();
    await applyPlan(h.client, domainId, plan);
    assert.equal(h.inFlight.max, 1);
    const other = harness();
    const otherId = await bakeryId(other.sandbox);
    const zone = await recordsOf(other.client, otherId);
    const result = await applyPlan(other.client, otherId, planTemplate({ zone, domain: BAKERY, template: vercel, groupIds: ['site'] }), {
      concurrency: 4,
    });
    assert.equal(other.inFlight.max, 2, 'phases have two steps each');
    assert.equal(result.added.length, 2);
    assert.deepEqual(await zoneOf(other.sandbox, otherId), await zoneOf(h.sandbox, domainId));
  });

  it('applies a zone import plan (replace mode) and rolls it back', async () => {
    const zone = await recordsOf(h.client, domainId);
    const kept = zone.filter((r) => r.name !== 'www' && r.name !== 'shop');
    const imported = [
      ...kept.map((r) => ({ type: r.type, name: r.name, value: r.value, ttl: r.ttl, priority: r.priority ?? null })),
      { type: 'CNAME' as const, name: 'www', value: 'sites.acmehosting.example', ttl: 300, priority: null },
      { type: 'A' as const, name: 'shop', value: '192.0.2.99', ttl: 300, priority: null },
    ];
    const plan = planZoneImport(zone, imported, { mode: 'replace' });
    const before = await zoneOf(h.sandbox, domainId);
    h.failAt.add(orderSteps(plan).flat().length);
    const error = await rejection(applyPlan(h.client, domainId, plan, { concurrency: 3 }));
    assert.equal(error.rolledBack, true);
    assert.deepEqual(await zoneOf(h.sandbox, domainId), before);
    h.failAt.clear();
    // Records put back by the rollback have new ids: plan again.
    const again = planZoneImport(await recordsOf(h.client, domainId), imported, { mode: 'replace' });
    await applyPlan(h.client, domainId, again, { concurrency: 3 });
    const after = await zoneOf(h.sandbox, domainId);
    assert.ok(after.includes('CNAME www sites.acmehosting.example 300 -'));
    assert.ok(after.includes('A shop 192.0.2.99 300 -'));
  });
});

describe('undoApplied', () => {
  let h: Harness;
  let domainId: string;
  beforeEach(async () => {
    h = harness();
    domainId = await bakeryId(h.sandbox);
  });

  it('puts the zone back as it was before the apply', async () => {
    const before = await zoneOf(h.sandbox, domainId);
    const plan = planTemplate({ zone: await recordsOf(h.client, domainId), domain: BAKERY, template: acmeSites });
    const result = await applyPlan(h.client, domainId, plan);
    assert.notDeepEqual(await zoneOf(h.sandbox, domainId), before);
    const undone = await undoApplied(h.client, domainId, result);
    assert.deepEqual(await zoneOf(h.sandbox, domainId), before);
    assert.equal(undone.added.length, result.removed.length);
    assert.equal(undone.removed.length, result.added.length);
  });

  it('reverts changed records', async () => {
    const before = await zoneOf(h.sandbox, domainId);
    const zone = await recordsOf(h.client, domainId);
    const result = await applyPlan(
      h.client,
      domainId,
      planTemplate({ zone, domain: BAKERY, template: googleWorkspace, groupIds: ['mail'] }),
    );
    await undoApplied(h.client, domainId, result);
    assert.deepEqual(await zoneOf(h.sandbox, domainId), before);
  });

  for (let n = 1; n <= 6; n++) {
    it(`request ${n} of the undo fails → the zone stays as the apply left it`, async () => {
      const plan = planTemplate({ zone: await recordsOf(h.client, domainId), domain: BAKERY, template: vercel, groupIds: ['site'] });
      const result = await applyPlan(h.client, domainId, plan);
      const applied = await zoneOf(h.sandbox, domainId);
      h.failAt.add(h.mutations.length + n);
      const error = await rejection(undoApplied(h.client, domainId, result));
      assert.equal(error.rolledBack, true);
      assert.deepEqual(await zoneOf(h.sandbox, domainId), applied);
    });
  }
});

describe('orderSteps', () => {
  const at = (id: number, type: 'A' | 'CNAME' | 'TXT', name: string, value: string): DnsRecord => ({
    id: `rec_${id}`,
    domain_id: 'dom_1',
    type,
    name,
    value,
    ttl: 300,
    priority: null,
    created_at: '2026-11-26T10:00:00Z',
    updated_at: '2026-11-26T10:00:00Z',
  });

  it('puts first only the removals a new record at the same name conflicts with', () => {
    const phases = orderSteps({
      add: [
        { type: 'CNAME', name: 'WWW', value: 'sites.example.net', ttl: 300, priority: null },
        { type: 'A', name: 'shop', value: '192.0.2.9', ttl: 300, priority: null },
      ],
      remove: [at(1, 'A', 'www', '192.0.2.1'), at(2, 'CNAME', 'shop', 'old.example.net'), at(3, 'A', 'blog', '192.0.2.3')],
      change: [{ from: at(4, 'TXT', '@', 'v=spf1 -all'), to: { type: 'TXT', name: '@', value: 'v=spf1 ~all', ttl: 300 } }],
    });
    assert.deepEqual(
      phases.map((phase) =>
        phase.map((s) => (s.kind === 'change' ? 'change rec_4' : `${s.kind} ${'id' in s.record ? s.record.id : s.record.name}`)),
      ),
      [['remove rec_1', 'remove rec_2'], ['change rec_4'], ['add WWW', 'add shop'], ['remove rec_3']],
    );
  });

  it('orders a 10,000-record import quickly', () => {
    const remove = Array.from({ length: 10_000 }, (_, i) => at(i, 'A', `host${i}`, '192.0.2.1'));
    const add = Array.from({ length: 10_000 }, (_, i) => ({ type: 'CNAME' as const, name: `host${i}`, value: 'x.example.net', ttl: 300 }));
    const started = performance.now();
    const phases = orderSteps({ add, remove, change: [] });
    assert.ok(performance.now() - started < 1000, 'under a second');
    assert.equal(phases[0]?.length, 10_000);
  });
});
