import { expect, fixture, html } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import '../../src/index.js';
import type { PocketDnsDomainsElement } from '../../src/components/pocketdns-domains/pocketdns-domains.js';
import type { PocketDnsRecordsElement } from '../../src/components/pocketdns-records/pocketdns-records.js';
import { startBackend, type Backend } from '../helpers/backend.js';
import { button, field, findButton, roots, rows, shadow, text, type, until } from '../helpers/dom.js';
import { startWorker, worker } from '../helpers/msw-browser.js';

const SHOP = 'alice-shop.net';
const SESSION = '/pocketdns/session';
const CLOUDFLARE = 'https://cloudflare-dns.com/dns-query';
const GOOGLE = 'https://dns.google/resolve';
const TYPE_A = 1;

async function mount(backend: Backend, propagation?: 'off'): Promise<PocketDnsRecordsElement> {
  const id = backend.domainId(SHOP);
  const el = await fixture<PocketDnsRecordsElement>(
    propagation
      ? html`<pocketdns-records session-url=${SESSION} domain-id=${id} propagation=${propagation}></pocketdns-records>`
      : html`<pocketdns-records session-url=${SESSION} domain-id=${id}></pocketdns-records>`,
  );
  await until(() => rows(el).length > 0, 'records to load');
  // The lint runs in idle time after the records load.
  await until(() => Boolean(shadow(el).querySelector('[part~="health-badge"]')), 'the health badges');
  return el;
}

/** The row of the record whose name and type are shown as given. */
function row(el: PocketDnsRecordsElement, type: string, name: string): HTMLTableRowElement {
  const found = rows(el).find(
    (r) => r.querySelector('.type')?.textContent.trim() === type && r.querySelector('.name')?.textContent.trim() === name,
  );
  if (!found) throw new Error(`no row ${type} ${name}`);
  return found;
}

const rowText = (r: Element): string => r.textContent.replace(/\s+/g, ' ').trim();

async function openDetails(el: PocketDnsRecordsElement, label: string): Promise<HTMLElement> {
  const toggle = button(el, `Details of ${label}`);
  toggle.click();
  await el.updateComplete;
  expect(toggle.getAttribute('aria-expanded')).to.equal('true');
  const details = shadow(el).getElementById(toggle.getAttribute('aria-controls') ?? '');
  if (!details) throw new Error(`no details for ${label}`);
  return details;
}

/** A DoH JSON answer for one resolver: what it says about a query, or how it fails. */
type Reply = Record<string, unknown> | 'down' | 'malformed';

/** Answers DoH queries at `url` with `reply`, counting the queries. */
function resolver(url: string, reply: (name: string, type: string) => Reply, seen: string[] = []) {
  return http.get(url, ({ request }) => {
    const query = new URL(request.url).searchParams;
    const name = query.get('name') ?? '';
    const qtype = query.get('type') ?? '';
    seen.push(`${new URL(url).host} ${name} ${qtype}`);
    const answer = reply(name, qtype);
    if (answer === 'down') return new HttpResponse('Service Unavailable', { status: 503 });
    if (answer === 'malformed') return HttpResponse.json({ Answer: 'not a list' }, { headers: { 'content-type': 'application/dns-json' } });
    return HttpResponse.json(answer, { headers: { 'content-type': 'application/dns-json' } });
  });
}

const holding =
  (...values: string[]) =>
  (name: string): Reply => ({ Status: 0, Answer: values.map((data) => ({ name: `${name}.`, type: TYPE_A, TTL: 300, data })) });
const nxdomain = (): Reply => ({
  Status: 3,
  Authority: [{ name: 'alice-shop.net.', type: 6, TTL: 300, data: 'ns1.pocketdns.com. hostmaster.pocketdns.com. 1 7200 900 1209600 300' }],
});

describe('record health', () => {
  let backend: Backend;
  before(startWorker);
  beforeEach(() => {
    backend = startBackend();
  });

  describe('findings in the table', () => {
    it('shows a badge with its words on each record with a finding, and none on healthy records', async () => {
      const el = await mount(backend);
      const dmarc = row(el, 'TXT', '_dmarc');
      expect(rowText(dmarc.querySelector('[part~="health-badge"]')!)).to.equal('✖ 1 problem');
      expect(dmarc.querySelector('[part~="health-badge"]')?.classList.contains('error')).to.equal(true);
      expect(row(el, 'CNAME', 'old').querySelector('[part~="health-badge"]')?.classList.contains('info')).to.equal(true);
      expect(row(el, 'MX', '@').querySelector('[part~="health-badge"]')?.classList.contains('warning')).to.equal(true);
      expect(row(el, 'A', 'www').querySelector('[part~="health-badge"]')).to.equal(null);
      // The badges' styles come with the health part (record-health.styles.ts): a pill, in the error colour.
      const badge = getComputedStyle(dmarc.querySelector('[part~="health-badge"]')!);
      expect(badge.borderTopLeftRadius).to.equal('999px');
      expect(getComputedStyle(dmarc.querySelector('td.health')!).display).to.equal('flex');
      await expect(el).to.be.accessible();
      await openDetails(el, 'TXT _dmarc');
      el.theme = 'dark';
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it('filters the table to the records with findings from the toolbar, and back', async () => {
      const el = await mount(backend);
      const toggle = button(el, /^⚠ 7 problems$/);
      expect(toggle.getAttribute('aria-pressed')).to.equal('false');
      expect(rows(el)).to.have.length(11);
      toggle.click();
      await until(() => rows(el).length === 9, 'the nine records with findings');
      expect(toggle.getAttribute('aria-pressed')).to.equal('true');
      expect(text(el)).to.include('9 of 11');
      await until(() => text(el).includes('Showing the records with 7 problems.'), 'the filter announced');
      expect(rows(el).some((r) => rowText(r).includes('192.0.2.40'))).to.equal(false);
      await expect(el).to.be.accessible();
      toggle.click();
      await until(() => rows(el).length === 11, 'all records again');
      expect(toggle.getAttribute('aria-pressed')).to.equal('false');
      await until(() => text(el).includes('Showing all records.'), 'the filter off announced');
    });

    it("shows a finding's message and its fix in the row's details", async () => {
      const el = await mount(backend);
      const details = await openDetails(el, 'CNAME old');
      const shown = rowText(details);
      expect(shown).to.include('Heroku');
      expect(shown).to.include('Fix: If you no longer use Heroku for this name, delete this record.');
      expect(shown).to.include('hosted-target');
      const spf = await openDetails(el, 'TXT _dmarc');
      expect(rowText(spf)).to.match(/Error: .*Fix: /);
      await expect(el).to.be.accessible();
      button(el, 'Details of CNAME old').click();
      await el.updateComplete;
      expect(shadow(el).getElementById(details.id)).to.equal(null);
    });

    it('shows invisible characters in TXT values as visible markers, never raw', async () => {
      const el = await mount(backend);
      const value = row(el, 'TXT', 'promo').querySelector('[part~="value"]')!;
      expect(value.textContent).to.equal('Summer sale ⟨U+202E⟩elas⟨U+202C⟩ ends Friday');
      expect(value.textContent).not.to.match(/[\u202A-\u202E]/);
      expect(rowText(await openDetails(el, 'TXT promo'))).to.include('U+202E');
    });

    it('shows the punycode beside a name that passes for another', async () => {
      const el = await mount(backend);
      const homograph = row(el, 'A', 'sh\u043Ep');
      expect(homograph.querySelector('[part~="punycode"]')?.textContent).to.equal('(xn--shp-ted)');
      expect(row(el, 'A', 'www').querySelector('[part~="punycode"]')).to.equal(null);
      expect(rowText(await openDetails(el, 'A sh\u043Ep'))).to.include('looks like “shop”');
      await expect(el).to.be.accessible();
    });
  });

  describe('the form', () => {
    it('warns before saving a second SPF record, and still saves it', async () => {
      const el = await mount(backend, 'off');
      button(el, 'Add record').click();
      await until(() => (shadow(el).getElementById('editor') as HTMLDialogElement | null)?.open === true, 'the form');
      type(field(el, 'Type'), 'TXT');
      await el.updateComplete;
      type(field(el, 'Name'), 'spf-test');
      type(field(el, 'Value'), 'v=spf1 include:_spf.google.com ~all');
      const form = shadow(el).querySelector('pocketdns-record-form')!;
      const status = () => shadow(form).querySelector('[part~="warning"]')!;
      expect(status().getAttribute('role')).to.equal('status');
      // A single SPF record at a new name is fine: nothing to warn about.
      await new Promise((resolve) => setTimeout(resolve, 400));
      expect(rowText(status())).to.equal('');
      type(field(el, 'Name'), '@');
      await until(() => rowText(status()).includes('Saving this record would create a problem'), 'the pre-save warning');
      expect(rowText(status())).to.include('3 SPF records');
      expect(rowText(status())).to.include('Fix: Merge them into one record');
      await expect(el).to.be.accessible();
      button(el, 'Save').click();
      // The row shows at once ("Saving…"); PocketDNS has the record once that is gone.
      await until(
        () => rows(el).filter((r) => rowText(r).includes('_spf.google.com') && !rowText(r).includes('Saving')).length === 1,
        'the record saved',
      );
      const saved = (await backend.sandbox.snapshot()).records.filter(
        (r) => r.domain_id === backend.domainId(SHOP) && r.value.startsWith('v=spf1'),
      );
      expect(saved).to.have.length(3);
    });
  });

  describe('<pocketdns-domains>', () => {
    it("shows a domain's problem count once its records are known", async () => {
      const el = await fixture<PocketDnsDomainsElement>(
        html`<pocketdns-domains session-url=${SESSION} locale="en-US"></pocketdns-domains>`,
      );
      await until(() => shadow(el).querySelectorAll('button.domain').length === 5, 'five domains');
      const shop = findButton(el, /alice-shop\.net/)!;
      expect(rowText(shop)).not.to.include('problem');
      shop.click();
      await until(() => rowText(shop).includes('7 problems'), 'the count on the domain');
      const details = shadow(el).querySelector('[part~="details"]')!;
      expect(rowText(details)).to.include('Record health 7 problems');
      await expect(el).to.be.accessible();
      findButton(el, /alice-old\.org/)!.click();
      await until(() => rowText(findButton(el, /alice-old\.org/)!).includes('0 problems'), 'a healthy domain');
    });
  });

  describe('propagation', () => {
    async function check(el: PocketDnsRecordsElement, label = 'A www'): Promise<HTMLElement> {
      const details = await openDetails(el, label);
      button(el, `Check whether ${label} is live`).click();
      return details;
    }
    const shown = (el: PocketDnsRecordsElement): string => rowText(row(el, 'A', 'www').querySelector('td.health')!);

    it('says Live when every resolver sees the record, asking for its name and type', async () => {
      const seen: string[] = [];
      worker.use(resolver(CLOUDFLARE, holding('192.0.2.40'), seen), resolver(GOOGLE, holding('192.0.2.40'), seen));
      const el = await mount(backend);
      const details = await check(el);
      await until(() => shown(el).includes('Live'), 'Live');
      expect(rowText(details)).to.include('Is it live? Live');
      await until(() => text(el).includes('A record www: Live.'), 'the result of Check announced');
      expect(seen.sort()).to.deep.equal(['cloudflare-dns.com www.alice-shop.net A', 'dns.google www.alice-shop.net A']);
      await expect(el).to.be.accessible();
    });

    it('says Updating with how many resolvers see it when only some do', async () => {
      worker.use(resolver(CLOUDFLARE, holding('192.0.2.40')), resolver(GOOGLE, holding('192.0.2.99')));
      const el = await mount(backend);
      await check(el);
      await until(() => shown(el).includes('Updating (1 of 2 resolvers see it)'), 'Updating');
      await expect(el).to.be.accessible();
    });

    it('says Not visible yet while resolvers serve an older cached value, or no such name', async () => {
      worker.use(resolver(CLOUDFLARE, holding('192.0.2.1')), resolver(GOOGLE, nxdomain));
      const el = await mount(backend);
      await check(el);
      await until(() => shown(el).includes('Not visible yet'), 'Not visible yet');
      await expect(el).to.be.accessible();
    });

    it('says Not visible yet on NXDOMAIN from every resolver', async () => {
      worker.use(resolver(CLOUDFLARE, nxdomain), resolver(GOOGLE, nxdomain));
      const el = await mount(backend);
      await check(el);
      await until(() => shown(el).includes('Not visible yet'), 'Not visible yet');
    });

    it('says it could not check when the resolvers are down or answer nonsense', async () => {
      worker.use(
        resolver(CLOUDFLARE, () => 'down'),
        resolver(GOOGLE, () => 'malformed'),
      );
      const el = await mount(backend);
      await check(el);
      await until(() => shown(el).includes('Couldn’t check'), 'Couldn’t check');
      await expect(el).to.be.accessible();
    });

    it('says Live when the one resolver that answered sees it, the other answering nonsense', async () => {
      worker.use(
        resolver(CLOUDFLARE, holding('192.0.2.40')),
        resolver(GOOGLE, () => 'malformed'),
      );
      const el = await mount(backend);
      await check(el);
      await until(() => shown(el).includes('Live'), 'Live from the one resolver that answered');
    });

    it('checks a record after it is created, and uses the resolvers property', async () => {
      const seen: string[] = [];
      const mine = 'https://doh.example.net/resolve';
      worker.use(resolver(mine, holding('192.0.2.77'), seen));
      const el = await mount(backend);
      el.resolvers = [{ name: 'Mine', url: mine }];
      button(el, 'Add record').click();
      await until(() => (shadow(el).getElementById('editor') as HTMLDialogElement | null)?.open === true, 'the form');
      type(field(el, 'Name'), 'fresh');
      type(field(el, 'Value'), '192.0.2.77');
      await el.updateComplete;
      button(el, 'Save').click();
      await until(() => rows(el).some((r) => rowText(r).includes('192.0.2.77') && rowText(r).includes('Live')), 'the new record live');
      expect(seen).to.deep.equal(['doh.example.net fresh.alice-shop.net A']);
    });

    it('sends nothing anywhere with propagation="off"', async () => {
      const seen: string[] = [];
      worker.use(resolver(CLOUDFLARE, holding('192.0.2.50'), seen), resolver(GOOGLE, holding('192.0.2.50'), seen));
      const el = await mount(backend, 'off');
      const details = await openDetails(el, 'A www');
      expect(rowText(details)).not.to.include('Is it live?');
      expect(findButton(el, 'Check whether A www is live')).to.equal(undefined);
      button(el, 'Add record').click();
      await until(() => (shadow(el).getElementById('editor') as HTMLDialogElement | null)?.open === true, 'the form');
      type(field(el, 'Name'), 'quiet');
      type(field(el, 'Value'), '192.0.2.50');
      await el.updateComplete;
      button(el, 'Save').click();
      await until(() => rows(el).some((r) => rowText(r).includes('192.0.2.50') && !rowText(r).includes('Saving')), 'the new record saved');
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(seen).to.deep.equal([]);
      expect(roots(el).some((root) => root.querySelector('[part~="propagation"]'))).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('stops checking when another domain is shown', async () => {
      const seen: string[] = [];
      worker.use(resolver(CLOUDFLARE, holding('192.0.2.1'), seen), resolver(GOOGLE, holding('192.0.2.1'), seen));
      const el = await mount(backend);
      await check(el);
      await until(() => shown(el).includes('Not visible yet'), 'the first check');
      const asked = seen.length;
      el.domainId = backend.domainId('alice-old.org');
      await until(() => rows(el).length === 2, 'the other domain');
      expect(roots(el).some((root) => root.querySelector('[part~="propagation"]'))).to.equal(false);
      // The next check would come 5 s after the first: wait past it.
      await new Promise((resolve) => setTimeout(resolve, 5500));
      expect(seen.length).to.equal(asked);
    });

    it('stops checking when the element leaves the page', async () => {
      const seen: string[] = [];
      worker.use(resolver(CLOUDFLARE, holding('192.0.2.1'), seen), resolver(GOOGLE, holding('192.0.2.1'), seen));
      const el = await mount(backend);
      await check(el);
      await until(() => shown(el).includes('Not visible yet'), 'the first check');
      const asked = seen.length;
      el.remove();
      // The next check would come 5 s after the first: wait past it.
      await new Promise((resolve) => setTimeout(resolve, 5500));
      expect(seen.length).to.equal(asked);
    });
  });
});
