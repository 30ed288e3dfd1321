import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import '../../src/index.js';
import { startBackend, type Backend } from '../helpers/backend.js';
import { button, field, recordEvents, rows, shadow, text, type, until } from '../helpers/dom.js';
import { BAKERY, heldRecords, mountBakery } from '../helpers/records.js';
import { startWorker, worker } from '../helpers/msw-browser.js';

const LOST = { errors: ['PocketDNS could not be reached. Please try again.'] };

const mount = mountBakery;
const recordsOf = heldRecords;

/** Sends a request straight to PocketDNS (the sandbox), as the handler would have. */
function direct(backend: Backend, request: Request, body?: string): Promise<Response> {
  const url = new URL(request.url);
  return backend.sandbox.fetch(`https://sandbox.test${url.pathname.replace('/pocketdns', '')}`, {
    method: request.method,
    headers: { Authorization: `Bearer ${backend.sandbox.apiKey}`, 'Content-Type': 'application/json' },
    ...(body === undefined ? {} : { body }),
  });
}

/** The next `method` request to `path` is applied at PocketDNS, but its answer is lost (502). */
function applyThenLose(backend: Backend, method: 'post' | 'put' | 'delete', path: string): void {
  worker.use(
    http[method](
      path,
      async ({ request }) => {
        await direct(backend, request, method === 'delete' ? undefined : await request.text());
        return HttpResponse.json(LOST, { status: 502 });
      },
      { once: true },
    ),
  );
}

const dialogOpen = (el: Element): boolean => (shadow(el).getElementById('editor') as HTMLDialogElement | null)?.open === true;
const rowOf = (el: Element, value: string): HTMLTableRowElement | undefined => rows(el).find((r) => r.textContent.includes(value));

describe('<pocketdns-records> when an answer is lost', () => {
  let backend: Backend;
  before(startWorker);
  beforeEach(() => {
    backend = startBackend();
  });

  it('a create PocketDNS made but whose answer was lost shows as saved, once, and says so', async () => {
    const el = await mount(backend);
    const created = recordEvents(el, ['pocketdns-record-create']);
    applyThenLose(backend, 'post', '/pocketdns/api/v1/dns_records');
    button(el, 'Add record').click();
    await until(() => dialogOpen(el), 'the form');
    type(field(el, 'Name'), 'lost');
    type(field(el, 'Value'), '192.0.2.201');
    await el.updateComplete;
    button(el, 'Save').click();
    await until(() => text(el).includes('after all'), 'the recovery message');
    expect(dialogOpen(el), 'the form is not given back').to.equal(false);
    await until(() => rowOf(el, '192.0.2.201')?.classList.contains('pending') === false, 'the saved row');
    expect((await recordsOf(backend)).filter((r) => r.value === '192.0.2.201')).to.have.length(1);
    expect(created).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('a create whose outcome stays unknown says so, and saving again does not make a duplicate', async () => {
    const el = await mount(backend);
    applyThenLose(backend, 'post', '/pocketdns/api/v1/dns_records');
    // PocketDNS cannot be asked either, once.
    worker.use(http.get('/pocketdns/api/v1/domains/:id', () => HttpResponse.json(LOST, { status: 502 }), { once: true }));
    button(el, 'Add record').click();
    await until(() => dialogOpen(el), 'the form');
    type(field(el, 'Name'), 'unsure');
    type(field(el, 'Value'), '192.0.2.202');
    await el.updateComplete;
    button(el, 'Save').click();
    await until(() => dialogOpen(el) && text(el).includes('could not check whether it was saved'), 'the unknown outcome');
    expect(field(el, 'Value').value, 'nothing typed is lost').to.equal('192.0.2.202');
    button(el, 'Save').click();
    await until(() => rowOf(el, '192.0.2.202')?.classList.contains('pending') === false, 'the row');
    expect((await recordsOf(backend)).filter((r) => r.value === '192.0.2.202')).to.have.length(1);
  });

  it('an edit PocketDNS made but whose answer was lost shows the new value', async () => {
    const el = await mount(backend);
    const www = (await recordsOf(backend)).find((r) => r.type === 'A' && r.name === 'www')!;
    applyThenLose(backend, 'put', `/pocketdns/api/v1/dns_records/${www.id}`);
    button(el, 'Edit A www').click();
    await until(() => dialogOpen(el), 'the form');
    type(field(el, 'Value'), '192.0.2.203');
    await el.updateComplete;
    button(el, 'Save').click();
    await until(() => text(el).includes('after all'), 'the recovery message');
    await until(() => rowOf(el, '192.0.2.203')?.classList.contains('pending') === false, 'the new value');
    expect(dialogOpen(el)).to.equal(false);
  });

  it('a delete PocketDNS made but whose answer was lost stays deleted', async () => {
    const el = await mount(backend);
    const deleted = recordEvents(el, ['pocketdns-record-delete']);
    const notes = (await recordsOf(backend)).find((r) => r.name === 'notes')!;
    applyThenLose(backend, 'delete', `/pocketdns/api/v1/dns_records/${notes.id}`);
    button(el, 'Delete TXT notes').click();
    await until(() => (shadow(el).getElementById('confirm') as HTMLDialogElement | null)?.open === true, 'the confirmation');
    [...shadow(el).getElementById('confirm')!.querySelectorAll('button')].find((b) => b.textContent === 'Delete')!.click();
    await until(() => deleted.length === 1, 'the delete event');
    expect(rows(el).length).to.equal(17);
    expect(text(el)).not.to.include('could not be reached');
  });

  it('a delete of a record deleted elsewhere (404) means it is gone', async () => {
    const el = await mount(backend);
    const notes = (await recordsOf(backend)).find((r) => r.name === 'notes')!;
    await direct(backend, new Request(`https://x/pocketdns/api/v1/dns_records/${notes.id}`, { method: 'DELETE' }));
    button(el, 'Delete TXT notes').click();
    await until(() => (shadow(el).getElementById('confirm') as HTMLDialogElement | null)?.open === true, 'the confirmation');
    [...shadow(el).getElementById('confirm')!.querySelectorAll('button')].find((b) => b.textContent === 'Delete')!.click();
    await until(() => text(el).includes('Undo'), 'the undo offer');
    expect(rows(el).length).to.equal(17);
    expect(text(el)).not.to.include('not found');
  });

  it('a save that fails while another form is open does not take that form over', async () => {
    const el = await mount(backend);
    let release!: () => void;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    worker.use(
      http.post(
        '/pocketdns/api/v1/dns_records',
        async () => {
          await gate;
          return HttpResponse.json({ errors: ['Value: That address is reserved.'] }, { status: 422 });
        },
        { once: true },
      ),
    );
    button(el, 'Add record').click();
    await until(() => dialogOpen(el), 'the form');
    type(field(el, 'Name'), 'first');
    type(field(el, 'Value'), '192.0.2.204');
    await el.updateComplete;
    button(el, 'Save').click();
    await until(() => !dialogOpen(el), 'the form to close');
    button(el, 'Edit A www').click();
    await until(() => dialogOpen(el), 'the second form');
    type(field(el, 'Value'), '192.0.2.205');
    release();
    await until(() => text(el).includes('Open it again'), 'the failure, beside the open form');
    expect(field(el, 'Value').value, 'the open form keeps what was typed').to.equal('192.0.2.205');
    expect(field(el, 'Name').value).to.equal('www');
  });

  it('does not overwrite a record changed in another tab: says so and shows it as it is now', async () => {
    const el = await mount(backend);
    const www = (await recordsOf(backend)).find((r) => r.type === 'A' && r.name === 'www')!;
    button(el, 'Edit A www').click();
    await until(() => dialogOpen(el), 'the form');
    // Meanwhile, another device changes it.
    await direct(
      backend,
      new Request(`https://x/pocketdns/api/v1/dns_records/${www.id}`, { method: 'PUT' }),
      JSON.stringify({ value: '192.0.2.210' }),
    );
    type(field(el, 'Value'), '192.0.2.211');
    await el.updateComplete;
    button(el, 'Save').click();
    await until(() => text(el).includes('changed elsewhere'), 'the conflict message');
    expect((await recordsOf(backend)).find((r) => r.id === www.id)?.value, 'not overwritten').to.equal('192.0.2.210');
    expect(rowOf(el, '192.0.2.210'), 'the row shows it as it is now').to.not.equal(undefined);
    expect(field(el, 'Value').value, 'what was typed is kept').to.equal('192.0.2.211');
    // Saving again, knowingly, now changes it.
    button(el, 'Save').click();
    await until(() => rowOf(el, '192.0.2.211')?.classList.contains('pending') === false, 'the saved value');
    expect((await recordsOf(backend)).find((r) => r.id === www.id)?.value).to.equal('192.0.2.211');
  });

  it('keeps tabs in step: a change in another tab reloads this one, and this one tells the others', async () => {
    const el = await mount(backend);
    const otherTab = new BroadcastChannel('pocketdns-records');
    const heard: unknown[] = [];
    otherTab.onmessage = (event: MessageEvent) => heard.push(event.data);
    try {
      const notes = (await recordsOf(backend)).find((r) => r.name === 'notes')!;
      await direct(backend, new Request(`https://x/pocketdns/api/v1/dns_records/${notes.id}`, { method: 'DELETE' }));
      otherTab.postMessage({ domainId: backend.domainId(BAKERY) });
      await until(() => rows(el).length === 17, 'this tab to follow');
      button(el, 'Add record').click();
      await until(() => dialogOpen(el), 'the form');
      type(field(el, 'Name'), 'tabs');
      type(field(el, 'Value'), '192.0.2.212');
      await el.updateComplete;
      button(el, 'Save').click();
      await until(() => heard.length === 1, 'the other tab to hear');
      expect(heard[0]).to.deep.equal({ domainId: backend.domainId(BAKERY) });
    } finally {
      otherTab.close();
    }
  });
});
