import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CANDIDATE_ID, displayName, lintCandidate, lintRecords, revealInvisible, type LintRecord } from '../../src/dns/index.js';
import { codesOf, rec, rsaKey, txt } from '../helpers/lint-records.js';

const zone = 'example.com';

describe('lintRecords: real-world mail set-ups give no error or warning', () => {
  const setups: { provider: string; records: LintRecord[] }[] = [
    {
      provider: 'Google Workspace',
      records: [
        rec('MX', '@', 'smtp.google.com', { priority: 1 }),
        txt('@', 'v=spf1 include:_spf.google.com ~all'),
        txt('google._domainkey', `v=DKIM1; k=rsa; p=${rsaKey}`),
        txt('_dmarc', 'v=DMARC1; p=quarantine; rua=mailto:dmarc-reports@example.com; pct=100; adkim=s; aspf=s'),
        txt('@', 'google-site-verification=rXOxyZounnZasA8Z7oaD3c14JdjS9aKSWvsR1EbUSIQ'),
      ],
    },
    {
      provider: 'Microsoft 365',
      records: [
        rec('MX', '@', 'example-com.mail.protection.outlook.com', { priority: 0 }),
        txt('@', 'v=spf1 include:spf.protection.outlook.com -all'),
        txt('@', 'MS=ms12345678'),
        rec('CNAME', 'autodiscover', 'autodiscover.outlook.com'),
        rec('CNAME', 'selector1._domainkey', 'selector1-example-com._domainkey.example.onmicrosoft.com'),
        rec('CNAME', 'selector2._domainkey', 'selector2-example-com._domainkey.example.onmicrosoft.com'),
        rec('SRV', '_sip._tls', '1 443 sipdir.online.lync.com', { priority: 100 }),
        txt('_dmarc', 'v=DMARC1; p=reject; pct=100; rua=mailto:dmarc@example.com; ruf=mailto:dmarc@example.com; fo=1'),
      ],
    },
    {
      provider: 'SendGrid',
      records: [
        rec('CNAME', 'em1234', 'u1234567.wl068.sendgrid.net'),
        rec('CNAME', 's1._domainkey', 's1.domainkey.u1234567.wl068.sendgrid.net'),
        rec('CNAME', 's2._domainkey', 's2.domainkey.u1234567.wl068.sendgrid.net'),
        rec('CNAME', 'url1234', 'sendgrid.net'),
        txt('@', 'v=spf1 include:sendgrid.net ~all'),
        txt('_dmarc', 'v=DMARC1; p=none; rua=mailto:dmarc@example.com'),
      ],
    },
    {
      provider: 'Mailgun',
      records: [
        txt('mg', 'v=spf1 include:mailgun.org ~all'),
        txt('k1._domainkey.mg', `k=rsa; p=${rsaKey}`),
        rec('MX', 'mg', 'mxa.mailgun.org', { priority: 10 }),
        rec('MX', 'mg', 'mxb.mailgun.org', { priority: 10 }),
        rec('CNAME', 'email.mg', 'mailgun.org'),
        txt('_dmarc.mg', 'v=DMARC1; p=quarantine; adkim=r; aspf=r; rua=mailto:postmaster@example.com'),
      ],
    },
  ];
  for (const setup of setups) {
    it(setup.provider, () => {
      const serious = lintRecords(setup.records, { zone }).filter((f) => f.severity !== 'info');
      assert.deepEqual(serious, []);
    });
  }
});

describe('lintCandidate', () => {
  const existing = [txt('@', 'v=spf1 include:_spf.google.com ~all', 'spf'), rec('CNAME', 'app', 'x.herokuapp.com', { id: 'app' })];

  it('warns that adding a second SPF record breaks SPF, without repeating what was there', () => {
    const added = lintCandidate(existing, { type: 'TXT', name: '@', value: 'v=spf1 include:sendgrid.net ~all' }, { zone });
    assert.deepEqual(codesOf(added), ['spf-multiple']);
    assert.deepEqual([...added[0]!.recordIds].sort(), [CANDIDATE_ID, 'spf']);
  });

  it('gives nothing for an edit that fixes or keeps things', () => {
    assert.deepEqual(
      lintCandidate(existing, { id: 'spf', type: 'TXT', name: '@', value: 'v=spf1 include:_spf.google.com -all' }, { zone }),
      [],
    );
  });

  it('reports what an edit introduces on the edited record', () => {
    const added = lintCandidate(existing, { id: 'spf', type: 'TXT', name: '@', value: 'v=spf1 include:_spf.google.com +all' }, { zone });
    assert.deepEqual(codesOf(added), ['spf-plus-all']);
    assert.deepEqual(added[0]!.recordIds, ['spf']);
  });
});

describe('revealInvisible and displayName', () => {
  it('shows every hidden character as ⟨U+XXXX⟩ and leaves the rest', () => {
    assert.equal(revealInvisible('a\u200Bb\u202Ec\u2066d\uFEFFé'), 'a⟨U+200B⟩b⟨U+202E⟩c⟨U+2066⟩d⟨U+FEFF⟩é');
    assert.equal(revealInvisible('plain text'), 'plain text');
  });

  it('asks for punycode beside look-alike names only', () => {
    assert.deepEqual(displayName('xn--pple-43d.com'), {
      ascii: 'xn--pple-43d.com',
      unicode: 'аpple.com',
      showPunycode: true,
      reason: 'mixed-script',
      lookalike: 'apple.com',
    });
    assert.equal(displayName('xn--80ak6aa92e.com').reason, 'whole-script-confusable');
    // Cyrillic under a Cyrillic top-level domain is what its owners mean.
    assert.equal(displayName('xn--80ak6aa92e.xn--p1ai').showPunycode, false);
    assert.deepEqual(displayName('xn--bcher-kva.de'), { ascii: 'xn--bcher-kva.de', unicode: 'bücher.de', showPunycode: false });
    assert.deepEqual(displayName('xn--abc-7k4bocn.jp'), { ascii: 'xn--abc-7k4bocn.jp', unicode: 'abcテスト.jp', showPunycode: false });
    assert.equal(displayName('www', zone).showPunycode, false);
  });
});
