import { fixture, html } from '@open-wc/testing';
import type { DnsRecord } from '../../src/api/types.js';
import type { PocketDnsRecordsElement } from '../../src/components/pocketdns-records/pocketdns-records.js';
import type { Backend } from './backend.js';
import { button, field, rows, shadow, text, type, until } from './dom.js';

/** The demo domain most records tests use, and its record count in the seed. */
export const BAKERY = 'alicebakery.com';
const BAKERY_RECORDS = 18;

/** A `<pocketdns-records>` on alicebakery.com behind `backend`, once its 18 rows are shown. */
export async function mountBakery(backend: Backend): Promise<PocketDnsRecordsElement> {
  const el = await fixture<PocketDnsRecordsElement>(
    html`<pocketdns-records session-url="/pocketdns/session" domain-id=${backend.domainId(BAKERY)}></pocketdns-records>`,
  );
  await until(() => rows(el).length === BAKERY_RECORDS, 'records to load');
  return el;
}

/** What PocketDNS (the sandbox) holds for a domain now. */
export async function heldRecords(backend: Backend, domain = BAKERY): Promise<DnsRecord[]> {
  return (await backend.sandbox.snapshot()).records.filter((r) => r.domain_id === backend.domainId(domain));
}

/** A `<pocketdns-records>` on `domain` behind `backend` (view only with `readonly`), once its rows or its empty state show. */
export async function mountRecords(backend: Backend, domain = BAKERY, readonly = false): Promise<PocketDnsRecordsElement> {
  const id = backend.domainId(domain);
  const el = await fixture<PocketDnsRecordsElement>(
    readonly
      ? html`<pocketdns-records session-url="/pocketdns/session" domain-id=${id} readonly></pocketdns-records>`
      : html`<pocketdns-records session-url="/pocketdns/session" domain-id=${id}></pocketdns-records>`,
  );
  await until(() => rows(el).length > 0 || text(el).includes('No records yet'), 'records to load');
  return el;
}

/** Whether the element's dialog `id` (the record form's by default) is open. */
export const dialogOpen = (el: Element, id = 'editor'): boolean =>
  (shadow(el).getElementById(id) as HTMLDialogElement | null)?.open === true;

/** Presses Add record and waits for the form (it comes with the extras part). */
export async function openAdd(el: PocketDnsRecordsElement): Promise<void> {
  button(el, 'Add record').click();
  await until(() => dialogOpen(el), 'the form to open');
}

/** Fills the add form (type first: changing type resets the type-specific fields). */
export async function fill(el: PocketDnsRecordsElement, values: Record<string, string>): Promise<void> {
  for (const [label, value] of Object.entries(values)) {
    type(field(el, label), value);
    await el.updateComplete;
  }
}

/** Presses Save. */
export async function save(el: PocketDnsRecordsElement): Promise<void> {
  button(el, 'Save').click();
  await el.updateComplete;
}
