import { css } from 'lit';

/** Styles of `<pocketdns-records>`. */
export const recordsStyles = css`
  .toolbar .tools {
    flex: 1 1 auto;
    justify-content: flex-end;
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: end;
  }
  .filter {
    min-width: min(16rem, 100%);
  }
  .count {
    font-size: 0.85rem;
    color: var(--_muted);
  }
  .table-wrap {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow: auto;
    overflow-anchor: none;
    max-height: var(--pocketdns-records-max-height, none);
  }
  /* Rows are grids with the same columns, so one line each and aligned without table layout
     (which would measure every row). Widths fit 640 px with Health and Edit. */
  table {
    display: block;
    width: 100%;
    --_cols-health: ;
    --_cols-actions: 3.75rem;
  }
  table.with-health {
    --_cols-health: 4.75rem;
  }
  table.with-edit {
    --_cols-actions: 10.25rem;
  }
  thead {
    display: block;
    position: sticky;
    top: 0;
    z-index: 2;
    background: var(--_bg-subtle);
  }
  tbody {
    display: block;
    position: relative;
    box-sizing: border-box;
    overflow-anchor: none;
  }
  tr {
    display: grid;
    grid-template-columns:
      4rem minmax(5rem, 1.2fr) minmax(4rem, 3fr) 4.5rem 4.5rem var(--_cols-health)
      minmax(var(--_cols-actions), max-content);
    align-items: center;
    border-bottom: 1px solid var(--_border);
    box-sizing: border-box;
  }
  tr[hidden] {
    display: none;
  }
  tr.row {
    height: 2.5rem;
    background: var(--_bg);
    scroll-margin-top: 2.5rem;
  }
  tr.row.tall {
    height: auto;
    align-items: start;
  }
  tr.row.detached {
    position: absolute;
    inset-block-start: 0;
    inset-inline: 0;
  }
  tr.row:focus {
    outline: 2px solid var(--_focus);
    outline-offset: -2px;
  }
  tr.row.highlight {
    background: var(--_success-bg);
  }
  th,
  td {
    text-align: start;
    padding: 0 0.4rem;
    min-width: 0;
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
  }
  tr.tall td {
    padding-block: 0.45rem;
  }
  th {
    overflow: visible;
    padding-block: 0.45rem;
    font-size: 0.85rem;
    font-weight: 600;
    color: var(--_muted);
  }
  th button.sort {
    border: none;
    background: none;
    padding: 0;
    min-height: 0;
    font-weight: 600;
    color: inherit;
  }
  th button.sort::after {
    content: ' ↕';
    opacity: 0.5;
  }
  th[aria-sort='ascending'] button.sort::after {
    content: ' ↑';
    opacity: 1;
  }
  th[aria-sort='descending'] button.sort::after {
    content: ' ↓';
    opacity: 1;
  }
  tr.pending {
    opacity: 0.65;
  }
  .type {
    display: inline-block;
    min-width: 2.9rem;
    padding: 0.05rem 0.35rem;
    border-radius: 4px;
    background: var(--_bg-subtle);
    font-family: var(--_mono);
    font-size: 0.8rem;
    font-weight: 600;
    text-align: center;
  }
  .name,
  .value {
    font-family: var(--_mono);
    font-size: 0.875rem;
  }
  /* DNS data reads left to right in every language (an IPv6 address must not reorder in
     Arabic), and still sits at the start of its cell. */
  .name,
  .value,
  .punycode {
    direction: ltr;
    unicode-bidi: isolate;
  }
  .value-cell .value:dir(rtl),
  td.name-cell:dir(rtl) {
    text-align: end;
  }
  /* A long name is cut at its end (…), not its start, in Arabic too. */
  td.name-cell {
    direction: ltr;
  }
  .value-cell {
    display: flex;
    gap: 0.5rem;
    align-items: center;
  }
  .value-cell .value {
    flex: 1 1 auto;
    min-width: 0;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  tr.tall .value-cell {
    align-items: start;
  }
  tr.tall .value {
    white-space: normal;
    overflow-wrap: anywhere;
  }
  tr.tall .name-cell {
    white-space: normal;
    overflow-wrap: anywhere;
  }
  .small {
    flex: none;
    min-height: 1.75rem;
    padding: 0.1rem 0.4rem;
    font-size: 0.8rem;
  }
  .actions {
    display: flex;
    gap: 0.3rem;
    justify-content: flex-end;
  }
  /* The header's invisible copy of the row buttons sizes the actions column (records-table.ts);
     the spans take a button's box: border, padding and font. */
  .sizer {
    visibility: hidden;
    font-weight: normal;
    height: 0;
    overflow: hidden;
  }
  .sizer .small {
    border: 1px solid transparent;
    white-space: nowrap;
  }
  .saving {
    font-size: 0.8rem;
    color: var(--_muted);
  }
  .punycode {
    font-family: var(--_mono);
    font-size: 0.8rem;
    color: var(--_muted);
  }
  /* Narrow: each record a card of fixed height (name and type, value, TTL with the buttons). */
  @container (max-width: 640px) {
    thead tr {
      display: flex;
      gap: calc(var(--_space) * 2);
      padding: 0 0.25rem;
    }
    thead th:not(.sortable) {
      display: none;
    }
    tr.row {
      height: 6.5rem;
      grid-template-columns: auto minmax(0, 1fr) auto auto;
      grid-template-areas:
        'type name name health'
        'value value value value'
        'ttl priority actions actions';
      align-content: center;
      row-gap: 0.2rem;
      padding: 0.35rem 0.25rem;
    }
    td.type-cell {
      grid-area: type;
    }
    td.name-cell {
      grid-area: name;
    }
    td.value-cell {
      grid-area: value;
    }
    td.ttl {
      grid-area: ttl;
    }
    td.priority {
      grid-area: priority;
    }
    td.priority.none {
      display: none;
    }
    td.health {
      grid-area: health;
    }
    td.actions {
      grid-area: actions;
    }
    td.ttl::before,
    td.priority::before {
      content: attr(data-label) ' ';
      font-size: 0.8rem;
      color: var(--_muted);
      font-weight: 600;
    }
  }
`;
