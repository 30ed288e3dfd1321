// A failed apply in every locale: the sentence the connect and zone import elements show is
// the engine's English in English, and each locale's own words (with the records it names) in
// the others, whatever became of the records: nothing changed, undone, or records to check.
import { expect } from '@open-wc/testing';
import { applyErrorText } from '../../src/components/pocketdns-connect/apply-text.js';
import type { DnsRecord } from '../../src/api/types.js';
import { ApplyError } from '../../src/internal/apply/apply-plan.js';
import type { ApplyStep } from '../../src/internal/apply/steps.js';
import { activeLocale, LOCALES, requestLocale } from '../../src/internal/i18n.js';

const stored = (id: string, type: DnsRecord['type'], name: string, value: string): DnsRecord =>
  ({ id, type, name, value, ttl: 3600, priority: null }) as DnsRecord;
const add: ApplyStep = { kind: 'add', record: { type: 'CNAME', name: 'www', value: 'cname.vercel-dns.com', ttl: 3600 } };
const remove: ApplyStep = { kind: 'remove', record: stored('r1', 'A', '@', '192.0.2.10') };
const change: ApplyStep = {
  kind: 'change',
  from: stored('r2', 'TXT', '@', 'v=spf1 mx -all'),
  to: { type: 'TXT', name: '@', value: 'v=spf1 mx include:_spf.example.net -all', ttl: 3600 },
};
const empty = { added: [], removed: [], changed: [] };

const failure = (step: ApplyStep | undefined, init: { aborted?: boolean; undoneCount?: number; failedBack?: ApplyStep[] }): ApplyError =>
  new ApplyError({
    step,
    cause: new Error('The upstream timed out'),
    aborted: init.aborted ?? false,
    undoneCount: init.undoneCount ?? 0,
    rollbackFailures: (init.failedBack ?? []).map((s) => ({ step: s, error: new Error('again') })),
    remaining: empty,
  });

const ERRORS = [
  failure(add, {}),
  failure(remove, { undoneCount: 1 }),
  failure(change, { undoneCount: 3 }),
  failure(add, { undoneCount: 2, failedBack: [remove, change, add] }),
  failure(undefined, { aborted: true }),
];

describe('a failed apply in every locale', () => {
  after(async () => {
    await requestLocale('en');
  });

  it('reads as the engine’s English in English', async () => {
    await requestLocale('en');
    for (const error of ERRORS) expect(applyErrorText(error)).to.equal(error.message);
  });

  it('reads in each locale’s words and names the records', async () => {
    for (const locale of LOCALES.filter((l) => l !== 'en')) {
      await requestLocale(locale);
      expect(activeLocale()).to.equal(locale);
      for (const error of ERRORS) {
        const text = applyErrorText(error);
        expect(text, `${locale}: ${error.message}`).to.not.equal(error.message);
        for (const value of ['cname.vercel-dns.com', '192.0.2.10', 'v=spf1 mx -all', 'v=spf1 mx include:_spf.example.net -all'])
          if (error.message.includes(value)) expect(text, `${locale} names ${value}`).to.include(value);
        if (!error.aborted) expect(text, locale).to.include('The upstream timed out');
      }
    }
  });
});
