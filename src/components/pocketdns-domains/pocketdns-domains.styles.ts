import { css } from 'lit';

/** Styles of `<pocketdns-domains>`. */
export const domainsStyles = css`
  .filter {
    min-width: min(18rem, 100%);
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow: hidden;
  }
  li + li {
    border-top: 1px solid var(--_border);
  }
  .domain {
    display: grid;
    grid-template-columns: minmax(10rem, 2fr) 6.5rem minmax(7rem, 1fr) 6rem 5rem;
    gap: var(--_space);
    align-items: center;
    width: 100%;
    text-align: start;
    border: none;
    border-radius: 0;
    padding: 0.65rem 0.9rem;
    background: var(--_bg);
  }
  .domain[aria-pressed='true'] {
    background: var(--_bg-subtle);
    box-shadow: inset 4px 0 0 var(--_primary);
  }
  .domain:focus-visible {
    outline-offset: -3px;
  }
  .name {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .meta {
    color: var(--_muted);
    font-size: 0.875rem;
  }
  .meta b {
    font-weight: 500;
    color: var(--_fg);
  }
  .meta.problems.some,
  .meta.problems.some b {
    color: var(--_warning);
    font-weight: 600;
  }
  .badge {
    display: inline-block;
    padding: 0.05rem 0.55rem;
    border-radius: 999px;
    font-size: 0.8rem;
    font-weight: 600;
    background: var(--_bg-subtle);
    justify-self: start;
  }
  .badge.active {
    background: var(--_success-bg);
    color: var(--_success);
  }
  .badge.pending {
    background: var(--_warning-bg);
    color: var(--_warning);
  }
  .badge.expired,
  .badge.suspended {
    background: var(--_danger-bg);
    color: var(--_danger);
  }
  .details {
    margin-top: calc(var(--_space) * 2);
    padding: calc(var(--_space) * 1.5);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .open-link {
    white-space: nowrap;
  }
  .metas {
    display: contents;
  }
  @container (max-width: 560px) {
    .domain {
      grid-template-columns: 1fr auto;
      row-gap: 0.2rem;
    }
    .metas {
      grid-column: 1 / -1;
      display: flex;
      flex-wrap: wrap;
      gap: 0.1rem 1rem;
    }
    dl {
      grid-template-columns: 1fr;
    }
    dd {
      margin-bottom: 0.4rem;
    }
  }
`;
