import type { DnsRecord } from '../api/types.js';

/** `detail` of {@link PocketDnsRecordCreateEvent} and {@link PocketDnsRecordDeleteEvent}. */
export interface RecordEventDetail {
  /** The record as PocketDNS now has it (for delete: as it was). */
  record: DnsRecord;
}

/** Fired by `<pocketdns-records>` after PocketDNS created a record. */
export class PocketDnsRecordCreateEvent extends Event {
  /** The event's name. */
  static readonly eventName = 'pocketdns-record-create';
  /** The created record. */
  readonly detail: RecordEventDetail;

  /** @param detail the created record */
  constructor(detail: RecordEventDetail) {
    super(PocketDnsRecordCreateEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'pocketdns-record-create': PocketDnsRecordCreateEvent;
  }
}
