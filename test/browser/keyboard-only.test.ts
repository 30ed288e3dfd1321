// A customer who uses only the keyboard: no mouse events and no clicks from code, only keys
// sent by the browser (Tab, Enter, Space, Escape, arrows) and text typed into focused fields.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { PocketDnsRecordsElement } from '../../src/components/pocketdns-records/pocketdns-records.js';
import { startBackend, type Backend } from '../helpers/backend.js';
import { activeElement, field, rows, shadow, text, until } from '../helpers/dom.js';
import { startWorker } from '../helpers/msw-browser.js';
import { BAKERY, heldRecords } from '../helpers/records.js';

const press = (key: string): Promise<void> => sendKeys({ press: key });

const nameOf = (row: Element): string => row.querySelector('.name')?.textContent.trim() ?? '';
const rowNamed = (el: Element, name: string): HTMLElement | undefined =>
  rows(el).find((r) => r.classList.contains('row') && nameOf(r) === name);
const label = (node: Element | null): string =>
  node ? (node.getAttribute('aria-label') ?? node.textContent.replace(/\s+/g, ' ').trim()) : '(nothing)';
const dialogOpen = (el: Element, id: string): boolean => (shadow(el).getElementById(id) as HTMLDialogElement | null)?.open === true;

/** Presses Tab until `wanted` holds for what has focus (inside the element); fails after `max` presses. */
async function tabTo(el: Element, wanted: (focused: Element | null) => boolean, what: string, max = 80): Promise<Element> {
  for (let i = 0; i < max; i += 1) {
    const focused = activeElement(el);
    if (focused && wanted(focused)) return focused;
    await press('Tab');
  }
  throw new Error(`Tab never reached ${what}; focus is on ${label(activeElement(el))}`);
}

async function mount(backend: Backend): Promise<{ el: PocketDnsRecordsElement; start: HTMLElement }> {
  const page = await fixture<HTMLElement>(
    html`<div>
      <button id="start">Before the widget</button>
      <pocketdns-records session-url="/pocketdns/session" domain-id=${backend.domainId(BAKERY)}></pocketdns-records>
      <button id="end">After the widget</button>
    </div>`,
  );
  const el = page.querySelector('pocketdns-records')!;
  await until(() => rows(el).length === 18, 'records to load');
  await until(() => Boolean(shadow(el).querySelector('[part~="health-badge"]')), 'the health badges');
  const start = page.querySelector<HTMLElement>('#start')!;
  start.focus();
  return { el, start };
}

describe('<pocketdns-records> by keyboard only', () => {
  let backend: Backend;
  before(startWorker);
  beforeEach(() => {
    backend = startBackend();
  });

  it('reaches every control by Tab, each row by arrows and its buttons by Tab', async () => {
    const { el } = await mount(backend);
    // Everything the browser would stop at: enabled controls and tabindex=0, outside closed dialogs.
    const tabbable = [...shadow(el).querySelectorAll<HTMLElement>('button, input, select, [tabindex]')].filter(
      (node) => node.tabIndex >= 0 && !(node as HTMLButtonElement).disabled && !node.closest('dialog'),
    );
    expect(tabbable.length).to.be.above(8);
    const reached = new Set<Element>();
    await press('Tab');
    for (let i = 0; i < 100 && document.activeElement === el; i += 1) {
      reached.add(shadow(el).activeElement!);
      await press('Tab');
    }
    expect((document.activeElement as HTMLElement | null)?.id, 'Tab leaves the widget at its end').to.equal('end');
    expect(tabbable.filter((node) => !reached.has(node)).map(label)).to.deep.equal([]);
    expect(tabbable).to.include(shadow(el).getElementById('filter'));
    expect(tabbable.map(label)).to.include.members(['Add record', 'Type, sort', `DNS records of ${BAKERY}`, 'Delete A @']);

    // Into the table: one row is a Tab stop, arrows move between rows, Tab reaches the row's buttons.
    await tabTo(el, (f) => f?.matches('tr.row') === true, 'the first row');
    const first = activeElement(el)!;
    await press('ArrowDown');
    await until(() => activeElement(el) !== first && activeElement(el)?.matches('tr.row') === true, 'the next row');
    const second = activeElement(el)!;
    await press('End');
    await until(
      () =>
        activeElement(el) ===
        rows(el)
          .filter((r) => r.classList.contains('row'))
          .at(-1),
      'the last row',
    );
    await press('Home');
    await until(() => activeElement(el) === first, 'the first row again');
    await press('ArrowDown');
    await until(() => activeElement(el) === second, 'the second row again');
    // Space on a row opens its details.
    await press(' ');
    await until(() => second.nextElementSibling?.classList.contains('details-row') === true, 'the details row');
    expect(activeElement(el)).to.equal(second);
    const buttons: string[] = [];
    for (let i = 0; i < 8; i += 1) {
      await press('Tab');
      const focused = activeElement(el);
      if (!focused || !second.contains(focused)) break;
      buttons.push(label(focused));
    }
    const record = `${second.querySelector('.type')?.textContent ?? ''} ${nameOf(second)}`;
    expect(buttons).to.include.members([`Details of ${record}`, `Copy value of ${record}`, `Edit ${record}`, `Delete ${record}`]);
  });

  it('adds, edits and deletes a record through the dialogs, with focus back in a sensible place each time', async () => {
    const { el } = await mount(backend);
    const add = await tabTo(el, (f) => label(f) === 'Add record', 'Add record');
    await press('Enter');
    await until(() => dialogOpen(el, 'editor'), 'the form');
    expect(activeElement(el)?.id, 'the form starts at Type').to.equal('type');
    await tabTo(el, (f) => f === field(el, 'Name'), 'Name');
    await sendKeys({ type: 'keys' });
    await tabTo(el, (f) => f === field(el, 'Value'), 'Value');
    await sendKeys({ type: '192.0.2.77' });
    await tabTo(el, (f) => label(f) === 'Save', 'Save');
    await press('Enter');
    await until(() => !dialogOpen(el, 'editor'), 'the form to close');
    await until(() => shadow(el).activeElement === add, 'focus back on Add record');
    await until(() => Boolean(rowNamed(el, 'keys')) && !rowNamed(el, 'keys')?.classList.contains('pending'), 'the saved row');
    expect((await heldRecords(backend)).some((r) => r.name === 'keys' && r.value === '192.0.2.77')).to.equal(true);

    // The saved record is the row Tab reaches in the table; Enter edits it.
    const row = await tabTo(el, (f) => f === rowNamed(el, 'keys'), 'the new row');
    expect(row.classList.contains('highlight')).to.equal(true);
    await press('Enter');
    await until(() => dialogOpen(el, 'editor'), 'the edit form');
    expect(activeElement(el)).to.equal(field(el, 'Name'));
    await tabTo(el, (f) => f === field(el, 'Value'), 'Value');
    await press('End');
    for (let i = 0; i < '192.0.2.77'.length; i += 1) await press('Backspace');
    await sendKeys({ type: '192.0.2.78' });
    await tabTo(el, (f) => label(f) === 'Save', 'Save');
    await press('Enter');
    await until(() => !dialogOpen(el, 'editor'), 'the edit form to close');
    await until(() => activeElement(el) === rowNamed(el, 'keys'), 'focus back on the edited row');
    await until(
      () => (rowNamed(el, 'keys')?.textContent ?? '').includes('192.0.2.78') && !rowNamed(el, 'keys')?.classList.contains('pending'),
      'the edit saved',
    );
    await until(() => Boolean(rowNamed(el, 'keys')?.querySelector('[data-action="delete"]')), 'Delete back');

    // Escape closes the delete confirmation and gives focus back to Delete.
    const del = await tabTo(el, (f) => label(f) === 'Delete A keys', 'Delete A keys');
    await press('Enter');
    await until(() => dialogOpen(el, 'confirm'), 'the confirmation');
    expect(label(activeElement(el)), 'Cancel is the safe default').to.equal('Cancel');
    await press('Escape');
    await until(() => !dialogOpen(el, 'confirm'), 'the confirmation to close');
    await until(() => activeElement(el) === del, 'focus back on Delete');
    expect(Boolean(rowNamed(el, 'keys'))).to.equal(true);

    // Enter on Delete, Tab to the dialog's Delete, Enter: gone, and focus moves to Undo.
    await press('Enter');
    await until(() => dialogOpen(el, 'confirm'), 'the confirmation again');
    await press('Tab');
    expect(label(activeElement(el))).to.equal('Delete');
    await press('Enter');
    await until(() => !rowNamed(el, 'keys'), 'the row gone');
    await until(() => activeElement(el)?.id === 'undo', 'focus on Undo');
    await until(() => backend.apiCalls.some((call) => call.startsWith('DELETE ')), 'the delete sent');
    await until(() => text(el).includes('Deleted A record keys.'), 'the delete confirmed');
    expect((await heldRecords(backend)).some((r) => r.name === 'keys')).to.equal(false);
  });
});
