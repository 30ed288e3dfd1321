import { css } from 'lit';

/**
 * Record health in <pocketdns-records>: the Health cell's badges and "Is it live?" state, a row's
 * details with its findings, and the problems filter. Adopted by the element when the extras part
 * (which renders them) loads: the first script carries only the empty column.
 */
export const healthStyles = css`
  td.health {
    display: flex;
    gap: 0.25rem;
    align-items: center;
  }
  td.health .propagation {
    min-width: 0;
    overflow: hidden;
    text-overflow: ellipsis;
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
  tr.details-row {
    display: block;
  }
  tr.details-row td {
    display: block;
    padding: 0.55rem 0.75rem;
    white-space: normal;
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
`;
