/** What changed a zone outside the record form. */
export type ZoneChangeCause = 'undo' | 'rollback' | 'import';

/** `detail` of {@link PocketDnsZoneChangeEvent}. */
export interface ZoneChangeDetail {
  /** The domain whose records changed. */
  domainId: string;
  /** What changed them: the undo of a connection, a failed apply put back (records re-created with new ids), an import. */
  cause: ZoneChangeCause;
}

/**
 * Fired after several records of a domain changed at once (the undo of a connection, a rollback,
 * an import), so every `<pocketdns-records>` showing that domain loads it again.
 */
export class PocketDnsZoneChangeEvent extends Event {
  /** The event's name. */
  static readonly eventName = 'pocketdns-zone-change';
  /** The domain and the cause. */
  readonly detail: ZoneChangeDetail;

  /** @param detail the domain and the cause */
  constructor(detail: ZoneChangeDetail) {
    super(PocketDnsZoneChangeEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'pocketdns-zone-change': PocketDnsZoneChangeEvent;
  }
}
