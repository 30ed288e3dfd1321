import { css } from 'lit';

// The dark defaults, shared by theme="dark" and by theme="auto" under a dark preference.
const darkTokens = css`
    --_bg: var(--pocketdns-color-surface, #141923);
    --_bg-subtle: var(--pocketdns-color-surface-subtle, #1d2431);
    --_fg: var(--pocketdns-color-text, #eef1f7);
    --_muted: var(--pocketdns-color-text-muted, #b3bccd);
    --_border: var(--pocketdns-color-border, #3a4457);
    --_primary: var(--pocketdns-color-primary, #8fb0ff);
    --_on-primary: var(--pocketdns-color-on-primary, #0b1530);
    --_danger: var(--pocketdns-color-danger, #ff9b90);
    --_danger-bg: var(--pocketdns-color-danger-surface, #3a1d1b);
    --_success: var(--pocketdns-color-success, #7ddca6);
    --_success-bg: var(--pocketdns-color-success-surface, #163526);
    --_warning: var(--pocketdns-color-warning, #ffd27a);
    --_warning-bg: var(--pocketdns-color-warning-surface, #3a2e12);
    --_focus: var(--pocketdns-color-focus, #ffd27a);
`;

/**
 * The `--pocketdns-*` tokens partners set, resolved into private `--_*` variables with light
 * defaults; `theme="dark"` (or `auto` under a dark preference) swaps the defaults. Every
 * default pair meets WCAG 2.2 AA contrast.
 */
export const tokenStyles = css`
  :host {
    --_bg: var(--pocketdns-color-surface, #ffffff);
    --_bg-subtle: var(--pocketdns-color-surface-subtle, #f4f6fa);
    --_fg: var(--pocketdns-color-text, #1d2330);
    --_muted: var(--pocketdns-color-text-muted, #545c6e);
    --_border: var(--pocketdns-color-border, #cfd5e1);
    --_primary: var(--pocketdns-color-primary, #2150c2);
    --_on-primary: var(--pocketdns-color-on-primary, #ffffff);
    --_danger: var(--pocketdns-color-danger, #b42318);
    --_danger-bg: var(--pocketdns-color-danger-surface, #fdecea);
    --_success: var(--pocketdns-color-success, #146c43);
    --_success-bg: var(--pocketdns-color-success-surface, #e3f4ea);
    --_warning: var(--pocketdns-color-warning, #7a4d00);
    --_warning-bg: var(--pocketdns-color-warning-surface, #fff4d6);
    --_focus: var(--pocketdns-color-focus, #1a4fd1);
    --_radius: var(--pocketdns-radius, 8px);
    --_font: var(--pocketdns-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_mono: var(--pocketdns-font-family-mono, ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace);
    --_space: var(--pocketdns-spacing, 0.5rem);
    display: block;
    container-type: inline-size;
    color: var(--_fg);
    background: var(--_bg);
    font-family: var(--_font);
    font-size: var(--pocketdns-font-size, 0.9375rem);
    line-height: 1.45;
    border-radius: var(--_radius);
  }
  :host([theme='dark']) {
    ${darkTokens}
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${darkTokens}
    }
  }
  :host([hidden]) {
    display: none;
  }
`;

/**
 * What every element's shadow root shares: controls, states, banners, the loading skeleton
 * and the toolbar. It reads the private `--_*` variables, so a nested element (the record form)
 * takes them from its host instead of resetting them.
 */
export const baseStyles = css`
  :host {
    display: block;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  /* A "from → to" arrow points the way the text runs (leftwards in Arabic). */
  .arrow:dir(rtl) {
    display: inline-block;
    transform: scaleX(-1);
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
  }
  button {
    cursor: pointer;
    border-radius: calc(var(--_radius) * 0.75);
    border: 1px solid var(--_border);
    background: var(--_bg);
    padding: 0.35rem 0.75rem;
    min-height: 2.25rem;
    min-width: 2.25rem;
  }
  button:hover {
    background: var(--_bg-subtle);
  }
  button.primary {
    background: var(--_primary);
    color: var(--_on-primary);
    border-color: var(--_primary);
  }
  button.primary:hover {
    filter: brightness(1.08);
  }
  button.danger {
    color: var(--_danger);
    border-color: currentColor;
  }
  button.link {
    border: none;
    background: none;
    color: var(--_primary);
    text-decoration: underline;
    padding: 0.25rem;
    min-height: 1.5rem;
  }
  button[disabled] {
    cursor: not-allowed;
    opacity: 0.6;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  input,
  select,
  textarea {
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_bg);
    padding: 0.4rem 0.55rem;
    min-height: 2.25rem;
    width: 100%;
  }
  input[aria-invalid='true'],
  textarea[aria-invalid='true'] {
    border-color: var(--_danger);
    box-shadow: 0 0 0 1px var(--_danger);
  }
  a {
    color: var(--_primary);
  }
  .state {
    padding: calc(var(--_space) * 3);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    text-align: center;
    color: var(--_muted);
  }
  .state strong {
    display: block;
    color: var(--_fg);
    margin-bottom: var(--_space);
  }
  .state button {
    margin-top: var(--_space);
  }
  .banner {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
    justify-content: space-between;
    padding: var(--_space) calc(var(--_space) * 1.5);
    border-radius: var(--_radius);
    margin-block: var(--_space);
  }
  .banner.error {
    background: var(--_danger-bg);
    color: var(--_danger);
  }
  .banner.warning {
    background: var(--_warning-bg);
    color: var(--_warning);
  }
  .banner.success {
    background: var(--_success-bg);
    color: var(--_success);
  }
  .skeleton {
    display: block;
    margin: 0.8rem 0;
    height: 0.9rem;
    border-radius: 4px;
    background: linear-gradient(90deg, var(--_bg-subtle), var(--_border), var(--_bg-subtle));
    background-size: 200% 100%;
    animation: shimmer 1.2s ease-in-out infinite;
  }
  @keyframes shimmer {
    from {
      background-position: 200% 0;
    }
    to {
      background-position: -200% 0;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .skeleton {
      animation: none;
    }
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: end;
    justify-content: space-between;
    margin-bottom: var(--_space);
  }
  .toolbar h2 {
    margin: 0;
    font-size: 1.1rem;
    overflow-wrap: anywhere;
  }
  .filter {
    display: grid;
    gap: 0.2rem;
  }
  .filter label {
    font-size: 0.85rem;
    color: var(--_muted);
  }
`;

/** Tokens and shared styles, for the top-level elements. */
export const themeStyles = [tokenStyles, baseStyles];
