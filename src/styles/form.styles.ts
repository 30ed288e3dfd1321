import { css } from 'lit';

/** Forms inside the elements' dialogs: a grid of fields, each with its label, hint and message, and the action row. */
export const formStyles = css`
  form {
    display: grid;
    gap: calc(var(--_space) * 1.5);
  }
  h2 {
    margin: 0;
    font-size: 1.15rem;
    overflow-wrap: anywhere;
  }
  .field {
    display: grid;
    gap: 0.25rem;
  }
  .field label {
    font-weight: 600;
  }
  .hint {
    margin: 0;
    font-size: 0.85rem;
    color: var(--_muted);
    overflow-wrap: anywhere;
  }
  .field-error {
    margin: 0;
    font-size: 0.875rem;
    color: var(--_danger);
    font-weight: 500;
  }
  textarea {
    resize: vertical;
    font-family: var(--_mono);
  }
  .dialog-actions {
    display: flex;
    justify-content: flex-end;
    gap: var(--_space);
  }
`;
