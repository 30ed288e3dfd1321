// What the first script knows of record health: the shapes the extras part fills in
// (health-parts.ts), and an empty Health cell until it has loaded (see extras-hook.ts). The
// findings, the "Is it live?" watch and their rendering live in the extras part: the first rows
// never wait for them, and the first script does not carry them.
import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { DnsRecord } from '../../api/types.js';
import type { Announcer } from '../../internal/announcer.js';
import type { RecordsController } from './records-controller.js';

/** What the table needs to show health: the cells and details rows come from the loaded part. */
export interface HealthView {
  /** Ids of rows whose details are open. */
  detailsOpen: ReadonlySet<string>;
  /** A row's Health cell; `tab` is the tabindex of its controls. */
  cell(record: DnsRecord, label: string, tab: '0' | '-1'): TemplateResult;
  /** The details row under a row whose details are open. */
  details(record: DnsRecord, label: string, index: number, rowIndex: number): TemplateResult;
  /** The customer opened or closed a row's details. */
  onToggleDetails(id: string): void;
  /** The customer asked whether a record is live. */
  onCheck(record: DnsRecord): void;
}

/** What the element gives: its records, its live region, and how to name a record. */
export interface HealthOptions {
  /** The loaded records (a new array on every change) and their zone. */
  records: Pick<RecordsController, 'records' | 'zone'>;
  /** Where the problems filter and Check say what they do. */
  announcer: Announcer;
  /** Names a record for people ("TXT record @"). */
  describe(record: DnsRecord): string;
}

/** What the loaded part gives the element (see health-parts.ts). */
export interface HealthParts {
  /** Whether the "problems only" filter is on. */
  readonly problemsOnly: boolean;
  /** The rows to show under the filter. */
  only(rows: readonly DnsRecord[]): readonly DnsRecord[];
  /** The toolbar's "N problems" toggle. */
  renderButton(): TemplateResult | typeof nothing;
  /** The table's health view. */
  view(): HealthView;
  /** Checks a record changed before the part was loaded. */
  check(record: DnsRecord): void;
  /** Forgets everything (another domain). */
  clear(): void;
}

const CLOSED: ReadonlySet<string> = new Set();

/** Before the part loads: an empty Health cell (the column keeps its place), no details. */
export const WAITING: HealthView = {
  detailsOpen: CLOSED,
  cell: () => html`<td role="cell" data-label=${msg('Health', { id: 'table.health' })} class="health"></td>`,
  details: () => html``,
  onToggleDetails: () => undefined,
  onCheck: () => undefined,
};
