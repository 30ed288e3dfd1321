import type { DnsRecord } from '../api/types.js';
import type { NormalizedRecord } from '../dns/types.js';

/** What a change is about to do. */
export type ChangeAction = 'create' | 'update' | 'delete';

/** `detail` of {@link PocketDnsBeforeChangeEvent}. */
export interface BeforeChangeDetail {
  /** create, update or delete. */
  action: ChangeAction;
  /** The record as it will be (for delete: the record being deleted). */
  record: NormalizedRecord & { id?: string | undefined; domain_id: string };
  /** For update and delete: the record as it is now. */
  previous?: DnsRecord | undefined;
}

/**
 * Fired by `<pocketdns-records>` before any change is sent. Cancelable: call
 * `preventDefault()` to stop it, e.g. to protect records the partner manages.
 */
export class PocketDnsBeforeChangeEvent extends Event {
  /** The event's name. */
  static readonly eventName = 'pocketdns-before-change';
  /** The change about to be made. */
  readonly detail: BeforeChangeDetail;

  /** @param detail the change */
  constructor(detail: BeforeChangeDetail) {
    super(PocketDnsBeforeChangeEvent.eventName, { bubbles: true, composed: true, cancelable: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'pocketdns-before-change': PocketDnsBeforeChangeEvent;
  }
}
