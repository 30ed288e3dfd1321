// Zone-file problems in every locale: each code the parser has, in each shape its message takes,
// reads in the locale's words (not the parser's English) and keeps the values it names; so does
// a record the rules refused (`invalid-record`), by the failed rules' codes.
import { expect } from '@open-wc/testing';
import { problemText } from '../../src/components/pocketdns-zone-import/problem-text.js';
import { parseZoneFile, type ZoneFileProblem, type ZoneFileProblemCode } from '../../src/dns/zonefile/parse.js';
import { activeLocale, LOCALES, requestLocale } from '../../src/internal/i18n.js';

/** Files that between them raise every code but `invalid-record`, in every shape. */
const FILES = [
  ['  A 192.0.2.1', '@ 3600 IN SOA ns1.example.com. admin.example.com. 1 7200 3600 1209600 3600', '@ NS ns1.other.net.'].join('\n'),
  [
    'www A 192.0.2.1',
    'www A 192.0.2.1',
    '$INCLUDE other.zone',
    '$ORIGIN bad..name.',
    '$TTL',
    '$TTL soon',
    '$GENERATE 1-2 x A 1.2.3.4',
  ].join('\n'),
  ['a CH A 192.0.2.1', 'b 5x A 192.0.2.1', 'c LOC 1 2 3', 'd', 'e BOGUS 1', 'f.other.net. A 192.0.2.1', 'g\\.h A 192.0.2.1'].join('\n'),
  ['x TXT ( "a" ( "b" )', 'y TXT "a" )', 'z TXT "open', 'w TXT "bad\\999"', 'v TXT ( "never closed"'].join('\n'),
];

const problems: ZoneFileProblem[] = FILES.flatMap((file) => parseZoneFile(file, { zone: 'example.com' }).problems);

describe('zone-file problems in every locale', () => {
  after(async () => {
    await requestLocale('en');
  });

  it('has files that raise every code but invalid-record, in each shape', () => {
    const codes: ZoneFileProblemCode[] = [
      'soa-skipped',
      'apex-ns-skipped',
      'duplicate',
      'include',
      'directive',
      'unsupported-type',
      'unknown-type',
      'class',
      'ttl',
      'parentheses',
      'quote',
      'escape',
      'owner',
      'outside-zone',
    ];
    const raised = new Set(problems.map((p) => p.code));
    expect(codes.filter((code) => !raised.has(code))).to.deep.equal([]);
    const shapes = new Set(problems.map((p) => `${p.code}:${String(p.params?.['kind'] ?? '')}`));
    for (const shape of [
      'directive:origin',
      'directive:empty',
      'directive:unsupported',
      'ttl:directive',
      'ttl:record',
      'owner:blank',
      'owner:escape',
    ])
      expect(shapes, shape).to.include(shape);
    for (const shape of [
      'unknown-type:missing',
      'unknown-type:unknown',
      'parentheses:nested',
      'parentheses:unopened',
      'parentheses:unclosed',
    ])
      expect(shapes, shape).to.include(shape);
  });

  it('writes each problem in each locale, with the values the English names', async () => {
    for (const locale of LOCALES.filter((l) => l !== 'en')) {
      await requestLocale(locale);
      expect(activeLocale()).to.equal(locale);
      for (const p of problems) {
        const text = problemText(p);
        expect(text, `${p.code} in ${locale}: ${p.message}`).to.not.equal(p.message);
        for (const [key, value] of Object.entries(p.params ?? {}))
          if (key !== 'kind' && typeof value === 'string' && value !== '' && p.message.includes(value))
            expect(text, `${p.code} in ${locale} keeps ${key}`).to.include(value);
      }
    }
  });

  // Records the rules refuse: a value rule, a TTL rule, two at once, and each data shape the parser checks itself.
  const REFUSED = [
    'ip A 999.1.1.1',
    'low 30 A 192.0.2.1',
    'both 30 A 999.1.1.1',
    'mx MX mail.example.net.',
    'txt TXT',
    'esc 3600 TXT bad\\999',
    'srv SRV 1 2 sip.example.net.',
  ].join('\n');
  const refused = parseZoneFile(REFUSED, { zone: 'example.com' }).problems;

  it('has records the rules refuse, by rule and by data shape', () => {
    expect(refused.map((p) => p.code)).to.deep.equal(Array<ZoneFileProblemCode>(7).fill('invalid-record'));
    const codes = refused.flatMap((p) => (p.rules ?? []).map((r) => r.code));
    for (const code of ['a.invalid', 'ttl.tooLow', 'rdata.shape', 'rdata.shapeEmpty', 'rdata.escape']) expect(codes, code).to.include(code);
  });

  it('says a refused record in English as the parser does, then in each locale’s words', async () => {
    await requestLocale('en');
    for (const p of refused) expect(problemText(p)).to.equal(p.message);
    for (const locale of LOCALES.filter((l) => l !== 'en')) {
      await requestLocale(locale);
      for (const p of refused) {
        const text = problemText(p);
        expect(text, `${locale}: ${p.message}`).to.not.equal(p.message);
        for (const rule of p.rules ?? []) expect(text, `${locale}: ${p.message}`).to.not.include(rule.message);
        for (const value of [String(p.params?.['name'] ?? ''), ...(p.rules ?? []).map((r) => String(r.params?.['found'] ?? ''))])
          if (value !== '') expect(text, `${locale} keeps ${value}`).to.include(value);
      }
    }
  });
});
