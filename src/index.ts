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
// The record rules only: planTemplate (and the larger features after it) stay in
// `@pocketdns/widget/dns`, so the script tag, which bundles this entry whole, stays small.
export * from './dns/types.js';
export { validateRecord, type ValidateOptions } from './dns/validate.js';
export { checkConflicts, type Conflict, type ConflictCode, type ZoneRecord } from './dns/conflicts.js';
export { fullName, normalizeZone, parseHostTarget, parseRecordName, toUnicodeName } from './dns/names.js';
export { parsePriority, parseRecordType, parseRecordValue, parseTtl, splitTxtValue } from './dns/values.js';
export { commonRecordSchema, recordSchema, recordTypeSchema, ttlSchema, type RecordSchemaOutput } from './dns/schemas.js';
export { formatTtl, TTL_PRESETS } from './dns/ttl.js';
