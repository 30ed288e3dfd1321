/**
 * The DNS rules of PocketDNS: record types, names, values, TTLs and zone-level conflicts.
 * No DOM: the browser elements and the partner's server share this module.
 * @packageDocumentation
 */
export * from './types.js';
export { validateRecord, type ValidateOptions } from './validate.js';
export { checkConflicts, type Conflict, type ConflictCode, type ZoneRecord } from './conflicts.js';
export { fullName, normalizeZone, parseHostTarget, parseRecordName, toUnicodeName } from './names.js';
export { parsePriority, parseRecordType, parseRecordValue, parseTtl, splitTxtValue } from './values.js';
export { commonRecordSchema, recordSchema, recordTypeSchema, ttlSchema, type RecordSchemaOutput } from './schemas.js';
export { formatTtl, TTL_PRESETS } from './ttl.js';
export { lintRecords, lintCandidate, CANDIDATE_ID, type LintOptions, type LintCandidate } from './lint/lint.js';
export { LINT_CODES, type Finding, type LintCode, type LintSeverity, type LintRecord } from './lint/types.js';
export { revealInvisible, invisibleCharacters } from './lint/text.js';
export { displayName, type DisplayName, type HomographReason } from './lint/homograph.js';
export { HOSTED_SERVICES, hostedServiceOf, type HostedService } from './lint/hosted-services.js';
export * from './templates/index.js';
export { toZoneFile, quoteTxtString, DEFAULT_NAMESERVERS, type ZoneFileWriteOptions, type ZoneFileRecord } from './zonefile/write.js';
export {
  parseZoneFile,
  parseZoneTtl,
  formatZoneFileProblem,
  type ZoneFileParseOptions,
  type ZoneFileParseResult,
  type ZoneFileProblem,
  type ZoneFileProblemCode,
} from './zonefile/parse.js';
export { parseZoneFileChunked, type ZoneFileChunkedOptions } from './zonefile/chunked.js';
export { planZoneImport, CONFIRM_MIN_RECORDS, CONFIRM_RATIO, type ZoneImportOptions, type ZoneImportPlan } from './zonefile/plan.js';
