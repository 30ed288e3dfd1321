// A partner page that configured @lit/localize itself, before the widget asked for a locale:
// the widget must not throw, must leave the page's locale alone, and renders with the page's
// configuration (English for ids the page's locales do not have). Its own page: one runtime.
import { configureLocalization } from '@lit/localize';
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { PocketDnsDomainsElement } from '../../src/components/pocketdns-domains/pocketdns-domains.js';
import { shadow, until } from '../helpers/dom.js';

describe('a page with its own @lit/localize', () => {
  it('keeps the page’s configuration and renders without throwing', async () => {
    const page = configureLocalization({
      sourceLocale: 'en',
      targetLocales: ['de'],
      loadLocale: () => Promise.resolve({ templates: { 'domains.heading': 'Domänen (von der Seite)' } }),
    });
    const warnings: unknown[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const el = await fixture<PocketDnsDomainsElement>(html`<pocketdns-domains locale="de"></pocketdns-domains>`);
      await until(() => warnings.length > 0, 'the widget says why it does not switch');
      expect(page.getLocale()).to.equal('en');
      expect(shadow(el).querySelector('h2')?.textContent).to.equal('Domains');
      // The page's own switch translates the widget's ids it knows.
      await page.setLocale('de');
      await until(() => shadow(el).querySelector('h2')?.textContent === 'Domänen (von der Seite)', 'the page’s translation');
      expect(el.getAttribute('lang')).to.equal('de');
    } finally {
      console.warn = warn;
    }
  });
});
