import type { DnsRecord } from '../api/types.js';
import type { ZoneImportPlan } from '../dns/zonefile/plan.js';

/** `detail` of {@link PocketDnsBeforeImportEvent}. */
export interface BeforeImportDetail {
  /** What the import will do: records to add, change and remove, and those left as they are. */
  plan: ZoneImportPlan<DnsRecord>;
}

/**
 * Fired by `<pocketdns-records>` when the customer presses Apply on a zone file import,
 * before anything is sent. Cancelable: `preventDefault()` stops the import.
 */
export class PocketDnsBeforeImportEvent extends Event {
  /** The event's name. */
  static readonly eventName = 'pocketdns-before-import';
  /** The plan about to be applied. */
  readonly detail: BeforeImportDetail;

  /** @param detail the plan */
  constructor(detail: BeforeImportDetail) {
    super(PocketDnsBeforeImportEvent.eventName, { bubbles: true, composed: true, cancelable: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'pocketdns-before-import': PocketDnsBeforeImportEvent;
  }
}
