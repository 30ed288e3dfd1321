import type { NormalizedRecord } from '../types.js';
import type { ZoneFileRecord } from './write.js';

/** Options of {@link planZoneImport}. */
export interface ZoneImportOptions {
  /**
   * `merge` ("Add and update", the default choice): adds and updates, removes nothing.
   * `replace` ("Replace all records"): the zone ends up as the file says.
   */
  mode: 'merge' | 'replace';
}

/** What importing a zone file would do. Same core shape as the template planner's plan, so one apply engine runs both. */
export interface ZoneImportPlan<Z extends ZoneFileRecord> {
  /** Records to create. */
  add: NormalizedRecord[];
  /** Zone records rewritten in place: same name and type, another value, priority or TTL. */
  change: { from: Z; to: NormalizedRecord }[];
  /** Zone records to delete (the same objects that were passed in); always empty in `merge` mode. */
  remove: Z[];
  /** Records of the file already present exactly. */
  unchanged: NormalizedRecord[];
  /** Zone records the import leaves alone: in `merge` mode those the file does not mention, and apex NS in both modes. */
  kept: Z[];
  /** (changes + removals) / records in the zone now; 0 for an empty zone. */
  changeRatio: number;
  /** The customer must type the domain name to confirm: more than 30% of a zone of 10 or more records changes or goes. */
  needsConfirmation: boolean;
}

/** Zones smaller than this never need the typed confirmation. */
export const CONFIRM_MIN_RECORDS = 10;
/** Share of a zone changed or removed above which the typed confirmation is needed. */
export const CONFIRM_RATIO = 0.3;

const byPriorityThenValue = (a: ZoneFileRecord, b: ZoneFileRecord): number =>
  (a.priority ?? 0) - (b.priority ?? 0) || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0);

const sameRecord = (a: ZoneFileRecord, b: NormalizedRecord): boolean =>
  a.value === b.value && a.ttl === b.ttl && (a.priority ?? null) === b.priority;

/**
 * Plans importing `imported` (from `parseZoneFile`) into a zone that holds `current`.
 *
 * Records are matched within each name + type set (an RRset). In a set, a record of the file
 * first finds the zone record with the same value (`unchanged` if TTL and priority agree too,
 * else a `change`); the records left on both sides are then paired in order of priority and
 * value as `change`s (so `www A 192.0.2.1` → `www A 192.0.2.2` is one edit, not an add and a
 * remove), and what is still left is `add`ed (from the file) or, in `replace` mode only,
 * `remove`d (from the zone). Apex NS records are PocketDNS's and never removed.
 *
 * Both sides are expected in canonical form (`validateRecord`'s output, as the API stores
 * records), so values compare exactly; TXT text is case-sensitive.
 *
 * An apply engine should remove first, then change, then add, so a CNAME that replaces other
 * records at a name never coexists with them.
 */
export function planZoneImport<Z extends ZoneFileRecord>(
  current: readonly Z[],
  imported: readonly NormalizedRecord[],
  options: ZoneImportOptions,
): ZoneImportPlan<Z> {
  const plan: ZoneImportPlan<Z> = { add: [], change: [], remove: [], unchanged: [], kept: [], changeRatio: 0, needsConfirmation: false };
  const groups = new Map<string, { now: Z[]; next: NormalizedRecord[] }>();
  const group = (type: string, name: string) => {
    const key = `${type} ${name}`;
    let entry = groups.get(key);
    if (!entry) groups.set(key, (entry = { now: [], next: [] }));
    return entry;
  };
  for (const record of current) {
    if (record.type === 'NS' && record.name === '@') plan.kept.push(record);
    else group(record.type, record.name).now.push(record);
  }
  for (const record of imported) group(record.type, record.name).next.push(record);

  for (const { now, next } of groups.values()) {
    const leftNow = [...now];
    const leftNext: NormalizedRecord[] = [];
    for (const record of next) {
      const at = leftNow.findIndex((r) => r.value === record.value);
      const match = at === -1 ? undefined : leftNow.splice(at, 1)[0];
      if (!match) leftNext.push(record);
      else if (sameRecord(match, record)) plan.unchanged.push(record);
      else plan.change.push({ from: match, to: record });
    }
    leftNow.sort(byPriorityThenValue);
    leftNext.sort(byPriorityThenValue);
    const pairs = Math.min(leftNow.length, leftNext.length);
    for (let i = 0; i < pairs; i += 1) {
      const from = leftNow[i];
      const to = leftNext[i];
      if (from && to) plan.change.push({ from, to });
    }
    plan.add.push(...leftNext.slice(pairs));
    (options.mode === 'replace' ? plan.remove : plan.kept).push(...leftNow.slice(pairs));
  }
  plan.changeRatio = current.length === 0 ? 0 : (plan.change.length + plan.remove.length) / current.length;
  plan.needsConfirmation = current.length >= CONFIRM_MIN_RECORDS && plan.changeRatio > CONFIRM_RATIO;
  return plan;
}
