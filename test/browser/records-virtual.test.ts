import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/index.js';
import type { PocketDnsRecordsElement } from '../../src/components/pocketdns-records/pocketdns-records.js';
import { BIG_DOMAIN_NAME } from '../../src/sandbox/seed.js';
import { startBackend, type Backend } from '../helpers/backend.js';
import { button, field, rows, shadow, text, type, until } from '../helpers/dom.js';
import { startWorker } from '../helpers/msw-browser.js';

// The 10,000-record domain: names host-00000 … host-09999, so by name the last is host-09999.
const FIRST = 'host-00000';
const LAST = 'host-09999';

async function mountBig(backend: Backend, maxHeight: string | null = '420px'): Promise<PocketDnsRecordsElement> {
  const el = await fixture<PocketDnsRecordsElement>(
    html`<pocketdns-records session-url="/pocketdns/session" domain-id=${backend.domainId(BIG_DOMAIN_NAME)}></pocketdns-records>`,
  );
  // A partner's height limit, through the documented custom property (CSSOM, as CSP allows).
  if (maxHeight) el.style.setProperty('--pocketdns-records-max-height', maxHeight);
  await until(() => rows(el).length > 0, 'records to load', 10_000);
  await el.updateComplete;
  return el;
}

const wrap = (el: Element): HTMLElement => shadow(el).querySelector<HTMLElement>('.table-wrap')!;
const recordRows = (el: Element): HTMLElement[] => rows(el).filter((r) => r.classList.contains('row'));
const nameOf = (row: Element): string => row.querySelector('.name')?.textContent.trim() ?? '';
const rowNamed = (el: Element, name: string): HTMLElement | undefined => recordRows(el).find((r) => nameOf(r) === name);
const elementCount = (el: Element): number => shadow(el).querySelectorAll('*').length;

/** Whether `row` is at least partly inside the scroll region and the window. */
function onScreen(el: Element, row: Element): boolean {
  const r = row.getBoundingClientRect();
  const w = wrap(el).getBoundingClientRect();
  return r.bottom > Math.max(w.top, 0) && r.top < Math.min(w.bottom, innerHeight) && r.height > 0;
}

/** The row that has focus in the element. */
const focusedRow = (el: Element): Element | null | undefined => shadow(el).activeElement?.closest('tr.row');

describe('<pocketdns-records> virtual table', () => {
  let backend: Backend;
  before(startWorker);
  beforeEach(() => {
    backend = startBackend();
  });

  it('keeps fewer than 800 elements at the top, the middle and the end, and shows the last record after one scroll', async () => {
    const el = await mountBig(backend);
    expect(elementCount(el)).to.be.below(800);
    expect(onScreen(el, rowNamed(el, FIRST)!)).to.equal(true);
    const scroller = wrap(el);
    scroller.scrollTop = scroller.scrollHeight / 2;
    await until(() => recordRows(el).some((r) => nameOf(r).startsWith('host-04') || nameOf(r).startsWith('host-05')), 'the middle rows');
    expect(elementCount(el)).to.be.below(800);
    expect(rowNamed(el, FIRST), 'rows far above are gone').to.equal(undefined);
    scroller.scrollTop = scroller.scrollHeight;
    await until(() => Boolean(rowNamed(el, LAST)), 'the last record');
    expect(onScreen(el, rowNamed(el, LAST)!)).to.equal(true);
    expect(elementCount(el)).to.be.below(800);
  });

  it('follows the page scrolling when no height limit is set', async () => {
    const el = await mountBig(backend, null);
    expect(elementCount(el)).to.be.below(800);
    const table = shadow(el).querySelector('tbody')!;
    scrollTo(0, table.getBoundingClientRect().bottom + scrollY - innerHeight / 2);
    await until(() => Boolean(rowNamed(el, LAST)) && onScreen(el, rowNamed(el, LAST)!), 'the last record on screen');
    expect(elementCount(el)).to.be.below(800);
    scrollTo(0, 0);
  });

  it('counts every row for assistive technology: aria-rowcount, aria-rowindex, sort state', async () => {
    const el = await mountBig(backend);
    const table = shadow(el).querySelector('table')!;
    expect(table.getAttribute('aria-rowcount')).to.equal('10001');
    expect(shadow(el).querySelector('thead tr')?.getAttribute('aria-rowindex')).to.equal('1');
    expect(rowNamed(el, FIRST)?.getAttribute('aria-rowindex')).to.equal('2');
    expect(button(el, 'Name, sort').closest('th')?.getAttribute('aria-sort')).to.equal('ascending');
    const scroller = wrap(el);
    expect(scroller.getAttribute('role')).to.equal('region');
    expect(scroller.getAttribute('aria-label')).to.equal(`DNS records of ${BIG_DOMAIN_NAME}`);
    expect(scroller.tabIndex).to.equal(0);
    scroller.scrollTop = scroller.scrollHeight;
    await until(() => Boolean(rowNamed(el, LAST)), 'the last record');
    expect(rowNamed(el, LAST)?.getAttribute('aria-rowindex')).to.equal('10001');
    for (const row of recordRows(el)) {
      const index = Number(nameOf(row).slice('host-'.length));
      expect(row.getAttribute('aria-rowindex'), nameOf(row)).to.equal(String(index + 2));
    }
  });

  it('moves through all rows by keyboard: arrows, Page Down, End and Home, keeping the focused row rendered', async () => {
    const el = await mountBig(backend);
    const first = rowNamed(el, FIRST)!;
    expect(first.tabIndex, 'the first row takes Tab').to.equal(0);
    first.focus();
    await sendKeys({ press: 'ArrowDown' });
    await until(() => focusedRow(el) !== null && nameOf(focusedRow(el)!) === 'host-00001', 'the second row focused');
    await sendKeys({ press: 'PageDown' });
    await until(() => Number(nameOf(focusedRow(el) ?? first).slice(5)) > 3, 'a page further');
    await sendKeys({ press: 'End' });
    await until(() => nameOf(focusedRow(el) ?? first) === LAST, 'the last record focused');
    const last = focusedRow(el)!;
    expect(onScreen(el, last), 'the last record is on screen').to.equal(true);
    expect(last.getAttribute('tabindex')).to.equal('0');
    expect(recordRows(el).filter((r) => r.tabIndex === 0)).to.have.length(1);
    // Scrolled far away, the focused row stays in the DOM with focus.
    wrap(el).scrollTop = 0;
    await until(() => Boolean(rowNamed(el, FIRST)), 'the first rows again');
    expect(focusedRow(el)).to.equal(last);
    expect(elementCount(el)).to.be.below(800);
    await sendKeys({ press: 'Home' });
    await until(() => nameOf(focusedRow(el) ?? last) === FIRST, 'the first record focused');
  });

  it('scrolls a new record that sorts last into view and highlights it', async () => {
    const el = await mountBig(backend);
    button(el, 'Add record').click();
    await until(() => (shadow(el).getElementById('editor') as HTMLDialogElement | null)?.open === true, 'the form');
    for (const [label, value] of Object.entries({ Type: 'A', Name: 'zzz-last', Value: '192.0.2.77' })) {
      type(field(el, label), value);
      await el.updateComplete;
    }
    button(el, 'Save').click();
    await until(
      () => {
        const row = rowNamed(el, 'zzz-last');
        return Boolean(row?.classList.contains('highlight')) && !row?.classList.contains('pending') && onScreen(el, row!);
      },
      'the saved record highlighted on screen',
      10_000,
    );
    expect(rowNamed(el, 'zzz-last')?.getAttribute('aria-rowindex')).to.equal('10002');
    expect(shadow(el).querySelector('table')?.getAttribute('aria-rowcount')).to.equal('10002');
  });

  it('filters all 10,000 records and counts the matches in a status region', async () => {
    const el = await mountBig(backend);
    type(shadow(el).querySelector<HTMLInputElement>('#filter')!, 'host-0999');
    await el.updateComplete;
    expect(recordRows(el).map(nameOf)).to.deep.equal(Array.from({ length: 10 }, (_, i) => `host-0999${String(i)}`));
    expect(shadow(el).querySelector('table')?.getAttribute('aria-rowcount')).to.equal('11');
    expect(shadow(el).querySelector('.count[role="status"]')?.textContent).to.include('10 of 10,000');
  });

  it('shows other records in the row elements it has when filtering and scrolling, and keeps the focused row in its own', async () => {
    const el = await mountBig(backend);
    const made = new Set(recordRows(el));
    const focused = rowNamed(el, 'host-00003')!;
    focused.focus();
    type(shadow(el).querySelector<HTMLInputElement>('#filter')!, 'host-001');
    await el.updateComplete;
    await until(() => nameOf(recordRows(el)[0] ?? el) === 'host-00100', 'the filtered rows');
    // host-00003 no longer matches: its row element now shows another record.
    expect(recordRows(el).every((row) => made.has(row))).to.equal(true);
    // One match, then ten again (a letter deleted): the rows not needed wait hidden, and come back.
    type(shadow(el).querySelector<HTMLInputElement>('#filter')!, 'host-00100');
    await until(() => recordRows(el).length === 1, 'one row');
    expect(elementCount(el)).to.be.below(800);
    // The spare rows keep no record's name or value (one deleted must leave the page).
    expect(shadow(el).querySelector('tbody')?.textContent).not.to.include('host-00101');
    type(shadow(el).querySelector<HTMLInputElement>('#filter')!, 'host-0010');
    await until(() => recordRows(el).length === 10, 'ten rows');
    expect(recordRows(el).every((row) => made.has(row))).to.equal(true);
    type(shadow(el).querySelector<HTMLInputElement>('#filter')!, '');
    await until(() => Boolean(rowNamed(el, FIRST)), 'all records again');
    const focusedAgain = rowNamed(el, 'host-00005')!;
    focusedAgain.focus();
    const scroller = wrap(el);
    scroller.scrollTop = 1200; // thirty rows down
    await until(() => !rowNamed(el, FIRST) && Boolean(rowNamed(el, 'host-00035')), 'rows further down');
    // More rows now (the focused one is kept beside those on screen): only those are new elements.
    const added = recordRows(el).filter((row) => !made.has(row));
    expect(added.length).to.be.at.most(Math.max(0, recordRows(el).length - made.size));
    // The focused record kept its element (and focus) though it left the screen.
    expect(rowNamed(el, 'host-00005')).to.equal(focusedAgain);
    expect(focusedRow(el)).to.equal(focusedAgain);
  });

  it('is accessible with 10,000 records, scrolled to the middle', async () => {
    const el = await mountBig(backend);
    wrap(el).scrollTop = wrap(el).scrollHeight / 2;
    await until(() => !rowNamed(el, FIRST), 'the middle rows');
    await expect(el).to.be.accessible();
  });

  describe('below 640 px', () => {
    before(async () => {
      await setViewport({ width: 420, height: 800 });
    });
    after(async () => {
      await setViewport({ width: 800, height: 600 });
    });

    it('shows readable cards, still only those on screen', async () => {
      const el = await mountBig(backend, '600px');
      const first = rowNamed(el, FIRST)!;
      expect(first.getBoundingClientRect().height, 'a card, taller than a line').to.be.above(60);
      expect(first.getBoundingClientRect().right).to.be.at.most(wrap(el).getBoundingClientRect().right + 0.5);
      expect(first.textContent.replace(/\s+/g, ' ')).to.match(/A host-00000 198\.18\.0\.0 5 min/);
      expect(getComputedStyle(first.querySelector('td.ttl')!, '::before').content).to.include('TTL');
      expect(elementCount(el)).to.be.below(800);
      expect(recordRows(el).length).to.be.below(60);
      wrap(el).scrollTop = wrap(el).scrollHeight;
      await until(() => Boolean(rowNamed(el, LAST)) && onScreen(el, rowNamed(el, LAST)!), 'the last card on screen');
      expect(text(el)).to.include(LAST);
      await expect(el).to.be.accessible();
    });
  });
  // Last in this file: a CSP added to the page cannot be taken back.
  describe('under a strict style policy', () => {
    it("places rows from code (CSSOM), so style-src 'self' reports no violation while scrolling and moving", async () => {
      const violations: string[] = [];
      const listen = (e: SecurityPolicyViolationEvent): void => {
        violations.push(`${e.violatedDirective} ${e.sample}`);
      };
      document.addEventListener('securitypolicyviolation', listen);
      const meta = document.createElement('meta');
      meta.httpEquiv = 'Content-Security-Policy';
      meta.content = "style-src 'self'";
      document.head.append(meta);
      try {
        // An inline style attribute is refused from here on (the check can fail).
        const probe = document.createElement('div');
        probe.setAttribute('style', 'color: red');
        document.body.append(probe);
        await until(() => violations.length > 0, 'the probe refused');
        probe.remove();
        violations.length = 0;
        const el = await mountBig(backend);
        wrap(el).scrollTop = wrap(el).scrollHeight / 3;
        await until(() => !rowNamed(el, FIRST), 'other rows');
        recordRows(el)[0]!.focus();
        await sendKeys({ press: 'End' });
        await until(() => nameOf(focusedRow(el) ?? el) === LAST, 'the last record focused');
        await new Promise((resolve) => requestAnimationFrame(resolve));
        expect(violations).to.deep.equal([]);
      } finally {
        document.removeEventListener('securitypolicyviolation', listen);
      }
    });
  });
});
