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
    max-height: var(--pocketdns-records-max-height, none);
  }
  table {
    width: 100%;
    border-collapse: collapse;
    table-layout: auto;
  }
  th,
  td {
    text-align: left;
    vertical-align: top;
    padding: 0.55rem 0.75rem;
    border-bottom: 1px solid var(--_border);
  }
  tbody tr:last-child td {
    border-bottom: none;
  }
  th {
    white-space: nowrap;
    position: sticky;
    top: 0;
    background: var(--_bg-subtle);
    font-size: 0.85rem;
    font-weight: 600;
    color: var(--_muted);
    z-index: 1;
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
    min-width: 3.2rem;
    padding: 0.05rem 0.45rem;
    border-radius: 4px;
    background: var(--_bg-subtle);
    font-family: var(--_mono);
    font-size: 0.8rem;
    font-weight: 600;
    text-align: center;
  }
  td.ttl {
    white-space: nowrap;
  }
  td.name-cell {
    min-width: 7rem;
  }
  .name,
  .value {
    font-family: var(--_mono);
    font-size: 0.875rem;
    overflow-wrap: anywhere;
    word-break: break-word;
  }
  .value.clamped {
    display: -webkit-box;
    -webkit-line-clamp: 2;
    -webkit-box-orient: vertical;
    overflow: hidden;
  }
  .value-cell {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.5rem;
    align-items: start;
  }
  .value-cell .value {
    flex: 1 1 12rem;
    min-width: 0;
  }
  .small {
    min-height: 1.75rem;
    padding: 0.1rem 0.5rem;
    font-size: 0.8rem;
  }
  .actions {
    white-space: nowrap;
    text-align: right;
  }
  .actions button + button {
    margin-left: 0.35rem;
  }
  .saving {
    font-size: 0.8rem;
    color: var(--_muted);
  }
  .health-cell {
    display: flex;
    gap: 0.25rem;
    align-items: center;
  }
  td.health .propagation {
    margin-top: 0.25rem;
    max-width: 9rem;
    border-radius: 4px;
  }
  .health-badge {
    white-space: nowrap;
  }
  button.disclosure {
    min-width: 1.75rem;
    padding: 0.1rem 0.3rem;
  }
  .health-badge,
  .propagation {
    display: inline-block;
    padding: 0.05rem 0.45rem;
    border-radius: 999px;
    border: 1px solid currentColor;
    font-size: 0.78rem;
    font-weight: 600;
  }
  .health-badge.error {
    color: var(--_danger);
    background: var(--_danger-bg);
  }
  .health-badge.warning {
    color: var(--_warning);
    background: var(--_warning-bg);
  }
  .health-badge.info,
  .propagation {
    color: var(--_muted);
  }
  .propagation.live {
    color: var(--_success);
    background: var(--_success-bg);
  }
  .propagation.updating,
  .propagation.not-visible {
    color: var(--_warning);
  }
  .punycode {
    font-family: var(--_mono);
    font-size: 0.8rem;
    color: var(--_muted);
  }
  tr.details-row td {
    background: var(--_bg-subtle);
  }
  .details {
    display: grid;
    gap: 0.4rem;
    font-size: 0.875rem;
  }
  .details p {
    margin: 0;
  }
  .findings {
    margin: 0;
    padding: 0;
    list-style: none;
    display: grid;
    gap: 0.4rem;
  }
  .finding .severity {
    font-weight: 600;
  }
  .finding.error .severity {
    color: var(--_danger);
  }
  .finding.warning .severity {
    color: var(--_warning);
  }
  .finding .fix {
    display: block;
  }
  .finding .code {
    font-family: var(--_mono);
    font-size: 0.75rem;
    color: var(--_muted);
  }
  .muted {
    color: var(--_muted);
  }
  button.problems[aria-pressed='true'] {
    border-color: var(--_warning);
    background: var(--_warning-bg);
  }
  .more {
    display: flex;
    justify-content: center;
    padding: var(--_space);
  }
  @container (max-width: 640px) {
    table,
    thead,
    tbody,
    tr,
    th,
    td {
      display: block;
    }
    thead tr {
      display: flex;
      gap: calc(var(--_space) * 2);
      padding: 0.5rem 0.75rem;
      background: var(--_bg-subtle);
    }
    thead th {
      padding: 0;
      border: none;
      position: static;
    }
    thead th:not(.sortable) {
      display: none;
    }
    tbody tr {
      border-bottom: 1px solid var(--_border);
      padding: 0.5rem 0.25rem;
    }
    td {
      border: none;
      padding: 0.2rem 0.6rem;
      display: grid;
      grid-template-columns: 5.5rem 1fr;
      gap: 0.5rem;
    }
    td::before {
      content: attr(data-label);
      font-size: 0.8rem;
      color: var(--_muted);
      font-weight: 600;
    }
    td {
      justify-items: start;
    }
    td.actions {
      display: flex;
      gap: var(--_space);
      justify-content: flex-end;
      padding-top: 0.4rem;
    }
    td.actions::before,
    tr.details-row td::before {
      content: none;
    }
    tr.details-row td {
      display: block;
    }
    .actions button + button {
      margin-left: 0;
    }
  }
`;
