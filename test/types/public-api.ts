// Type-level tests of the public API: `npm run typecheck` compiles this file; each
// `@ts-expect-error` fails the build if the misuse below it ever starts to type-check.
import type {
  PocketDnsBeforeChangeEvent,
  PocketDnsDomainsElement,
  PocketDnsErrorEvent,
  PocketDnsRecordCreateEvent,
  PocketDnsRecordsElement,
  PocketDnsRecordUpdateEvent,
} from '../../src/index.js';

declare const page: Document;
/** Marks values as used. */
declare function use(...values: unknown[]): void;

// The element map gives each tag its class.
const records: PocketDnsRecordsElement | null = page.querySelector('pocketdns-records');
const domains: PocketDnsDomainsElement | null = page.querySelector('pocketdns-domains');
// @ts-expect-error: a records element is not a domains element
const wrong: PocketDnsDomainsElement | null = page.querySelector('pocketdns-records');

if (records && domains && wrong) {
  records.domainId = 'dom_1';
  records.readonly = true;
  // @ts-expect-error: readonly is a boolean
  records.readonly = 'yes';
  domains.selected = 'dom_1';
  // @ts-expect-error: theme is light, dark or auto
  domains.theme = 'purple';
}

// The event map types listeners on every element and on the document.
page.addEventListener('pocketdns-record-create', (event: PocketDnsRecordCreateEvent) => {
  const id: string = event.detail.record.id;
  // @ts-expect-error: create events carry no previous record
  use(event.detail.previous);
  use(id);
});
page.addEventListener('pocketdns-record-update', (event) => {
  // The previous record is always there on updates.
  const before: string = event.detail.previous.value;
  const after: string = event.detail.record.value;
  use(before, after);
  const typed: PocketDnsRecordUpdateEvent = event;
  use(typed);
});
page.addEventListener('pocketdns-before-change', (event: PocketDnsBeforeChangeEvent) => {
  const action: 'create' | 'update' | 'delete' = event.detail.action;
  use(action);
  event.preventDefault();
});
page.addEventListener('pocketdns-error', (event: PocketDnsErrorEvent) => {
  const status: number = event.detail.error.status;
  // @ts-expect-error: the error's code is one of the documented codes, not any string
  const code: 'teapot' = event.detail.error.code;
  use(status, code);
});
// @ts-expect-error: a domain-select listener receives a domain, not a record
page.addEventListener('pocketdns-domain-select', (event: PocketDnsRecordCreateEvent) => event);
