import type { RecordEventDetail } from './record-create.js';

/** Fired by `<pocketdns-records>` after PocketDNS deleted a record. */
export class PocketDnsRecordDeleteEvent extends Event {
  /** The event's name. */
  static readonly eventName = 'pocketdns-record-delete';
  /** The deleted record, as it was. */
  readonly detail: RecordEventDetail;

  /** @param detail the deleted record */
  constructor(detail: RecordEventDetail) {
    super(PocketDnsRecordDeleteEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'pocketdns-record-delete': PocketDnsRecordDeleteEvent;
  }
}
