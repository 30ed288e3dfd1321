// The records table as templates: the header with sort buttons, one row per record, and the
// empty and no-match states. The element passes what to show and what to call.
import { html, nothing, type TemplateResult } from 'lit';
import type { DnsRecord } from '../../api/types.js';
import { displayName as idnDisplay } from '../../dns/lint/homograph.js';
import { revealInvisible } from '../../dns/lint/text.js';
import { fullName, toUnicodeName } from '../../dns/names.js';
import { formatTtl } from '../../dns/ttl.js';
import { renderDetailsRow, renderHealthCell, type HealthView } from './record-health-views.js';
import { displayName, type RecordSort, type SortKey } from './record-query.js';

/** Rows rendered at first and per "Show more": enough to scroll, few enough to build in a frame or two. */
export const PAGE_SIZE = 100;
/** Values longer than this are clamped to two lines with a "Show all" toggle. */
const LONG_VALUE = 90;

/** What the table shows and what it calls. */
export interface TableView {
  /** The zone, normalized. */
  zone: string;
  /** Every record of the domain. */
  total: number;
  /** The filtered, sorted rows. */
  rows: readonly DnsRecord[];
  /** How many of them to render. */
  visible: number;
  /** The filter as typed. */
  filter: string;
  /** The sort. */
  sort: RecordSort;
  /** Whether rows offer Edit and Delete. */
  canEdit: boolean;
  /** Records with a change in flight, with what to show. */
  pending: ReadonlyMap<string, string>;
  /** Ids of records whose long value is shown whole. */
  expanded: ReadonlySet<string>;
  /** Formats a count for people. */
  formatNumber: (value: number) => string;
  onSort: (key: SortKey) => void;
  onAdd: (event: Event) => void;
  onEdit: (record: DnsRecord, event: Event) => void;
  onDelete: (record: DnsRecord, event: Event) => void;
  onCopy: (record: DnsRecord) => void;
  onToggleExpanded: (id: string) => void;
  onShowMore: () => void;
  onClearFilter: () => void;
  /** Findings, propagation and row details; without it the table has no Health column. */
  health?: HealthView | undefined;
}

/** The fully qualified name of a record, as people read it. */
export function shownFullName(record: Pick<DnsRecord, 'name'>, zone: string): string {
  return toUnicodeName(record.name === '@' ? zone : fullName(record.name, zone));
}

/** How many columns a row has (the details row spans them). */
const columnCount = (view: TableView): number => 5 + (view.health ? 1 : 0) + (view.canEdit ? 1 : 0);

function renderRow(view: TableView, record: DnsRecord): TemplateResult {
  const pending = view.pending.get(record.id);
  const long = record.value.length > LONG_VALUE;
  const expanded = view.expanded.has(record.id);
  const name = displayName(record.name);
  // A look-alike name shows its punycode beside it, as browsers do in the address bar.
  const idn = idnDisplay(record.name, view.zone);
  const label = `${record.type} ${name}`;
  return html`<tr part="row" class=${pending ? 'pending' : ''} aria-busy=${pending ? 'true' : 'false'}>
    <td data-label="Type"><span class="type" part="type">${record.type}</span></td>
    <td data-label="Name" class="name-cell">
      <span class="name" title=${shownFullName(record, view.zone)}>${name}</span>${
        idn.showPunycode ? html` <span class="punycode" part="punycode">(${record.name})</span>` : nothing
      }
    </td>
    <td data-label="Value">
      <div class="value-cell">
        <span class="value ${long && !expanded ? 'clamped' : ''}" part="value" id="value-${record.id}">${revealInvisible(record.value)}</span>
        ${
          long
            ? html`<button
              type="button"
              class="link small"
              aria-expanded=${expanded ? 'true' : 'false'}
              aria-controls="value-${record.id}"
              @click=${() => {
                view.onToggleExpanded(record.id);
              }}
            >
              ${expanded ? 'Show less' : 'Show all'}
            </button>`
            : nothing
        }
        <button
          type="button"
          class="small"
          aria-label="Copy value of ${record.type} ${name}"
          @click=${() => {
            view.onCopy(record);
          }}
        >
          Copy
        </button>
      </div>
    </td>
    <td data-label="TTL" class="ttl"><span title="${record.ttl} seconds">${formatTtl(record.ttl)}</span></td>
    <td data-label="Priority">${record.priority ?? html`<span aria-label="none">—</span>`}</td>
    ${view.health ? renderHealthCell(view.health, record, label) : nothing}
    ${
      view.canEdit
        ? html`<td class="actions" data-label="Actions">
          ${
            pending
              ? html`<span class="saving">${pending}</span>`
              : html`<button
                  type="button"
                  class="small"
                  aria-label="Edit ${record.type} ${name}"
                  @click=${(e: Event) => {
                    view.onEdit(record, e);
                  }}
                >
                  Edit</button
                ><button
                  type="button"
                  class="small danger"
                  aria-label="Delete ${record.type} ${name}"
                  @click=${(e: Event) => {
                    view.onDelete(record, e);
                  }}
                >
                  Delete
                </button>`
          }
        </td>`
        : nothing
    }
  </tr>
  ${view.health ? renderDetailsRow(view.health, record, label, columnCount(view)) : nothing}`;
}

function sortHeader(view: TableView, key: SortKey, label: string): TemplateResult {
  const sorted = view.sort.key === key ? (view.sort.descending ? 'descending' : 'ascending') : 'none';
  return html`<th scope="col" class="sortable" aria-sort=${sorted}>
    <button
      type="button"
      class="sort"
      @click=${() => {
        view.onSort(key);
      }}
    >
      ${label}<span class="visually-hidden">, sort</span>
    </button>
  </th>`;
}

/** The table, or the state that says why there are no rows. */
export function renderTable(view: TableView): TemplateResult {
  const { rows } = view;
  if (view.total === 0) {
    return html`<div class="state" part="state empty">
      <strong>No records yet</strong>
      ${
        view.canEdit
          ? html`Use <b>Add record</b> to point ${toUnicodeName(view.zone)} at your website or email.
            <div><button type="button" class="primary" @click=${view.onAdd}>Add record</button></div>`
          : 'This domain has no DNS records.'
      }
    </div>`;
  }
  if (rows.length === 0) {
    return html`<div class="state" part="state empty">
      <strong>No records match “${view.filter}”</strong>
      <button type="button" @click=${view.onClearFilter}>Clear filter</button>
    </div>`;
  }
  const shown = rows.slice(0, view.visible);
  return html`<div class="table-wrap">
      <table part="table" aria-rowcount=${rows.length + 1 + (view.health?.detailsOpen.size ?? 0)}>
        <caption class="visually-hidden">
          DNS records of ${toUnicodeName(view.zone)}
        </caption>
        <thead>
          <tr>
            ${sortHeader(view, 'type', 'Type')} ${sortHeader(view, 'name', 'Name')}
            <th scope="col">Value</th>
            <th scope="col">TTL</th>
            <th scope="col">Priority</th>
            ${view.health ? html`<th scope="col">Health</th>` : nothing}
            ${view.canEdit ? html`<th scope="col"><span class="visually-hidden">Actions</span></th>` : nothing}
          </tr>
        </thead>
        <tbody>
          ${shown.map((r) => renderRow(view, r))}
        </tbody>
      </table>
    </div>
    ${
      rows.length > shown.length
        ? html`<div class="more">
          <button type="button" @click=${view.onShowMore}>
            Show ${Math.min(PAGE_SIZE, rows.length - shown.length)} more (${view.formatNumber(shown.length)} of
            ${view.formatNumber(rows.length)} shown)
          </button>
        </div>`
        : nothing
    }`;
}
