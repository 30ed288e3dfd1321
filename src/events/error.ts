import type { PocketDnsApiError } from '../api/errors.js';

/** `detail` of {@link PocketDnsErrorEvent}. */
export interface ErrorDetail {
  /** What failed. */
  error: PocketDnsApiError;
}

/** Fired by both elements when a request fails (the element also shows it). */
export class PocketDnsErrorEvent extends Event {
  /** The event's name. */
  static readonly eventName = 'pocketdns-error';
  /** The failure. */
  readonly detail: ErrorDetail;

  /** @param detail the failure */
  constructor(detail: ErrorDetail) {
    super(PocketDnsErrorEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'pocketdns-error': PocketDnsErrorEvent;
  }
}
