// Filtering and sorting the records table: pure functions over records, so Node tests cover
// them and the element only asks for the rows it shows.
import type { DnsRecord } from '../../api/types.js';
import { toUnicodeName } from '../../dns/names.js';

/** Columns the table sorts by. */
export type SortKey = 'name' | 'type';

/** The table's sort. */
export interface RecordSort {
  /** The column. */
  key: SortKey;
  /** Z to A. */
  descending: boolean;
}

/** A record's name as people read it: `@` for the apex, IDN in Unicode. */
export function displayName(name: string): string {
  return name === '@' ? '@' : toUnicodeName(name);
}

const byName = (a: DnsRecord, b: DnsRecord): number =>
  a.name === b.name ? 0 : a.name === '@' ? -1 : b.name === '@' ? 1 : a.name < b.name ? -1 : 1;
const byType = (a: DnsRecord, b: DnsRecord): number => (a.type === b.type ? 0 : a.type < b.type ? -1 : 1);

/** Orders two records by `sort`, then by the other column: the apex first among names. */
export function compareRecords(a: DnsRecord, b: DnsRecord, sort: RecordSort): number {
  const [first, second] = sort.key === 'name' ? [byName, byType] : [byType, byName];
  return (sort.descending ? -1 : 1) * (first(a, b) || second(a, b));
}

/**
 * The filtered, sorted rows of a record list. Search keys (type, name in both forms, value,
 * lower-cased) are built once per record object and kept; the rows are recomputed only when
 * the list, the filter or the sort changes.
 */
export class RecordQuery {
  private readonly keys = new WeakMap<DnsRecord, string>();
  private cache: { records: readonly DnsRecord[]; filter: string; sort: string; rows: DnsRecord[] } | undefined;

  /** What a filter is matched against, for one record. */
  searchKey(record: DnsRecord): string {
    let key = this.keys.get(record);
    if (key === undefined) {
      key = `${record.type} ${record.name} ${displayName(record.name)} ${record.value}`.toLowerCase();
      this.keys.set(record, key);
    }
    return key;
  }

  /** The records that contain `filter` (case-insensitively, anywhere), sorted. */
  rows(records: readonly DnsRecord[], filter: string, sort: RecordSort): DnsRecord[] {
    const sortKey = `${sort.key}:${String(sort.descending)}`;
    const cache = this.cache;
    if (cache?.records === records && cache.filter === filter && cache.sort === sortKey) return cache.rows;
    const needle = filter.trim().toLowerCase();
    const rows = needle ? records.filter((r) => this.searchKey(r).includes(needle)) : [...records];
    rows.sort((a, b) => compareRecords(a, b, sort));
    this.cache = { records, filter, sort: sortKey, rows };
    return rows;
  }

  /**
   * Builds the search keys in idle time, a few milliseconds at a time, so the first keystroke
   * on a big zone is not the slow one. Stops when `wanted()` turns false (the list changed).
   */
  prepare(records: readonly DnsRecord[], wanted: () => boolean): void {
    // Safari (and Node) have no requestIdleCallback.
    const idle: (run: (deadline?: IdleDeadline) => void) => void =
      'requestIdleCallback' in globalThis ? (run) => requestIdleCallback(run) : (run) => setTimeout(run, 50);
    let index = 0;
    const step = (deadline?: IdleDeadline): void => {
      const until = performance.now() + 8;
      while (index < records.length && (deadline ? deadline.timeRemaining() > 1 : performance.now() < until)) {
        const record = records[index];
        if (record) this.searchKey(record);
        index += 1;
      }
      if (index < records.length && wanted()) idle(step);
    };
    idle(step);
  }
}
