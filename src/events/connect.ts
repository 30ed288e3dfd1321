import type { DnsRecord } from '../api/types.js';
import type { DomainConnectTemplate } from '../dns/templates/types.js';

/** `detail` of {@link PocketDnsConnectEvent}. */
export interface ConnectDetail {
  /** The template that was applied. */
  template: DomainConnectTemplate;
  /** The domain it was applied to. */
  domainId: string;
  /** Records created, as PocketDNS holds them. */
  added: DnsRecord[];
  /** Records deleted, as they were. */
  removed: DnsRecord[];
  /** Records rewritten in place: as they were, and as they are. */
  changed: { from: DnsRecord; to: DnsRecord }[];
}

/** Fired by `<pocketdns-connect>` after every record of the template was applied. */
export class PocketDnsConnectEvent extends Event {
  /** The event's name. */
  static readonly eventName = 'pocketdns-connect';
  /** What changed. */
  readonly detail: ConnectDetail;

  /** @param detail what changed */
  constructor(detail: ConnectDetail) {
    super(PocketDnsConnectEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'pocketdns-connect': PocketDnsConnectEvent;
  }
}
