import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { DnsRecord } from '../../src/api/index.js';
import { LINT_CODES, lintRecords, type LintCode, type LintRecord } from '../../src/dns/index.js';
import { codesOf, rec, rsaKey, txt } from '../helpers/lint-records.js';

const zone = 'example.com';

interface Case {
  code: LintCode;
  title: string;
  records: LintRecord[];
  /** The records the finding must name (sorted). */
  ids: string[];
  /** When not example.com. */
  zone?: string;
}

const CASES: Case[] = [
  {
    code: 'spf-multiple',
    title: 'two SPF records at the apex',
    records: [txt('@', 'v=spf1 mx -all', 'a'), txt('@', 'v=spf1 include:_spf.google.com ~all', 'b')],
    ids: ['a', 'b'],
  },
  { code: 'spf-syntax', title: 'an unknown mechanism', records: [txt('@', 'v=spf1 inclde:_spf.google.com ~all', 's1')], ids: ['s1'] },
  { code: 'spf-syntax', title: 'a bad qualifier', records: [txt('@', 'v=spf1 !mx -all', 's2')], ids: ['s2'] },
  { code: 'spf-syntax', title: 'no space after v=spf1', records: [txt('@', 'v=spf1include:_spf.google.com ~all', 's3')], ids: ['s3'] },
  { code: 'spf-syntax', title: 'an ip4 that is not an address', records: [txt('@', 'v=spf1 ip4:300.1.2.3 -all', 's4')], ids: ['s4'] },
  { code: 'spf-syntax', title: 'an ip4 prefix over 32', records: [txt('@', 'v=spf1 ip4:192.0.2.0/33 -all', 's5')], ids: ['s5'] },
  { code: 'spf-syntax', title: 'include without a domain', records: [txt('@', 'v=spf1 include -all', 's6')], ids: ['s6'] },
  {
    code: 'spf-syntax',
    title: 'redirect twice',
    records: [txt('@', 'v=spf1 redirect=a.example.net redirect=b.example.net', 's7')],
    ids: ['s7'],
  },
  {
    code: 'spf-unknown-modifier',
    title: 'a misspelt modifier',
    records: [txt('@', 'v=spf1 mx redirct=_spf.example.net -all', 'm')],
    ids: ['m'],
  },
  { code: 'spf-all-not-last', title: 'terms after all', records: [txt('@', 'v=spf1 -all mx', 'l')], ids: ['l'] },
  {
    code: 'spf-redirect-ignored',
    title: 'redirect together with all',
    records: [txt('@', 'v=spf1 redirect=_spf.example.net ~all', 'r')],
    ids: ['r'],
  },
  {
    code: 'spf-too-many-lookups',
    title: 'eleven lookup terms',
    records: [
      txt(
        '@',
        `v=spf1 a mx ptr:example.net exists:%{i}.example.net ${Array.from({ length: 7 }, (_, i) => `include:s${i}.example.net`).join(' ')} -all`,
        't',
      ),
    ],
    ids: ['t'],
  },
  { code: 'spf-plus-all', title: '+all', records: [txt('@', 'v=spf1 mx +all', 'p1')], ids: ['p1'] },
  { code: 'spf-plus-all', title: 'a bare all (default qualifier +)', records: [txt('@', 'v=spf1 mx all', 'p2')], ids: ['p2'] },
  { code: 'spf-ptr', title: 'ptr mechanism', records: [txt('@', 'v=spf1 ptr -all', 'ptr')], ids: ['ptr'] },
  { code: 'spf-neutral-all', title: '?all', records: [txt('@', 'v=spf1 mx ?all', 'n')], ids: ['n'] },
  { code: 'spf-no-all', title: 'no all and no redirect', records: [txt('@', 'v=spf1 mx', 'na')], ids: ['na'] },
  {
    code: 'dmarc-multiple',
    title: 'two DMARC records',
    records: [txt('_dmarc', 'v=DMARC1; p=reject', 'd1'), txt('_dmarc', 'v=DMARC1; p=none', 'd2')],
    ids: ['d1', 'd2'],
  },
  { code: 'dmarc-not-first', title: 'v=DMARC1 after p=', records: [txt('_dmarc', 'p=reject; v=DMARC1', 'nf')], ids: ['nf'] },
  { code: 'dmarc-policy', title: 'no p=', records: [txt('_dmarc', 'v=DMARC1; rua=mailto:d@example.com', 'np')], ids: ['np'] },
  { code: 'dmarc-policy', title: 'an invalid p=', records: [txt('_dmarc', 'v=DMARC1; p=block', 'bp')], ids: ['bp'] },
  { code: 'dmarc-tag', title: 'sp invalid', records: [txt('_dmarc', 'v=DMARC1; p=reject; sp=deny', 't1')], ids: ['t1'] },
  { code: 'dmarc-tag', title: 'pct over 100', records: [txt('_dmarc', 'v=DMARC1; p=reject; pct=150', 't2')], ids: ['t2'] },
  { code: 'dmarc-tag', title: 'adkim not r or s', records: [txt('_dmarc', 'v=DMARC1; p=reject; adkim=strict', 't3')], ids: ['t3'] },
  { code: 'dmarc-tag', title: 'aspf not r or s', records: [txt('_dmarc', 'v=DMARC1; p=reject; aspf=x', 't4')], ids: ['t4'] },
  { code: 'dmarc-tag', title: 'fo invalid', records: [txt('_dmarc', 'v=DMARC1; p=reject; fo=2', 't5')], ids: ['t5'] },
  { code: 'dmarc-tag', title: 'a piece without =', records: [txt('_dmarc', 'v=DMARC1; p=reject; rua', 't6')], ids: ['t6'] },
  {
    code: 'dmarc-uri',
    title: 'rua without mailto:',
    records: [txt('_dmarc', 'v=DMARC1; p=reject; rua=dmarc@example.com', 'u1')],
    ids: ['u1'],
  },
  {
    code: 'dmarc-uri',
    title: 'ruf with an https URI',
    records: [txt('_dmarc', 'v=DMARC1; p=reject; ruf=https://example.com/r', 'u2')],
    ids: ['u2'],
  },
  { code: 'dmarc-none', title: 'p=none', records: [txt('_dmarc', 'v=DMARC1; p=none; rua=mailto:d@example.com', 'none')], ids: ['none'] },
  { code: 'dkim-syntax', title: 'no p=', records: [txt('s1._domainkey', 'v=DKIM1; k=rsa', 'k1')], ids: ['k1'] },
  { code: 'dkim-syntax', title: 'v= not first', records: [txt('s1._domainkey', `k=rsa; v=DKIM1; p=${rsaKey}`, 'k2')], ids: ['k2'] },
  { code: 'dkim-syntax', title: 'an unknown key type', records: [txt('s1._domainkey', `v=DKIM1; k=dsa; p=${rsaKey}`, 'k3')], ids: ['k3'] },
  { code: 'dkim-key', title: 'p= not base64', records: [txt('s1._domainkey', 'v=DKIM1; k=rsa; p=not-a-key!', 'kk')], ids: ['kk'] },
  { code: 'dkim-revoked', title: 'empty p=', records: [txt('old._domainkey', 'v=DKIM1; p=', 'kr')], ids: ['kr'] },
  {
    code: 'mx-to-cname',
    title: 'MX to a CNAME in the zone',
    records: [rec('MX', '@', 'mail.example.com', { id: 'mx', priority: 10 }), rec('CNAME', 'mail', 'mail.provider.net', { id: 'cn' })],
    ids: ['cn', 'mx'],
  },
  {
    code: 'ns-to-cname',
    title: 'NS to a CNAME in the zone',
    records: [rec('NS', 'sub', 'ns1.example.com', { id: 'ns' }), rec('CNAME', 'ns1', 'ns.provider.net', { id: 'cn' })],
    ids: ['cn', 'ns'],
  },
  {
    code: 'dangling-target',
    title: 'CNAME to an empty in-zone name',
    records: [rec('CNAME', 'www', 'web.example.com', { id: 'dc' })],
    ids: ['dc'],
  },
  {
    code: 'dangling-target',
    title: 'MX to an empty in-zone name',
    records: [rec('MX', '@', 'mx.example.com', { id: 'dm', priority: 5 })],
    ids: ['dm'],
  },
  {
    code: 'dangling-target',
    title: 'SRV to an empty in-zone name',
    records: [rec('SRV', '_sip._tcp', '5 5060 sip.example.com', { id: 'ds', priority: 10 })],
    ids: ['ds'],
  },
  {
    code: 'hosted-target',
    title: 'CNAME to Heroku',
    records: [rec('CNAME', 'app', 'shiny-1234.herokuapp.com', { id: 'h1' })],
    ids: ['h1'],
  },
  {
    code: 'hosted-target',
    title: 'CNAME to an S3 website',
    records: [rec('CNAME', 'static', 'static.example.com.s3-website-eu-west-1.amazonaws.com', { id: 'h2' })],
    ids: ['h2'],
  },
  {
    code: 'hosted-target',
    title: 'CNAME to GitHub Pages',
    records: [rec('CNAME', 'docs', 'example.github.io', { id: 'h3' })],
    ids: ['h3'],
  },
  {
    code: 'invisible-characters',
    title: 'a right-to-left override in TXT',
    records: [txt('@', 'site-verification=abc\u202Edef', 'i1')],
    ids: ['i1'],
  },
  { code: 'invisible-characters', title: 'a zero-width space in TXT', records: [txt('note', 'hello\u200Bworld', 'i2')], ids: ['i2'] },
  {
    code: 'homograph-name',
    title: 'Cyrillic а in a Latin name',
    records: [rec('A', 'xn--pple-43d', '192.0.2.1', { id: 'g1' })],
    ids: ['g1'],
  },
  {
    code: 'homograph-name',
    title: 'a whole-Cyrillic look-alike of "apple"',
    records: [rec('A', 'xn--80ak6aa92e', '192.0.2.1', { id: 'g2' })],
    ids: ['g2'],
  },
  {
    code: 'homograph-name',
    title: 'a Cyrillic look-alike target under .com, in a .рф zone',
    records: [rec('CNAME', 'www', 'xn--80ak6aa92e.com', { id: 'g4' })],
    ids: ['g4'],
    zone: 'пример.рф',
  },
  {
    code: 'homograph-name',
    title: 'a CNAME target that mixes scripts',
    records: [rec('CNAME', 'pay', 'xn--pypal-4ve.net', { id: 'g3' })],
    ids: ['g3'],
  },
];

describe('lintRecords: one case per code', () => {
  for (const c of CASES) {
    it(`${c.code}: ${c.title}`, () => {
      const findings = lintRecords(c.records, { zone: c.zone ?? zone });
      const found = findings.filter((f) => f.code === c.code);
      assert.ok(found.length > 0, `expected ${c.code}, got ${codesOf(findings).join(', ') || 'nothing'}`);
      assert.deepEqual([...found[0]!.recordIds].sort(), c.ids);
      for (const f of findings) {
        assert.equal(f.severity, LINT_CODES[f.code].severity);
        assert.match(f.message, /^\S.*[.;!?]/);
      }
    });
  }

  it('has a case for every code in LINT_CODES', () => {
    const covered = new Set(CASES.map((c) => c.code));
    assert.deepEqual(
      Object.keys(LINT_CODES).filter((code) => !covered.has(code as LintCode)),
      [],
    );
  });

  it('orders errors, then warnings, then info', () => {
    const findings = lintRecords([txt('@', 'v=spf1 ptr ?all'), txt('@', 'v=spf1 +all')], { zone });
    const ranks = findings.map((f) => ['error', 'warning', 'info'].indexOf(f.severity));
    assert.deepEqual(
      ranks,
      [...ranks].sort((a, b) => a - b),
    );
    assert.deepEqual(codesOf(findings), ['spf-multiple', 'spf-plus-all', 'spf-ptr', 'spf-neutral-all']);
  });
});

describe('lintRecords: what is not a problem', () => {
  const quiet: { title: string; records: LintRecord[]; absent: LintCode[]; zone?: string }[] = [
    {
      title: 'SPF with redirect and no all',
      records: [txt('@', 'v=spf1 redirect=_spf.example.net')],
      absent: ['spf-no-all', 'spf-redirect-ignored'],
    },
    {
      title: 'exactly ten lookups',
      records: [txt('@', `v=spf1 ${Array.from({ length: 10 }, (_, i) => `include:s${i}.example.net`).join(' ')} -all`)],
      absent: ['spf-too-many-lookups'],
    },
    { title: 'SPF at two different names', records: [txt('@', 'v=spf1 mx -all'), txt('mail', 'v=spf1 a -all')], absent: ['spf-multiple'] },
    {
      title: 'ip6 and a with dual prefix',
      records: [txt('@', 'v=spf1 ip6:2001:db8::/32 a/24//64 mx:mx.example.net -all')],
      absent: ['spf-syntax'],
    },
    {
      title: 'a TXT at _dmarc that is not DMARC',
      records: [txt('_dmarc', 'some-verification-token')],
      absent: ['dmarc-not-first', 'dmarc-policy'],
    },
    {
      title: 'DMARC at a subdomain beside one at the apex',
      records: [txt('_dmarc', 'v=DMARC1; p=reject'), txt('_dmarc.shop', 'v=DMARC1; p=reject')],
      absent: ['dmarc-multiple'],
    },
    {
      title: 'DMARC rua with a size limit',
      records: [txt('_dmarc', 'v=DMARC1; p=reject; rua=mailto:d@example.com!10m')],
      absent: ['dmarc-uri'],
    },
    {
      title: 'an MX to an in-zone name with an A record',
      records: [rec('MX', '@', 'mail.example.com', { priority: 10 }), rec('A', 'mail', '192.0.2.1')],
      absent: ['dangling-target', 'mx-to-cname'],
    },
    {
      title: 'a CNAME to a name a wildcard answers',
      records: [rec('CNAME', 'www', 'web.example.com'), rec('A', '*', '192.0.2.1')],
      absent: ['dangling-target'],
    },
    { title: 'an SRV with target "."', records: [rec('SRV', '_imap._tcp', '0 0 .', { priority: 0 })], absent: ['dangling-target'] },
    { title: 'a Unicode name in one script', records: [rec('A', 'xn--bcher-kva', '192.0.2.1')], absent: ['homograph-name'] },
    {
      title: 'Cyrillic names in a .рф zone',
      records: [rec('A', 'xn--80ak6aa92e', '192.0.2.1')],
      absent: ['homograph-name'],
      zone: 'xn--e1afmkfd.xn--p1ai',
    },
    { title: 'Japanese mixed with Latin', records: [rec('A', 'xn--abc-7k4bocn', '192.0.2.1')], absent: ['homograph-name'] },
    { title: 'a DKIM selector holding a verification token', records: [txt('s1._domainkey', 'token123')], absent: ['dkim-syntax'] },
  ];
  for (const q of quiet) {
    it(q.title, () => {
      const codes = codesOf(lintRecords(q.records, { zone: q.zone ?? zone }));
      for (const code of q.absent) assert.ok(!codes.includes(code), `unexpected ${code} in ${codes.join(', ')}`);
    });
  }
});

describe('lintRecords: types', () => {
  it('takes the records the API client returns as they are', () => {
    const fromApi: DnsRecord = {
      id: 'rec_1',
      domain_id: 'dom_1',
      type: 'TXT',
      name: '@',
      value: 'v=spf1 +all',
      ttl: 300,
      created_at: '',
      updated_at: '',
    };
    assert.deepEqual(codesOf(lintRecords([fromApi], { zone })), ['spf-plus-all']);
    // @ts-expect-error a record without an id cannot be linted: findings point to records by id
    lintRecords([{ type: 'A', name: '@', value: '192.0.2.1' }], { zone });
  });
});

describe('docs/lint-codes.md', () => {
  it('lists every code with the severity and meaning of LINT_CODES, and nothing else', () => {
    const doc = readFileSync(new URL('../../docs/lint-codes.md', import.meta.url), 'utf8');
    const rows = doc
      .split('\n')
      .filter((line) => line.startsWith('| `'))
      .map((line) =>
        line
          .split(/(?<!\\)\|/)
          .slice(1, -1)
          .map((cell) => cell.trim().replace(/\\\|/g, '|')),
      );
    const expected = Object.entries(LINT_CODES).map(([code, { severity, meaning }]) => [`\`${code}\``, severity, meaning]);
    assert.deepEqual(rows, expected);
  });
});
