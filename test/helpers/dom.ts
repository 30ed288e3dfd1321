import { waitUntil } from '@open-wc/testing';

/** The shadow root of an element, which must have one. */
export function shadow(el: Element): ShadowRoot {
  if (!el.shadowRoot) throw new Error(`${el.tagName} has no shadow root`);
  return el.shadowRoot;
}

/** All visible text of an element's shadow root, whitespace folded. */
export function text(el: Element): string {
  return shadow(el).textContent.replace(/\s+/g, ' ').trim();
}

const accessibleName = (node: Element): string => (node.getAttribute('aria-label') ?? node.textContent).replace(/\s+/g, ' ').trim();

/** The button whose accessible name is `name` (exactly, or matching a RegExp), or undefined. */
export function findButton(el: Element, name: string | RegExp): HTMLButtonElement | undefined {
  const buttons = [...shadow(el).querySelectorAll('button')];
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
  const labelEl = [...shadow(el).querySelectorAll('label')].find((l) => l.textContent.trim() === label);
  const id = labelEl?.htmlFor;
  const control = id ? shadow(el).getElementById(id) : null;
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

/** The rows of the records table. */
export function rows(el: Element): HTMLTableRowElement[] {
  return [...shadow(el).querySelectorAll<HTMLTableRowElement>('tbody tr')];
}

/** Collects the events of `names` fired on `target`, in order. */
export function recordEvents(target: EventTarget, names: string[]): Event[] {
  const seen: Event[] = [];
  for (const name of names) {
    target.addEventListener(name, (event) => seen.push(event));
  }
  return seen;
}
