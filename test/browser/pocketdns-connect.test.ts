import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import '../../src/index.js';
import '../../src/connect.js';
import type { DnsRecord } from '../../src/api/types.js';
import type { PocketDnsConnectElement } from '../../src/components/pocketdns-connect/pocketdns-connect.js';
import type { PocketDnsRecordsElement } from '../../src/components/pocketdns-records/pocketdns-records.js';
import type { DomainConnectTemplate } from '../../src/dns/index.js';
import type { PocketDnsBeforeConnectEvent, PocketDnsConnectEvent, PocketDnsErrorEvent } from '../../src/events/index.js';
import { googleWorkspace, vercel } from '../../src/templates/index.js';
import { startBackend, type Backend } from '../helpers/backend.js';
import { activeElement, button, field, findButton, recordEvents, rows, shadow, text, type, until } from '../helpers/dom.js';
import { startWorker, worker } from '../helpers/msw-browser.js';

const BAKERY = 'alicebakery.com';
const SESSION = '/pocketdns/session';

const acmeSites: DomainConnectTemplate = {
  providerId: 'acmehosting.example',
  providerName: 'Acme Hosting',
  serviceId: 'sites',
  serviceName: 'Acme Sites',
  records: [
    { type: 'A', host: '@', pointsTo: '192.0.2.80', ttl: 3600 },
    { type: 'CNAME', host: 'www', pointsTo: 'sites.acmehosting.example', ttl: 3600 },
  ],
};

/** The zone as sorted lines, ids aside (records put back by a rollback get new ids). */
const zoneOf = async (backend: Backend): Promise<string[]> =>
  (await backend.sandbox.snapshot()).records
    .filter((r: DnsRecord) => r.domain_id === backend.domainId(BAKERY))
    .map((r) => `${r.type} ${r.name} ${r.value} ${r.ttl} ${r.priority ?? '-'}`)
    .sort();

async function mount(backend: Backend, template: DomainConnectTemplate, groupIds = ''): Promise<PocketDnsConnectElement> {
  const el = await fixture<PocketDnsConnectElement>(
    html`<pocketdns-connect session-url=${SESSION} domain-id=${backend.domainId(BAKERY)} group-ids=${groupIds} .template=${template}></pocketdns-connect>`,
  );
  await until(() => Boolean(shadow(el).querySelector('[part~="summary"]')), 'the plan to show');
  return el;
}

const part = (el: Element, name: string): Element | null => shadow(el).querySelector(`[part~="${name}"]`);
const mutations = (backend: Backend): string[] => backend.apiCalls.filter((c) => !c.startsWith('GET'));

describe('<pocketdns-connect>', () => {
  let backend: Backend;
  before(startWorker);
  beforeEach(() => {
    backend = startBackend();
  });

  describe('the plan', () => {
    it('shows what will be added and removed, with why, before anything changes', async () => {
      const el = await mount(backend, vercel, 'site');
      expect(part(el, 'summary')?.textContent).to.equal('Connect alicebakery.com to Vercel');
      const shown = text(el);
      expect(shown).to.contain('Records to add (2)');
      expect(shown).to.contain('Records to remove (4)');
      expect(shown).to.contain('cname.vercel-dns.com');
      expect(shown).to.contain(
        'A www.alicebakery.com → 192.0.2.10 TTL 5 minutesReplaces the A record for www because Vercel needs a CNAME there.',
      );
      expect(shown, 'groups given: no optional checkboxes').to.not.contain('Verify the domain with Vercel');
      expect(findButton(el, 'Connect')).to.not.equal(undefined);
      expect(mutations(backend)).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it('shows a record rewritten in place (an SPF merge) as a change', async () => {
      const el = await mount(backend, googleWorkspace, 'mail');
      const shown = text(el);
      expect(shown).to.contain('Records to change (1)');
      expect(shown).to.contain('becomes v=spf1 include:_spf.mailhost.example.net include:_spf.google.com ~all');
      await expect(el).to.be.accessible();
    });

    it('asks for the variables the template needs, labelled from the catalog', async () => {
      const el = await mount(backend, vercel);
      expect(text(el)).to.contain('Verify the domain with Vercel');
      const box = shadow(el).querySelector<HTMLInputElement>('.groups input[type="checkbox"]');
      box?.click();
      await until(() => text(el).includes('Fill in the details above'), 'the form to ask');
      await expect(el).to.be.accessible();
      type(field(el, 'Verification value'), 'vc-domain-verify=alicebakery.com,abc');
      await until(() => text(el).includes('Records to add (3)'), 'the plan with the TXT record');
      expect(text(el)).to.contain('_vercel.alicebakery.com');
    });

    it('shows records PocketDNS would refuse, and offers no Connect', async () => {
      const bad: DomainConnectTemplate = {
        ...acmeSites,
        records: [{ type: 'MX', host: '@', pointsTo: '192.0.2.5', priority: 10, ttl: 300 }],
      };
      const el = await mount(backend, bad);
      expect(text(el)).to.contain('Records PocketDNS would refuse (1)');
      expect(text(el)).to.contain('This must be a host name, not an IP address.');
      expect(findButton(el, 'Connect')).to.equal(undefined);
      await expect(el).to.be.accessible();
    });

    it('says so when the template is already applied', async () => {
      const dmarc: DomainConnectTemplate = {
        ...acmeSites,
        records: [{ type: 'TXT', host: '_dmarc', data: 'v=DMARC1; p=quarantine; rua=mailto:dmarc@alicebakery.com', ttl: 3600 }],
      };
      const el = await mount(backend, dmarc);
      expect(part(el, 'done')?.textContent).to.contain('Acme Hosting is already connected');
      expect(findButton(el, 'Connect')).to.equal(undefined);
      await expect(el).to.be.accessible();
    });

    it('shows a TemplateError as a message', async () => {
      const el = await mount(backend, { ...acmeSites, hostRequired: true });
      expect(part(el, 'error')?.textContent).to.contain('must be applied to a sub-domain');
      await expect(el).to.be.accessible();
    });
  });

  describe('connecting', () => {
    it('applies the plan with progress, fires the events and offers Undo', async () => {
      const el = await mount(backend, acmeSites);
      const events = recordEvents(el, ['pocketdns-before-connect', 'pocketdns-connect']);
      const progress: string[] = [];
      const watch = setInterval(() => {
        const p = part(el, 'progress');
        if (p) progress.push(p.textContent.trim());
      }, 5);
      button(el, 'Connect').click();
      await until(() => Boolean(findButton(el, 'Undo')), 'Undo to be offered');
      clearInterval(watch);
      expect(events.map((e) => e.type)).to.deep.equal(['pocketdns-before-connect', 'pocketdns-connect']);
      const before = events[0] as PocketDnsBeforeConnectEvent;
      expect(before.detail.plan.add.length).to.equal(2);
      const done = events[1] as PocketDnsConnectEvent;
      expect(done.detail.added.map((r) => `${r.type} ${r.name}`).sort()).to.deep.equal(['A @', 'CNAME www']);
      expect(done.detail.removed.length).to.equal(4);
      expect(progress.some((p) => /Connecting: \d of 6 changes/.test(p))).to.equal(true);
      expect(part(el, 'done')?.textContent).to.contain('Connected alicebakery.com to Acme Hosting: 2 records added, 4 records removed.');
      expect(activeElement(el)?.id).to.equal('undo');
      const zone = await zoneOf(backend);
      expect(zone).to.include('CNAME www sites.acmehosting.example 3600 -');
      expect(zone).to.include('A @ 192.0.2.80 3600 -');
      await expect(el).to.be.accessible();
    });

    it('undoes the whole connection', async () => {
      const before = await zoneOf(backend);
      const el = await mount(backend, acmeSites);
      button(el, 'Connect').click();
      await until(() => Boolean(findButton(el, 'Undo')), 'Undo to be offered');
      button(el, 'Undo').click();
      await until(() => text(el).includes('Undone: your records are as they were before.'), 'the undo');
      expect(await zoneOf(backend)).to.deep.equal(before);
      await until(() => Boolean(findButton(el, 'Connect')), 'the plan again');
      await expect(el).to.be.accessible();
    });

    it('puts every record back when the 2nd new record fails, and says so', async () => {
      const before = await zoneOf(backend);
      let posts = 0;
      worker.use(
        http.post('/pocketdns/api/v1/dns_records', () => {
          posts += 1;
          return posts === 2 ? HttpResponse.json({ errors: ['PocketDNS is unavailable'] }, { status: 502 }) : undefined;
        }),
      );
      const el = await mount(backend, acmeSites);
      const errors = recordEvents(el, ['pocketdns-error', 'pocketdns-connect']);
      button(el, 'Connect').click();
      await until(() => Boolean(part(el, 'error')), 'the failure');
      const message = part(el, 'error')?.textContent ?? '';
      expect(message).to.match(
        /The connection failed\. Adding the (A|CNAME) record .* failed: PocketDNS is unavailable\. The 3 changes made before it were undone/,
      );
      expect(message).to.contain('undone: your records are as they were.');
      expect(errors.map((e) => e.type)).to.deep.equal(['pocketdns-error']);
      expect((errors[0] as PocketDnsErrorEvent).detail.error.status).to.equal(502);
      expect(await zoneOf(backend)).to.deep.equal(before);
      await expect(el).to.be.accessible();
    });

    it('names the records to check when putting them back fails too', async () => {
      let posts = 0;
      let deletesAfterFailure = 0;
      worker.use(
        http.post('/pocketdns/api/v1/dns_records', () => {
          posts += 1;
          return posts === 2 ? HttpResponse.json({ errors: ['PocketDNS is unavailable'] }, { status: 502 }) : undefined;
        }),
        http.delete('/pocketdns/api/v1/dns_records/:id', () => {
          if (posts < 2) return undefined;
          deletesAfterFailure += 1;
          // The rollback's first request (deleting the record just added) fails.
          return deletesAfterFailure === 1 ? HttpResponse.json({ errors: ['PocketDNS is unavailable'] }, { status: 502 }) : undefined;
        }),
      );
      const el = await mount(backend, acmeSites);
      button(el, 'Connect').click();
      await until(() => Boolean(part(el, 'error')), 'the failure');
      const message = part(el, 'error')?.textContent ?? '';
      expect(message).to.contain('Putting the records back as they were also failed, so check these records');
      expect(message).to.match(/was added and is still there\./);
      expect(shadow(el).querySelectorAll('.checks li').length).to.be.greaterThan(0);
      await expect(el).to.be.accessible();
    });

    it('keeps the connection when Undo fails, and says so', async () => {
      const el = await mount(backend, acmeSites);
      button(el, 'Connect').click();
      await until(() => Boolean(findButton(el, 'Undo')), 'Undo to be offered');
      const applied = await zoneOf(backend);
      let deletes = 0;
      worker.use(
        http.delete('/pocketdns/api/v1/dns_records/:id', () => {
          deletes += 1;
          return deletes === 2 ? HttpResponse.json({ errors: ['PocketDNS is unavailable'] }, { status: 502 }) : undefined;
        }),
      );
      button(el, 'Undo').click();
      await until(() => Boolean(part(el, 'error')), 'the failure');
      expect(part(el, 'error')?.textContent).to.match(/^\s*Undo failed\. .*PocketDNS is unavailable.* Acme Hosting is still connected\./);
      expect(await zoneOf(backend)).to.deep.equal(applied);
    });

    it('shows the new plan instead of applying when the records changed meanwhile', async () => {
      const el = await mount(backend, acmeSites);
      // Someone else removes the AAAA record at www after the plan was shown.
      const aaaa = (await backend.sandbox.snapshot()).records.find((r) => r.type === 'AAAA' && r.name === 'www');
      await backend.sandbox.fetch(
        new Request(`https://sandbox.test/api/v1/dns_records/${aaaa?.id ?? ''}`, {
          method: 'DELETE',
          headers: { Authorization: `Bearer ${backend.sandbox.apiKey}` },
        }),
      );
      button(el, 'Connect').click();
      await until(() => text(el).includes('Your records changed since this plan was made.'), 'the notice');
      expect(text(el)).to.contain('Records to remove (3)');
      expect(mutations(backend)).to.deep.equal([]);
      button(el, 'Connect').click();
      await until(() => Boolean(findButton(el, 'Undo')), 'the connection');
    });

    it('keeps focus in the element while connecting', async () => {
      const el = await mount(backend, acmeSites);
      const connectButton = button(el, 'Connect');
      connectButton.focus();
      connectButton.click();
      await until(
        () => activeElement(el)?.getAttribute('part') === 'progress' || activeElement(el)?.id === 'undo',
        'focus on the progress',
      );
      await until(() => activeElement(el)?.id === 'undo', 'focus on Undo');
    });

    it('changes nothing when the partner cancels pocketdns-before-connect', async () => {
      const el = await mount(backend, acmeSites);
      el.addEventListener('pocketdns-before-connect', (e) => {
        e.preventDefault();
      });
      button(el, 'Connect').click();
      await until(() => text(el).includes('This connection is not allowed on this site.'), 'the refusal');
      expect(mutations(backend)).to.deep.equal([]);
      await until(() => activeElement(el)?.getAttribute('part') === 'error', 'focus on the message');
      await expect(el).to.be.accessible();
    });

    it('works in the dark theme', async () => {
      const el = await mount(backend, googleWorkspace, 'mail');
      el.theme = 'dark';
      await el.updateComplete;
      expect(getComputedStyle(el).backgroundColor).to.equal('rgb(20, 25, 35)');
      await expect(el).to.be.accessible();
    });
  });

  describe('with <pocketdns-records>', () => {
    it('updates a records list on the same page without a reload', async () => {
      const page = await fixture<HTMLElement>(html`<div>
        <pocketdns-records session-url=${SESSION} domain-id=${backend.domainId(BAKERY)}></pocketdns-records>
        <pocketdns-connect session-url=${SESSION} domain-id=${backend.domainId(BAKERY)} .template=${acmeSites}></pocketdns-connect>
      </div>`);
      const records = page.querySelector('pocketdns-records') as PocketDnsRecordsElement;
      const el = page.querySelector('pocketdns-connect') as PocketDnsConnectElement;
      await until(() => rows(records).length === 18 && Boolean(findButton(el, 'Connect')), 'both to load');
      button(el, 'Connect').click();
      await until(() => rows(records).length === 16, 'the list to show the connection');
      expect(text(records)).to.contain('sites.acmehosting.example');
      button(el, 'Undo').click();
      await until(() => rows(records).length === 18, 'the list to show the undo');
    });

    it('offers Set up a service: the partner’s templates and the catalog, then the plan', async () => {
      const records = await fixture<PocketDnsRecordsElement>(
        html`<pocketdns-records session-url=${SESSION} domain-id=${backend.domainId(BAKERY)} .templates=${[acmeSites]}></pocketdns-records>`,
      );
      await until(() => rows(records).length === 18, 'records');
      button(records, 'Set up a service').click();
      const dialog = (): HTMLDialogElement | null => shadow(records).querySelector('dialog#setup');
      await until(() => dialog()?.open === true && Boolean(findButton(records, /^Acme Sites/)), 'the catalog');
      const shown = text(records);
      expect(shown).to.contain('From your provider');
      expect(shown).to.contain('Gmail for your domain');
      expect(shown).to.contain('Vercel project');
      await expect(records).to.be.accessible();
      button(records, /^Acme Sites/).click();
      const connect = (): PocketDnsConnectElement | null => dialog()?.querySelector('pocketdns-connect') ?? null;
      await until(() => Boolean(connect() && findButton(connect() as Element, 'Connect')), 'the plan in the dialog');
      expect(part(connect() as Element, 'summary')?.textContent).to.equal('Connect alicebakery.com to Acme Hosting');
      await expect(records).to.be.accessible();
      button(connect() as Element, 'Connect').click();
      await until(() => rows(records).length === 16, 'the list behind the dialog to update');
      button(records, '← All services').click();
      await until(() => Boolean(findButton(records, /^Acme Sites/)), 'the list again');
    });

    it('closes Set up a service with Escape and returns focus to its button', async () => {
      const records = await fixture<PocketDnsRecordsElement>(
        html`<pocketdns-records session-url=${SESSION} domain-id=${backend.domainId(BAKERY)}></pocketdns-records>`,
      );
      await until(() => rows(records).length === 18, 'records');
      const opener = button(records, 'Set up a service');
      opener.focus();
      opener.click();
      const dialog = (): HTMLDialogElement | null => shadow(records).querySelector('dialog#setup');
      await until(() => dialog()?.open === true && activeElement(records)?.classList.contains('service') === true, 'focus in the list');
      await sendKeys({ press: 'Escape' });
      await until(() => dialog()?.open === false, 'the dialog to close');
      expect(activeElement(records)).to.equal(opener);
    });

    it('has no Set up a service in read-only mode', async () => {
      const records = await fixture<PocketDnsRecordsElement>(
        html`<pocketdns-records session-url=${SESSION} domain-id=${backend.domainId(BAKERY)} readonly></pocketdns-records>`,
      );
      await until(() => rows(records).length === 18, 'records');
      expect(findButton(records, 'Set up a service')).to.equal(undefined);
    });
  });
});
