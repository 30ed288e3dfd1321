/**
 * `@pocketdns/widget`: registers `<pocketdns-domains>` and `<pocketdns-records>`, and exports
 * their classes, their events and the types partners handle (the session contract and the
 * error every failure becomes). The typed client is `@pocketdns/widget/api`; the DNS rules
 * are `@pocketdns/widget/dns`.
 * @packageDocumentation
 */
export { PocketDnsDomainsElement } from './components/pocketdns-domains/pocketdns-domains.js';
export { PocketDnsRecordsElement } from './components/pocketdns-records/pocketdns-records.js';
export * from './events/index.js';
export { setMessages, LOCALES, type WidgetLocale } from './internal/i18n.js';
export { PocketDnsApiError, type PocketDnsErrorCode, type ApiErrorField } from './api/errors.js';
export type { FetchSession, SessionStatus, WidgetSession } from './session/types.js';
