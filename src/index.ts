/**
 * `@pocketdns/widget`: the Partner API client and the DNS rules. The elements register from
 * this entry once they exist; until then it is the typed core they stand on.
 * @packageDocumentation
 */
export * from './api/index.js';
export * from './dns/index.js';
