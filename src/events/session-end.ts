import type { PocketDnsApiError } from '../api/errors.js';

/** `detail` of {@link PocketDnsSessionEndEvent}. */
export interface SessionEndDetail {
  /** The session endpoint's answer (status 401: the customer is signed out of the partner site). */
  error: PocketDnsApiError;
}

/** Fired by both elements when the partner's session endpoint says the customer is signed out. */
export class PocketDnsSessionEndEvent extends Event {
  /** The event's name. */
  static readonly eventName = 'pocketdns-session-end';
  /** Why. */
  readonly detail: SessionEndDetail;

  /** @param detail why the session ended */
  constructor(detail: SessionEndDetail) {
    super(PocketDnsSessionEndEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'pocketdns-session-end': PocketDnsSessionEndEvent;
  }
}
