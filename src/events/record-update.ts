import type { DnsRecord } from '../api/types.js';

/** `detail` of {@link PocketDnsRecordUpdateEvent}. */
export interface RecordUpdateDetail {
  /** The record as PocketDNS now has it. */
  record: DnsRecord;
  /** The record before the change. */
  previous: DnsRecord;
}

/** Fired by `<pocketdns-records>` after PocketDNS changed a record. */
export class PocketDnsRecordUpdateEvent extends Event {
  /** The event's name. */
  static readonly eventName = 'pocketdns-record-update';
  /** The changed record and what it was. */
  readonly detail: RecordUpdateDetail;

  /** @param detail the changed record and the previous one */
  constructor(detail: RecordUpdateDetail) {
    super(PocketDnsRecordUpdateEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'pocketdns-record-update': PocketDnsRecordUpdateEvent;
  }
}
