// Why a Domain Connect plan cannot be applied, in every locale: each reason the planner gives
// (a DNS rule, a zone conflict, two SPF records) reads as the planner's English in English and
// in each locale's own words, with the names and counts it gives, in the others.
import { expect } from '@open-wc/testing';
import { blockedText } from '../../src/components/pocketdns-connect/blocked-text.js';
import type { TemplateRecord } from '../../src/dns/index.js';
import { activeLocale, LOCALES, requestLocale } from '../../src/internal/i18n.js';
import { plan, zr } from '../helpers/template-plan.js';

const spfm = (rules: string): TemplateRecord => ({ type: 'SPFM', host: '@', spfRules: rules });

const PLANS = [
  plan([
    { type: 'TXT', host: '@', data: 'x'.repeat(5000), ttl: 600 },
    { type: 'MX', host: '@', pointsTo: 'localhost', priority: 1, ttl: 600 },
  ]),
  plan(
    [
      { type: 'CNAME', host: 'www', pointsTo: 'x.example.net', ttl: 600 },
      { type: 'TXT', host: 'www', data: 'hi', ttl: 600 },
    ],
    { zone: [zr('a-www', 'A', 'www', '192.0.2.1')] },
  ),
  plan([spfm('include:x.example')], { zone: [zr('s1', 'TXT', '@', 'v=spf1 a ~all'), zr('s2', 'TXT', '@', 'v=spf1 mx ~all')] }),
];
const BLOCKED = PLANS.flatMap((p) => p.blocked);

describe('blocked plan reasons in every locale', () => {
  after(async () => {
    await requestLocale('en');
  });

  it('has reasons from the rules, from zone conflicts and from the planner', () => {
    const sources = new Set(BLOCKED.flatMap((b) => b.causes.map((c) => c.source)));
    expect([...sources].sort()).to.deep.equal(['conflict', 'plan', 'rule']);
    for (const b of BLOCKED) expect(b.causes.map((c) => c.message)).to.deep.equal(b.reasons);
  });

  it('reads as the planner’s English in English', async () => {
    await requestLocale('en');
    for (const b of BLOCKED) for (const c of b.causes) expect(blockedText(c, b.record)).to.equal(c.message);
  });

  it('reads in each locale’s words, with the names and counts', async () => {
    for (const locale of LOCALES.filter((l) => l !== 'en')) {
      await requestLocale(locale);
      expect(activeLocale()).to.equal(locale);
      for (const b of BLOCKED)
        for (const c of b.causes) {
          const text = blockedText(c, b.record);
          expect(text, `${locale}: ${c.message}`).to.not.equal(c.message);
          const values = 'params' in c && c.params ? Object.values(c.params).map(String) : [];
          for (const value of values) if (c.message.includes(value)) expect(text, `${locale} keeps ${value}`).to.include(value);
        }
    }
  });
});
