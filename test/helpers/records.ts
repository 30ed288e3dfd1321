import { fixture, html } from '@open-wc/testing';
import type { DnsRecord } from '../../src/api/types.js';
import type { PocketDnsRecordsElement } from '../../src/components/pocketdns-records/pocketdns-records.js';
import type { Backend } from './backend.js';
import { rows, until } from './dom.js';

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
