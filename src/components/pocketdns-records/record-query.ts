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

/** How `sort` orders two records: by its column, then by the other one; the apex first among names. */
export function recordOrder(sort: RecordSort): (a: DnsRecord, b: DnsRecord) => number {
  const [first, second] = sort.key === 'name' ? [byName, byType] : [byType, byName];
  const sign = sort.descending ? -1 : 1;
  return (a, b) => sign * (first(a, b) || second(a, b));
}

/**
 * A list sorted one way; once a filter needs them, its search keys as one text (`\n` between)
 * with where each starts; and the rows found for the last filter.
 */
interface Sorted {
  records: readonly DnsRecord[];
  sort: string;
  rows: readonly DnsRecord[];
  text?: string;
  starts?: number[];
  needle?: string;
  found?: readonly DnsRecord[];
}

/**
 * The filtered, sorted rows of a record list. Search keys (type, name in both forms, value,
 * lower-cased) are built once per record object and kept. The list is sorted once per sort
 * (kept while the list and the sort stay the same), so a keystroke never sorts, and a filter is one
 * native `indexOf` scan of the sorted keys joined in one text, jumping from match to match.
 */
export class RecordQuery {
  private readonly keys = new WeakMap<DnsRecord, string>();
  private sorted: Sorted | undefined;

  /** What a filter is matched against, for one record. */
  searchKey(record: DnsRecord): string {
    let key = this.keys.get(record);
    if (key === undefined) {
      key = `${record.type} ${record.name} ${displayName(record.name)} ${record.value}`.toLowerCase();
      this.keys.set(record, key);
    }
    return key;
  }

  /** The records that contain `filter` (case-insensitively, anywhere), sorted. The array is shared: do not change it. */
  rows(records: readonly DnsRecord[], filter: string, sort: RecordSort): readonly DnsRecord[] {
    const sortKey = sort.key + String(sort.descending);
    // (The filter box holds no line break: the one character that could match across two records.)
    const needle = filter.trim().toLowerCase();
    let all = this.sorted;
    if (all?.records !== records || all.sort !== sortKey)
      all = this.sorted = { records, sort: sortKey, rows: [...records].sort(recordOrder(sort)) };
    if (all.needle !== needle) {
      all.found = needle ? this.scan(all, needle) : all.rows;
      all.needle = needle;
    }
    return all.found ?? all.rows;
  }

  /** The rows of `sorted` whose key contains `needle`. */
  private scan(sorted: Sorted, needle: string): DnsRecord[] {
    const { rows } = sorted;
    if (sorted.text === undefined || !sorted.starts) {
      const keys = rows.map((r) => this.searchKey(r));
      // The record at `i` runs from `starts[i]` to `starts[i + 1]` (one more start, past the end).
      const starts = [0];
      for (const key of keys) starts.push((starts.at(-1) ?? 0) + key.length + 1);
      sorted.text = keys.join('\n');
      sorted.starts = starts;
    }
    const { text, starts } = sorted;
    const out: DnsRecord[] = [];
    for (let i = 0, at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, starts[(i += 1)])) {
      while ((starts[i + 1] ?? Infinity) <= at) i += 1;
      out.push(rows[i] as DnsRecord);
    }
    return out;
  }

  /**
   * Builds the search keys in idle time, a few milliseconds at a time, so the first keystroke
   * on a big zone is not the slow one. Stops when `wanted()` turns false (the list changed).
   */
  prepare(records: readonly DnsRecord[], wanted: () => boolean): void {
    // Safari (and Node) have no requestIdleCallback.
    const idle = (run: () => void): unknown => ('requestIdleCallback' in globalThis ? requestIdleCallback(run) : setTimeout(run, 50));
    let index = 0;
    // 8 ms at a time, well inside what an idle period may last (50 ms).
    const step = (): void => {
      const until = performance.now() + 8;
      for (; index < records.length && performance.now() < until; index += 1) this.searchKey(records[index] as DnsRecord);
      if (index < records.length && wanted()) idle(step);
    };
    idle(step);
  }
}
