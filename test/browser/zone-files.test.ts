import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import '../../src/index.js';
import type { PocketDnsRecordsElement } from '../../src/components/pocketdns-records/pocketdns-records.js';
import type { PocketDnsBeforeImportEvent, PocketDnsImportEvent } from '../../src/events/index.js';
import { startBackend, type Backend } from '../helpers/backend.js';
import { button, byId, field, recordEvents, rows, shadow, text, type, until } from '../helpers/dom.js';
import { heldRecords, mountBakery } from '../helpers/records.js';
import { startWorker, worker } from '../helpers/msw-browser.js';

const mount = mountBakery;
const recordsOf = heldRecords;

const importOpen = (el: Element): boolean => (shadow(el).getElementById('zone-import') as HTMLDialogElement | null)?.open === true;

async function review(el: PocketDnsRecordsElement, zoneText: string, mode: 'merge' | 'replace' = 'merge'): Promise<void> {
  button(el, 'Import').click();
  await until(() => importOpen(el), 'the import dialog');
  type(field(el, 'Zone file'), zoneText);
  if (mode === 'replace') {
    const radio = [...shadow(el).querySelectorAll('pocketdns-zone-import')][0]?.shadowRoot?.querySelector<HTMLInputElement>(
      'input[value="replace"]',
    );
    radio?.click();
  }
  await el.updateComplete;
  button(el, 'Review changes').click();
  await until(() => /to add, \d+ to change/.test(text(el)), 'the plan');
}

const IMPORT = `$ORIGIN alicebakery.com.
$TTL 3600
@ IN SOA ns1.pocketdns.com. hostmaster.alicebakery.com. 2026112801 7200 3600 1209600 3600
@ IN NS ns1.pocketdns.com.
www 300 IN A 192.0.2.99
news IN CNAME alicebakery.pages.example.org.
@ IN CAA 0 issue "letsencrypt.org"
`;

describe('<pocketdns-records> zone files', () => {
  let backend: Backend;
  before(startWorker);
  beforeEach(() => {
    backend = startBackend();
  });

  it('exports the records as alicebakery.com.zone, made in the browser', async () => {
    const el = await mount(backend);
    const calls = backend.apiCalls.length;
    let saved: { name: string; blob: Blob | undefined } | undefined;
    const blobs = new Map<string, Blob>();
    const create = URL.createObjectURL.bind(URL);
    const click = Object.getOwnPropertyDescriptor(HTMLAnchorElement.prototype, 'click');
    // The download is the browser's boundary: the Blob and the link are captured, not saved.
    URL.createObjectURL = (blob: Blob) => {
      const url = create(blob);
      blobs.set(url, blob);
      return url;
    };
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      saved = { name: this.download, blob: blobs.get(this.href) };
    };
    try {
      button(el, 'Export').click();
      await until(() => saved !== undefined, 'the download');
    } finally {
      URL.createObjectURL = create;
      if (click) Object.defineProperty(HTMLAnchorElement.prototype, 'click', click);
    }
    expect(saved?.name).to.equal('alicebakery.com.zone');
    const zone = (await saved?.blob?.text()) ?? '';
    expect(zone).to.include('$ORIGIN alicebakery.com.');
    expect(zone).to.match(/www\s+300\s+IN\s+A\s+192\.0\.2\.10/);
    expect(zone).to.include('mx1.mailhost.example.net.');
    expect(backend.apiCalls.length, 'no server round trip').to.equal(calls);
  });

  it('reviews a file: problems with their lines, what is added and changed, nothing removed in merge mode', async () => {
    const el = await mount(backend);
    await review(el, IMPORT);
    expect(text(el)).to.include('1 to add, 1 to change, 0 to remove');
    expect(text(el)).to.include('line 7');
    expect(text(el)).to.include('CAA records are not supported yet');
    await expect(el).to.be.accessible();
  });

  it('applies, fires the events, shows the result, and Undo puts the zone back', async () => {
    const el = await mount(backend);
    const before = await recordsOf(backend);
    const events = recordEvents(el, ['pocketdns-before-import', 'pocketdns-import']);
    await review(el, IMPORT);
    button(el, /^Apply 2 changes$/).click();
    await until(() => events.length === 2, 'the import event');
    const plan = (events[0] as PocketDnsBeforeImportEvent).detail.plan;
    expect(plan.add.map((r) => r.name)).to.deep.equal(['news']);
    const done = (events[1] as PocketDnsImportEvent).detail;
    expect(done.added).to.have.length(1);
    expect(done.changed[0]?.to.value).to.equal('192.0.2.99');
    const after = await recordsOf(backend);
    expect(after.length).to.equal(before.length + 1);
    expect(after.find((r) => r.name === 'www' && r.type === 'A')?.value).to.equal('192.0.2.99');
    await until(() => rows(el).some((r) => r.textContent.includes('alicebakery.pages.example.org')), 'the table to show the import');
    await expect(el).to.be.accessible();
    button(el, 'Undo import').click();
    await until(() => text(el).includes('The import was undone'), 'undo');
    const undone = await recordsOf(backend);
    expect(undone.map((r) => `${r.type} ${r.name} ${r.value} ${r.ttl}`).sort()).to.deep.equal(
      before.map((r) => `${r.type} ${r.name} ${r.value} ${r.ttl}`).sort(),
    );
  });

  it('in Replace mode asks to type the domain before removing most of the zone', async () => {
    const el = await mount(backend);
    await review(el, IMPORT, 'replace');
    expect(text(el)).to.match(/1 to add, 1 to change, 1[0-9] to remove/);
    expect(text(el)).to.include('Type alicebakery.com to confirm');
    button(el, /^Apply \d+ changes$/).click();
    await el.updateComplete;
    expect(byId(el, 'confirm-zone-error')?.textContent).to.include('Type alicebakery.com to confirm');
    expect(backend.apiCalls.filter((c) => !c.startsWith('GET'))).to.deep.equal([]);
    type(field(el, 'Type alicebakery.com to confirm'), 'alicebakery.com');
    button(el, /^Apply \d+ changes$/).click();
    await until(() => text(el).includes('Imported into alicebakery.com'), 'the import');
    const after = await recordsOf(backend);
    // The file's records and the apex NS PocketDNS keeps (none here): nothing else is left.
    expect(after.map((r) => `${r.type} ${r.name}`).sort()).to.deep.equal(['A www', 'CNAME news']);
  });

  it('rolls back when a request fails midway and says the records are as they were', async () => {
    const el = await mount(backend);
    const before = await recordsOf(backend);
    let posts = 0;
    worker.use(
      http.post('/pocketdns/api/v1/dns_records', () => {
        posts += 1;
        return posts === 1
          ? undefined
          : HttpResponse.json({ errors: ['PocketDNS could not be reached. Please try again.'] }, { status: 502 });
      }),
    );
    await review(el, `${IMPORT}shop2 IN A 192.0.2.7\n`);
    button(el, /^Apply 3 changes$/).click();
    await until(() => /as they were|put back/i.test(text(el)), 'the rollback message');
    const after = await recordsOf(backend);
    expect(after.map((r) => `${r.type} ${r.name} ${r.value} ${r.ttl}`).sort()).to.deep.equal(
      before.map((r) => `${r.type} ${r.name} ${r.value} ${r.ttl}`).sort(),
    );
    await expect(el).to.be.accessible();
  });

  it('lets the partner stop an import with pocketdns-before-import', async () => {
    const el = await mount(backend);
    el.addEventListener('pocketdns-before-import', (event) => {
      event.preventDefault();
    });
    await review(el, IMPORT);
    button(el, /^Apply 2 changes$/).click();
    await until(() => text(el).includes('not allowed on this site'), 'the refusal');
    expect(backend.apiCalls.filter((c) => !c.startsWith('GET'))).to.deep.equal([]);
  });
});
