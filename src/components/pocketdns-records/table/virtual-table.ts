// Renders only the rows of the records table that are on screen (plus a few), however many
// records the domain has. Rows have one fixed height (a line at >= 640 px, a card below), so
// where any row stands is arithmetic; the few taller rows (a value shown whole, open details)
// are measured. Rows flow inside the table body, which is padded down to the first rendered
// row and as tall as all rows together, so the scrollbar and the End key reach the last record.
// Keyboard focus is one row at a time (roving tabindex) and that row stays rendered.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { DnsRecord } from '../../../api/types.js';
import { RowLayout } from './row-layout.js';

/** The element the table is in. */
export type VirtualTableHost = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

/** A row to render. */
export interface VirtualItem {
  record: DnsRecord;
  /** Its position among all rows. */
  index: number;
  /** Outside the rendered span, kept because it has focus or was just saved: placed by code. */
  detached: boolean;
  /**
   * Which row element shows it (the key to render by): a record keeps its element while it
   * stays rendered (focus stays put), and one coming into view takes the element of one that
   * left, so a keystroke or a scroll updates rows instead of making and dropping them.
   */
  slot: number;
  /** A spare row: not needed now, kept hidden (without the record's name and value), to show a record later without making a row. */
  hidden?: boolean;
}

/** What one render of the table shows. */
export interface VirtualWindow {
  items: VirtualItem[];
  /** `aria-rowindex` of each record row (the header is 1, open details rows count). */
  rowIndex: (index: number) => number;
  /** `aria-rowcount`: header, records and open details rows. */
  rowCount: number;
}

/** Rows rendered beyond each edge of the visible span. */
const OVERSCAN = 6;
/** Up to this many rows are all rendered: a small zone needs no window (and never blinks). */
const ALL_BELOW = 30;
/** Guesses until a row is measured: a line (2.5rem), or a card in the narrow layout (6.5rem). */
const GUESS = { line: 40, card: 104 };
/** At or below this width the table is stacked cards (the styles' container query). */
const NARROW = 640;
/** How long a saved record stays highlighted, in ms. */
const HIGHLIGHT_MS = 4000;

const clamp = (value: number, min: number, max: number): number => Math.min(max, Math.max(min, value));

/** Windowing, measuring, roving focus and row actions of the records table. */
export class VirtualTable implements ReactiveController {
  /** The record whose row takes Tab into the table. */
  focusedId: string | undefined;
  /** A record just added or changed, shown highlighted. */
  highlightId: string | undefined;
  /** Runs a row's action (`data-action` of the clicked button). */
  dispatch: (action: string, record: DnsRecord, opener: HTMLElement) => void = () => undefined;

  private rows: readonly DnsRecord[] = [];
  private tabId: string | undefined;
  private layout = new RowLayout(0, GUESS.line);
  private rowHeight = 0;
  private readonly heights = new Map<string, number>();
  /** The slot (see {@link VirtualItem.slot}) of each rendered record, spare rows' included. */
  private slots = new Map<string, number>();
  /** What each slot showed last. */
  private bySlot = new Map<number, VirtualItem>();
  private range: [number, number] = [0, 0];
  private width = 0;
  private hadFocus = false;
  private scrollTo: { id: string; focus: boolean; block: ScrollLogicalPosition } | undefined;
  private highlightTimer: ReturnType<typeof setTimeout> | undefined;
  private resizer: ResizeObserver | undefined;

  /** @param host the element, re-rendered when other rows come into view */
  constructor(private readonly host: VirtualTableHost) {
    host.addController(this);
  }

  /** Follows scrolling of the page (and any scrolling ancestor) and the element's width. */
  hostConnected(): void {
    document.addEventListener('scroll', this.onScroll, { capture: true, passive: true });
    addEventListener('resize', this.onScroll, { passive: true });
    this.width = this.host.clientWidth;
    this.resizer = new ResizeObserver(() => {
      const width = this.host.clientWidth;
      // A height change comes from our own rows; only a new width can change the row height.
      if (width !== this.width) {
        this.width = width;
        this.host.requestUpdate();
      } else this.onScroll();
    });
    this.resizer.observe(this.host);
  }

  /** Stops following. */
  hostDisconnected(): void {
    document.removeEventListener('scroll', this.onScroll, { capture: true });
    removeEventListener('resize', this.onScroll);
    this.resizer?.disconnect();
    clearTimeout(this.highlightTimer);
  }

  private get body(): HTMLElement | null {
    return this.host.renderRoot.querySelector<HTMLElement>('tbody.rows');
  }

  private rowOf(id: string): HTMLElement | null {
    return this.body?.querySelector<HTMLElement>(`tr.row[data-id="${CSS.escape(id)}"]`) ?? null;
  }

  /**
   * The rows to render now. `tall` are the ids of rows that may be taller than a line
   * (value shown whole, details open); `details` those with a details row under them.
   */
  window(rows: readonly DnsRecord[], tall: ReadonlySet<string>, details: ReadonlySet<string>): VirtualWindow {
    this.rows = rows;
    if (this.rowHeight === 0) this.rowHeight = this.host.clientWidth > 0 && this.host.clientWidth <= NARROW ? GUESS.card : GUESS.line;
    const indexOf = (id: string): number => rows.findIndex((r) => r.id === id);
    const tallAt = new Map<number, number>();
    for (const id of tall) {
      const index = indexOf(id);
      if (index >= 0) tallAt.set(index, this.heights.get(id) ?? this.rowHeight * 3);
    }
    this.layout = new RowLayout(rows.length, this.rowHeight, tallAt);
    if (this.range[1] === 0) this.range = [0, Math.ceil(innerHeight / this.rowHeight) + OVERSCAN];
    const all = rows.length <= ALL_BELOW;
    const start = all ? 0 : clamp(this.range[0], 0, rows.length);
    const end = all ? rows.length : clamp(this.range[1], start, rows.length);
    const focused = this.focusedId === undefined ? -1 : indexOf(this.focusedId);
    this.tabId = focused >= 0 ? this.focusedId : rows[0]?.id;
    const pinned = new Set([this.focusedId, this.highlightId, this.scrollTo?.id].filter((id): id is string => Boolean(id)));
    const items: VirtualItem[] = [];
    const add = (index: number, detached: boolean): void => {
      const record = rows[index] as DnsRecord;
      items.push({ record, index, detached, slot: this.slots.get(record.id) ?? -1 });
    };
    for (const id of pinned) {
      const index = indexOf(id);
      if (index >= 0 && (index < start || index >= end)) add(index, true);
    }
    for (let index = start; index < end; index += 1) add(index, false);
    // In index order: reading order, and the pinned row keeps its place among the others.
    items.sort((a, b) => a.index - b.index);
    // A record coming into view takes the lowest slot no rendered record keeps.
    const taken = new Set(items.map((item) => item.slot));
    let free = 0;
    for (const item of items) {
      if (item.slot >= 0) continue;
      while (taken.has(free)) free += 1;
      item.slot = free++;
    }
    // Rows not needed now stay, hidden: a keystroke that shows more rows again
    // (deleting a letter) fills them instead of making rows. There are never more than the
    // most rows shown at once.
    const used = new Set(items.map((item) => item.slot));
    // A spare shows no name or value (a deleted record's must leave the page).
    for (const [slot, { record, index }] of this.bySlot)
      if (!used.has(slot))
        items.push({ record: { ...record, id: `spare${String(slot)}`, name: '', value: '' }, index, slot, detached: false, hidden: true });
    this.bySlot = new Map(items.map((item) => [item.slot, item]));
    this.slots = new Map(items.map((item) => [item.record.id, item.slot]));
    const detailsAt = [...details]
      .map(indexOf)
      .filter((i) => i >= 0)
      .sort((a, b) => a - b);
    return {
      items,
      rowCount: rows.length + 1 + detailsAt.length,
      rowIndex: (index) => 2 + index + detailsAt.filter((i) => i < index).length,
    };
  }

  /** Whether `id`'s row takes Tab (the focused row, or the first when none is). */
  isFocusable(id: string): boolean {
    return this.tabId === id;
  }

  /** Scrolls a record into view wherever it sorts, highlights it and makes its row the one Tab reaches. */
  reveal(id: string): void {
    if (!this.rows.some((r) => r.id === id)) return;
    this.highlightId = id;
    this.focusedId = id;
    this.scrollTo = { id, focus: false, block: 'center' };
    clearTimeout(this.highlightTimer);
    this.highlightTimer = setTimeout(() => {
      this.highlightId = undefined;
      this.host.requestUpdate();
    }, HIGHLIGHT_MS);
    this.host.requestUpdate();
  }

  /** Moves focus to the row at `index`, rendering and scrolling to it first. */
  focusRow(index: number): void {
    const record = this.rows[clamp(index, 0, this.rows.length - 1)];
    if (!record) return;
    this.focusedId = record.id;
    this.scrollTo = { id: record.id, focus: true, block: 'nearest' };
    this.host.requestUpdate();
  }

  /** The span of rows on screen, in px from the first row; undefined before the table renders. */
  private span(): [number, number] | undefined {
    const body = this.body;
    const wrap = body?.closest('.table-wrap');
    if (!body || !wrap) return undefined;
    const rows = body.getBoundingClientRect();
    const view = wrap.getBoundingClientRect();
    const top = Math.max(view.top, 0) - rows.top;
    return [top, Math.max(top, Math.min(view.bottom, innerHeight) - rows.top)];
  }

  /** Renders other rows when the visible span leaves the rendered ones. */
  readonly onScroll = (): void => {
    const span = this.span();
    if (!span) return;
    const [first, last] = this.layout.range(span[0], span[1], 0);
    if (first >= this.range[0] && last <= Math.min(this.range[1], this.rows.length)) return;
    this.range = this.layout.range(span[0], span[1], OVERSCAN);
    this.host.requestUpdate();
  };

  /** Notes whether focus is in the table, to keep it there when rows are replaced. */
  hostUpdate(): void {
    const active = (this.host.renderRoot as ShadowRoot).activeElement ?? null;
    this.hadFocus = Boolean(active && this.body?.contains(active));
  }

  /** Places the rows, measures them, renders more if needed, and scrolls or focuses as asked. */
  hostUpdated(): void {
    const body = this.body;
    if (!body) return;
    const layout = this.layout;
    const rowEls = [...body.querySelectorAll<HTMLElement>('tr.row')];
    const first = rowEls.find((el) => !el.classList.contains('detached'));
    const start = first ? Number(first.dataset['index']) : 0;
    body.style.paddingTop = `${layout.offset(start)}px`;
    body.style.height = `${layout.total}px`;
    let remeasured = false;
    for (const el of rowEls) {
      const index = Number(el.dataset['index']);
      const detached = el.classList.contains('detached');
      const transform = detached ? `translateY(${layout.offset(index)}px)` : '';
      if (el.style.transform !== transform) el.style.transform = transform;
      if (detached) continue;
      const id = el.dataset['id'] ?? '';
      const details = el.nextElementSibling?.classList.contains('details-row') ? (el.nextElementSibling as HTMLElement) : undefined;
      const height = el.offsetHeight + (details?.offsetHeight ?? 0);
      if (height === 0) continue;
      if (el.classList.contains('tall')) {
        if (this.heights.get(id) !== height) {
          this.heights.set(id, height);
          remeasured = true;
        }
      } else if (height !== this.rowHeight) {
        this.rowHeight = height;
        remeasured = true;
      }
    }
    const target = this.scrollTo && this.rowOf(this.scrollTo.id);
    if (remeasured) {
      this.host.requestUpdate();
    } else if (this.scrollTo && target) {
      const { focus, block } = this.scrollTo;
      this.scrollTo = undefined;
      if (focus) target.focus({ preventScroll: true });
      target.scrollIntoView({ block, inline: 'nearest' });
      this.onScroll();
    } else {
      this.onScroll();
    }
    const active = (this.host.renderRoot as ShadowRoot).activeElement;
    if (this.hadFocus && !(active && body.contains(active)) && this.focusedId) this.rowOf(this.focusedId)?.focus({ preventScroll: true });
  }

  /** One listener for every row button: `data-action` says what, the row's `data-index` which record. */
  readonly onClick = (event: Event): void => {
    const button = (event.target as Element).closest<HTMLElement>('button[data-action]');
    const row = button?.closest<HTMLElement>('tr[data-index]');
    const record = row && this.rows[Number(row.dataset['index'])];
    if (button && record) this.dispatch(button.dataset['action'] ?? '', record, button);
  };

  /** The row with focus becomes the one Tab reaches. */
  readonly onFocusIn = (event: Event): void => {
    const id = (event.target as Element).closest<HTMLElement>('tr[data-id]')?.dataset['id'];
    if (id && id !== this.focusedId) {
      this.focusedId = id;
      this.host.requestUpdate();
    }
  };

  /** Up/Down, Page Up/Down, Home/End move between rows; Enter edits, Space opens details. */
  readonly onKeyDown = (event: KeyboardEvent): void => {
    const target = event.target as HTMLElement;
    const row = target.closest<HTMLElement>('tr[data-index]');
    if (!row || event.altKey || event.ctrlKey || event.metaKey) return;
    const index = Number(row.dataset['index']);
    const page = Math.max(1, Math.floor(((this.span()?.[1] ?? 0) - (this.span()?.[0] ?? 0)) / this.rowHeight) - 1);
    const moves: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      PageDown: index + page,
      PageUp: index - page,
      Home: 0,
      End: this.rows.length - 1,
    };
    const to = moves[event.key];
    if (to !== undefined) {
      event.preventDefault();
      this.focusRow(to);
      return;
    }
    if (target !== row || (event.key !== 'Enter' && event.key !== ' ')) return;
    const pick = (action: string): HTMLElement | null => row.querySelector<HTMLElement>(`[data-action="${action}"]`);
    const button = event.key === 'Enter' ? (pick('edit') ?? pick('copy')) : (pick('details') ?? pick('expand'));
    if (button) {
      event.preventDefault();
      button.click();
    }
  };
}
