import type { Domain } from '../api/types.js';

/** `detail` of {@link PocketDnsDomainSelectEvent}. */
export interface DomainSelectDetail {
  /** The domain the customer selected. */
  domain: Domain;
}

/** Fired by `<pocketdns-domains>` when the customer selects a domain. */
export class PocketDnsDomainSelectEvent extends Event {
  /** The event's name. */
  static readonly eventName = 'pocketdns-domain-select';
  /** What was selected. */
  readonly detail: DomainSelectDetail;

  /** @param detail the selected domain */
  constructor(detail: DomainSelectDetail) {
    super(PocketDnsDomainSelectEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'pocketdns-domain-select': PocketDnsDomainSelectEvent;
  }
}
