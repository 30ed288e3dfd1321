// <pocketdns-records>: editing and deleting records, the announcements, and the keyboard. The
// states and creating are in pocketdns-records.test.ts.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import '../../src/index.js';
import type {
  PocketDnsBeforeChangeEvent,
  PocketDnsErrorEvent,
  PocketDnsRecordDeleteEvent,
  PocketDnsRecordUpdateEvent,
} from '../../src/events/index.js';
import { startBackend, type Backend } from '../helpers/backend.js';
import { BAKERY, dialogOpen, fill, heldRecords, mountRecords, openAdd, save } from '../helpers/records.js';
import { activeElement, button, field, recordEvents, rows, shadow, text, type, until } from '../helpers/dom.js';
import { startWorker, worker } from '../helpers/msw-browser.js';

describe('<pocketdns-records> changes', () => {
  let backend: Backend;
  before(startWorker);
  beforeEach(() => {
    backend = startBackend();
  });

  describe('editing and deleting', () => {
    const rowOf = (el: Element, needle: string): HTMLTableRowElement | undefined => rows(el).find((r) => r.textContent.includes(needle));

    it('edits a record in the same form, filled in, and fires update with the previous record', async () => {
      const el = await mountRecords(backend);
      const events = recordEvents(el, ['pocketdns-before-change', 'pocketdns-record-update']);
      button(el, 'Edit A www').click();
      await until(() => dialogOpen(el), 'the form');
      expect((field(el, 'Name') as HTMLInputElement).value).to.equal('www');
      expect((field(el, 'Value') as HTMLInputElement).value).to.equal('192.0.2.10');
      expect((field(el, 'Type') as HTMLSelectElement).disabled, 'type cannot change').to.equal(true);
      type(field(el, 'Value'), '192.0.2.11');
      type(field(el, 'TTL'), '600');
      await save(el);
      await until(() => events.length === 2, 'the update event');
      const detail = (events[1] as PocketDnsRecordUpdateEvent).detail;
      expect(detail.record.value).to.equal('192.0.2.11');
      expect(detail.record.ttl).to.equal(600);
      expect(detail.previous.value).to.equal('192.0.2.10');
      expect((events[0] as PocketDnsBeforeChangeEvent).detail.action).to.equal('update');
      expect(rowOf(el, '192.0.2.11')?.textContent).to.include('10 min');
    });

    it('rolls back an edit PocketDNS refuses, says so, and gives the form back', async () => {
      worker.use(
        http.put(
          '/pocketdns/api/v1/dns_records/:id',
          () => HttpResponse.json({ errors: ['PocketDNS could not be reached. Please try again.'] }, { status: 502 }),
          { once: true },
        ),
      );
      const el = await mountRecords(backend);
      const errors = recordEvents(el, ['pocketdns-error']);
      button(el, 'Edit A www').click();
      await until(() => dialogOpen(el), 'the form');
      type(field(el, 'Value'), '192.0.2.201');
      await save(el);
      await until(() => dialogOpen(el) && text(el).includes('could not be reached'), 'the form with the error');
      expect(Boolean(rowOf(el, '192.0.2.201')), 'the optimistic value is gone').to.equal(false);
      expect(Boolean(rowOf(el, '192.0.2.10'))).to.equal(true);
      expect((field(el, 'Value') as HTMLInputElement).value).to.equal('192.0.2.201');
      expect((errors[0] as PocketDnsErrorEvent).detail.error.status).to.equal(502);
      expect((await heldRecords(backend)).some((r) => r.value === '192.0.2.201')).to.equal(false);
    });

    it('deletes after confirmation, then offers Undo that re-creates the record', async () => {
      const el = await mountRecords(backend);
      const events = recordEvents(el, ['pocketdns-before-change', 'pocketdns-record-delete', 'pocketdns-record-create']);
      button(el, 'Delete CNAME shop').click();
      await until(() => dialogOpen(el, 'confirm'), 'the confirmation');
      expect(shadow(el).activeElement?.textContent, 'Cancel is the safe default').to.equal('Cancel');
      await expect(el).to.be.accessible();
      const confirm = shadow(el).getElementById('confirm')!;
      [...confirm.querySelectorAll('button')].find((b) => b.textContent === 'Delete')!.click();
      await until(() => events.some((e) => e.type === 'pocketdns-record-delete'), 'the delete event');
      expect(Boolean(rowOf(el, 'alicebakery.shops.example.net'))).to.equal(false);
      expect((await heldRecords(backend)).some((r) => r.name === 'shop')).to.equal(false);
      expect((events[1] as PocketDnsRecordDeleteEvent).detail.record.name).to.equal('shop');
      expect(text(el)).to.include('Deleted CNAME record shop.');
      expect(shadow(el).activeElement?.id, 'focus moves to Undo').to.equal('undo');
      button(el, 'Undo').click();
      await until(() => events.some((e) => e.type === 'pocketdns-record-create'), 'the re-create');
      await until(
        () =>
          Boolean(rowOf(el, 'alicebakery.shops.example.net')) && !rowOf(el, 'alicebakery.shops.example.net')?.classList.contains('pending'),
        'the row back',
      );
      expect((await heldRecords(backend)).filter((r) => r.name === 'shop').length).to.equal(1);
    });

    it('closes a confirmation or form about the last domain when another one is chosen, and changes nothing', async () => {
      const el = await mountRecords(backend);
      for (const action of ['Delete A www', 'Edit A www']) {
        button(el, action).click();
        el.domainId = backend.domainId('alice-shop.net');
        await until(() => text(el).includes('DNS records of alice-shop.net') && rows(el).length === 11, 'the other domain');
        // Past the render that would have opened it.
        await el.updateComplete;
        await new Promise((resolve) => setTimeout(resolve, 100));
        expect(dialogOpen(el, 'confirm'), action).to.equal(false);
        expect(dialogOpen(el), action).to.equal(false);
        el.domainId = backend.domainId(BAKERY);
        await until(() => rows(el).length === 18, 'the bakery again');
      }
      expect((await heldRecords(backend)).filter((r) => r.name === 'www' && r.type === 'A')).to.have.length(1);
    });

    it('keeps the record when the customer cancels the confirmation', async () => {
      const el = await mountRecords(backend);
      const opener = button(el, 'Delete CNAME shop');
      opener.click();
      await until(() => dialogOpen(el, 'confirm'), 'the confirmation');
      button(el, 'Cancel').click();
      await until(() => !dialogOpen(el, 'confirm'), 'the confirmation to close');
      expect(Boolean(rowOf(el, 'alicebakery.shops.example.net'))).to.equal(true);
      await until(() => shadow(el).activeElement === opener, 'focus back on the Delete button');
      expect(backend.apiCalls.filter((c) => c.startsWith('DELETE'))).to.deep.equal([]);
    });

    it('puts a record back when the delete fails, with Retry', async () => {
      worker.use(http.delete('/pocketdns/api/v1/dns_records/:id', () => HttpResponse.error(), { once: true }));
      const el = await mountRecords(backend);
      button(el, 'Delete CNAME shop').click();
      await until(() => dialogOpen(el, 'confirm'), 'the confirmation');
      [...shadow(el).getElementById('confirm')!.querySelectorAll('button')].find((b) => b.textContent === 'Delete')!.click();
      await until(() => text(el).includes('Could not connect'), 'the error banner');
      expect(Boolean(rowOf(el, 'alicebakery.shops.example.net'))).to.equal(true);
      button(el, 'Retry').click();
      await until(() => !rowOf(el, 'alicebakery.shops.example.net'), 'the delete on Retry');
    });
  });

  describe('announcements', () => {
    const live = (el: Element): string => shadow(el).querySelector('[aria-live="polite"][role="status"]')?.textContent ?? '';

    it('announces changes in a live region', async () => {
      const el = await mountRecords(backend);
      await openAdd(el);
      await fill(el, { Type: 'A', Name: 'spoken', Value: '192.0.2.44' });
      await save(el);
      await until(() => live(el).includes('Added A record spoken.'), 'the announcement');
    });

    it('copies a value to the clipboard and says so', async () => {
      const el = await mountRecords(backend);
      const copied: string[] = [];
      const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
      // The clipboard is the browser's boundary, like the network: replaced for this test only.
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: {
          writeText: (text: string) => {
            copied.push(text);
            return Promise.resolve();
          },
        },
      });
      try {
        button(el, 'Copy value of A www').click();
        await until(() => live(el).includes('Copied the value of A record www.'), 'the announcement');
        expect(copied).to.deep.equal(['192.0.2.10']);
      } finally {
        delete (navigator as unknown as Record<string, unknown>).clipboard;
        if (original) Object.defineProperty(Navigator.prototype, 'clipboard', original);
      }
    });

    it('expands a long value and says it is expanded', async () => {
      const el = await mountRecords(backend);
      const toggle = button(el, 'Show all');
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      toggle.click();
      await el.updateComplete;
      expect(button(el, 'Show less').getAttribute('aria-expanded')).to.equal('true');
    });
  });

  describe('keyboard', () => {
    it('opens the form, traps focus in it, closes with Escape and returns focus to Add record', async () => {
      const el = await mountRecords(backend);
      const add = button(el, 'Add record');
      add.focus();
      await sendKeys({ press: 'Enter' });
      await until(() => dialogOpen(el), 'the form');
      expect(activeElement(el)?.id).to.equal('type');
      for (let i = 0; i < 12; i += 1) await sendKeys({ press: 'Tab' });
      const dialog = shadow(el).getElementById('editor')!;
      expect(dialog.contains(shadow(el).activeElement), 'focus stays in the dialog').to.equal(true);
      await sendKeys({ press: 'Escape' });
      await until(() => !dialogOpen(el), 'the form to close');
      await until(() => shadow(el).activeElement === add, 'focus back on Add record');
    });

    it('sorts by name or type with the header buttons', async () => {
      const el = await mountRecords(backend);
      const typeHeader = button(el, 'Type, sort');
      typeHeader.click();
      await el.updateComplete;
      const types = rows(el).map((r) => r.querySelector('[part~="type"]')?.textContent);
      expect(types[0]).to.equal('A');
      expect(types.at(-1)).to.equal('TXT');
      expect(typeHeader.closest('th')?.getAttribute('aria-sort')).to.equal('ascending');
      typeHeader.click();
      await el.updateComplete;
      expect(rows(el)[0]?.querySelector('[part~="type"]')?.textContent).to.equal('TXT');
    });
  });
});
