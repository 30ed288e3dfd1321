import type { DnsRecord } from '../api/types.js';

/** `detail` of the record events. */
export interface RecordEventDetail {
  /** The record as PocketDNS now has it (for delete: as it was). */
  record: DnsRecord;
  /** For updates: the record before the change. */
  previous?: DnsRecord | undefined;
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

/** Fired by `<pocketdns-records>` after PocketDNS changed a record. */
export class PocketDnsRecordUpdateEvent extends Event {
  /** The event's name. */
  static readonly eventName = 'pocketdns-record-update';
  /** The changed record and what it was. */
  readonly detail: RecordEventDetail;

  /** @param detail the changed record and the previous one */
  constructor(detail: RecordEventDetail) {
    super(PocketDnsRecordUpdateEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

/** Fired by `<pocketdns-records>` after PocketDNS deleted a record. */
export class PocketDnsRecordDeleteEvent extends Event {
  /** The event's name. */
  static readonly eventName = 'pocketdns-record-delete';
  /** The deleted record. */
  readonly detail: RecordEventDetail;

  /** @param detail the deleted record */
  constructor(detail: RecordEventDetail) {
    super(PocketDnsRecordDeleteEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'pocketdns-record-create': PocketDnsRecordCreateEvent;
    'pocketdns-record-update': PocketDnsRecordUpdateEvent;
    'pocketdns-record-delete': PocketDnsRecordDeleteEvent;
  }
}
