import type { DnsRecord } from '../api/types.js';
import type { DomainConnectTemplate, TemplatePlan } from '../dns/templates/types.js';

/** `detail` of {@link PocketDnsBeforeConnectEvent}. */
export interface BeforeConnectDetail {
  /** The template about to be applied. */
  template: DomainConnectTemplate;
  /** What applying it will do, as shown to the customer. */
  plan: TemplatePlan<DnsRecord>;
  /** The domain it is applied to. */
  domainId: string;
}

/**
 * Fired by `<pocketdns-connect>` when the customer pressed Connect, before any record
 * changes. Cancelable: call `preventDefault()` to stop the connection.
 */
export class PocketDnsBeforeConnectEvent extends Event {
  /** The event's name. */
  static readonly eventName = 'pocketdns-before-connect';
  /** The template and its plan. */
  readonly detail: BeforeConnectDetail;

  /** @param detail the template and its plan */
  constructor(detail: BeforeConnectDetail) {
    super(PocketDnsBeforeConnectEvent.eventName, { bubbles: true, composed: true, cancelable: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'pocketdns-before-connect': PocketDnsBeforeConnectEvent;
  }
}
