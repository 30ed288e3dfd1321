import { css } from 'lit';

/** Modal dialogs of the elements: the frame, the backdrop, a heading and the action row. */
export const dialogStyles = css`
  dialog {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0;
    width: min(36rem, calc(100vw - 1.5rem));
    max-height: calc(100vh - 2rem);
    color: var(--_fg);
    background: var(--_bg);
    font-family: var(--_font);
  }
  dialog::backdrop {
    background: rgb(10 15 25 / 0.45);
  }
  dialog .body {
    display: grid;
    gap: calc(var(--_space) * 1.5);
    padding: calc(var(--_space) * 2.5);
  }
  dialog h2 {
    margin: 0;
    font-size: 1.15rem;
  }
  .dialog-actions {
    display: flex;
    justify-content: flex-end;
    gap: var(--_space);
  }
`;
