import { css } from 'lit';

/** Styles of `<pocketdns-zone-import>`. */
export const zoneImportStyles = css`
  [part='import'] {
    display: grid;
    gap: calc(var(--_space) * 1.5);
  }
  textarea {
    min-height: 9rem;
    font-size: 0.85rem;
  }
  fieldset.modes {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    display: grid;
    gap: 0.35rem;
  }
  fieldset.modes label {
    display: flex;
    gap: 0.5rem;
    align-items: baseline;
  }
  fieldset.modes input {
    width: auto;
    min-height: 0;
  }
  .progress-row {
    display: grid;
    gap: 0.25rem;
  }
  progress {
    width: 100%;
  }
  .summary {
    margin: 0;
    font-weight: 600;
  }
  details.group,
  details.notes {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.35rem 0.75rem;
  }
  details summary {
    cursor: pointer;
    font-weight: 600;
  }
  ul {
    margin: 0.35rem 0 0;
    padding-inline-start: 1.1rem;
    max-height: 14rem;
    overflow: auto;
  }
  li {
    font-family: var(--_mono);
    font-size: 0.85rem;
    overflow-wrap: anywhere;
  }
  .type {
    font-weight: 700;
  }
  .ttl,
  .line {
    color: var(--_muted);
  }
`;
