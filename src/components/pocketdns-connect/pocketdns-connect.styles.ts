import { css } from 'lit';

/** The plan, the form and the status of `<pocketdns-connect>`. */
export const connectStyles = css`
  :host {
    padding: calc(var(--_space) * 2);
    border: 1px solid var(--_border);
  }
  h2 {
    margin: 0;
    font-size: 1.15rem;
  }
  h3 {
    margin: 0 0 calc(var(--_space) * 0.5);
    font-size: 1rem;
  }
  .service,
  .hint,
  .why {
    color: var(--_muted);
    margin: calc(var(--_space) * 0.5) 0;
  }
  .plan {
    display: grid;
    gap: calc(var(--_space) * 1.5);
    margin-block: calc(var(--_space) * 1.5);
  }
  .plan ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space);
  }
  .plan li {
    padding: var(--_space) calc(var(--_space) * 1.5);
    border: 1px solid var(--_border);
    border-inline-start-width: 4px;
    border-radius: calc(var(--_radius) * 0.75);
    overflow-wrap: anywhere;
  }
  .add li {
    border-inline-start-color: var(--_success);
  }
  .change li {
    border-inline-start-color: var(--_warning);
  }
  .remove li,
  .blocked li {
    border-inline-start-color: var(--_danger);
  }
  .type {
    display: inline-block;
    min-width: 3.5rem;
    font-weight: 600;
    padding: 0 0.35rem;
    border-radius: 4px;
    background: var(--_bg-subtle);
    text-align: center;
  }
  /* DNS data reads left to right in every language (an IPv6 address must not reorder in Arabic). */
  .name,
  .value {
    font-family: var(--_mono);
    direction: ltr;
    unicode-bidi: isolate;
  }
  .ttl {
    color: var(--_muted);
    margin-inline-start: var(--_space);
  }
  .becomes {
    margin: calc(var(--_space) * 0.5) 0 0;
  }
  .why {
    margin-bottom: 0;
  }
  fieldset {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    margin: calc(var(--_space) * 1.5) 0;
    padding: var(--_space) calc(var(--_space) * 1.5);
    display: grid;
    gap: var(--_space);
  }
  legend {
    font-weight: 600;
    padding: 0 0.25rem;
  }
  .field {
    display: grid;
    gap: 0.25rem;
  }
  .field label {
    font-weight: 600;
  }
  .check {
    display: flex;
    gap: var(--_space);
    align-items: center;
  }
  .check input {
    width: auto;
    min-height: 0;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
  }
  .progress {
    display: grid;
    gap: 0.25rem;
    margin-block: var(--_space);
  }
  progress {
    width: 100%;
    accent-color: var(--_primary);
  }
  .progress:focus,
  .banner[tabindex='-1']:focus {
    outline: none;
  }
  .banner:focus-visible {
    outline: 3px solid var(--_focus);
  }
  .checks {
    flex-basis: 100%;
    margin: 0;
  }
`;
