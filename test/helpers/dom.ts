import { waitUntil } from '@open-wc/testing';

/** The shadow root of an element, which must have one. */
export function shadow(el: Element): ShadowRoot {
  if (!el.shadowRoot) throw new Error(`${el.tagName} has no shadow root`);
  return el.shadowRoot;
}

/** An element's shadow root and the shadow roots of the elements inside it (the record form's), outermost first. */
export function roots(el: Element): ShadowRoot[] {
  const out = [shadow(el)];
  for (let i = 0; i < out.length; i += 1) {
    for (const child of (out[i] as ShadowRoot).querySelectorAll('*')) if (child.shadowRoot) out.push(child.shadowRoot);
  }
  return out;
}

/** Text of a node, with the text inside nested shadow roots where their hosts stand. */
function deepText(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  if (node instanceof Element && ['STYLE', 'SCRIPT'].includes(node.tagName)) return '';
  const children = node instanceof Element && node.shadowRoot ? [...node.shadowRoot.childNodes] : [...node.childNodes];
  return children.map(deepText).join('');
}

/** All text of an element's shadow root, nested shadow roots included, whitespace folded. */
export function text(el: Element): string {
  return deepText(shadow(el)).replace(/\s+/g, ' ').trim();
}

/** The element with `id` in the element's shadow root or a nested one. */
export function byId(el: Element, id: string): HTMLElement | null {
  for (const root of roots(el)) {
    const found = root.getElementById(id);
    if (found) return found;
  }
  return null;
}

/** What has focus inside the element, through nested shadow roots. */
export function activeElement(el: Element): Element | null {
  let active = shadow(el).activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

const accessibleName = (node: Element): string => (node.getAttribute('aria-label') ?? node.textContent).replace(/\s+/g, ' ').trim();

/** The button whose accessible name is `name` (exactly, or matching a RegExp), or undefined. */
export function findButton(el: Element, name: string | RegExp): HTMLButtonElement | undefined {
  const buttons = roots(el).flatMap((root) => [...root.querySelectorAll('button')]);
  return buttons.find((b) => (typeof name === 'string' ? accessibleName(b) === name : name.test(accessibleName(b))));
}

/** The button whose accessible name is `name`; throws if there is none. */
export function button(el: Element, name: string | RegExp): HTMLButtonElement {
  const found = findButton(el, name);
  if (!found)
    throw new Error(
      `no button “${String(name)}” in ${el.tagName}: ${[...shadow(el).querySelectorAll('button')].map(accessibleName).join(' | ')}`,
    );
  return found;
}

/** The form control labelled `label` (by <label for>), as a customer finds it. */
export function field(el: Element, label: string): HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement {
  const labelEl = roots(el)
    .flatMap((root) => [...root.querySelectorAll('label')])
    .find((l) => l.textContent.trim() === label);
  const id = labelEl?.htmlFor;
  const control = id ? (labelEl.getRootNode() as ShadowRoot).getElementById(id) : null;
  if (!control) throw new Error(`no field labelled “${label}”`);
  return control as HTMLInputElement;
}

/** Types into a field the way a browser reports it: sets the value and fires input (and change for selects). */
export function type(control: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement, value: string): void {
  control.focus();
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  control.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

/** Leaves a field (marks it touched). */
export function blur(control: HTMLElement): void {
  control.dispatchEvent(new FocusEvent('blur'));
}

/** Waits until `predicate` holds, with a message that says what was awaited. */
export async function until(predicate: () => boolean, message: string, timeout = 4000): Promise<void> {
  await waitUntil(predicate, message, { timeout, interval: 20 });
}

/** The rows of the records table (not the spare ones it keeps hidden). */
export function rows(el: Element): HTMLTableRowElement[] {
  return [...shadow(el).querySelectorAll<HTMLTableRowElement>('tbody tr:not([hidden])')];
}

/** Collects the events of `names` fired on `target`, in order. */
export function recordEvents(target: EventTarget, names: string[]): Event[] {
  const seen: Event[] = [];
  for (const name of names) {
    target.addEventListener(name, (event) => seen.push(event));
  }
  return seen;
}
