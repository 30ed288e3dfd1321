import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import '../../src/index.js';
import type { PocketDnsDomainsElement } from '../../src/components/pocketdns-domains/pocketdns-domains.js';
import type { PocketDnsRecordsElement } from '../../src/components/pocketdns-records/pocketdns-records.js';
import type { PocketDnsDomainSelectEvent, PocketDnsErrorEvent, PocketDnsSessionEndEvent } from '../../src/events/index.js';
import { PocketDnsZoneChangeEvent } from '../../src/events/zone-change.js';
import { resetSessions } from '../../src/session/index.js';
import { startBackend, type Backend } from '../helpers/backend.js';
import { button, field, recordEvents, rows, shadow, text, type, until } from '../helpers/dom.js';
import { startWorker, worker } from '../helpers/msw-browser.js';

const SESSION = '/pocketdns/session';
const domainButtons = (el: Element): HTMLButtonElement[] => [...shadow(el).querySelectorAll<HTMLButtonElement>('button.domain')];

async function mount(): Promise<PocketDnsDomainsElement> {
  const el = await fixture<PocketDnsDomainsElement>(html`<pocketdns-domains session-url=${SESSION}></pocketdns-domains>`);
  await until(() => domainButtons(el).length > 0 || text(el).includes('No domains yet'), 'domains to load');
  return el;
}

describe('<pocketdns-domains>', () => {
  let backend: Backend;
  before(startWorker);
  beforeEach(() => {
    backend = startBackend();
  });

  it("shows a loading placeholder, then the customer's domains with status, expiry, auto-renew and count", async () => {
    const el = await fixture<PocketDnsDomainsElement>(html`<pocketdns-domains session-url=${SESSION} locale="en-US"></pocketdns-domains>`);
    expect(Boolean(shadow(el).querySelector('[part~="loading"]'))).to.equal(true);
    await until(() => domainButtons(el).length === 5, 'five domains');
    const labels = domainButtons(el).map((b) => b.textContent.replace(/\s+/g, ' ').trim());
    expect(labels[0]).to.equal('alicebakery.com active Expires Mar 14, 2027 Auto-renew on 18 records');
    expect(labels[1]).to.include('bäckerei-alice.de pending');
    expect(labels[2]).to.include('10,000 records');
    expect(labels[3]).to.include('alice-old.org expired');
    expect(labels[4]).to.include('alice-shop.net active');
    expect(labels.join(' ')).not.to.include('bob');
    await expect(el).to.be.accessible();
  });

  it('is accessible while loading and when offline', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    worker.use(
      http.post(
        SESSION,
        async () => {
          await held;
          return HttpResponse.error();
        },
        { once: true },
      ),
    );
    const el = await fixture<PocketDnsDomainsElement>(html`<pocketdns-domains session-url=${SESSION}></pocketdns-domains>`);
    expect(Boolean(shadow(el).querySelector('[part~="loading"]'))).to.equal(true);
    await expect(el).to.be.accessible();
    release();
    await until(() => text(el).includes('offline'), 'the offline state');
    await expect(el).to.be.accessible();
  });

  it('filters by name, in Unicode or punycode', async () => {
    const el = await mount();
    type(shadow(el).querySelector<HTMLInputElement>('#filter')!, 'bäck');
    await el.updateComplete;
    expect(domainButtons(el).map((b) => b.querySelector('.name')?.textContent)).to.deep.equal(['bäckerei-alice.de']);
    type(shadow(el).querySelector<HTMLInputElement>('#filter')!, 'xn--');
    await el.updateComplete;
    expect(domainButtons(el).length).to.equal(1);
    type(shadow(el).querySelector<HTMLInputElement>('#filter')!, 'nothing-like-this');
    await el.updateComplete;
    expect(text(el)).to.include('No domains match “nothing-like-this”');
    button(el, 'Clear filter').click();
    await el.updateComplete;
    expect(domainButtons(el).length).to.equal(5);
  });

  it("fires pocketdns-domain-select once and shows the domain's details", async () => {
    const el = await mount();
    const selected = recordEvents(el, ['pocketdns-domain-select']);
    domainButtons(el)[0]!.click();
    await until(() => text(el).includes('Nameservers') && text(el).includes('ns1.pocketdns.com'), 'the details');
    expect(selected.length).to.equal(1);
    expect((selected[0] as PocketDnsDomainSelectEvent).detail.domain.name).to.equal('alicebakery.com');
    expect(el.selected).to.equal(backend.domainId('alicebakery.com'));
    expect(domainButtons(el)[0]!.getAttribute('aria-pressed')).to.equal('true');
    const details = shadow(el).querySelector('[part~="details"]')?.textContent.replace(/\s+/g, ' ') ?? '';
    expect(details).to.include('Registrar PocketDNS');
    expect(details).to.include('WHOIS privacy On');
    expect(details).to.include('ns2.pocketdns.com');
    await expect(el).to.be.accessible();
  });

  it("links to the session's login_url to open PocketDNS", async () => {
    const el = await mount();
    const link = [...shadow(el).querySelectorAll('a')].find((a) => a.textContent.includes('Open in PocketDNS'));
    expect(link?.getAttribute('href')).to.match(/^https:\/\/embed\.sandbox\.pocketdns\.com\/session\/[0-9a-f]{32}$/);
    expect(link?.getAttribute('rel')).to.include('noopener');
  });

  it('renders no link for a login_url that is not https: (a javascript: URL from fetchSession)', async () => {
    for (const loginUrl of ['javascript:alert(document.domain)', 'data:text/html,<script>alert(1)</script>', 'http://evil.example/x']) {
      resetSessions();
      const session = {
        token: 't',
        expires_at: new Date(Date.now() + 600_000).toISOString(),
        api_base: '/pocketdns',
        user_identifier: 'alice',
        login_url: loginUrl,
      };
      const el = await fixture<PocketDnsDomainsElement>(html`<pocketdns-domains .fetchSession=${() => session}></pocketdns-domains>`);
      await until(() => text(el).includes('Domains'), 'the element');
      await el.updateComplete;
      expect(
        [...shadow(el).querySelectorAll('a')].map((a) => a.getAttribute('href')),
        loginUrl,
      ).to.deep.equal([]);
    }
  });

  it('says so when the customer has no domains', async () => {
    backend.user = 'carol';
    const el = await mount();
    expect(text(el)).to.include('No domains yet');
    await expect(el).to.be.accessible();
  });

  it('shows an error with Retry, reports it, and loads on Retry', async () => {
    worker.use(
      http.get(
        '/pocketdns/api/v1/users/:user/domains',
        () => HttpResponse.json({ errors: ['PocketDNS took too long to answer. Please try again.'] }, { status: 504 }),
        { once: true },
      ),
    );
    const errors = recordEvents(document, ['pocketdns-error']);
    const el = await fixture<PocketDnsDomainsElement>(html`<pocketdns-domains session-url=${SESSION}></pocketdns-domains>`);
    await until(() => text(el).includes('could not be loaded'), 'the error state');
    expect((errors[0] as PocketDnsErrorEvent).detail.error.code).to.equal('timeout');
    await expect(el).to.be.accessible();
    button(el, 'Retry').click();
    await until(() => domainButtons(el).length === 5, 'domains after Retry');
  });

  it('shows the signed-out state and fires pocketdns-session-end', async () => {
    backend.user = null;
    const ended = recordEvents(document, ['pocketdns-session-end']);
    const el = await fixture<PocketDnsDomainsElement>(html`<pocketdns-domains session-url=${SESSION}></pocketdns-domains>`);
    await until(() => text(el).includes('You are signed out'), 'the signed-out state');
    expect((ended[0] as PocketDnsSessionEndEvent).detail.error.status).to.equal(401);
    await expect(el).to.be.accessible();
  });

  it('moves between domains with the arrow keys', async () => {
    const el = await mount();
    domainButtons(el)[0]!.focus();
    domainButtons(el)[0]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true }));
    expect(shadow(el).activeElement).to.equal(domainButtons(el)[1]);
  });

  it('counts again after an import, a connection or an undo changed several records at once', async () => {
    const el = await mount();
    const id = backend.domainId('alicebakery.com');
    const before = domainButtons(el).find((b) => b.textContent.includes('alicebakery.com'))!;
    expect(before.textContent).to.include('18 records');
    // Two records appear at PocketDNS, as an import would make them.
    for (const name of ['imp1', 'imp2']) {
      await backend.sandbox.fetch('https://sandbox.test/api/v1/dns_records', {
        method: 'POST',
        headers: { Authorization: `Bearer ${backend.sandbox.apiKey}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ domain_id: id, type: 'A', name, value: '192.0.2.9', ttl: 300 }),
      });
    }
    document.dispatchEvent(new PocketDnsZoneChangeEvent({ domainId: id, cause: 'import' }));
    await until(
      () => domainButtons(el).some((b) => b.textContent.includes('alicebakery.com') && b.textContent.includes('20 records')),
      'the new count',
    );
  });

  it('follows record changes in its counts', async () => {
    const el = await mount();
    const records = await fixture<PocketDnsRecordsElement>(
      html`<pocketdns-records session-url=${SESSION} domain-id=${backend.domainId('alicebakery.com')}></pocketdns-records>`,
    );
    await until(() => rows(records).length === 18, 'records');
    button(records, 'Add record').click();
    await until(() => (shadow(records).getElementById('editor') as HTMLDialogElement | null)?.open === true, 'the form');
    type(field(records, 'Name'), 'count');
    type(field(records, 'Value'), '192.0.2.60');
    await records.updateComplete;
    button(records, 'Save').click();
    await until(() => domainButtons(el)[0]?.textContent.includes('19 records') === true, 'the count to follow');
  });
});

describe('<pocketdns-records for>', () => {
  before(startWorker);

  it('follows the selection of a <pocketdns-domains>', async () => {
    startBackend();
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <pocketdns-domains id="picker" session-url=${SESSION}></pocketdns-domains>
      <pocketdns-records for="picker" session-url=${SESSION}></pocketdns-records>
    </div>`);
    const domains = wrapper.querySelector('pocketdns-domains')!;
    const records = wrapper.querySelector('pocketdns-records')!;
    await until(() => text(records).includes('Choose a domain'), 'the no-domain state');
    await until(() => domainButtons(domains).length === 5, 'domains');
    domainButtons(domains)[1]!.click();
    await until(() => rows(records).length === 3, "bäckerei-alice.de's three records");
    expect(text(records)).to.include('DNS records of bäckerei-alice.de');
    domainButtons(domains)[0]!.click();
    await until(() => rows(records).length === 18, "alicebakery.com's records");
  });
});

describe('<pocketdns-records for> misconfigured', () => {
  it('stops looking for a missing element and says so in the console', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => {
      warnings.push(args.map(String).join(' '));
    };
    try {
      const el = await fixture<PocketDnsRecordsElement>(html`<pocketdns-records for="no-such-id"></pocketdns-records>`);
      await until(() => warnings.some((w) => w.includes('no element with id "no-such-id"')), 'the warning', 3000);
      expect(warnings.filter((w) => w.includes('no-such-id')).length, 'said once, not polled forever').to.equal(1);
      expect(text(el)).to.include('Not connected');
    } finally {
      console.warn = original;
    }
  });
});

describe('theming', () => {
  before(startWorker);
  after(async () => {
    await emulateMedia({ colorScheme: 'light' });
  });

  const background = (el: Element): string => getComputedStyle(el).backgroundColor;

  it('uses the dark palette for theme="dark", and for "auto" when the system prefers dark', async () => {
    startBackend();
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <pocketdns-domains session-url=${SESSION}></pocketdns-domains>
      <pocketdns-domains session-url=${SESSION} theme="dark"></pocketdns-domains>
      <pocketdns-domains session-url=${SESSION} theme="auto"></pocketdns-domains>
    </div>`);
    const [light, dark, auto] = [...wrapper.querySelectorAll('pocketdns-domains')];
    expect(background(light!)).to.equal('rgb(255, 255, 255)');
    expect(background(dark!)).to.equal('rgb(20, 25, 35)');
    expect(background(auto!)).to.equal('rgb(255, 255, 255)');
    await emulateMedia({ colorScheme: 'dark' });
    expect(background(auto!)).to.equal('rgb(20, 25, 35)');
    await until(() => domainButtons(dark!).length === 5, 'domains');
    await expect(dark).to.be.accessible();
  });

  it("takes the partner's --pocketdns-* tokens over the defaults, in both themes", async () => {
    startBackend();
    const el = await fixture<PocketDnsDomainsElement>(
      html`<pocketdns-domains session-url=${SESSION} theme="dark" style="--pocketdns-color-surface: rgb(1, 2, 3)"></pocketdns-domains>`,
    );
    expect(background(el)).to.equal('rgb(1, 2, 3)');
  });
});
