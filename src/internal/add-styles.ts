// Styles of a part loaded after first paint, added to an element already rendered: the first
// script does not carry the CSS of what it does not render.
import type { CSSResult } from 'lit';

/** Adds `styles` after the element's own (once each), as if they were last in its `static styles`. */
export function addStyles(host: { readonly renderRoot: HTMLElement | DocumentFragment }, styles: CSSResult): void {
  const root = host.renderRoot;
  const sheet = styles.styleSheet;
  if (!(root instanceof ShadowRoot)) return;
  if (sheet) {
    if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    return;
  }
  // No constructable style sheets (as Lit does then): a <style>, with the page's nonce for a strict CSP.
  const style = document.createElement('style');
  const nonce = (globalThis as { litNonce?: string }).litNonce;
  if (nonce !== undefined) style.setAttribute('nonce', nonce);
  style.textContent = styles.cssText;
  root.append(style);
}
