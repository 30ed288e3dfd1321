// The records table as templates: the header with sort buttons, the rows on screen (see
// table/virtual-table.ts), and the empty and no-match states. Row buttons carry `data-action`
// and are handled by one listener on the table body.
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { DnsRecord } from '../../api/types.js';
import { displayName as idnDisplay } from '../../dns/lint/homograph.js';
import { revealInvisible } from '../../dns/lint/text.js';
import { fullName, toUnicodeName } from '../../dns/names.js';
import { numberText, ttlText } from '../../internal/i18n-words.js';
import type { HealthView } from './health-hook.js';
import { displayName, type RecordSort, type SortKey } from './record-query.js';
import type { VirtualItem, VirtualTable, VirtualWindow } from './table/virtual-table.js';

/** Values longer than this offer "Show all" (shorter ones fit, or show whole in their title). */
const LONG_VALUE = 60;

/** What the table shows and what it calls. */
export interface TableView {
  /** The zone, normalized. */
  zone: string;
  /** Every record of the domain. */
  total: number;
  /** The filtered, sorted rows. */
  rows: readonly DnsRecord[];
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
  /** Windowing, focus and row actions. */
  virtual: VirtualTable;
  onSort: (key: SortKey) => void;
  onAdd: (event: Event) => void;
  onEdit: (record: DnsRecord, opener: HTMLElement) => void;
  onDelete: (record: DnsRecord, opener: HTMLElement) => void;
  onCopy: (record: DnsRecord) => void;
  onToggleExpanded: (id: string) => void;
  onClearFilter: () => void;
  /** Findings, propagation and row details; without it the table has no Health column. */
  health?: HealthView | undefined;
}

/** The fully qualified name of a record, as people read it. */
export function shownFullName(record: Pick<DnsRecord, 'name'>, zone: string): string {
  return toUnicodeName(record.name === '@' ? zone : fullName(record.name, zone));
}

/**
 * The row buttons again, invisible, in the header: rows are separate grids, so the actions
 * column is as wide as its widest content in every row only if the header holds the same
 * content. Translations ("Kopieren Bearbeiten Löschen") and partners' own wording then fit.
 */
function renderActionsSizer(canEdit: boolean): TemplateResult {
  return html`<span class="actions sizer" aria-hidden="true"
    ><span class="small">${msg('Copy', { id: 'table.copy' })}</span>${
      canEdit
        ? html`<span class="small">${msg('Edit', { id: 'table.edit' })}</span><span class="small">${msg('Delete', { id: 'table.delete' })}</span>`
        : nothing
    }</span
  >`;
}

function renderRow(view: TableView, win: VirtualWindow, { record, index, detached, hidden }: VirtualItem): TemplateResult {
  const { id } = record;
  const pending = view.pending.get(id);
  const long = record.value.length > LONG_VALUE;
  const expanded = long && view.expanded.has(id);
  const open = view.health?.detailsOpen.has(id) === true && !detached;
  const name = displayName(record.name);
  // A look-alike name shows its punycode beside it, as browsers do in the address bar.
  const idn = idnDisplay(record.name, view.zone);
  const label = `${record.type} ${name}`;
  // Only the focused row's controls are Tab stops; arrows move between rows.
  const tab = view.virtual.isFocusable(id) ? '0' : '-1';
  const classes = [
    'row',
    pending ? 'pending' : '',
    expanded || open ? 'tall' : '',
    detached ? 'detached' : '',
    view.virtual.highlightId === id ? 'highlight' : '',
  ].join(' ');
  const rowIndex = win.rowIndex(index);
  return html`<tr
      role="row"
      part="row"
      class=${classes}
      ?hidden=${hidden}
      data-id=${id}
      data-index=${index}
      aria-rowindex=${rowIndex}
      tabindex=${tab}
      aria-busy=${pending ? 'true' : 'false'}
    >
      <td role="cell" class="type-cell"><span class="type" part="type">${record.type}</span></td>
      <td role="cell" class="name-cell" title=${shownFullName(record, view.zone)}>
        <span class="name">${name}</span>${idn.showPunycode ? html` <span class="punycode" part="punycode">(${record.name})</span>` : nothing}
      </td>
      <td role="cell" class="value-cell">
        <span class="value" part="value" id="value-${id}" title=${record.value}>${revealInvisible(record.value)}</span>${
          long
            ? html`<button
              type="button"
              class="link small"
              data-action="expand"
              tabindex=${tab}
              aria-expanded=${expanded ? 'true' : 'false'}
              aria-controls="value-${id}"
            >
              ${expanded ? msg('Show less', { id: 'table.showLess' }) : msg('Show all', { id: 'table.showAll' })}
            </button>`
            : nothing
        }
      </td>
      <td role="cell" class="ttl" data-label=${msg('TTL', { id: 'table.ttl' })} title=${msg(str`${numberText(record.ttl)} seconds`, { id: 'table.ttlSeconds' })}>
        ${ttlText(record.ttl)}
      </td>
      <td role="cell" class="priority ${record.priority == null ? 'none' : ''}" data-label=${msg('Priority', { id: 'table.priority' })}>
        ${record.priority == null ? html`<span aria-label=${msg('none', { id: 'table.none' })}>—</span>` : numberText(record.priority)}
      </td>
      ${view.health ? view.health.cell(record, label, tab) : nothing}
      <td role="cell" class="actions">
        <button type="button" class="small" data-action="copy" tabindex=${tab} aria-label=${msg(str`Copy value of ${label}`, { id: 'table.copyLabel' })}>
          ${msg('Copy', { id: 'table.copy' })}
        </button>${
          !view.canEdit
            ? nothing
            : pending
              ? html`<span class="saving">${pending}</span>`
              : html`<button type="button" class="small" data-action="edit" tabindex=${tab} aria-label=${msg(str`Edit ${label}`, { id: 'table.editLabel' })}>
                    ${msg('Edit', { id: 'table.edit' })}
                  </button
                  ><button type="button" class="small danger" data-action="delete" tabindex=${tab} aria-label=${msg(str`Delete ${label}`, { id: 'table.deleteLabel' })}>
                    ${msg('Delete', { id: 'table.delete' })}
                  </button>`
        }
      </td>
    </tr>
    ${view.health && open ? view.health.details(record, label, index, rowIndex + 1) : nothing}`;
}

function sortHeader(view: TableView, key: SortKey, label: string): TemplateResult {
  const sorted = view.sort.key === key ? (view.sort.descending ? 'descending' : 'ascending') : 'none';
  return html`<th role="columnheader" scope="col" class="sortable" aria-sort=${sorted}>
    <button
      type="button"
      class="sort"
      @click=${() => {
        view.onSort(key);
      }}
    >
      ${label}<span class="visually-hidden">${msg(', sort', { id: 'table.sortHint' })}</span>
    </button>
  </th>`;
}

/** Runs a row button's action. */
function dispatch(view: TableView, action: string, record: DnsRecord, opener: HTMLElement): void {
  if (action === 'copy') view.onCopy(record);
  else if (action === 'expand') view.onToggleExpanded(record.id);
  // The Edit button gives way to "Saving…" once saved: focus comes back to the row instead.
  else if (action === 'edit') view.onEdit(record, opener.closest<HTMLElement>('tr.row') ?? opener);
  else if (action === 'delete') view.onDelete(record, opener);
  else if (action === 'details') view.health?.onToggleDetails(record.id);
  else if (action === 'check') view.health?.onCheck(record);
}

/** The table, or the state that says why there are no rows. */
export function renderTable(view: TableView): TemplateResult {
  const { rows, virtual } = view;
  if (view.total === 0) {
    return html`<div class="state" part="state empty">
      <strong>${msg('No records yet', { id: 'table.empty' })}</strong>
      ${
        view.canEdit
          ? html`${msg(str`Use Add record to point ${toUnicodeName(view.zone)} at your website or email.`, { id: 'table.emptyHint' })}
              <div><button type="button" class="primary" @click=${view.onAdd}>${msg('Add record', { id: 'records.add' })}</button></div>`
          : msg('This domain has no DNS records.', { id: 'table.emptyReadOnly' })
      }
    </div>`;
  }
  if (rows.length === 0) {
    return html`<div class="state" part="state empty">
      <strong>${msg(str`No records match “${view.filter}”`, { id: 'table.noMatch' })}</strong>
      <button type="button" @click=${view.onClearFilter}>${msg('Clear filter', { id: 'table.clearFilter' })}</button>
    </div>`;
  }
  virtual.dispatch = (action, record, opener) => {
    dispatch(view, action, record, opener);
  };
  const details = view.health?.detailsOpen ?? new Set<string>();
  const tall = new Set([...view.expanded, ...details]);
  const win = virtual.window(rows, tall, details);
  const zone = toUnicodeName(view.zone);
  const columns = `table${view.health ? ' with-health' : ''}${view.canEdit ? ' with-edit' : ''}`;
  return html`<div class="table-wrap" role="region" aria-label=${msg(str`DNS records of ${zone}`, { id: 'table.label' })} tabindex="0" @scroll=${virtual.onScroll}>
    <table part="table" role="table" class=${columns} aria-rowcount=${win.rowCount}>
      <caption class="visually-hidden">
        ${msg(str`DNS records of ${zone}`, { id: 'table.label' })}
      </caption>
      <thead role="rowgroup">
        <tr role="row" aria-rowindex="1">
          ${sortHeader(view, 'type', msg('Type', { id: 'table.type' }))} ${sortHeader(view, 'name', msg('Name', { id: 'table.name' }))}
          <th role="columnheader" scope="col">${msg('Value', { id: 'table.value' })}</th>
          <th role="columnheader" scope="col">${msg('TTL', { id: 'table.ttl' })}</th>
          <th role="columnheader" scope="col">${msg('Priority', { id: 'table.priority' })}</th>
          ${view.health ? html`<th role="columnheader" scope="col">${msg('Health', { id: 'table.health' })}</th>` : nothing}
          <th role="columnheader" scope="col" class="actions-head">
            <span class="visually-hidden">${msg('Actions', { id: 'table.actions' })}</span>${renderActionsSizer(view.canEdit)}
          </th>
        </tr>
      </thead>
      <tbody role="rowgroup" class="rows" @click=${virtual.onClick} @keydown=${virtual.onKeyDown} @focusin=${virtual.onFocusIn}>
        ${repeat(
          win.items,
          (item) => item.slot,
          (item) => renderRow(view, win, item),
        )}
      </tbody>
    </table>
  </div>`;
}
