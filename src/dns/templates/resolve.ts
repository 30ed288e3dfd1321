import { parseHostTarget, parseRecordName } from '../names.js';
import { parseRecordValue } from '../values.js';
import { LABEL_MAX_OCTETS, NAME_MAX_OCTETS, RECORD_TYPES, TTL_MAX, TTL_MIN, UINT16_MAX, type RecordType } from '../types.js';
import { recordLabel } from './check.js';
import { TemplateError } from './errors.js';
import { resolveOwner, resolveTarget, substitute, type SubstitutionContext } from './substitute.js';
import type { PlannedRecord, TemplateRecord } from './types.js';

/** A template record with its variables resolved and checked against the specification's rules. */
export type ResolvedRecord =
  | {
      kind: 'record';
      record: PlannedRecord;
      /** TXT: which existing TXT records it replaces. */
      txtMode: 'None' | 'All' | 'Prefix';
      txtPrefix: string;
      /** The TTL the template asked for, when it was outside what PocketDNS accepts. */
      requestedTtl: number | null;
    }
  | { kind: 'spfm'; name: string; rules: string; ttl: number | null; groupId: string | undefined };

/** SPFM records get this TTL when they create the SPF record and the template gives none. */
export const DEFAULT_TTL = 3600;

const TEMPLATE_TYPE_NAME = /^[A-Z][A-Z0-9-]*$/;
const SRV_PROTOCOLS = ['tcp', 'udp', 'tls'];
const SERVICE_LABEL = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/;
const SPEC_LABEL = /^[a-z0-9_]([a-z0-9_-]*[a-z0-9_])?$/;

/**
 * The record type of a template record, upper-case.
 * @throws TemplateError `UnsupportedType` for a type the specification allows but PocketDNS
 * cannot store (CAA, TYPE257, APEXCNAME, REDIR301…), `InvalidTemplate` for a non-type.
 */
export function templateType(record: TemplateRecord, index: number): RecordType | 'SPFM' {
  const type = record.type.trim().toUpperCase();
  if (type === 'SPFM' || (RECORD_TYPES as readonly string[]).includes(type)) return type as RecordType | 'SPFM';
  const label = recordLabel(record, index);
  if (!TEMPLATE_TYPE_NAME.test(type)) throw new TemplateError('InvalidTemplate', `${label}: “${record.type}” is not a record type.`);
  const group = record.groupId === undefined ? '' : ` It is in the group “${record.groupId}”: apply the template without that group.`;
  throw new TemplateError(
    'UnsupportedType',
    `${label}: PocketDNS cannot set ${type} records; it supports ${RECORD_TYPES.join(', ')} and SPFM.${group}`,
  );
}

/** A whole number from a template field (a number, or a string after substitution). */
function integer(raw: number | string, context: SubstitutionContext, where: string): number {
  const text = typeof raw === 'number' ? String(raw) : substitute(raw, context, where).trim();
  if (!/^\d+$/.test(text)) throw new TemplateError('InvalidData', `${where} must be a whole number, but is “${text}”.`);
  return Number(text);
}

function uint16(raw: number | string, context: SubstitutionContext, where: string): number {
  const value = integer(raw, context, where);
  if (value > UINT16_MAX) throw new TemplateError('InvalidData', `${where} must be at most ${UINT16_MAX}, but is ${value}.`);
  return value;
}

/** The DNS syntax the specification asks for: labels of letters, digits, `-` and `_`, within length limits. */
function isDnsName(name: string): boolean {
  if (name.length === 0 || name.length > NAME_MAX_OCTETS) return false;
  return name.split('.').every((label) => label.length <= LABEL_MAX_OCTETS && SPEC_LABEL.test(label));
}

/**
 * A host name a record points to, canonical where PocketDNS accepts it. One that only our
 * stricter rules refuse (a single label, say) is kept, so the plan shows it as blocked.
 */
function hostTarget(text: string, zone: string, where: string): string {
  const parsed = parseHostTarget(text, zone);
  if (parsed.ok) return parsed.value;
  if (isDnsName(text.toLowerCase())) return text.toLowerCase();
  throw new TemplateError('InvalidData', `${where} is “${text}”, which is not a valid host name: ${parsed.message}`);
}

function ownerName(raw: string, context: SubstitutionContext, where: string): string {
  const name = resolveOwner(raw, context, where);
  if (name === '@') return name;
  const parsed = parseRecordName(`${name}.${context.domain}.`, context.domain);
  if (!parsed.ok) throw new TemplateError('InvalidData', `${where} resolves to “${name}”, which is not a valid name: ${parsed.message}`);
  return parsed.value;
}

function address(type: 'A' | 'AAAA', raw: string, context: SubstitutionContext, where: string): string {
  const text = resolveTarget(raw, context, where);
  const parsed = parseRecordValue(text, type, context.domain);
  if (!parsed.ok) throw new TemplateError('InvalidData', `${where} is “${text}”: ${parsed.message}`);
  return parsed.value;
}

function srvOwner(record: TemplateRecord, context: SubstitutionContext, label: string): string {
  const strip = (text: string): string => text.trim().toLowerCase().replace(/^_/, '');
  const protocol = strip(substitute(record.protocol ?? '', context, `${label}, protocol,`));
  if (!SRV_PROTOCOLS.includes(protocol)) {
    throw new TemplateError('InvalidData', `${label}: the SRV protocol must be _tcp, _udp or _tls, not “${record.protocol ?? ''}”.`);
  }
  const service = strip(substitute(record.service ?? '', context, `${label}, service,`));
  if (!SERVICE_LABEL.test(service) || service.length > LABEL_MAX_OCTETS - 1) {
    throw new TemplateError('InvalidData', `${label}: “${record.service ?? ''}” is not a valid SRV service name, like _sip.`);
  }
  const name = ownerName(record.name ?? record.host ?? '', context, `${label}, name,`);
  return `_${service}._${protocol}${name === '@' ? '' : `.${name}`}`;
}

/**
 * Resolves one template record: substitutes its variables, resolves its names, and checks the
 * result against the specification's rules (addresses, host names, numbers). The TTL is
 * brought within PocketDNS's range, as the specification asks providers to do.
 * @throws TemplateError `InvalidData`, `MissingParameter`, `HostRequired` or `UnsupportedType`.
 */
export function resolveRecord(record: TemplateRecord, index: number, context: SubstitutionContext): ResolvedRecord {
  const type = templateType(record, index);
  const label = recordLabel(record, index);
  const groupId = record.groupId;
  if (type === 'SPFM') {
    const name = ownerName(record.host ?? '', context, `${label}, host,`);
    const rules = substitute(record.spfRules ?? '', context, `${label}, spfRules,`)
      .trim()
      .replace(/\s+/g, ' ');
    if (rules === '') throw new TemplateError('InvalidData', `${label}: the SPF rules are empty.`);
    const ttl = record.ttl === undefined ? null : integer(record.ttl, context, `${label}, ttl,`);
    return { kind: 'spfm', name, rules, ttl: ttl === null ? null : Math.min(TTL_MAX, Math.max(TTL_MIN, ttl)), groupId };
  }
  const name = type === 'SRV' ? srvOwner(record, context, label) : ownerName(record.host ?? '', context, `${label}, host,`);
  if ((type === 'CNAME' || type === 'NS') && name === '@') {
    if (context.host === '') {
      throw new TemplateError(
        'HostRequired',
        `${label} puts a ${type} record at the name the template is applied to, and it cannot be at the domain itself. Apply the template to a sub-domain (host), like www.`,
      );
    }
    throw new TemplateError('InvalidData', `${label}: a ${type} record cannot be at the domain itself (@).`);
  }
  let value: string;
  let priority: number | null = null;
  switch (type) {
    case 'A':
    case 'AAAA':
      value = address(type, record.pointsTo ?? '', context, `${label}, pointsTo,`);
      break;
    case 'CNAME':
    case 'NS':
    case 'MX':
      value = hostTarget(resolveTarget(record.pointsTo ?? '', context, `${label}, pointsTo,`), context.domain, `${label}, pointsTo,`);
      if (type === 'MX') priority = uint16(record.priority ?? '', context, `${label}, priority,`);
      break;
    case 'TXT':
      value = resolveTarget(record.data ?? '', context, `${label}, data,`);
      // resolveTarget trims and drops a final dot: TXT text must stay exactly as substituted.
      if (!['', '@'].includes((record.data ?? '').trim())) value = substitute(record.data ?? '', context, `${label}, data,`);
      break;
    case 'SRV': {
      const rawTarget = resolveTarget(record.target ?? '', context, `${label}, target,`);
      const target = rawTarget === '' ? '.' : hostTarget(rawTarget, context.domain, `${label}, target,`);
      const weight = uint16(record.weight ?? '', context, `${label}, weight,`);
      const port = uint16(record.port ?? '', context, `${label}, port,`);
      priority = uint16(record.priority ?? '', context, `${label}, priority,`);
      value = `${weight} ${port} ${target}`;
      break;
    }
  }
  const requested = integer(record.ttl ?? '', context, `${label}, ttl,`);
  const ttl = Math.min(TTL_MAX, Math.max(TTL_MIN, requested));
  const planned: PlannedRecord = { type, name, value, ttl, priority, ...(groupId === undefined ? {} : { groupId }) };
  return {
    kind: 'record',
    record: planned,
    txtMode: record.txtConflictMatchingMode ?? 'None',
    txtPrefix: record.txtConflictMatchingPrefix ?? '',
    requestedTtl: requested === ttl ? null : requested,
  };
}
