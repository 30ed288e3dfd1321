import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { RecordSort, SortKey } from './record-query.js';

/** How the customer is looking at the table: filter, sort, values expanded. */
export class TableState implements ReactiveController {
  /** The filter as typed. */
  filter = '';
  /** The sort. */
  sort: RecordSort = { key: 'name', descending: false };
  /** Ids of records whose long value is shown whole. */
  expanded: ReadonlySet<string> = new Set();

  /** @param host re-rendered on every change */
  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Nothing to do on connect. */
  hostConnected(): void {}

  /** Filters the rows. */
  readonly setFilter = (filter: string): void => {
    this.filter = filter;
    this.host.requestUpdate();
  };

  /** Sorts by `key`, or turns the order round when already sorted by it. */
  readonly toggleSort = (key: SortKey): void => {
    this.sort = { key, descending: this.sort.key === key ? !this.sort.descending : false };
    this.host.requestUpdate();
  };

  /** Shows a long value whole, or clamps it again. */
  readonly toggleExpanded = (id: string): void => {
    const expanded = new Set(this.expanded);
    if (!expanded.delete(id)) expanded.add(id);
    this.expanded = expanded;
    this.host.requestUpdate();
  };

  /** Back to the start (another domain). */
  reset(): void {
    this.setFilter('');
  }
}
