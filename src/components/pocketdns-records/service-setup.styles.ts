import { css } from 'lit';

/** The Set up a service dialog: the list of services and the connect step. */
export const setupStyles = css`
  dialog.setup {
    width: min(44rem, calc(100vw - 1.5rem));
  }
  .services h3 {
    margin: 0 0 calc(var(--_space) * 0.5);
    font-size: 1rem;
  }
  .services ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(12rem, 1fr));
    gap: var(--_space);
  }
  button.service {
    width: 100%;
    display: grid;
    text-align: start;
    gap: 0.15rem;
    padding: var(--_space) calc(var(--_space) * 1.5);
  }
  button.service .provider {
    color: var(--_muted);
  }
`;
