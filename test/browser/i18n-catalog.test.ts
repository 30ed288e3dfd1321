// The built-in catalog in every locale: Set up a service's list, and each built-in template's
// form in <pocketdns-connect> (service name, labels, help, placeholders, optional groups) leave no
// English apart from DNS data, product names and sample values, and each translated text differs
// from the catalog's English. A partner's template that reuses a built-in id keeps the partner's
// own wording where it differs from ours.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import '../../src/connect.js';
import type { PocketDnsConnectElement } from '../../src/components/pocketdns-connect/pocketdns-connect.js';
import type { PocketDnsDomainsElement } from '../../src/components/pocketdns-domains/pocketdns-domains.js';
import type { PocketDnsRecordsElement } from '../../src/components/pocketdns-records/pocketdns-records.js';
import { activeLocale, LOCALES } from '../../src/internal/i18n.js';
import { catalog, googleWorkspace, verifyDomain, type CatalogTemplate } from '../../src/templates/index.js';
import { startBackend, type Backend } from '../helpers/backend.js';
import { button, field, shadow, text, until } from '../helpers/dom.js';
import { catalog as localeWords, englishLeft, switchTo, words, type Catalog } from '../helpers/english-left.js';
import { startWorker } from '../helpers/msw-browser.js';
import { BAKERY, mountBakery } from '../helpers/records.js';

const SESSION = '/pocketdns/session';
const OTHER_LOCALES = LOCALES.filter((l) => l !== 'en');

/** A placeholder that is a sample value (`example-com`, `my-site`): data, shown as it is. */
const isSample = (placeholder: string): boolean => !/\s/.test(placeholder);

/**
 * Words that stay as they are: the domain's records and name, the products' names (every
 * provider's but the generic verification's), and the templates' records and sample values.
 */
async function dataWords(backend: Backend, templates: readonly CatalogTemplate[]): Promise<Set<string>> {
  const data = (await backend.sandbox.snapshot()).records.map((r) => `${r.type} ${r.name} ${r.value}`);
  data.push(BAKERY, ...catalog.filter((t) => t !== verifyDomain).map((t) => t.providerName));
  for (const t of templates) {
    data.push(...t.records.map((r) => [r.host, r.pointsTo, r.data, r.spfRules].join(' ')));
    data.push(...t.params.map((p) => (isSample(p.placeholder) ? p.placeholder : '')));
  }
  return new Set(words(data.join(' ')));
}

/** What `<pocketdns-connect>` shows of its template: the service, the fields and the optional groups. */
function shownTexts(el: Element): string[] {
  const root = shadow(el);
  const all = (selector: string, read: (node: Element) => string | null): string[] =>
    [...root.querySelectorAll(selector)].map((node) => (read(node) ?? '').trim());
  return [
    ...all('.service', (n) => n.textContent),
    ...all('.params label', (n) => n.textContent),
    ...all('.params .hint', (n) => n.textContent),
    ...all('.params input', (n) => n.getAttribute('placeholder')),
    ...all('.groups label', (n) => n.textContent),
  ];
}

/** The catalog's English for `t` that customers read (sample values aside). */
function englishTexts(t: CatalogTemplate): string[] {
  return [
    t.serviceName,
    ...t.params.flatMap((p) => [p.label, p.help, isSample(p.placeholder) ? '' : p.placeholder]),
    ...(t.optionalGroups ?? []).map((g) => g.label),
  ].filter(Boolean);
}

/** Ticks every optional group, so every param's field is shown. */
async function tickAll(el: PocketDnsConnectElement, t: CatalogTemplate): Promise<void> {
  for (const box of shadow(el).querySelectorAll<HTMLInputElement>('.groups input[type="checkbox"]')) if (!box.checked) box.click();
  await until(() => shadow(el).querySelectorAll('.params input').length === t.params.length, `the fields of ${t.serviceName}`);
}

/** Each locale's words, read before msw starts answering the page's requests. */
const locales = new Map<string, Catalog>();

describe('the built-in catalog in every locale', () => {
  let backend: Backend;
  before(async () => {
    for (const locale of OTHER_LOCALES) locales.set(locale, await localeWords(locale));
    await startWorker();
  });
  beforeEach(() => {
    backend = startBackend();
  });
  afterEach(async () => {
    // Back to English for the next test: one locale per page.
    const el = await fixture<PocketDnsDomainsElement>(html`<pocketdns-domains locale="en"></pocketdns-domains>`);
    await until(() => activeLocale() === 'en', 'English');
    el.remove();
  });

  it('lists the services of Set up a service with no English left', async () => {
    const records = await mountBakery(backend);
    button(records, 'Set up a service').click();
    const services = (): Element[] => [...shadow(records).querySelectorAll('button.service')];
    await until(() => services().length === catalog.length, 'the catalog');
    const data = await dataWords(backend, []);
    // The check finds English where there is English: the list as the catalog says it.
    const german = locales.get('de') as Catalog;
    expect(englishLeft(records, german, data, 'de')).to.include.members(['ownership', 'project', 'verify']);

    const english = catalog.flatMap((t) => [t.serviceName, t === verifyDomain ? t.providerName : '']).filter(Boolean);
    for (const locale of OTHER_LOCALES) {
      await switchTo(locale, [records]);
      expect(englishLeft(records, locales.get(locale) as Catalog, data, locale), locale).to.deep.equal([]);
      const shown = services().flatMap((s) => [...s.querySelectorAll('strong, .provider')].map((n) => n.textContent.trim()));
      expect(
        shown.filter((s) => english.includes(s)),
        `${locale}: catalog text left in English`,
      ).to.deep.equal([]);
    }
  });

  it('shows every built-in template’s form (service, labels, help, placeholders, groups) in each locale', async () => {
    const connect = await fixture<PocketDnsConnectElement>(
      html`<pocketdns-connect session-url=${SESSION} domain-id=${backend.domainId(BAKERY)} .template=${googleWorkspace}></pocketdns-connect>`,
    );
    await until(() => Boolean(shadow(connect).querySelector('[part~="summary"]')), 'the form');
    await tickAll(connect, googleWorkspace);
    const german = locales.get('de') as Catalog;
    expect(englishLeft(connect, german, await dataWords(backend, [googleWorkspace]), 'de')).to.include.members(['console', 'copy']);

    for (const t of catalog) {
      connect.template = t;
      await until(() => shadow(connect).querySelector('[part~="summary"]')?.textContent.includes(BAKERY) === true, t.serviceName);
      await tickAll(connect, t);
      const data = await dataWords(backend, [t]);
      const english = englishTexts(t);
      for (const locale of OTHER_LOCALES) {
        await switchTo(locale, [connect]);
        const where = `${t.serviceName} in ${locale}`;
        expect(englishLeft(connect, locales.get(locale) as Catalog, data, locale), where).to.deep.equal([]);
        const shown = shownTexts(connect);
        expect(shown.length, where).to.be.at.least(english.length);
        expect(
          shown.filter((s) => english.includes(s)),
          `${where}: catalog text left in English`,
        ).to.deep.equal([]);
      }
    }
  });

  it('keeps a partner’s own wording on a template that reuses a built-in id, and translates the rest', async () => {
    const [param] = googleWorkspace.params;
    const partner: CatalogTemplate = {
      ...googleWorkspace,
      serviceName: 'Acme Mail',
      params: [{ ...(param as CatalogTemplate['params'][number]), label: 'Acme code', help: 'Find it in your Acme panel.' }],
      optionalGroups: [{ groupId: 'verification', label: 'Prove it to Acme' }],
    };
    const records = await fixture<PocketDnsRecordsElement>(
      html`<pocketdns-records locale="de" session-url=${SESSION} domain-id=${backend.domainId(BAKERY)} .templates=${[partner]}></pocketdns-records>`,
    );
    await until(() => activeLocale() === 'de' && text(records).includes('Dienst einrichten'), 'the records in German');
    button(records, 'Dienst einrichten').click();
    await until(() => text(records).includes('Acme Mail'), 'the partner’s template in the list');
    // Ours, translated, beside the partner's.
    expect(text(records)).to.include('Outlook-E-Mail für Ihre Domain');
    expect(text(records)).to.not.include('Gmail für Ihre Domain');

    const connect = await fixture<PocketDnsConnectElement>(
      html`<pocketdns-connect locale="de" session-url=${SESSION} domain-id=${backend.domainId(BAKERY)} .template=${partner}></pocketdns-connect>`,
    );
    await until(() => Boolean(shadow(connect).querySelector('[part~="summary"]')), 'the form');
    expect(shadow(connect).querySelector('.service')?.textContent).to.equal('Acme Mail');
    expect(text(connect)).to.include('Prove it to Acme');
    await tickAll(connect, partner);
    const code = field(connect, 'Acme code');
    expect(text(connect)).to.include('Find it in your Acme panel.');
    // The placeholder the partner kept as ours is ours, in German.
    expect(code.getAttribute('placeholder')).to.equal('der Code nach google-site-verification=');
  });
});
