import type { DnsRecord } from '../api/types.js';

/** `detail` of {@link PocketDnsImportEvent}. */
export interface ImportDetail {
  /** Records PocketDNS created. */
  added: DnsRecord[];
  /** Records PocketDNS changed, before and after. */
  changed: { from: DnsRecord; to: DnsRecord }[];
  /** Records PocketDNS deleted, as they were. */
  removed: DnsRecord[];
}

/** Fired by `<pocketdns-records>` after a zone file import was applied in full. */
export class PocketDnsImportEvent extends Event {
  /** The event's name. */
  static readonly eventName = 'pocketdns-import';
  /** What the import did. */
  readonly detail: ImportDetail;

  /** @param detail what changed */
  constructor(detail: ImportDetail) {
    super(PocketDnsImportEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'pocketdns-import': PocketDnsImportEvent;
  }
}
