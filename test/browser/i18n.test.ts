// Every public element in every locale: no English left in what it renders (text, placeholders,
// aria-labels, titles) apart from DNS data; Arabic right to left and axe-clean; the override
// hook; and the locale fallback from the attribute to the page's lang.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import '../../src/connect.js';
import type { PocketDnsConnectElement } from '../../src/components/pocketdns-connect/pocketdns-connect.js';
import type { PocketDnsDomainsElement } from '../../src/components/pocketdns-domains/pocketdns-domains.js';
import type { PocketDnsRecordsElement } from '../../src/components/pocketdns-records/pocketdns-records.js';
import { activeLocale } from '../../src/internal/i18n.js';
import { LOCALES, setMessages } from '../../src/index.js';
import { vercel } from '../../src/templates/index.js';
import { startBackend, type Backend } from '../helpers/backend.js';
import { BAKERY, mountBakery } from '../helpers/records.js';
import { blur, button, field, shadow, text, type, until } from '../helpers/dom.js';
import { catalog, englishLeft, switchTo, words, type Catalog } from '../helpers/english-left.js';
import { startWorker } from '../helpers/msw-browser.js';

const SESSION = '/pocketdns/session';

/** The words of DNS data on screen (names, values, zones, services), which stay as they are. */
async function dataWords(backend: Backend): Promise<Set<string>> {
  const data = (await backend.sandbox.snapshot()).records.map((r) => `${r.type} ${r.name} ${r.value}`);
  // The provider's name is a product name; the service's name ("Vercel project") is translated.
  data.push(BAKERY, vercel.providerName, ...vercel.records.map((r) => `${r.host ?? ''} ${r.pointsTo ?? ''}`));
  return new Set(words(data.join(' ')));
}

/** Each locale's catalog, read before msw starts answering the page's requests. */
const catalogs = new Map<string, Catalog>();

describe('languages', () => {
  let backend: Backend;
  before(async () => {
    for (const locale of LOCALES.filter((l) => l !== 'en')) catalogs.set(locale, await catalog(locale));
    await startWorker();
  });
  beforeEach(() => {
    backend = startBackend();
  });
  afterEach(async () => {
    setMessages({ 'domains.heading': null, 'records.count': null });
    document.documentElement.removeAttribute('lang');
    // Back to English for the next test: one locale per page.
    const el = await fixture<PocketDnsDomainsElement>(html`<pocketdns-domains locale="en"></pocketdns-domains>`);
    await until(() => activeLocale() === 'en', 'English');
    el.remove();
  });

  // First: French has not been loaded on this page yet, so the form asks while it loads.
  it('shows a records element mounted with a locale in it, its form too', async () => {
    const records = await fixture<PocketDnsRecordsElement>(
      html`<pocketdns-records locale="fr" session-url=${SESSION} domain-id=${backend.domainId(BAKERY)}></pocketdns-records>`,
    );
    await until(() => text(records).includes('Ajouter un enregistrement'), 'French');
    button(records, 'Ajouter un enregistrement').click();
    await until(() => text(records).includes('Enregistrer'), 'the form in French');
    expect(activeLocale()).to.equal('fr');
  });

  it('leaves no English in any element, in any locale, apart from DNS data', async () => {
    const domains = await fixture<PocketDnsDomainsElement>(
      html`<pocketdns-domains session-url=${SESSION} selected=${backend.domainId(BAKERY)}></pocketdns-domains>`,
    );
    await until(() => Boolean(shadow(domains).querySelector('.details dl')), 'the details');
    const records = await mountBakery(backend);
    // The form with validation messages from the dns rules, and the zone import dialog.
    button(records, 'Add record').click();
    await until(() => (shadow(records).getElementById('editor') as HTMLDialogElement | null)?.open === true, 'the form');
    type(field(records, 'Name'), 'bad name');
    blur(field(records, 'Name'));
    type(field(records, 'TTL'), '5');
    blur(field(records, 'TTL'));
    shadow(records).querySelector<HTMLButtonElement>('[part~="import-button"]')?.click();
    await until(() => Boolean(shadow(records).querySelector('pocketdns-zone-import')?.shadowRoot?.textContent), 'the zone import');
    const connect = await fixture<PocketDnsConnectElement>(
      html`<pocketdns-connect session-url=${SESSION} domain-id=${backend.domainId(BAKERY)} group-ids="site" .template=${vercel}></pocketdns-connect>`,
    );
    await until(() => Boolean(shadow(connect).querySelector('[part~="plan"]')), 'the plan');
    const elements = [domains, records, connect];
    const data = await dataWords(backend);

    // The check finds English where there is English.
    const german = catalogs.get('de') as Catalog;
    expect(englishLeft(records, german, data, 'de')).to.include.members(['record', 'the', 'your', 'save']);

    for (const locale of LOCALES.filter((l) => l !== 'en')) {
      await switchTo(locale, elements);
      const words = catalogs.get(locale) as Catalog;
      for (const el of elements) expect(englishLeft(el, words, data, locale), `${el.tagName} in ${locale}`).to.deep.equal([]);
      expect(text(records)).to.not.include('Enter a TTL');
    }
  });

  it('leaves no English in the records table: header, rows, health, details, confirm dialog and undo', async () => {
    const shop = backend.domainId('alice-shop.net');
    const records = await fixture<PocketDnsRecordsElement>(
      html`<pocketdns-records session-url=${SESSION} domain-id=${shop}></pocketdns-records>`,
    );
    await until(() => Boolean(shadow(records).querySelector('[part~="health-badge"]')), 'the health badges');
    const all = [...shadow(records).querySelectorAll<HTMLElement>('tr.row')];
    const withProblem = all.find((r) => r.querySelector('[part~="health-badge"]'));
    const healthy = all.find((r) => !r.querySelector('[part~="health-badge"]'));
    for (const row of [withProblem, healthy]) row?.querySelector<HTMLButtonElement>('[data-action="details"]')?.click();
    await until(() => shadow(records).querySelectorAll('.details-row').length === 2, 'two details rows');
    (healthy?.querySelector('[data-action="delete"]') as HTMLButtonElement).click();
    await until(() => Boolean(shadow(records).querySelector('#confirm-title')), 'the delete confirmation');
    const data = await dataWords(backend);
    const german = catalogs.get('de') as Catalog;
    expect(englishLeft(records, german, data, 'de')).to.include.members(['delete', 'problems', 'check', 'value']);
    const locales = LOCALES.filter((l) => l !== 'en');
    for (const locale of locales) {
      await switchTo(locale, [records]);
      const words = catalogs.get(locale) as Catalog;
      // The findings' translations come with the first locale other than English (a lazy chunk).
      await until(() => englishLeft(records, words, data, locale).length === 0, `the table in ${locale}`).catch(() => undefined);
      expect(englishLeft(records, words, data, locale), `the table in ${locale}`).to.deep.equal([]);
    }
    // Confirmed in the last locale: the undo offer.
    (shadow(records).querySelector('.dialog-actions .danger') as HTMLButtonElement).click();
    await until(() => Boolean(shadow(records).querySelector('#undo')), 'the undo offer');
    const last = locales[locales.length - 1] as string;
    expect(englishLeft(records, catalogs.get(last) as Catalog, data, last)).to.deep.equal([]);
  });

  it('lays Arabic out right to left, passes axe, and shows a form message from the dns rules in Arabic', async () => {
    const records = await mountBakery(backend);
    await switchTo('ar', [records]);
    expect(records.getAttribute('dir')).to.equal('rtl');
    expect(records.getAttribute('lang')).to.equal('ar');
    expect(getComputedStyle(shadow(records).querySelector('h2') as Element).direction).to.equal('rtl');
    button(records, 'إضافة سجل').click();
    await until(() => (shadow(records).getElementById('editor') as HTMLDialogElement | null)?.open === true, 'the form');
    type(field(records, 'الاسم'), 'two words');
    blur(field(records, 'الاسم'));
    await until(() => text(records).includes('لا يمكن أن يحتوي الاسم على مسافات.'), 'the Arabic message');
    const form = shadow(records).querySelector('pocketdns-record-form') as HTMLElement;
    expect(form.getAttribute('dir')).to.equal('rtl');
    // What the customer types is DNS data: an IPv6 address must not reorder.
    for (const id of ['name', 'value', 'ttl'])
      expect(getComputedStyle(form.shadowRoot!.getElementById(id) as HTMLElement).direction, id).to.equal('ltr');
    await expect(records).to.be.accessible({ ignoredRules: [] });
    const domains = await fixture<PocketDnsDomainsElement>(
      html`<pocketdns-domains session-url=${SESSION} locale="ar"></pocketdns-domains>`,
    );
    await until(() => shadow(domains).querySelectorAll('button.domain').length > 0, 'the domains');
    expect(domains.getAttribute('dir')).to.equal('rtl');
    await expect(domains).to.be.accessible();
  });

  it('keeps a dir the partner set on the element', async () => {
    const el = await fixture<PocketDnsDomainsElement>(html`<pocketdns-domains locale="ar" dir="ltr"></pocketdns-domains>`);
    await until(() => activeLocale() === 'ar', 'Arabic');
    await el.updateComplete;
    expect(el.getAttribute('dir')).to.equal('ltr');
    expect(el.getAttribute('lang')).to.equal('ar');
  });

  it('lets the partner override any message, in English and in a locale, and take it back', async () => {
    const domains = await fixture<PocketDnsDomainsElement>(html`<pocketdns-domains session-url=${SESSION}></pocketdns-domains>`);
    await until(() => shadow(domains).querySelectorAll('button.domain').length > 0, 'the domains');
    setMessages({ 'domains.heading': 'Your zones' });
    await until(() => shadow(domains).querySelector('h2')?.textContent === 'Your zones', 'the English override');
    const records = await mountBakery(backend);
    setMessages({ 'records.count': '{0} zone entries' });
    await until(() => text(records).includes('18 zone entries'), 'an override with a value');
    setMessages({ 'domains.heading': 'Ihre Zonen' }, 'de');
    await switchTo('de', [domains, records]);
    expect(shadow(domains).querySelector('h2')?.textContent).to.equal('Ihre Zonen');
    // Not overridden in German: the shipped translation.
    expect(text(records)).to.include('18 Einträge');
    setMessages({ 'domains.heading': null }, 'de');
    await until(() => shadow(domains).querySelector('h2')?.textContent === 'Domains', 'the shipped German again');
  });

  it('takes the locale from the attribute, else the page’s lang, else English, falling back to the language', async () => {
    document.documentElement.lang = 'fr-CA';
    const el = await fixture<PocketDnsDomainsElement>(html`<pocketdns-domains session-url=${SESSION}></pocketdns-domains>`);
    await until(() => shadow(el).querySelector('h2')?.textContent === 'Domaines', 'French from the page');
    expect(el.getAttribute('lang')).to.equal('fr');
    el.locale = 'pt';
    await until(() => shadow(el).querySelector('h2')?.textContent === 'Domínios', 'pt → pt-BR');
    el.locale = 'de-AT';
    await until(() => shadow(el).querySelector('h2')?.textContent === 'Domains' && activeLocale() === 'de', 'de-AT → de');
    // Dates follow the tag asked for when the text is in its language.
    await until(() => shadow(el).querySelectorAll('button.domain').length > 0, 'the domains');
    expect(text(el)).to.match(/Läuft ab am \d{2}\.\d{2}\.\d{4}|Läuft ab am \d+\. \S+ \d{4}/);
    el.locale = 'zh-CN';
    await until(() => activeLocale() === 'en', 'English for an unknown language');
    el.locale = '';
    document.documentElement.lang = 'ja';
    await until(() => shadow(el).querySelector('h2')?.textContent === 'ドメイン', 'the page’s lang, followed when it changes');
  });
});
