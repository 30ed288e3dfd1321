// Record health findings in every locale: each lint code, and each shape of message a code has,
// reads in the locale's words (not the rules' English), with its fix; a code the table does not
// know still shows the rules' English.
import { expect } from '@open-wc/testing';
import { findingText, fixText } from '../../src/components/pocketdns-records/finding-text.js';
import { lintRecords } from '../../src/dns/lint/lint.js';
import { LINT_CODES, type Finding, type LintCode, type LintRecord } from '../../src/dns/lint/types.js';
import { activeLocale, LOCALES, requestLocale } from '../../src/internal/i18n.js';

const zone = 'example.com';
let next = 0;
const rec = (type: LintRecord['type'], name: string, value: string, priority?: number): LintRecord => ({
  id: `r${String((next += 1))}`,
  type,
  name,
  value,
  ...(priority === undefined ? {} : { priority }),
});
const txt = (name: string, value: string): LintRecord => rec('TXT', name, value);
const KEY = 'MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQC1';

/** Zones that between them raise every code, in every shape its message takes. */
const ZONES: LintRecord[][] = [
  [txt('@', 'v=spf1 mx -all'), txt('@', 'v=spf1 a -all')],
  [txt('@', 'v=spf1 inclde:_spf.google.com ~all')],
  [txt('@', 'v=spf1include:_spf.google.com ~all')],
  [txt('@', 'v=spf1 redirect=a.example.net redirect=b.example.net')],
  [txt('@', 'v=spf1 mx redirct=_spf.example.net -all')],
  [txt('@', 'v=spf1 -all mx')],
  [txt('@', 'v=spf1 redirect=_spf.example.net ~all')],
  [txt('@', `v=spf1 ${Array.from({ length: 11 }, (_, i) => `include:s${String(i)}.example.net`).join(' ')} -all`)],
  [txt('@', 'v=spf1 mx +all')],
  [txt('@', 'v=spf1 ptr -all')],
  [txt('@', 'v=spf1 mx ?all')],
  [txt('@', 'v=spf1 mx')],
  [txt('_dmarc', 'v=DMARC1; p=reject'), txt('_dmarc', 'v=DMARC1; p=quarantine')],
  [txt('_dmarc', 'p=reject; v=DMARC1')],
  [txt('_dmarc', 'v=DMARC1; rua=mailto:d@example.com')],
  [txt('_dmarc', 'v=DMARC1; p=block')],
  [txt('_dmarc', 'v=DMARC1; p=reject; pct=150; rua; adkim=r; adkim=s')],
  [txt('_dmarc', 'v=DMARC1; p=reject; rua=dmarc@example.com')],
  [txt('_dmarc', 'v=DMARC1; p=none; rua=mailto:d@example.com')],
  [txt('s1._domainkey', 'v=DKIM1; k=rsa')],
  [txt('s1._domainkey', `k=rsa; v=DKIM1; k=rsa; p=${KEY}; junk`)],
  [txt('s1._domainkey', `v=DKIM1; k=dsa; p=${KEY}`)],
  [txt('s1._domainkey', 'v=DKIM1; k=rsa; p=not-a-key!')],
  [txt('old._domainkey', 'v=DKIM1; p=')],
  [rec('MX', '@', 'mail.example.com', 10), rec('CNAME', 'mail', 'mail.provider.net')],
  [rec('NS', 'sub', 'ns1.example.com'), rec('CNAME', 'ns1', 'ns.provider.net')],
  [rec('CNAME', 'www', 'web.example.com')],
  [rec('CNAME', 'app', 'shiny-1234.herokuapp.com')],
  [txt('note', 'hello\u200Bworld')],
  [rec('A', 'xn--pple-43d', '192.0.2.1')],
  [rec('A', 'xn--80ak6aa92e', '192.0.2.1')],
];

const findings: Finding[] = ZONES.flatMap((records) => lintRecords(records, { zone }));

describe('record health findings in every locale', () => {
  after(async () => {
    await requestLocale('en');
  });

  it('has a fixture that raises every lint code', () => {
    const raised = new Set(findings.map((f) => f.code));
    expect(Object.keys(LINT_CODES).filter((code) => !raised.has(code as LintCode))).to.deep.equal([]);
  });

  it('reads the English of the rules in English, and each locale its own words with the values kept', async () => {
    for (const f of findings) expect(findingText(f), f.code).to.be.a('string').and.not.equal('');
    for (const locale of LOCALES.filter((l) => l !== 'en')) {
      await requestLocale(locale);
      expect(activeLocale()).to.equal(locale);
      for (const f of findings) {
        expect(findingText(f), `${f.code} in ${locale}: ${f.message}`).to.not.equal(f.message);
        if (f.fix !== undefined) expect(fixText(f), `fix of ${f.code} in ${locale}: ${f.fix}`).to.not.equal(f.fix);
        // The values the English message names stay in the translation (a term, a tag, a selector, a target).
        for (const key of ['term', 'tag', 'selector', 'target', 'service', 'uri', 'unicode', 'ascii']) {
          const value = f.params?.[key];
          if (typeof value === 'string' && f.message.includes(value))
            expect(findingText(f), `${key} of ${f.code} in ${locale}`).to.include(value);
        }
      }
    }
  });

  it('shows the rules’ English for a code or shape it does not know', async () => {
    await requestLocale('de');
    const unknown = {
      code: 'dmarc-tag',
      severity: 'warning',
      recordIds: [],
      message: 'Something new.',
      fix: 'Do this.',
      params: { kind: 'new' },
    };
    expect(findingText(unknown as Finding)).to.equal('Something new.');
    expect(fixText(unknown as Finding)).to.equal('Do this.');
  });
});
