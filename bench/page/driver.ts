// The bench page's driver: mounts `<pocketdns-records>` (from the production IIFE) or the
// naive baseline on a prebuilt answer, then times what a customer does. Every time is taken
// twice: "script" when the DOM shows the change and a forced layout is done (the work the
// page did), "painted" at the first task after the next animation frame (what the customer
// sees). Bundled by bench/browser.ts with esbuild; Node calls `window.benchDriver`.
import { NaiveRecords } from './baseline.js';
import { deepElements, deepQueryAll, frame, instrumentParsing, type LitHost, settle as settleOn, sleep, type Timing } from './measure.js';
import { API_BASE, installStubApi, type StubState } from './stub-api.js';

export type { Timing } from './measure.js';

/** Which table a run measures. */
export type Kind = 'element' | 'baseline';

/** What {@link BenchDriver.load} gives back. */
export interface LoadResult extends Timing {
  /** From mounting the element to the painted first rows (session and request included). */
  mountToPaintedMs: number;
  /** Script and layout from the end of the (last) big parse of the answer to the rows: what is left after JSON.parse. */
  afterParseScriptMs: number;
  /** JSON.parse / Response.json() calls on bodies over 5 kB, and the ms they took. */
  bigParses: number;
  bigParseMs: number;
  /** One JSON.parse of the same answer, for reference. */
  referenceParseMs: number;
  rowsRendered: number;
}

/** Whether and how fast the last record came into view. */
export interface Reach {
  reachable: boolean;
  paintedMs: number | undefined;
}

const REACH_TIMEOUT_MS = 1_500;

/** The mounted table (both are Lit elements). */
let host: LitHost | undefined;
let stub: StubState | undefined;
let size = 0;
let initialRows = 0;
let parseStats: { count: number; ms: number; parsedAt?: number | undefined } = { count: 0, ms: 0 };

const root = (): ShadowRoot => {
  if (!host?.shadowRoot) throw new Error('nothing mounted');
  return host.shadowRoot;
};
const pad = (i: number): string => String(i).padStart(5, '0');
const recordName = (i: number): string => `host-${pad(i)}`;

/** The rendered record rows: `part="row"` (both tables), else body rows. */
function rows(): HTMLElement[] {
  const parted = root().querySelectorAll<HTMLElement>('[part~="row"]:not([hidden])');
  return [...(parted.length > 0 ? parted : root().querySelectorAll<HTMLElement>('tbody tr'))];
}

const isVisible = (el: Element): boolean => {
  const rect = el.getBoundingClientRect();
  return rect.height > 0 && rect.bottom > 0 && rect.top < innerHeight;
};

/** Whether the last record (by the default sort, name A→Z) is rendered and in view. */
function lastVisible(): boolean {
  const name = recordName(size - 1);
  const last = rows().findLast((r) => r.textContent.includes(name));
  return last !== undefined && isVisible(last);
}

/** The element that scrolls the rows: the tallest scrollable box in the shadow DOM, else the page. */
function scrollContainer(): Element {
  let best: Element | undefined;
  for (const el of deepQueryAll<HTMLElement>(root(), '*')) {
    const overflow = getComputedStyle(el).overflowY;
    if ((overflow === 'auto' || overflow === 'scroll') && el.scrollHeight > el.clientHeight + 1) {
      if (!best || el.scrollHeight > best.scrollHeight) best = el;
    }
  }
  return best ?? document.scrollingElement ?? document.documentElement;
}

async function toTop(): Promise<void> {
  scrollContainer().scrollTop = 0;
  if (document.scrollingElement) document.scrollingElement.scrollTop = 0;
  (document.activeElement as HTMLElement | null)?.blur();
  await frame();
  await frame();
  await frame();
}

/** {@link settleOn} for the mounted table. */
const settle = (t0: () => number, ready: (changed: boolean) => boolean, timeoutMs?: number): Promise<Timing | undefined> => {
  if (!host) throw new Error('nothing mounted');
  return settleOn(host, t0, ready, timeoutMs);
};

const firstRowText = (): string => rows()[0]?.textContent ?? '';

/** Types `text` into the filter box as one keystroke and times it. */
async function keystroke(text: string, ready: (mutated: boolean) => boolean): Promise<Timing> {
  const input = root().querySelector<HTMLInputElement>('#filter');
  if (!input) throw new Error('no #filter');
  input.value = text;
  const t0 = performance.now();
  performance.mark('bench:event'); // for bench/profile.ts
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText' }));
  const timing = await settle(() => t0, ready);
  if (!timing) throw new Error(`filter "${text}" never showed`);
  return timing;
}

/** Whether the rendered rows show the result of filtering by `needle`. */
const filtered =
  (needle: string) =>
  (mutated: boolean): boolean => {
    if (!mutated) return false;
    const shown = rows();
    const first = shown[0];
    const last = shown.at(-1);
    return !first || !last || (first.textContent.includes(needle) && last.textContent.includes(needle));
  };

/**
 * The keystrokes typed into the filter: a name typed letter by letter down to one digit past
 * the part every record shares, then ten further digits each typed, extended and taken back,
 * then another name typed and deleted. Never empties the box (clearing is timed on its own).
 */
export function keystrokes(records: number): string[] {
  const shared = `host-${'0'.repeat(5 - String(records - 1).length)}`;
  const out: string[] = [];
  const typed = `${shared}9`;
  for (let i = 1; i <= typed.length; i += 1) out.push(typed.slice(0, i));
  for (let d = 0; d <= 9; d += 1) out.push(`${typed}${d}`, `${typed}${d}5`, `${typed}${d}`, typed);
  const other = `${shared}123`;
  for (let i = shared.length; i <= other.length; i += 1) out.push(other.slice(0, i));
  for (let i = other.length - 1; i >= shared.length; i -= 1) out.push(other.slice(0, i));
  return out;
}

/** The bench page's API for Node. */
export const benchDriver = {
  /** Mounts `kind` on the answer at `/data/{records}.json` and times the first rows. */
  async load(kind: Kind, records: number, domainId: string): Promise<LoadResult> {
    size = records;
    const text = await (await fetch(`/data/${String(records)}.json`)).text();
    const referenceStart = performance.now();
    JSON.parse(text);
    const referenceParseMs = performance.now() - referenceStart;
    stub = installStubApi(text);
    parseStats = { count: 0, ms: 0 };
    instrumentParsing(parseStats);
    const el = document.createElement(kind === 'element' ? 'pocketdns-records' : 'naive-records');
    if (kind === 'element') {
      (el as HTMLElement & { fetchSession: () => Promise<unknown> }).fetchSession = () =>
        Promise.resolve({
          token: 'bench-token',
          expires_at: new Date(Date.now() + 3_600_000).toISOString(),
          api_base: API_BASE,
          user_identifier: 'bench',
          login_url: '/login',
        });
    }
    el.setAttribute('domain-id', domainId);
    const mountedAt = performance.now();
    document.body.append(el);
    host = el;
    const timing = await settle(
      () => stub?.answeredAt ?? mountedAt,
      () => rows().length > 0,
    );
    if (!timing) throw new Error(`${kind} showed no rows`);
    initialRows = rows().length;
    const answeredAt = stub.answeredAt ?? mountedAt;
    return {
      ...timing,
      mountToPaintedMs: timing.paintedMs + answeredAt - mountedAt,
      afterParseScriptMs: timing.scriptMs + answeredAt - (parseStats.parsedAt ?? answeredAt),
      bigParses: parseStats.count,
      bigParseMs: parseStats.ms,
      referenceParseMs,
      rowsRendered: initialRows,
    };
  },

  /** Elements under the host (through nested shadow roots) and rendered rows. */
  counts(): { elements: number; rows: number } {
    return { elements: deepElements(root()), rows: rows().length };
  },

  /** Focuses where a keyboard user would press End, and starts timing at the keydown. */
  armEnd(): void {
    const target =
      root().querySelector<HTMLElement>('[role="grid"][tabindex], [role="treegrid"][tabindex]') ??
      rows().find((r) => r.tabIndex >= 0) ??
      deepQueryAll<HTMLElement>(root(), '[tabindex="0"]').find((el) => el.scrollHeight > el.clientHeight + 1) ??
      rows()[0]?.querySelector<HTMLElement>('button') ??
      undefined;
    target?.focus();
    pendingReach = new Promise((resolve) => {
      addEventListener(
        'keydown',
        () => {
          const t0 = performance.now();
          void settle(() => t0, lastVisible, REACH_TIMEOUT_MS).then((timing) => {
            resolve({ reachable: timing !== undefined, paintedMs: timing?.paintedMs });
          });
        },
        { capture: true, once: true },
      );
    });
  },

  /** The outcome of the End key pressed after {@link armEnd}. */
  async endResult(): Promise<Reach> {
    const reach = await pendingReach;
    await toTop();
    return reach ?? { reachable: false, paintedMs: undefined };
  },

  /** Scrolls the rows' scroll container to the bottom in one go; is the last record in view? */
  async scrollToEnd(): Promise<Reach> {
    const container = scrollContainer();
    const t0 = performance.now();
    container.scrollTop = container.scrollHeight;
    const timing = await settle(() => t0, lastVisible, REACH_TIMEOUT_MS);
    await toTop();
    return { reachable: timing !== undefined, paintedMs: timing?.paintedMs };
  },

  /** Types the {@link keystrokes} one after the other, each once the previous one was painted. */
  async filter(): Promise<Timing[]> {
    const out: Timing[] = [];
    for (const text of keystrokes(size)) out.push(await keystroke(text, filtered(text)));
    return out;
  },

  /** Narrows the filter to a few rows, then times clearing it. */
  async clearFilter(): Promise<Timing> {
    const few = `host-${pad(size - 1).slice(0, 4)}`; // the last ten records
    await keystroke(few, filtered(few));
    await frame();
    const first = recordName(0);
    return keystroke(
      '',
      (mutated) => mutated && (rows()[0]?.textContent.includes(first) ?? false) && rows().length >= Math.min(initialRows, 20),
    );
  },

  /** Sorts by `column` (clicking its header button once) and times it to the reordered rows. */
  async sort(column: 'Name' | 'Type'): Promise<Timing> {
    const button = deepQueryAll<HTMLButtonElement>(root(), 'th button, [role="columnheader"] button').find((b) =>
      b.textContent.trim().startsWith(column),
    );
    if (!button) throw new Error(`no ${column} header button`);
    const before = firstRowText();
    const t0 = performance.now();
    button.click();
    const timing = await settle(
      () => t0,
      (mutated) => mutated && firstRowText() !== before,
    );
    if (!timing) throw new Error(`sort by ${column} never showed`);
    return timing;
  },

  /**
   * Adds an A record through the dialog: times Save → the POST reaching fetch, the
   * synchronous work of the click, and Save → the optimistic row painted (the answer is
   * held until then), then lets the answer through.
   */
  async save(run: number): Promise<{ requestMs: number; clickMs: number; optimistic: Timing }> {
    const add = root().querySelector<HTMLButtonElement>('[part~="add-button"]');
    if (!add || !stub) throw new Error('no Add record button');
    // The form's code loads in idle time after the first rows; Save is timed, not that load.
    await customElements.whenDefined('pocketdns-record-form');
    add.click();
    let form: HTMLElement | null = null;
    for (let i = 0; i < 100 && !form?.shadowRoot?.querySelector('#name'); i += 1) {
      await frame();
      form = root().querySelector('pocketdns-record-form');
    }
    const fields = form?.shadowRoot;
    if (!fields) throw new Error('no form');
    const name = `bench-new-${String(run)}`;
    for (const [id, value] of [
      ['name', name],
      ['value', '192.0.2.10'],
    ] as const) {
      const input = fields.querySelector<HTMLInputElement>(`#${id}`);
      if (!input) throw new Error(`no #${id}`);
      input.value = value;
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      await frame();
    }
    await sleep(300); // the pre-save lint runs after typing stops, as it would while the customer reaches for Save
    const save = fields.querySelector<HTMLButtonElement>('button[type="submit"].primary');
    if (!save) throw new Error('no Save button');
    stub.postSeenAt = undefined;
    const t0 = performance.now();
    save.click();
    const clickMs = performance.now() - t0;
    const optimistic = await settle(
      () => t0,
      () => rows().some((r) => r.textContent.includes(name)),
    );
    if (!optimistic) throw new Error('the new record never showed');
    const seen = (): number | undefined => stub?.postSeenAt;
    for (let i = 0; i < 200 && seen() === undefined; i += 1) await frame();
    const postAt = seen();
    if (postAt === undefined) throw new Error('the POST never left');
    const requestMs = postAt - t0;
    stub.releasePost?.();
    // The answer replaces the pending row (its later propagation checks are not waited for).
    await settle(
      () => t0,
      () => !rows().some((r) => r.textContent.includes(name) && r.classList.contains('pending')),
      2_000,
    );
    return { requestMs, clickMs, optimistic };
  },
};

let pendingReach: Promise<Reach> | undefined;

declare global {
  interface Window {
    benchDriver: typeof benchDriver;
  }
}
window.benchDriver = benchDriver;
customElements.define('naive-records', NaiveRecords);
