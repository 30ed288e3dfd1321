/**
 * `@pocketdns/widget/connect`: registers `<pocketdns-connect>`, which applies a Domain Connect
 * template with its plan shown first. The catalog of common services is
 * `@pocketdns/widget/templates`.
 * @packageDocumentation
 */
export { PocketDnsConnectElement } from './components/pocketdns-connect/pocketdns-connect.js';
export * from './events/index.js';
export { setMessages, LOCALES, type WidgetLocale } from './internal/i18n.js';
export type { FetchSession, WidgetSession } from './session/types.js';
