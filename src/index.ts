/**
 * `@pocketdns/widget`: registers `<pocketdns-domains>` and `<pocketdns-records>`, and exports
 * their classes, events, the session layer, the typed Partner API client and the DNS rules.
 * @packageDocumentation
 */
export { PocketDnsDomainsElement } from './components/pocketdns-domains/pocketdns-domains.js';
export { PocketDnsRecordsElement } from './components/pocketdns-records/pocketdns-records.js';
export * from './events/index.js';
export {
  SessionManager,
  sessionFor,
  type SessionState,
  type FetchSession,
  type SessionStatus,
  type WidgetSession,
} from './session/index.js';
export * from './api/index.js';
export * from './dns/index.js';
