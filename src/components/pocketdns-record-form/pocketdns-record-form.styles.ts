import { css } from 'lit';

/** Styles of `<pocketdns-record-form>`: fields with hints and messages, the SRV row, the name suffix. */
export const recordFormStyles = css`
  form {
    display: grid;
    gap: calc(var(--_space) * 1.5);
  }
  h2 {
    margin: 0;
    font-size: 1.15rem;
  }
  .field {
    display: grid;
    gap: 0.25rem;
  }
  .field label {
    font-weight: 600;
  }
  .fields-row {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(8rem, 1fr));
    gap: calc(var(--_space) * 1.5);
  }
  .with-suffix {
    display: flex;
    align-items: center;
    gap: 0.35rem;
  }
  .with-suffix input {
    flex: 1;
    min-width: 6rem;
  }
  .suffix {
    color: var(--_muted);
    font-family: var(--_mono);
    font-size: 0.875rem;
    overflow-wrap: anywhere;
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
    min-height: 5rem;
    resize: vertical;
    font-family: var(--_mono);
  }
  .conflicts {
    margin: 0;
    padding-left: 1.2rem;
  }
  .presave:empty {
    margin-top: calc(var(--_space) * -1.5);
  }
  .presave .banner {
    display: block;
  }
  .presave p {
    margin: 0 0 0.25rem;
  }
  .fix {
    display: block;
  }
  .dialog-actions {
    display: flex;
    justify-content: flex-end;
    gap: var(--_space);
  }
`;
