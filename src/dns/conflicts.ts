import type { RecordType } from './types.js';

/** A record as `checkConflicts` sees it: what the zone holds, or the change being made. */
export interface ZoneRecord {
  /** Present for stored records; on the candidate, the id of the record being changed. */
  id?: string | undefined;
  /** Record type. */
  type: RecordType;
  /** Relative name, `@` for the apex. */
  name: string;
  /** Canonical value. */
  value: string;
  /** MX and SRV only. */
  priority?: number | null | undefined;
}

/** Which zone-level rule a change breaks. */
export type ConflictCode = 'cname-at-apex' | 'cname-not-alone' | 'name-has-cname' | 'duplicate';

/** One zone-level problem with adding or changing a record. */
export interface Conflict {
  /** Stable code, for partners' own handling. */
  code: ConflictCode;
  /** The form field the problem concerns. */
  field: 'type' | 'name' | 'value';
  /** A full sentence a customer understands. */
  message: string;
  /** The existing records that the candidate clashes with. */
  records: ZoneRecord[];
}

const canonicalName = (name: string): string => {
  const lower = name.trim().toLowerCase().replace(/\.$/, '');
  return lower === '' ? '@' : lower;
};

// TXT text is case-sensitive; every other value here is an address or a host name.
const canonicalValue = (record: ZoneRecord): string =>
  record.type === 'TXT' ? record.value : record.value.trim().toLowerCase().replace(/\.$/, '');

const shownName = (name: string): string => (name === '@' ? 'The apex (@)' : name);

/**
 * The zone-level problems of adding `candidate` to `existing` (or, when the candidate has the
 * id of an existing record, of changing that record into it): a CNAME at the apex, a CNAME
 * sharing its name with other records, a record added beside a CNAME, an exact duplicate.
 * An empty array means the change is fine. Both sides should be normalized by `validateRecord`.
 */
export function checkConflicts(existing: readonly ZoneRecord[], candidate: ZoneRecord): Conflict[] {
  const conflicts: Conflict[] = [];
  const name = canonicalName(candidate.name);
  const others = existing.filter(
    (record) => (candidate.id === undefined || record.id !== candidate.id) && canonicalName(record.name) === name,
  );

  if (candidate.type === 'CNAME' && name === '@') {
    conflicts.push({
      code: 'cname-at-apex',
      field: 'type',
      message:
        'A CNAME record cannot be at the apex (@): the domain’s own records, like NS and MX, must live there. Use an A or AAAA record instead.',
      records: [],
    });
  }

  if (candidate.type === 'CNAME') {
    const clashing = others;
    if (clashing.length > 0) {
      const types = [...new Set(clashing.map((r) => r.type))].join(', ');
      conflicts.push({
        code: 'cname-not-alone',
        field: 'name',
        message: `${shownName(name)} already has ${clashing.length === 1 ? 'a record' : `${clashing.length} records`} (${types}). A CNAME must be the only record at its name.`,
        records: clashing,
      });
    }
  } else {
    const cnames = others.filter((record) => record.type === 'CNAME');
    if (cnames.length > 0) {
      conflicts.push({
        code: 'name-has-cname',
        field: 'name',
        message: `${shownName(name)} has a CNAME record, so it cannot have other records. Change or delete the CNAME first.`,
        records: cnames,
      });
    }
  }

  const value = canonicalValue(candidate);
  const duplicates = others.filter(
    (record) =>
      record.type === candidate.type && canonicalValue(record) === value && (record.priority ?? null) === (candidate.priority ?? null),
  );
  if (duplicates.length > 0) {
    conflicts.push({
      code: 'duplicate',
      field: 'value',
      message: `An identical ${candidate.type} record for ${name} already exists.`,
      records: duplicates,
    });
  }
  return conflicts;
}
