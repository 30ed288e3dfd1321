/**
 * `@pocketdns/widget/domains`: registers `<pocketdns-domains>`.
 * @packageDocumentation
 */
export { PocketDnsDomainsElement } from './components/pocketdns-domains/pocketdns-domains.js';
export * from './events/index.js';
export { setMessages, LOCALES, type WidgetLocale } from './internal/i18n.js';
export type { FetchSession, WidgetSession } from './session/types.js';
