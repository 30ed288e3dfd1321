/** The session contract: what the partner's session endpoint (or `fetchSession`) gives. */
export interface WidgetSession {
  /** Short-lived bearer token for the Partner API calls. */
  token: string;
  /** When the token expires (ISO 8601). */
  expires_at: string;
  /** Where Partner API calls go (`{api_base}/api/v1/...`); relative to the session URL. */
  api_base: string;
  /** The signed-in customer. */
  user_identifier: string;
  /** PocketDNS's own embed for this customer. */
  login_url: string;
}

/** A function that fetches a session, for partners with their own auth (like Stripe's `fetchClientSecret`). */
export type FetchSession = () => WidgetSession | Promise<WidgetSession>;

/** Where a page's session stands. */
export type SessionStatus = 'idle' | 'loading' | 'ready' | 'signed-out' | 'offline' | 'error';
