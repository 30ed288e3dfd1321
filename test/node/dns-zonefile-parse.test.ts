import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import {
  formatZoneFileProblem,
  parseZoneFile,
  parseZoneFileChunked,
  parseZoneTtl,
  type NormalizedRecord,
  type ZoneFileParseResult,
} from '../../src/dns/index.js';

const fixture = (name: string): string => readFileSync(new URL(`../fixtures/zonefiles/${name}`, import.meta.url), 'utf8');

/** A record in the compact form the tables below use: `type name value ttl [priority]`. */
type Row = [type: string, name: string, value: string, ttl: number, priority?: number];
const rows = (records: readonly NormalizedRecord[]): Row[] =>
  records.map((r) => (r.priority === null ? [r.type, r.name, r.value, r.ttl] : [r.type, r.name, r.value, r.ttl, r.priority]));
/** Problems as `severity code line: message` lines, easy to read in a failing diff. */
const problemLines = (result: ZoneFileParseResult): string[] =>
  result.problems.map((p) => `${p.severity} ${p.code} ${formatZoneFileProblem(p)}`);

describe('parseZoneFile', () => {
  it('reads a BIND-style file: $ORIGIN, $TTL with units, SOA across lines, omitted owners, classes and TTLs in either order', () => {
    const result = parseZoneFile(fixture('bind.zone'), { zone: 'example.com' });
    assert.deepEqual(rows(result.records), [
      ['A', '@', '192.0.2.1', 3600],
      ['AAAA', '@', '2001:db8::1', 3600],
      ['MX', '@', 'mail.example.com', 3600, 10],
      ['MX', '@', 'mx.backup.example.net', 3600, 20],
      ['TXT', '@', 'v=spf1 mx -all', 3600],
      ['A', 'www', '192.0.2.2', 300],
      ['A', 'www', '192.0.2.3', 300],
      ['A', 'mail', '192.0.2.4', 600],
      ['CNAME', 'ftp', 'www.example.com', 3600],
      ['SRV', '_sip._tcp', '60 5060 sipserver.example.com', 3600, 10],
      ['TXT', 'long', 'first part, second part', 3600],
      ['TXT', 'quote', 'say "hi" \\ back', 3600],
      ['TXT', 'utf8', 'Bäckerei 🍞', 3600],
      ['A', 'host.sub', '192.0.2.5', 3600],
      ['A', '*.sub', '192.0.2.6', 3600],
      ['NS', 'delegated', 'ns1.other.example', 3600],
    ]);
    assert.deepEqual(problemLines(result), [
      'note soa-skipped line 4: SOA records are managed by PocketDNS and were left out.',
      'note apex-ns-skipped line 10: NS records of example.com itself are managed by PocketDNS and were left out.',
      'note apex-ns-skipped line 11: NS records of example.com itself are managed by PocketDNS and were left out.',
    ]);
  });

  it('reads a Cloudflare-style export: header comments, absolute names, TTL and IN on every line, trailing comments', () => {
    const result = parseZoneFile(fixture('cloudflare.zone'), { zone: 'example.org' });
    assert.deepEqual(rows(result.records), [
      ['A', '@', '192.0.2.10', 3600],
      ['A', 'www', '192.0.2.10', 3600],
      ['MX', '@', 'mx1.example.net', 3600, 10],
      ['SRV', '_imaps._tcp', '1 993 imap.example.net', 3600, 0],
      ['TXT', '@', 'v=spf1 include:_spf.example.net ~all', 3600],
      ['TXT', '_dmarc', 'v=DMARC1; p=none', 3600],
    ]);
    assert.deepEqual(problemLines(result), [
      'note soa-skipped line 11: SOA records are managed by PocketDNS and were left out.',
      'note apex-ns-skipped line 14: NS records of example.org itself are managed by PocketDNS and were left out.',
      'note apex-ns-skipped line 15: NS records of example.org itself are managed by PocketDNS and were left out.',
      // Cloudflare writes 1 for its "automatic" TTL; PocketDNS's minimum is 60, and the
      // record is reported rather than silently given another TTL.
      'error invalid-record line 22: The CNAME record of blog.example.org was left out: The TTL must be at least 60 seconds (1 minute).',
    ]);
  });

  it('reports every problem with its line number and a sentence, and keeps reading after each', () => {
    const result = parseZoneFile(fixture('problems.zone'), { zone: 'example.com' });
    assert.deepEqual(rows(result.records), [['A', 'ok', '192.0.2.3', 3600]]);
    assert.deepEqual(problemLines(result), [
      'note soa-skipped line 4: SOA records are managed by PocketDNS and were left out.',
      'note apex-ns-skipped line 5: NS records of example.com itself are managed by PocketDNS and were left out.',
      'error include line 6: $INCLUDE is not supported: an imported file cannot read other files. Paste the included records in its place.',
      'error unsupported-type line 7: CAA records are not supported yet.',
      'error class line 8: Only the IN (Internet) class is supported; this CH record was left out.',
      'error ttl line 9: “1x” is not a TTL: write seconds, like 3600, or units, like 1h.',
      'error invalid-record line 10: The A record of ip.example.com was left out: Enter an IPv4 address as four numbers from 0 to 255, like 192.0.2.1.',
      'error outside-zone line 11: www.example.net. is not inside example.com, so this record was left out.',
      'error quote line 12: A quoted string is not closed before the end of the line: add the closing quote (").',
      'note duplicate line 14: This record repeats the one on line 13; it is imported once.',
      'error parentheses line 15: This closing parenthesis has no opening one before it.',
      'error invalid-record line 16: The A record of low.example.com was left out: The TTL must be at least 60 seconds (1 minute).',
      'error directive line 17: $GENERATE is not a directive we support; the line was left out.',
      'error unknown-type line 18: “FOO” is not a record type, class or TTL.',
      'error invalid-record line 19: The MX record needs a priority and a host name, like 10 mail.example.net, but this one has “mail.example.net.”.',
      'error parentheses line 20: The parenthesis opened on this line is never closed, so the rest of the file was left out.',
    ]);
  });

  describe('TXT strings and escapes', () => {
    const cases: [title: string, rdata: string, value: string][] = [
      ['an escaped quote', String.raw`"a \"quoted\" word"`, 'a "quoted" word'],
      ['an escaped backslash', String.raw`"C:\\path"`, 'C:\\path'],
      ['\\DDD for ASCII', String.raw`"semi\059colon"`, 'semi;colon'],
      ['\\DDD bytes that make one UTF-8 character', String.raw`"\195\164"`, 'ä'],
      ['\\DDD for a four-byte character', String.raw`"\240\159\141\158"`, '🍞'],
      ['raw UTF-8 in quotes', '"grüße"', 'grüße'],
      ['several strings joined without a separator', '"abc" "def" "g"', 'abcdefg'],
      ['an unquoted word', 'hello', 'hello'],
      ['an unquoted word with an escaped space', String.raw`hello\032world`, 'hello world'],
      ['a semicolon inside quotes is text, not a comment', '"a;b" ; comment', 'a;b'],
      ['parentheses inside quotes are text', '"(x)"', '(x)'],
    ];
    for (const [title, rdata, value] of cases) {
      it(title, () => {
        const result = parseZoneFile(`t 300 IN TXT ${rdata}\n`, { zone: 'example.com' });
        assert.deepEqual(result.problems, []);
        assert.equal(result.records[0]?.value, value);
      });
    }

    const broken: [title: string, rdata: string][] = [
      ['a byte value over 255', String.raw`"\300"`],
      ['bytes that are not UTF-8', String.raw`"\255\255"`],
      ['a lone leading byte of UTF-8', String.raw`"\195"`],
    ];
    for (const [title, rdata] of broken) {
      it(`refuses ${title} with a line number`, () => {
        const result = parseZoneFile(`ok 300 IN A 192.0.2.1\nt 300 IN TXT ${rdata}\n`, { zone: 'example.com' });
        assert.equal(result.records.length, 1);
        assert.deepEqual(
          result.problems.map((p) => [p.line, p.code]),
          [[2, 'escape']],
        );
      });
    }
  });

  it('resolves relative names against the current $ORIGIN and the zone, in Unicode or punycode', () => {
    const text = ['$ORIGIN bäckerei.de.', 'www 300 IN CNAME @', 'über 300 IN A 192.0.2.1', 'mx 300 IN MX 5 mail'].join('\n');
    const result = parseZoneFile(text, { zone: 'xn--bckerei-5wa.de' });
    assert.deepEqual(result.problems, []);
    assert.deepEqual(rows(result.records), [
      ['CNAME', 'www', 'xn--bckerei-5wa.de', 300],
      ['A', 'xn--ber-goa', '192.0.2.1', 300],
      ['MX', 'mx', 'mail.xn--bckerei-5wa.de', 300, 5],
    ]);
  });

  it('takes an omitted TTL from $TTL, else from the last explicit TTL, else from defaultTtl', () => {
    const text = ['a IN A 192.0.2.1', 'b 600 IN A 192.0.2.2', 'c IN A 192.0.2.3', '$TTL 2h', 'd IN A 192.0.2.4'].join('\n');
    const result = parseZoneFile(text, { zone: 'example.com', defaultTtl: 900 });
    assert.deepEqual(
      result.records.map((r) => r.ttl),
      [900, 600, 600, 7200],
    );
  });

  it('refuses an omitted owner when no record came before', () => {
    const result = parseZoneFile('   IN A 192.0.2.1\n', { zone: 'example.com' });
    assert.deepEqual(
      result.problems.map((p) => [p.line, p.code]),
      [[1, 'owner']],
    );
  });

  it('recognizes the apex however it is written: upper case, Unicode, relative @', () => {
    const text = [
      'BÄCKEREI.DE. 300 IN NS ns1.example.net.',
      'bäckerei.de. 300 IN NS ns2.example.net.',
      '@ 300 IN NS ns3.example.net.',
    ].join('\n');
    const result = parseZoneFile(text, { zone: 'xn--bckerei-5wa.de' });
    assert.deepEqual(result.records, []);
    assert.deepEqual(
      result.problems.map((p) => [p.line, p.code]),
      [
        [1, 'apex-ns-skipped'],
        [2, 'apex-ns-skipped'],
        [3, 'apex-ns-skipped'],
      ],
    );
  });

  it('ignores a byte order mark and reads Windows line ends', () => {
    const result = parseZoneFile('\uFEFFwww 300 IN A 192.0.2.1\r\n@ 300 IN TXT "x"\r\n', { zone: 'example.com' });
    assert.deepEqual(result.problems, []);
    assert.deepEqual(rows(result.records), [
      ['A', 'www', '192.0.2.1', 300],
      ['TXT', '@', 'x', 300],
    ]);
  });

  it('says what a directive without its value needs', () => {
    const result = parseZoneFile('$TTL\n$ORIGIN ; nothing\n', { zone: 'example.com' });
    assert.deepEqual(
      result.problems.map((p) => formatZoneFileProblem(p)),
      ['line 1: $TTL needs a value, like $TTL 3600.', 'line 2: $ORIGIN needs a value, like $ORIGIN example.com.'],
    );
  });

  it('reads BIND TTL units', () => {
    assert.deepEqual(['300', '1h', '1h30m', '1d', '1w', '2D', '1x', 'h', ''].map(parseZoneTtl), [
      300,
      3600,
      5400,
      86_400,
      604_800,
      172_800,
      undefined,
      undefined,
      undefined,
    ]);
  });
});

describe('parseZoneFileChunked', () => {
  const text = Array.from({ length: 2000 }, (_, i) => `h${i} 300 IN A 192.0.2.${i % 250}`).join('\n') + '\nbad IN A nope\n';

  it('gives the same result as parseZoneFile and yields to the event loop between chunks', async () => {
    let ticks = 0;
    const timer = setInterval(() => (ticks += 1), 0);
    const progress: number[] = [];
    const chunked = await parseZoneFileChunked(text, { zone: 'example.com', yieldEvery: 100, onProgress: (f) => progress.push(f) });
    clearInterval(timer);
    assert.deepEqual(chunked, parseZoneFile(text, { zone: 'example.com' }));
    assert.ok(ticks > 0, 'other tasks ran while parsing');
    assert.ok(progress.length >= 20, `progress reported per chunk (${progress.length})`);
    assert.equal(progress.at(-1), 1);
    assert.ok(progress.every((f, i) => i === 0 || f >= (progress[i - 1] ?? 0)));
  });

  it('stops when its signal aborts', async () => {
    const controller = new AbortController();
    const parse = parseZoneFileChunked(text, { zone: 'example.com', yieldEvery: 100, signal: controller.signal });
    controller.abort(new Error('cancelled by the customer'));
    await assert.rejects(parse, /cancelled by the customer/);
  });
});
