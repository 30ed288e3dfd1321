import type { DnsRecord } from '../../api/types.js';
import { checkConflicts } from '../../dns/conflicts.js';
import type { RecordType } from '../../dns/types.js';

/** A record to create: the planners' `PlannedRecord` and `NormalizedRecord` both fit. */
export interface NewRecord {
  /** Record type. */
  type: RecordType;
  /** Relative name, `@` for the apex. */
  name: string;
  /** Canonical value. */
  value: string;
  /** Time to live in seconds. */
  ttl: number;
  /** MX and SRV only. */
  priority?: number | null | undefined;
}

/**
 * What the apply engine runs: the common core of `planTemplate`'s and `planZoneImport`'s
 * plans (with the zone's records as the API gave them, ids included).
 */
export interface ApplicablePlan {
  /** Records to create. */
  readonly add: readonly NewRecord[];
  /** Zone records to delete. */
  readonly remove: readonly DnsRecord[];
  /** Zone records to rewrite in place. */
  readonly change: readonly { readonly from: DnsRecord; readonly to: NewRecord }[];
}

/** One request of an apply. */
export type ApplyStep =
  | { readonly kind: 'add'; readonly record: NewRecord }
  | { readonly kind: 'remove'; readonly record: DnsRecord }
  | { readonly kind: 'change'; readonly from: DnsRecord; readonly to: NewRecord };

/** The name as `checkConflicts` compares it. */
const nameKey = (name: string): string => name.trim().toLowerCase().replace(/\.$/, '') || '@';

/** Does `removal` have to go before `incoming` may exist (a CNAME beside it, or an exact duplicate)? */
const blocks = (removal: DnsRecord, incoming: NewRecord): boolean =>
  checkConflicts([removal], incoming).some((conflict) => conflict.records.includes(removal));

/**
 * Orders a plan into phases whose steps may run in any order (or together), each phase after
 * the one before:
 * 1. removals that a new or changed record conflicts with (PocketDNS refuses a CNAME beside
 *    other records, or another record beside a CNAME), so every later step is legal;
 * 2. changes (in place, same name and type: never a conflict);
 * 3. additions;
 * 4. the other removals, last, so the new records already answer when the old ones go (an
 *    A record replaced by another A keeps the site reachable throughout).
 * Every intermediate zone is one PocketDNS accepts, provided the plan's end state is.
 */
export function orderSteps(plan: ApplicablePlan): ApplyStep[][] {
  // Conflicts are between records of one name: index the incoming records by name, so a
  // 10,000-record import is not checked pair by pair.
  const incoming = new Map<string, NewRecord[]>();
  for (const record of [...plan.add, ...plan.change.map((c) => c.to)]) {
    const key = nameKey(record.name);
    incoming.set(key, [...(incoming.get(key) ?? []), record]);
  }
  const early: ApplyStep[] = [];
  const late: ApplyStep[] = [];
  for (const record of plan.remove) {
    const rivals = incoming.get(nameKey(record.name)) ?? [];
    (rivals.some((next) => blocks(record, next)) ? early : late).push({ kind: 'remove', record });
  }
  const phases: ApplyStep[][] = [
    early,
    plan.change.map(({ from, to }): ApplyStep => ({ kind: 'change', from, to })),
    plan.add.map((record): ApplyStep => ({ kind: 'add', record })),
    late,
  ];
  return phases.filter((phase) => phase.length > 0);
}

const shownName = (name: string): string => (name === '@' ? 'the domain itself (@)' : name);

/** `the A record for www (192.0.2.1)`: a record in words. */
export function describeRecord(record: NewRecord): string {
  return `the ${record.type} record for ${shownName(record.name)} (${record.value})`;
}

/** `adding the A record for www (192.0.2.1)`: a step in words, lower-case to fit in a sentence. */
export function describeStep(step: ApplyStep): string {
  switch (step.kind) {
    case 'add':
      return `adding ${describeRecord(step.record)}`;
    case 'remove':
      return `removing ${describeRecord(step.record)}`;
    case 'change':
      return `changing ${describeRecord(step.from)} to ${step.to.value}${step.to.ttl === step.from.ttl ? '' : ` (TTL ${step.to.ttl})`}`;
  }
}
