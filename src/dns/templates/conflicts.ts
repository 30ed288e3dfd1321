import { parseRecordName } from '../names.js';
import { parseRecordType, parseRecordValue } from '../values.js';
import type { PlanNoteCode, PlannedRecord, TemplateZoneRecord } from './types.js';

/** A zone record with its name and value in canonical form, for comparisons. */
export interface ZoneEntry<Z> {
  /** The record as it was passed in. */
  source: Z;
  /** Upper-case type. */
  type: string;
  /** Canonical relative name, `@` for the apex. */
  name: string;
  /** Canonical value (the given one when it does not parse). */
  value: string;
  /** MX and SRV priority, else `null`. */
  priority: number | null;
}

/** One zone record a planned record takes the place of, and which rule says so. */
export interface Displacement<Z> {
  /** The zone record to remove. */
  entry: ZoneEntry<Z>;
  /** The rule. */
  code: PlanNoteCode;
}

/** How a TXT record of the template treats the TXT records already at its name. */
export interface TxtMatching {
  /** `None`: keeps them; `All`: replaces them; `Prefix`: replaces those starting with `prefix`. */
  mode: 'None' | 'All' | 'Prefix';
  /** For `Prefix`. */
  prefix: string;
}

/** Reads the zone into canonical entries, so names and values compare as DNS compares them. */
export function zoneEntries<Z extends TemplateZoneRecord>(zone: readonly Z[], domain: string): ZoneEntry<Z>[] {
  return zone.map((source) => {
    const name = parseRecordName(source.name, domain);
    const type = parseRecordType(source.type);
    const value = type.ok ? parseRecordValue(source.value, type.value, domain) : undefined;
    return {
      source,
      type: source.type.trim().toUpperCase(),
      name: name.ok ? name.value : source.name.trim().toLowerCase(),
      value: value?.ok ? value.value : source.value,
      priority: source.priority ?? null,
    };
  });
}

/** `name` is `parent` or lies below it (`www.shop` below `shop`, not `xshop`). */
export function atOrBelow(name: string, parent: string): boolean {
  return name === parent || name.endsWith(`.${parent}`);
}

/** The rule by which a planned record of type `type` replaces a zone record at the same name. */
function sameNameRule(planned: PlannedRecord, entry: ZoneEntry<unknown>, txt: TxtMatching): PlanNoteCode | null {
  if (planned.type === 'CNAME') return entry.type === 'NS' ? null : 'replaced-by-cname';
  // A CNAME must be alone at its name, so any other record the template sets there replaces it.
  if (entry.type === 'CNAME') return 'cname-removed';
  switch (planned.type) {
    case 'A':
    case 'AAAA':
      return entry.type === 'A' || entry.type === 'AAAA' ? 'address-replaced' : null;
    case 'MX':
      return entry.type === 'MX' ? 'mx-replaced' : null;
    case 'SRV':
      return entry.type === 'SRV' ? 'srv-replaced' : null;
    case 'TXT':
      if (entry.type !== 'TXT' || txt.mode === 'None') return null;
      if (txt.mode === 'All') return 'txt-all-match';
      return entry.value.startsWith(txt.prefix) ? 'txt-prefix-match' : null;
    case 'NS':
      return null;
  }
}

/**
 * The zone records a planned record replaces, by the specification's per-type rules:
 * - CNAME: every other record at its name (a CNAME must be alone there);
 * - A and AAAA: A, AAAA and CNAME records at its name;
 * - MX: MX and CNAME; SRV: SRV and CNAME; TXT: CNAME, and TXT as its matching mode says;
 * - NS: every record at its name and below it (the name is delegated away);
 * - any other type: NS records at its name or above it (short of the apex), whose delegation
 *   would hide the new record.
 */
export function displaced<Z>(planned: PlannedRecord, entries: readonly ZoneEntry<Z>[], txt: TxtMatching): Displacement<Z>[] {
  const out: Displacement<Z>[] = [];
  for (const entry of entries) {
    if (planned.type === 'NS') {
      if (atOrBelow(entry.name, planned.name)) out.push({ entry, code: 'ns-delegation' });
      continue;
    }
    if (entry.type === 'NS' && entry.name !== '@' && atOrBelow(planned.name, entry.name)) {
      out.push({ entry, code: 'ns-removed' });
      continue;
    }
    if (entry.name !== planned.name) continue;
    const code = sameNameRule(planned, entry, txt);
    if (code) out.push({ entry, code });
  }
  return out;
}
