import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { PocketDnsErrorEvent } from '../events/error.js';
import { PocketDnsSessionEndEvent } from '../events/session-end.js';
import { connectionFor, type Connection } from '../session/connection.js';
import type { SessionState } from '../session/session-manager.js';
import type { FetchSession } from '../session/types.js';

/** An element that takes a session from `session-url` or `fetchSession`. */
export interface SessionHost extends ReactiveControllerHost, HTMLElement {
  /** The partner's session endpoint. */
  sessionUrl: string;
  /** Or a function returning the session. */
  fetchSession: FetchSession | undefined;
}

/**
 * Binds an element to the page's shared session for its endpoint, re-renders it when the
 * session changes, and fires `pocketdns-session-end` (signed out) or `pocketdns-error`
 * (unreachable) from that element when the session is lost.
 */
export class SessionController implements ReactiveController {
  /** The page's shared session, client and domain cache for the element's source, once it has one. */
  connection: Connection | undefined;
  /** The latest state. */
  state: SessionState = { status: 'idle' };
  private source: string | FetchSession | undefined;
  private unsubscribe: (() => void) | undefined;

  /** @param host the element */
  constructor(private readonly host: SessionHost) {
    host.addController(this);
  }

  /** Binds to the source on connect. */
  hostConnected(): void {
    this.bind();
  }

  /** Lets go of the session on disconnect. */
  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.source = undefined;
  }

  /** Re-binds when `session-url` or `fetchSession` changed. */
  hostUpdate(): void {
    this.bind();
  }

  /** Tries again after a lost session. */
  retry(): void {
    this.connection?.session.retry().catch(() => undefined);
  }

  private bind(): void {
    const source = this.host.fetchSession ?? (this.host.sessionUrl || undefined);
    if (source === this.source && this.unsubscribe) return;
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.source = source;
    if (source === undefined) {
      this.connection = undefined;
      this.state = { status: 'idle' };
      return;
    }
    const connection = connectionFor(source);
    this.connection = connection;
    const manager = connection.session;
    this.unsubscribe = manager.subscribe((state) => {
      const before = this.state.status;
      this.state = state;
      if (state.status !== before && state.error) {
        this.host.dispatchEvent(
          state.status === 'signed-out'
            ? new PocketDnsSessionEndEvent({ error: state.error })
            : new PocketDnsErrorEvent({ error: state.error }),
        );
      }
      this.host.requestUpdate();
    });
    if (manager.current.status === 'idle') manager.getSession().catch(() => undefined);
  }
}
