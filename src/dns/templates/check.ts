import { TemplateError } from './errors.js';
import { variablesOf } from './substitute.js';
import type { DomainConnectTemplate, TemplateRecord } from './types.js';

/** Required fields per record type, beyond `type` (the specification's table; TTL checked apart). */
const REQUIRED: Readonly<Record<string, readonly (keyof TemplateRecord)[]>> = {
  A: ['host', 'pointsTo'],
  AAAA: ['host', 'pointsTo'],
  CNAME: ['host', 'pointsTo'],
  NS: ['host', 'pointsTo'],
  MX: ['host', 'pointsTo', 'priority'],
  TXT: ['host', 'data'],
  SRV: ['name', 'target', 'priority', 'weight', 'port', 'protocol', 'service'],
  SPFM: ['host', 'spfRules'],
  // The specification's optional extensions, so that they fail as unsupported, not malformed.
  APEXCNAME: ['host', 'pointsTo'],
  REDIR301: ['host', 'target'],
  REDIR302: ['host', 'target'],
  NS1: ['pointsTo'],
  NS2: ['pointsTo'],
};

const NUMERIC_FIELDS = ['ttl', 'priority', 'weight', 'port'] as const;
const TEXT_FIELDS = ['host', 'name', 'pointsTo', 'data', 'target', 'protocol', 'service', 'spfRules'] as const;
const MATCHING_MODES = ['None', 'All', 'Prefix'];

/** How messages name a template record: its position, type and host. */
export function recordLabel(record: TemplateRecord, index: number): string {
  const type = typeof record.type === 'string' ? record.type.toUpperCase() : '?';
  const owner = record.host ?? record.name;
  return `Record ${index + 1} (${type}${typeof owner === 'string' ? ` ${owner === '' ? '@' : owner}` : ''})`;
}

function invalid(message: string): TemplateError {
  return new TemplateError('InvalidTemplate', message);
}

/** Checks one record's shape: the fields its type needs, their JSON types, the variable rules. */
function checkRecord(record: TemplateRecord, index: number): void {
  const label = recordLabel(record, index);
  const type = record.type.trim().toUpperCase();
  // SRV's owner is `name`; templates in the wild also use `host`, which we accept for it.
  const fields = REQUIRED[type] ?? ['host', 'data'];
  for (const field of fields) {
    const present = field === 'name' ? (record.name ?? record.host) !== undefined : record[field] !== undefined;
    if (!present) throw invalid(`${label} has no “${field}”, which a ${type} record needs.`);
  }
  if (type !== 'SPFM' && record.ttl === undefined) throw invalid(`${label} has no “ttl”.`);
  for (const field of TEXT_FIELDS) {
    const value: unknown = record[field];
    if (value !== undefined && typeof value !== 'string') throw invalid(`${label}: “${field}” must be a string.`);
    if (typeof value === 'string') variablesOf(value, `${label}, field “${field}”,`);
  }
  for (const field of NUMERIC_FIELDS) {
    const value: unknown = record[field];
    if (value === undefined || typeof value === 'number') continue;
    if (typeof value !== 'string') throw invalid(`${label}: “${field}” must be a number.`);
    // A variable here must be the whole value (no prefix, suffix or second variable).
    const names = variablesOf(value, `${label}, field “${field}”,`);
    if (names.length > 1 || (names.length === 1 && value.trim() !== `%${names[0] ?? ''}%`)) {
      throw invalid(`${label}: a variable in “${field}” must be its whole value, like "%${field}%".`);
    }
  }
  if (record.groupId !== undefined && (typeof record.groupId !== 'string' || record.groupId.includes('%'))) {
    throw invalid(`${label}: “groupId” must be a plain string without variables.`);
  }
  const mode: unknown = record.txtConflictMatchingMode;
  if (mode !== undefined && (typeof mode !== 'string' || !MATCHING_MODES.includes(mode))) {
    throw invalid(`${label}: “txtConflictMatchingMode” must be None, All or Prefix.`);
  }
  if (mode === 'Prefix') {
    const prefix: unknown = record.txtConflictMatchingPrefix;
    if (typeof prefix !== 'string' || prefix === '') throw invalid(`${label} uses Prefix matching but has no “txtConflictMatchingPrefix”.`);
    if (prefix.includes('%')) throw invalid(`${label}: “txtConflictMatchingPrefix” cannot contain variables.`);
  }
}

/**
 * Checks a template's shape before anything is applied: the identifying fields, a records
 * array, each record's required fields and variable syntax.
 * @throws TemplateError `InvalidTemplate` naming the field at fault.
 */
export function checkTemplate(template: DomainConnectTemplate): void {
  const given: unknown = template;
  if (typeof given !== 'object' || given === null) throw invalid('The template must be an object.');
  for (const field of ['providerId', 'providerName', 'serviceId', 'serviceName'] as const) {
    const value: unknown = template[field];
    if (typeof value !== 'string' || value.trim() === '') throw invalid(`The template has no “${field}”.`);
  }
  const records: unknown = template.records;
  if (!Array.isArray(records)) throw invalid(`The template ${template.providerId}/${template.serviceId} has no “records” list.`);
  for (const [index, record] of template.records.entries()) {
    const item: unknown = record;
    if (typeof item !== 'object' || item === null) throw invalid(`Record ${index + 1} must be an object.`);
    const type: unknown = record.type;
    if (typeof type !== 'string' || type.trim() === '') throw invalid(`Record ${index + 1} has no “type”.`);
    checkRecord(record, index);
  }
}
