// The session contract: what `POST {session-url}` answers. The handler writes it and the
// elements read it, so it is one interface. No DOM, no Node.

/** What the partner's session endpoint (or a `fetchSession` function) gives the elements. */
export interface WidgetSession {
  /** Short-lived bearer token for `{api_base}/api/v1/...`. */
  token: string;
  /** When the token expires (ISO 8601). */
  expires_at: string;
  /** Where the elements send Partner API calls; a path, resolved against the session URL. */
  api_base: string;
  /** The signed-in customer. */
  user_identifier: string;
  /** PocketDNS's own embed for this customer, for what the widget does not cover. */
  login_url: string;
}

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * True for a `login_url` a page may link to: `https:`, or `http:` on this machine (a local
 * sandbox). Anything else (`javascript:`, `data:`, plain `http:` elsewhere) is refused, by the
 * handler before it answers and by the elements before they render a link.
 */
export function isSafeLoginUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  return url.protocol === 'https:' || (url.protocol === 'http:' && LOCAL_HOSTS.has(url.hostname));
}
