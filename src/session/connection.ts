import { createPocketDnsClient, type PocketDnsClient } from '../api/client.js';
import { DomainDetailsCache } from '../api/domain-cache.js';
import { SessionManager } from './session-manager.js';
import type { FetchSession } from './types.js';

/** What the elements on a page share for one session source: the session, the client that uses it, and the shared domain details. */
export interface Connection {
  /** The session. */
  readonly session: SessionManager;
  /** The Partner API client, addressed to the session's `api_base` at each call. */
  readonly client: PocketDnsClient;
  /** Domain details shared between elements for a few seconds. */
  readonly domains: DomainDetailsCache;
}

const registry = new Map<string | FetchSession, Connection>();

/** The page's one connection for an endpoint (its resolved URL) or a `fetchSession` function. */
export function connectionFor(source: string | FetchSession): Connection {
  const key = typeof source === 'string' ? new URL(source, globalThis.location.href).href : source;
  let connection = registry.get(key);
  if (!connection) {
    const session = new SessionManager(key);
    const client = createPocketDnsClient({ baseUrl: () => session.apiBase(), session });
    connection = { session, client, domains: new DomainDetailsCache(client) };
    registry.set(key, connection);
  }
  return connection;
}

/** The page's one session manager for a source (see {@link connectionFor}). */
export function sessionFor(source: string | FetchSession): SessionManager {
  return connectionFor(source).session;
}

/** Forgets every connection (for tests). */
export function resetSessions(): void {
  for (const connection of registry.values()) connection.session.dispose();
  registry.clear();
}
