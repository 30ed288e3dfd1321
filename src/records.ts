/**
 * `@pocketdns/widget/records`: registers `<pocketdns-records>`.
 * @packageDocumentation
 */
export { PocketDnsRecordsElement } from './components/pocketdns-records/pocketdns-records.js';
export * from './events/index.js';
export { setMessages, LOCALES, type WidgetLocale } from './internal/i18n.js';
export type { FetchSession, WidgetSession } from './session/types.js';
