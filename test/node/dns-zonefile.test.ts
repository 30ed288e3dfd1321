import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import fc from 'fast-check';
import {
  parseZoneFile,
  quoteTxtString,
  toZoneFile,
  validateRecord,
  type NormalizedRecord,
  type RecordInput,
  type ZoneFileRecord,
} from '../../src/dns/index.js';
import { demoData } from '../../src/sandbox/seed.js';

const DATE = new Date('2026-11-28T15:00:00Z');
const rec = (
  type: NormalizedRecord['type'],
  name: string,
  value: string,
  ttl = 3600,
  priority: number | null = null,
): NormalizedRecord => ({
  type,
  name,
  value,
  ttl,
  priority,
});
/** Records as sorted JSON lines: order-free comparison with a readable diff. */
const canonical = (records: readonly ZoneFileRecord[]): string[] =>
  records.map(({ type, name, value, ttl, priority }) => JSON.stringify([type, name, value, ttl, priority ?? null])).sort();

const data = demoData();
const domains = data.domains.map((domain) => ({
  domain,
  records: data.records.filter((r) => r.domain_id === domain.id),
}));

describe('toZoneFile', () => {
  it('writes $ORIGIN, $TTL, the header, SOA and apex NS, then records sorted apex first with absolute host names', () => {
    const text = toZoneFile(
      [
        rec('A', 'www', '192.0.2.2', 300),
        rec('SRV', '_sip._tcp', '5 5060 sip.example.net', 3600, 10),
        rec('MX', '@', 'mx2.example.net', 3600, 20),
        rec('MX', '@', 'mx1.example.net', 3600, 10),
        rec('CNAME', 'shop', 'example.com'),
        rec('A', '@', '192.0.2.1'),
        rec('NS', '@', 'ns1.pocketdns.com', 86_400),
        rec('TXT', '_tcp', 'v=x'),
      ],
      { zone: 'Example.COM.', nameservers: ['ns1.pocketdns.com', 'NS2.pocketdns.com.'], ttl: 1800, date: DATE },
    );
    assert.equal(
      text,
      [
        '; Zone file for example.com',
        '; Exported by PocketDNS on 2026-11-28: 7 records.',
        '$ORIGIN example.com.',
        '$TTL 1800',
        '',
        '@          1800 IN SOA   ns1.pocketdns.com. hostmaster.example.com. 2026112800 3600 600 1209600 300',
        '@          1800 IN NS    ns1.pocketdns.com.',
        '@          1800 IN NS    ns2.pocketdns.com.',
        '@          3600 IN A     192.0.2.1',
        '@          3600 IN MX    10 mx1.example.net.',
        '@          3600 IN MX    20 mx2.example.net.',
        '',
        '_tcp       3600 IN TXT   "v=x"',
        '',
        '_sip._tcp  3600 IN SRV   10 5 5060 sip.example.net.',
        '',
        'shop       3600 IN CNAME example.com.',
        '',
        'www         300 IN A     192.0.2.2',
        '',
      ].join('\n'),
    );
  });

  it('names an IDN zone in punycode and shows it in Unicode in the header', () => {
    const text = toZoneFile([rec('A', 'xn--ber-goa', '192.0.2.1')], { zone: 'bäckerei.de', date: DATE });
    assert.match(text, /^; Zone file for xn--bckerei-5wa\.de \(bäckerei\.de\)\n/);
    assert.match(text, /^\$ORIGIN xn--bckerei-5wa\.de\.$/m);
    assert.match(text, /^xn--ber-goa +3600 IN A +192\.0\.2\.1$/m);
  });

  it('splits TXT into strings of at most 255 bytes, escaping quotes, backslashes and non-ASCII bytes', () => {
    assert.equal(quoteTxtString('say "hi" \\ ä🍞'), String.raw`"say \"hi\" \\ \195\164\240\159\141\158"`);
    const long = 'a'.repeat(254) + 'é' + 'b'.repeat(10);
    const text = toZoneFile([rec('TXT', 'long', long)], { zone: 'example.com', date: DATE });
    // "é" is two bytes: it does not fit after 254 bytes, so it starts the second string.
    assert.match(text, new RegExp(`^long +3600 IN TXT +"a{254}" "\\\\195\\\\169b{10}"$`, 'm'));
  });

  it('writes an SRV "no service" target as a single dot', () => {
    const text = toZoneFile([rec('SRV', '_imap._tcp', '0 0 .', 3600, 0)], { zone: 'example.com', date: DATE });
    assert.match(text, /^_imap\._tcp +3600 IN SRV +0 0 0 \.$/m);
  });
});

describe('named-checkzone loads the export of every sandbox domain', () => {
  const probe = spawnSync('named-checkzone', ['-v'], { encoding: 'utf8' });
  const missing = probe.error !== undefined;
  if (missing && process.env.CI === undefined) {
    it(
      'named-checkzone',
      { skip: 'named-checkzone is not installed (apt-get install bind9-utils); CI installs it and runs this' },
      () => {},
    );
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'pocketdns-zonefile-'));
  after(() => {
    rmSync(dir, { recursive: true, force: true });
  });
  for (const { domain, records } of domains) {
    it(`${domain.name} (${records.length} records)`, () => {
      const file = join(dir, `${domain.name}.zone`);
      writeFileSync(file, toZoneFile(records, { zone: domain.name, nameservers: domain.nameservers, date: DATE }));
      // `-i local`: check the zone's own integrity but look up no out-of-zone name, which on a
      // closed network waits for DNS timeouts (minutes for the 10,000-record domain).
      const run = spawnSync('named-checkzone', ['-i', 'local', domain.name, file], { encoding: 'utf8' });
      assert.equal(run.error, undefined, `named-checkzone could not run: ${String(run.error)}`);
      assert.equal(run.status, 0, run.stdout + run.stderr);
      assert.equal(run.stdout.trim().split('\n').at(-1), 'OK');
      assert.match(run.stdout, /loaded serial 2026112800/);
    });
  }

  it('and refuses a broken file (the check can fail)', () => {
    const file = join(dir, 'broken.zone');
    writeFileSync(
      file,
      toZoneFile([rec('A', 'www', '192.0.2.1')], { zone: 'example.com', date: DATE }).replace('192.0.2.1', '192.0.2.999'),
    );
    const run = spawnSync('named-checkzone', ['-i', 'local', 'example.com', file], { encoding: 'utf8' });
    assert.notEqual(run.status, 0);
  });
});

describe('round trip: parseZoneFile(toZoneFile(records)) gives the records back', () => {
  for (const { domain, records } of domains) {
    it(`sandbox domain ${domain.name}`, () => {
      const text = toZoneFile(records, { zone: domain.name, nameservers: domain.nameservers, date: DATE });
      const parsed = parseZoneFile(text, { zone: domain.name });
      assert.deepEqual(canonical(parsed.records), canonical(records));
      // Only the notes about PocketDNS's own SOA and apex NS.
      assert.deepEqual(
        parsed.problems.map((p) => p.code),
        ['soa-skipped', 'apex-ns-skipped', 'apex-ns-skipped'],
      );
    });
  }

  it('generated records of every type', () => {
    const zone = 'example.com';
    const label = fc.stringMatching(/^[a-z0-9](?:[a-z0-9-]{0,8}[a-z0-9])?$/);
    const host = fc.array(label, { minLength: 2, maxLength: 4 }).map((labels) => labels.join('.'));
    const owner = fc.oneof(
      fc.constant('@'),
      fc.array(label, { minLength: 1, maxLength: 3 }).map((l) => l.join('.')),
      label.map((l) => `_${l}._tcp`),
      label.map((l) => `*.${l}`),
      fc.constantFrom('bäckerei', 'über-uns.shop'),
    );
    const ttl = fc.integer({ min: 60, max: 86_400 });
    const u16 = fc.integer({ min: 0, max: 65_535 });
    const text = fc.oneof(
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: 600 }),
      fc.string({ unit: fc.constantFrom('"', '\\', ';', '(', ')', ' ', '$', '@', 'ä', '🍞', 'x'), minLength: 1, maxLength: 300 }),
    );
    const input: fc.Arbitrary<RecordInput> = fc.oneof(
      fc.record({ type: fc.constant('A'), name: owner, value: fc.ipV4(), ttl }),
      fc.record({ type: fc.constant('AAAA'), name: owner, value: fc.ipV6(), ttl }),
      fc.record({ type: fc.constant('CNAME'), name: owner, value: host, ttl }),
      fc.record({ type: fc.constant('NS'), name: owner.filter((n) => n !== '@'), value: host, ttl }),
      fc.record({ type: fc.constant('MX'), name: owner, value: host, ttl, priority: u16 }),
      fc.record({ type: fc.constant('TXT'), name: owner, value: text, ttl }),
      fc.record({
        type: fc.constant('SRV'),
        name: owner,
        value: fc.tuple(u16, u16, fc.oneof(host, fc.constant('.'))).map(([w, p, t]) => `${w} ${p} ${t}`),
        ttl,
        priority: u16,
      }),
    );
    fc.assert(
      fc.property(fc.array(input, { maxLength: 30 }), (inputs) => {
        const records: NormalizedRecord[] = [];
        const keys = new Set<string>();
        for (const i of inputs) {
          const result = validateRecord(i, { zone });
          if (!result.ok) continue;
          const r = result.record;
          // A zone holds a record once (the parser reports repeats as notes).
          const key = `${r.type} ${r.name} ${r.priority ?? ''} ${r.value}`;
          if (!keys.has(key)) records.push(r);
          keys.add(key);
        }
        const parsed = parseZoneFile(toZoneFile(records, { zone, date: DATE }), { zone });
        assert.deepEqual(canonical(parsed.records), canonical(records));
        assert.ok(parsed.problems.every((p) => p.severity === 'note'));
      }),
      { numRuns: 300 },
    );
  });
});
