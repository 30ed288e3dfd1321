import { Task, initialState } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { PocketDnsApiError } from '../../api/errors.js';
import { sleep } from '../../api/rate-limit.js';
import type { DnsRecord, DomainDetails } from '../../api/types.js';
import { checkConflicts, type Conflict } from '../../dns/conflicts.js';
import { fullName, normalizeZone, parseRecordName, toUnicodeName } from '../../dns/names.js';
import { formatTtl, TTL_PRESETS } from '../../dns/ttl.js';
import { RECORD_TYPES, type NormalizedRecord, type RecordType } from '../../dns/types.js';
import { validateRecord } from '../../dns/validate.js';
import { PocketDnsBeforeChangeEvent, type ChangeAction } from '../../events/before-change.js';
import type { PocketDnsDomainSelectEvent } from '../../events/domain-select.js';
import { PocketDnsRecordCreateEvent, PocketDnsRecordDeleteEvent, PocketDnsRecordUpdateEvent } from '../../events/record-change.js';
import { PocketDnsElement } from '../../internal/base-element.js';
import { renderSessionState, renderSkeleton } from '../../internal/session-views.js';
import { themeStyles } from '../../internal/theme.styles.js';
import { draftErrors, draftFromRecord, draftToInput, emptyDraft, placeServerMessage, type DraftField, type RecordDraft } from './draft.js';
import { recordsStyles } from './pocketdns-records.styles.js';

/** Rows rendered at first and per "Show more": enough to scroll, few enough to build in one frame or two. */
const PAGE_SIZE = 100;
/** How long Undo is offered after a delete. */
const UNDO_MS = 10_000;
/** Frames to wait for the element named by `for` to appear. */
const FOLLOW_ATTEMPTS = 60;
/** Values longer than this are clamped to two lines with a "Show all" toggle. */
const LONG_VALUE = 90;

type SortKey = 'name' | 'type';

interface EditorState {
  mode: 'create' | 'edit';
  draft: RecordDraft;
  /** The record being edited. */
  record?: DnsRecord | undefined;
  touched: Set<DraftField>;
  submitted: boolean;
  /** Messages from the server, by field, until that field is edited. */
  serverErrors: Partial<Record<DraftField, string>>;
  /** A message for the whole form, with a Retry when trying again may help. */
  formError?: { message: string; retry: boolean } | undefined;
  conflicts: Conflict[];
}

interface Banner {
  kind: 'error' | 'warning' | 'success';
  message: string;
  retry?: (() => void) | undefined;
}

const PLACEHOLDERS: Record<RecordType, string> = {
  A: '192.0.2.1',
  AAAA: '2001:db8::1',
  CNAME: 'target.example.net',
  MX: 'mail.example.net',
  TXT: 'v=spf1 include:_spf.example.net ~all',
  SRV: '',
  NS: 'ns1.example.net',
};
const VALUE_LABEL: Record<RecordType, string> = {
  A: 'IPv4 address',
  AAAA: 'IPv6 address',
  CNAME: 'Target host name',
  MX: 'Mail server',
  TXT: 'Text',
  SRV: 'Target',
  NS: 'Name server',
};

/**
 * Lists a domain's DNS records and lets the customer add, edit and delete them.
 *
 * @summary A domain's DNS records, with a form that follows the record type.
 *
 * @fires {PocketDnsBeforeChangeEvent} pocketdns-before-change - Before any change; cancel it to stop the change.
 * @fires {PocketDnsRecordCreateEvent} pocketdns-record-create - After PocketDNS created a record (`detail.record`).
 * @fires {PocketDnsRecordUpdateEvent} pocketdns-record-update - After PocketDNS changed a record (`detail.record`, `detail.previous`).
 * @fires {PocketDnsRecordDeleteEvent} pocketdns-record-delete - After PocketDNS deleted a record (`detail.record`).
 * @fires {PocketDnsErrorEvent} pocketdns-error - A request failed (`detail.error`).
 * @fires {PocketDnsSessionEndEvent} pocketdns-session-end - The partner's session endpoint says the customer is signed out.
 *
 * @csspart toolbar - The heading, filter and Add record row.
 * @csspart filter - The filter input.
 * @csspart add-button - The Add record button.
 * @csspart table - The records table.
 * @csspart row - One record's row.
 * @csspart type - A record type badge.
 * @csspart value - A record's value.
 * @csspart dialog - The add/edit and delete dialogs.
 * @csspart form - The add/edit form.
 * @csspart error - An error message.
 * @csspart banner - A message above the table (errors, rate limits).
 * @csspart toast - The Undo message after a delete.
 * @csspart state - An empty, signed-out, offline or error state.
 * @csspart loading - The loading placeholder.
 *
 * @cssprop [--pocketdns-color-primary=#2150c2] - Buttons, links, focus.
 * @cssprop [--pocketdns-color-surface=#ffffff] - Background.
 * @cssprop [--pocketdns-color-surface-subtle=#f4f6fa] - Header and badge background.
 * @cssprop [--pocketdns-color-text=#1d2330] - Text.
 * @cssprop [--pocketdns-color-text-muted=#545c6e] - Secondary text.
 * @cssprop [--pocketdns-color-border=#cfd5e1] - Borders.
 * @cssprop [--pocketdns-color-danger=#b42318] - Errors and Delete.
 * @cssprop [--pocketdns-color-focus=#1a4fd1] - Focus ring.
 * @cssprop [--pocketdns-radius=8px] - Corner radius.
 * @cssprop [--pocketdns-font-family=system-ui] - Font.
 * @cssprop [--pocketdns-font-family-mono=ui-monospace] - Names and values.
 * @cssprop [--pocketdns-records-max-height=none] - Height after which the table scrolls.
 */
@customElement('pocketdns-records')
export class PocketDnsRecordsElement extends PocketDnsElement {
  static override styles = [themeStyles, recordsStyles];

  @query('#editor') private editorDialog!: HTMLDialogElement;
  @query('#confirm') private confirmDialog!: HTMLDialogElement;

  /** The domain whose records are shown. */
  @property({ attribute: 'domain-id', reflect: true }) domainId = '';

  /** The id of a `<pocketdns-domains>` in the same document (or shadow root) whose selection to follow. */
  @property() for = '';

  /** View only: no adding, editing or deleting. */
  @property({ type: Boolean, reflect: true }) readonly = false;

  @state() private records: DnsRecord[] = [];
  @state() private domain: DomainDetails | undefined;
  @state() private filter = '';
  @state() private sort: { key: SortKey; descending: boolean } = { key: 'name', descending: false };
  @state() private visibleCount = PAGE_SIZE;
  @state() private pending = new Map<string, string>();
  @state() private editor: EditorState | undefined;
  @state() private confirming: DnsRecord | undefined;
  @state() private undo: DnsRecord | undefined;
  @state() private banner: Banner | undefined;
  @state() private announcement = '';
  @state() private expanded = new Set<string>();

  private followed: HTMLElement | undefined;
  private followGeneration = 0;
  private opener: HTMLElement | undefined;
  private undoTimer: ReturnType<typeof setTimeout> | undefined;
  private tempSeq = 0;
  private readonly searchKeys = new WeakMap<DnsRecord, string>();
  private rowsCache: { records: DnsRecord[]; filter: string; sort: string; rows: DnsRecord[] } | undefined;

  private readonly loadTask = new Task(this, {
    task: async ([manager, domainId]) => {
      if (!manager || !domainId) return initialState;
      return this.reporting(() => manager.domainDetails(domainId));
    },
    args: () => [this.session.manager, this.session.state.status === 'ready' ? this.domainId : ''] as const,
    onComplete: (details) => {
      this.domain = details;
      this.records = details.dns_records;
      this.visibleCount = PAGE_SIZE;
      this.prepareSearch(details.dns_records);
    },
  });

  override connectedCallback(): void {
    super.connectedCallback();
    this.follow();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unfollow();
    clearTimeout(this.undoTimer);
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('domainId') && changed.get('domainId') !== undefined) {
      this.records = [];
      this.domain = undefined;
      this.filter = '';
      this.banner = undefined;
      this.closeUndo();
    }
  }

  override updated(changed: PropertyValues<this>): void {
    if (changed.has('for')) this.follow();
  }

  /** Loads the records again. */
  refresh(): void {
    if (this.domainId) this.session.manager?.invalidateDomain(this.domainId);
    void this.loadTask.run();
  }

  // --- following a <pocketdns-domains> ---------------------------------------------------

  private readonly onDomainSelect = (event: PocketDnsDomainSelectEvent): void => {
    this.domainId = event.detail.domain.id;
  };

  /** Starting a new search for the `for` target cancels any earlier one still waiting. */
  private follow(attempt = 0, generation = ++this.followGeneration): void {
    if (!this.isConnected) return;
    const root = this.getRootNode() as Document | ShadowRoot;
    const target = this.for ? root.getElementById(this.for) : null;
    if (target === this.followed) return;
    this.unfollow();
    if (!this.for) return;
    if (!target) {
      // The element may come later in the document: look again for about a second of frames,
      // then tell the partner's developer instead of polling forever.
      if (attempt < FOLLOW_ATTEMPTS) {
        requestAnimationFrame(() => {
          if (generation === this.followGeneration && !this.followed) this.follow(attempt + 1, generation);
        });
      } else {
        console.warn(`<pocketdns-records for="${this.for}">: no element with id "${this.for}" in this document or shadow root.`);
      }
      return;
    }
    this.followed = target;
    target.addEventListener('pocketdns-domain-select', this.onDomainSelect);
    const selected = (target as Partial<{ selected: string }>).selected;
    if (typeof selected === 'string' && selected) this.domainId = selected;
  }

  private unfollow(): void {
    this.followed?.removeEventListener('pocketdns-domain-select', this.onDomainSelect);
    this.followed = undefined;
  }

  // --- derived -----------------------------------------------------------------------------

  private get zone(): string {
    return this.domain ? normalizeZone(this.domain.name) : '';
  }

  private get canEdit(): boolean {
    return !this.readonly && this.domain?.status !== 'suspended';
  }

  private displayName(name: string): string {
    return name === '@' ? '@' : toUnicodeName(name);
  }

  private searchKey(record: DnsRecord): string {
    let key = this.searchKeys.get(record);
    if (key === undefined) {
      key = `${record.type} ${record.name} ${this.displayName(record.name)} ${record.value}`.toLowerCase();
      this.searchKeys.set(record, key);
    }
    return key;
  }

  /** Builds the filter's search keys while the browser is idle, so the first keystroke on a big zone is not the slow one. */
  private prepareSearch(records: DnsRecord[]): void {
    // Safari has no requestIdleCallback.
    const idle: (run: (deadline?: IdleDeadline) => void) => void =
      'requestIdleCallback' in globalThis ? (run) => requestIdleCallback(run) : (run) => setTimeout(run, 50);
    let index = 0;
    const step = (deadline?: IdleDeadline): void => {
      const until = performance.now() + 8;
      while (index < records.length && (deadline ? deadline.timeRemaining() > 1 : performance.now() < until)) {
        const record = records[index];
        if (record) this.searchKey(record);
        index += 1;
      }
      if (index < records.length && this.records === records) idle(step);
    };
    idle(step);
  }

  /** The filtered, sorted records, recomputed only when they, the filter or the sort change. */
  private get rows(): DnsRecord[] {
    const sortKey = `${this.sort.key}:${String(this.sort.descending)}`;
    const cache = this.rowsCache;
    if (cache?.records === this.records && cache.filter === this.filter && cache.sort === sortKey) return cache.rows;
    const needle = this.filter.trim().toLowerCase();
    const filtered = needle ? this.records.filter((r) => this.searchKey(r).includes(needle)) : [...this.records];
    const byName = (a: DnsRecord, b: DnsRecord): number =>
      a.name === b.name ? 0 : a.name === '@' ? -1 : b.name === '@' ? 1 : a.name < b.name ? -1 : 1;
    const byType = (a: DnsRecord, b: DnsRecord): number => (a.type === b.type ? 0 : a.type < b.type ? -1 : 1);
    const [first, second] = this.sort.key === 'name' ? [byName, byType] : [byType, byName];
    const direction = this.sort.descending ? -1 : 1;
    filtered.sort((a, b) => direction * (first(a, b) || second(a, b)));
    this.rowsCache = { records: this.records, filter: this.filter, sort: sortKey, rows: filtered };
    return filtered;
  }

  private announce(message: string): void {
    // Re-setting the same text would not be read again; clear first.
    this.announcement = '';
    requestAnimationFrame(() => {
      this.announcement = message;
    });
  }

  private describe(record: Pick<DnsRecord, 'type' | 'name'>): string {
    return `${record.type} record ${this.displayName(record.name)}`;
  }

  // --- the editor ----------------------------------------------------------------------------

  private async openEditor(editor: EditorState, opener?: HTMLElement): Promise<void> {
    if (opener) this.opener = opener;
    this.editor = editor;
    await this.updateComplete;
    if (!this.editorDialog.open) this.editorDialog.showModal();
    const first = editor.mode === 'create' ? '#type' : '#name';
    this.editorDialog.querySelector<HTMLElement>(first)?.focus();
  }

  private closeEditor(): void {
    if (this.editorDialog.open) this.editorDialog.close();
  }

  private readonly onEditorClosed = (): void => {
    this.editor = undefined;
    this.opener?.focus();
  };

  private updateDraft(field: DraftField, value: string): void {
    const editor = this.editor;
    if (!editor) return;
    let draft = { ...editor.draft, [field]: value };
    if (field === 'type') {
      // A new type keeps the name and TTL the customer typed, and starts the rest afresh.
      draft = { ...emptyDraft(value as RecordType), name: draft.name, ttl: draft.ttl };
    }
    const serverErrors = Object.fromEntries(Object.entries(editor.serverErrors).filter(([key]) => key !== field));
    this.editor = { ...editor, draft, serverErrors, conflicts: [], formError: undefined };
  }

  private touch(field: DraftField): void {
    if (!this.editor || this.editor.touched.has(field)) return;
    this.editor = { ...this.editor, touched: new Set([...this.editor.touched, field]) };
  }

  private async submit(event: Event): Promise<void> {
    event.preventDefault();
    const editor = this.editor;
    if (!editor || !this.domain) return;
    const result = validateRecord(draftToInput(editor.draft), { zone: this.zone });
    if (!result.ok) {
      this.editor = { ...editor, submitted: true };
      await this.updateComplete;
      this.editorDialog.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      this.announce('Some fields need attention.');
      return;
    }
    const conflicts = checkConflicts(
      this.records.filter((r) => !this.pending.has(r.id) || r.id === editor.record?.id),
      { ...result.record, id: editor.record?.id },
    );
    if (conflicts.length > 0) {
      this.editor = { ...editor, submitted: true, conflicts };
      this.announce(conflicts.map((c) => c.message).join(' '));
      return;
    }
    const action: ChangeAction = editor.mode === 'create' ? 'create' : 'update';
    if (!this.allowed(action, result.record, editor.record)) {
      this.editor = { ...editor, formError: { message: 'This change is not allowed on this site.', retry: false } };
      return;
    }
    this.closeEditor();
    if (editor.mode === 'create') void this.addRecord(result.record, editor);
    else if (editor.record) void this.saveRecord(editor.record, result.record, editor);
  }

  /** Fires the cancelable before-change event; false when the partner stopped the change. */
  private allowed(action: ChangeAction, record: NormalizedRecord, previous?: DnsRecord): boolean {
    const event = new PocketDnsBeforeChangeEvent({
      action,
      record: { ...record, id: previous?.id, domain_id: this.domainId },
      previous,
    });
    return this.dispatchEvent(event);
  }

  // --- changes, optimistic ----------------------------------------------------------------

  /** Runs a request, waiting out rate limits (twice at most) and saying when it will retry. */
  private async withRetries<T>(run: () => Promise<T>): Promise<T> {
    for (let attempt = 0; ; attempt += 1) {
      try {
        return await run();
      } catch (error) {
        if (!(error instanceof PocketDnsApiError) || error.code !== 'rate_limited' || attempt >= 2) throw error;
        const at = error.retryAt?.getTime() ?? Date.now() + 5_000;
        const wait = Math.min(Math.max(at - Date.now(), 500), 60_000);
        const when = new Date(Date.now() + wait).toLocaleTimeString(this.effectiveLocale);
        this.banner = { kind: 'warning', message: `Too many changes at once. Retrying at ${when} (in ${Math.ceil(wait / 1000)} s)…` };
        this.announce(this.banner.message);
        await sleep(wait);
        this.banner = undefined;
      }
    }
  }

  private setPending(id: string, label: string | undefined): void {
    const pending = new Map(this.pending);
    if (label) pending.set(id, label);
    else pending.delete(id);
    this.pending = pending;
  }

  private replace(id: string, record: DnsRecord | undefined): void {
    this.records = record ? this.records.map((r) => (r.id === id ? record : r)) : this.records.filter((r) => r.id !== id);
  }

  private async addRecord(record: NormalizedRecord, editor?: EditorState): Promise<DnsRecord | undefined> {
    const manager = this.session.manager;
    if (!manager) return undefined;
    const domainId = this.domainId;
    const stamp = new Date().toISOString();
    const tempId = `pending-${String((this.tempSeq += 1))}`;
    this.records = [...this.records, { id: tempId, domain_id: domainId, ...record, created_at: stamp, updated_at: stamp }];
    this.setPending(tempId, 'Saving…');
    this.announce(`Adding ${this.describe(record)}…`);
    try {
      const created = await this.withRetries(() => manager.client.createRecord({ domain_id: domainId, ...record }));
      manager.invalidateDomain(domainId);
      this.replace(tempId, created);
      this.announce(`Added ${this.describe(created)}.`);
      this.dispatchEvent(new PocketDnsRecordCreateEvent({ record: created }));
      return created;
    } catch (error) {
      this.replace(tempId, undefined);
      this.failed(error, editor, () => void this.addRecord(record, editor));
      return undefined;
    } finally {
      this.setPending(tempId, undefined);
    }
  }

  private async saveRecord(previous: DnsRecord, record: NormalizedRecord, editor: EditorState): Promise<void> {
    const manager = this.session.manager;
    if (!manager) return;
    this.replace(previous.id, { ...previous, ...record });
    this.setPending(previous.id, 'Saving…');
    this.announce(`Saving ${this.describe(record)}…`);
    try {
      const { name, value, ttl, priority } = record;
      const updated = await this.withRetries(() => manager.client.updateRecord(previous.id, { name, value, ttl, priority }));
      manager.invalidateDomain(this.domainId);
      this.replace(previous.id, updated);
      this.announce(`Saved ${this.describe(updated)}.`);
      this.dispatchEvent(new PocketDnsRecordUpdateEvent({ record: updated, previous }));
    } catch (error) {
      this.replace(previous.id, previous);
      this.failed(error, editor, () => void this.saveRecord(previous, record, editor));
    } finally {
      this.setPending(previous.id, undefined);
    }
  }

  private async deleteRecord(record: DnsRecord): Promise<void> {
    const manager = this.session.manager;
    if (!manager) return;
    const index = this.records.findIndex((r) => r.id === record.id);
    this.replace(record.id, undefined);
    this.announce(`Deleting ${this.describe(record)}…`);
    try {
      await this.withRetries(() => manager.client.deleteRecord(record.id));
      manager.invalidateDomain(this.domainId);
      this.dispatchEvent(new PocketDnsRecordDeleteEvent({ record }));
      this.offerUndo(record);
    } catch (error) {
      const restored = [...this.records];
      restored.splice(Math.max(0, index), 0, record);
      this.records = restored;
      this.failed(error, undefined, () => void this.deleteRecord(record));
    }
  }

  private offerUndo(record: DnsRecord): void {
    clearTimeout(this.undoTimer);
    this.undo = record;
    this.announce(`Deleted ${this.describe(record)}. Undo is available for 10 seconds.`);
    this.undoTimer = setTimeout(() => {
      this.closeUndo();
    }, UNDO_MS);
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#undo')?.focus());
  }

  private closeUndo(): void {
    clearTimeout(this.undoTimer);
    this.undo = undefined;
  }

  private async undoDelete(): Promise<void> {
    const record = this.undo;
    if (!record) return;
    this.closeUndo();
    const normalized: NormalizedRecord = {
      type: record.type,
      name: record.name,
      value: record.value,
      ttl: record.ttl,
      priority: record.priority ?? null,
    };
    if (!this.allowed('create', normalized)) {
      this.banner = { kind: 'error', message: 'Restoring this record is not allowed on this site.' };
      return;
    }
    const created = await this.addRecord(normalized);
    if (created) this.announce(`Restored ${this.describe(created)}.`);
    this.renderRoot.querySelector<HTMLElement>('[part~="add-button"]')?.focus();
  }

  /** After a refused or failed change: report it, and give the customer back what they typed. */
  private failed(error: unknown, editor: EditorState | undefined, retry: () => void): void {
    const apiError = this.reportError(error);
    const retryable = apiError.retryable;
    if (!editor) {
      this.banner = { kind: 'error', message: apiError.messages.join(' '), retry: retryable ? retry : undefined };
      this.announce(apiError.messages.join(' '));
      return;
    }
    const serverErrors: Partial<Record<DraftField, string>> = {};
    const unplaced: string[] = [];
    if (apiError.code === 'validation_failed' || apiError.code === 'bad_request') {
      for (const message of apiError.messages) {
        const { field, text } = placeServerMessage(message, editor.draft.type);
        if (field && !serverErrors[field]) serverErrors[field] = text;
        else unplaced.push(text);
      }
    } else {
      unplaced.push(...apiError.messages);
    }
    const formError = unplaced.length > 0 ? { message: unplaced.join(' '), retry: retryable } : undefined;
    this.announce(`The change was not saved. ${apiError.messages.join(' ')}`);
    void this.openEditor({ ...editor, serverErrors, formError, submitted: true, conflicts: [] });
  }

  // --- event handlers ------------------------------------------------------------------------

  private readonly onAdd = (event: Event): void => {
    void this.openEditor(
      { mode: 'create', draft: emptyDraft(), touched: new Set(), submitted: false, serverErrors: {}, conflicts: [] },
      event.currentTarget as HTMLElement,
    );
  };

  private onEdit(record: DnsRecord, event: Event): void {
    void this.openEditor(
      { mode: 'edit', draft: draftFromRecord(record), record, touched: new Set(), submitted: false, serverErrors: {}, conflicts: [] },
      event.currentTarget as HTMLElement,
    );
  }

  private async onDelete(record: DnsRecord, event: Event): Promise<void> {
    this.opener = event.currentTarget as HTMLElement;
    this.confirming = record;
    await this.updateComplete;
    this.confirmDialog.showModal();
    this.confirmDialog.querySelector<HTMLElement>('#confirm-cancel')?.focus();
  }

  private confirmDelete(): void {
    const record = this.confirming;
    this.confirmDialog.close();
    if (!record) return;
    if (
      !this.allowed(
        'delete',
        { type: record.type, name: record.name, value: record.value, ttl: record.ttl, priority: record.priority ?? null },
        record,
      )
    ) {
      this.banner = { kind: 'error', message: 'Deleting this record is not allowed on this site.' };
      this.opener?.focus();
      return;
    }
    void this.deleteRecord(record);
  }

  private readonly onConfirmClosed = (): void => {
    const deleting = this.confirming && !this.records.some((r) => r.id === this.confirming?.id);
    this.confirming = undefined;
    if (!deleting) this.opener?.focus();
  };

  private async copy(record: DnsRecord): Promise<void> {
    try {
      await navigator.clipboard.writeText(record.value);
      this.announce(`Copied the value of ${this.describe(record)}.`);
    } catch {
      this.announce('Could not copy: your browser did not allow it.');
    }
  }

  private toggleSort(key: SortKey): void {
    this.sort = { key, descending: this.sort.key === key ? !this.sort.descending : false };
    this.visibleCount = PAGE_SIZE;
  }

  private toggleExpanded(id: string): void {
    const expanded = new Set(this.expanded);
    if (expanded.has(id)) expanded.delete(id);
    else expanded.add(id);
    this.expanded = expanded;
  }

  // --- rendering -----------------------------------------------------------------------------

  private renderField(
    editor: EditorState,
    errors: Partial<Record<DraftField, string>>,
    field: DraftField,
    label: string,
    control: (describedBy: string, invalid: boolean) => TemplateResult,
    hint?: TemplateResult | string,
  ): TemplateResult {
    const message = editor.serverErrors[field] ?? (editor.submitted || editor.touched.has(field) ? errors[field] : undefined);
    const describedBy = [hint ? `${field}-hint` : '', message ? `${field}-error` : ''].filter(Boolean).join(' ');
    return html`<div class="field">
      <label for=${field}>${label}</label>
      ${control(describedBy, message !== undefined)}
      ${hint ? html`<p class="hint" id="${field}-hint">${hint}</p>` : nothing}
      ${message ? html`<p class="field-error" id="${field}-error" part="error">${message}</p>` : nothing}
    </div>`;
  }

  private input(
    editor: EditorState,
    field: DraftField,
    describedBy: string,
    invalid: boolean,
    extra: Partial<{ inputmode: string; placeholder: string; list: string }> = {},
  ): TemplateResult {
    return html`<input
      id=${field}
      name=${field}
      .value=${live(editor.draft[field])}
      inputmode=${ifDefined(extra.inputmode)}
      placeholder=${ifDefined(extra.placeholder)}
      list=${ifDefined(extra.list)}
      autocomplete="off"
      spellcheck="false"
      aria-describedby=${describedBy || nothing}
      aria-invalid=${invalid ? 'true' : 'false'}
      @input=${(e: Event) => {
        this.updateDraft(field, (e.target as HTMLInputElement).value);
      }}
      @blur=${() => {
        this.touch(field);
      }}
    />`;
  }

  private renderEditor(): TemplateResult | typeof nothing {
    const editor = this.editor;
    if (!editor || !this.domain) return nothing;
    const { draft } = editor;
    const zone = this.zone;
    const shownZone = toUnicodeName(zone);
    const errors = draftErrors(draft, zone);
    const parsedName = parseRecordName(draft.name, zone);
    const full = parsedName.ok ? toUnicodeName(fullName(parsedName.value, zone)) : undefined;
    const ttlSeconds = Number(draft.ttl);
    const ttlHint =
      Number.isInteger(ttlSeconds) && ttlSeconds > 0
        ? `${formatTtl(ttlSeconds)}. Lower is faster to change, higher is faster to load.`
        : 'In seconds, from 60 (1 minute) to 86400 (1 day).';
    const field = (
      f: DraftField,
      label: string,
      extra: Parameters<typeof this.input>[4] = {},
      hint?: TemplateResult | string,
    ): TemplateResult => this.renderField(editor, errors, f, label, (d, i) => this.input(editor, f, d, i, extra), hint);

    return html`<form part="form" novalidate @submit=${(e: Event) => void this.submit(e)}>
      <h2 id="editor-title">${editor.mode === 'create' ? 'Add record' : `Edit ${draft.type} record`}</h2>
      ${
        editor.formError
          ? html`<div class="banner error" part="error" role="alert">
            <span>${editor.formError.message}</span>
            ${editor.formError.retry ? html`<button type="submit">Retry</button>` : nothing}
          </div>`
          : nothing
      }
      ${this.renderField(
        editor,
        errors,
        'type',
        'Type',
        (d, i) => html`<select
          id="type"
          name="type"
          ?disabled=${editor.mode === 'edit'}
          aria-describedby=${d || nothing}
          aria-invalid=${i ? 'true' : 'false'}
          @change=${(e: Event) => {
            this.updateDraft('type', (e.target as HTMLSelectElement).value);
          }}
        >
          ${RECORD_TYPES.map((t) => html`<option value=${t} ?selected=${t === draft.type}>${t}</option>`)}
        </select>`,
        editor.mode === 'edit' ? 'The type of an existing record cannot be changed; delete it and add a new one.' : undefined,
      )}
      ${this.renderField(
        editor,
        errors,
        'name',
        'Name',
        (d, i) =>
          html`<div class="with-suffix">${this.input(editor, 'name', d, i, { placeholder: draft.type === 'SRV' ? '_sip._tcp' : 'www' })}<span class="suffix" aria-hidden="true">.${shownZone}</span></div>`,
        full ? html`Creates <strong>${full}</strong>. Use @ for ${shownZone} itself.` : `Use @ for ${shownZone} itself.`,
      )}
      ${
        draft.type === 'SRV'
          ? html`<div class="fields-row">
              ${field('priority', 'Priority', { inputmode: 'numeric' })} ${field('weight', 'Weight', { inputmode: 'numeric', placeholder: '5' })}
              ${field('port', 'Port', { inputmode: 'numeric', placeholder: '5060' })}
            </div>
            ${field('target', 'Target', { placeholder: 'sip.example.net' }, 'The host that offers the service, or . for none.')}`
          : draft.type === 'TXT'
            ? this.renderField(
                editor,
                errors,
                'value',
                'Value',
                (d, i) => html`<textarea
                id="value"
                name="value"
                .value=${live(draft.value)}
                spellcheck="false"
                placeholder=${PLACEHOLDERS.TXT}
                aria-describedby=${d || nothing}
                aria-invalid=${i ? 'true' : 'false'}
                @input=${(e: Event) => {
                  this.updateDraft('value', (e.target as HTMLTextAreaElement).value);
                }}
                @blur=${() => {
                  this.touch('value');
                }}
              ></textarea>`,
                `${draft.value.length.toLocaleString(this.effectiveLocale)} of 4,096 characters.`,
              )
            : html`${field('value', 'Value', { placeholder: PLACEHOLDERS[draft.type] }, VALUE_LABEL[draft.type])}
            ${draft.type === 'MX' ? field('priority', 'Priority', { inputmode: 'numeric' }, 'Lower numbers are tried first.') : nothing}`
      }
      ${field('ttl', 'TTL', { inputmode: 'numeric', list: 'ttl-presets' }, ttlHint)}
      <datalist id="ttl-presets">${TTL_PRESETS.map((s) => html`<option value=${s}>${formatTtl(s)}</option>`)}</datalist>
      ${
        editor.conflicts.length > 0
          ? html`<div class="banner warning" part="error" role="alert">
            <ul class="conflicts">
              ${editor.conflicts.map((c) => html`<li>${c.message}</li>`)}
            </ul>
          </div>`
          : nothing
      }
      <div class="dialog-actions">
        <button type="button" @click=${() => {
          this.closeEditor();
        }}>Cancel</button>
        <button type="submit" class="primary">Save</button>
      </div>
    </form>`;
  }

  private renderConfirm(): TemplateResult | typeof nothing {
    const record = this.confirming;
    if (!record) return nothing;
    return html`<div class="body">
      <h2 id="confirm-title">Delete this record?</h2>
      <p id="confirm-desc">
        <span class="type">${record.type}</span>
        <span class="name">${record.name === '@' ? toUnicodeName(this.zone) : toUnicodeName(fullName(record.name, this.zone))}</span>
        → <span class="value">${record.value}</span>
      </p>
      <p class="hint">You can undo this for 10 seconds.</p>
      <div class="dialog-actions">
        <button type="button" id="confirm-cancel" @click=${() => {
          this.confirmDialog.close();
          this.opener?.focus();
        }}>Cancel</button>
        <button type="button" class="danger" @click=${() => {
          this.confirmDelete();
        }}>Delete</button>
      </div>
    </div>`;
  }

  private renderRow(record: DnsRecord): TemplateResult {
    const pending = this.pending.get(record.id);
    const long = record.value.length > LONG_VALUE;
    const expanded = this.expanded.has(record.id);
    const name = this.displayName(record.name);
    return html`<tr part="row" class=${pending ? 'pending' : ''} aria-busy=${pending ? 'true' : 'false'}>
      <td data-label="Type"><span class="type" part="type">${record.type}</span></td>
      <td data-label="Name" class="name-cell"><span class="name" title=${record.name === '@' ? toUnicodeName(this.zone) : toUnicodeName(fullName(record.name, this.zone))}>${name}</span></td>
      <td data-label="Value">
        <div class="value-cell">
          <span class="value ${long && !expanded ? 'clamped' : ''}" part="value" id="value-${record.id}">${record.value}</span>
          ${
            long
              ? html`<button type="button" class="link small" aria-expanded=${expanded ? 'true' : 'false'} aria-controls="value-${record.id}" @click=${() => {
                  this.toggleExpanded(record.id);
                }}>${expanded ? 'Show less' : 'Show all'}</button>`
              : nothing
          }
          <button type="button" class="small" aria-label="Copy value of ${record.type} ${name}" @click=${() => void this.copy(record)}>Copy</button>
        </div>
      </td>
      <td data-label="TTL" class="ttl"><span title="${record.ttl} seconds">${formatTtl(record.ttl)}</span></td>
      <td data-label="Priority">${record.priority ?? html`<span aria-label="none">—</span>`}</td>
      ${
        this.canEdit
          ? html`<td class="actions" data-label="Actions">
            ${
              pending
                ? html`<span class="saving">${pending}</span>`
                : html`<button type="button" class="small" aria-label="Edit ${record.type} ${name}" @click=${(e: Event) => {
                    this.onEdit(record, e);
                  }}>Edit</button
                ><button type="button" class="small danger" aria-label="Delete ${record.type} ${name}" @click=${(e: Event) => void this.onDelete(record, e)}>Delete</button>`
            }
          </td>`
          : nothing
      }
    </tr>`;
  }

  private renderTable(): TemplateResult {
    const rows = this.rows;
    const shown = rows.slice(0, this.visibleCount);
    const sortHeader = (key: SortKey, label: string): TemplateResult => html`<th
      scope="col"
      class="sortable"
      aria-sort=${this.sort.key === key ? (this.sort.descending ? 'descending' : 'ascending') : 'none'}
    >
      <button type="button" class="sort" @click=${() => {
        this.toggleSort(key);
      }}>${label}<span class="visually-hidden">, sort</span></button>
    </th>`;
    if (this.records.length === 0) {
      return html`<div class="state" part="state empty">
        <strong>No records yet</strong>
        ${this.canEdit ? html`Use <b>Add record</b> to point ${toUnicodeName(this.zone)} at your website or email.` : 'This domain has no DNS records.'}
        ${this.canEdit ? html`<div><button type="button" class="primary" @click=${this.onAdd}>Add record</button></div>` : nothing}
      </div>`;
    }
    if (rows.length === 0) {
      return html`<div class="state" part="state empty">
        <strong>No records match “${this.filter}”</strong>
        <button type="button" @click=${() => (this.filter = '')}>Clear filter</button>
      </div>`;
    }
    return html`<div class="table-wrap">
        <table part="table" aria-rowcount=${rows.length + 1}>
          <caption class="visually-hidden">DNS records of ${toUnicodeName(this.zone)}</caption>
          <thead>
            <tr>
              ${sortHeader('type', 'Type')} ${sortHeader('name', 'Name')}
              <th scope="col">Value</th>
              <th scope="col">TTL</th>
              <th scope="col">Priority</th>
              ${this.canEdit ? html`<th scope="col"><span class="visually-hidden">Actions</span></th>` : nothing}
            </tr>
          </thead>
          <tbody>
            ${shown.map((r) => this.renderRow(r))}
          </tbody>
        </table>
      </div>
      ${
        rows.length > shown.length
          ? html`<div class="more">
            <button type="button" @click=${() => (this.visibleCount += PAGE_SIZE)}>
              Show ${Math.min(PAGE_SIZE, rows.length - shown.length)} more (${this.formatNumber(shown.length)} of ${this.formatNumber(rows.length)} shown)
            </button>
          </div>`
          : nothing
      }`;
  }

  private renderContent(): TemplateResult {
    if (!this.domainId) {
      return html`<div class="state" part="state empty"><strong>No domain chosen</strong>Choose a domain to see its records.</div>`;
    }
    return this.loadTask.render({
      initial: () => renderSkeleton('Loading DNS records…', 6),
      pending: () => (this.domain ? this.renderTable() : renderSkeleton('Loading DNS records…', 6)),
      error: (error) => html`<div class="state" part="state error" role="alert">
        <strong>The records could not be loaded</strong>${(error as Error).message}
        <div><button type="button" @click=${() => void this.loadTask.run()}>Retry</button></div>
      </div>`,
      complete: () => this.renderTable(),
    });
  }

  override render(): TemplateResult {
    const sessionView = renderSessionState(
      this.session.state,
      () => {
        this.session.retry();
      },
      () => renderSkeleton('Loading DNS records…', 6),
    );
    const zoneShown = this.domain ? toUnicodeName(this.domain.name) : '';
    const rows = this.domain ? this.rows : [];
    return html`
      <div class="toolbar" part="toolbar">
        <h2>${zoneShown ? `DNS records of ${zoneShown}` : 'DNS records'}</h2>
        ${
          this.domain && this.records.length > 0
            ? html`<div class="tools">
              <div class="filter">
                <label for="filter">Filter records</label>
                <input id="filter" part="filter" type="search" autocomplete="off" .value=${live(this.filter)} @input=${(e: Event) => {
                  this.filter = (e.target as HTMLInputElement).value;
                  this.visibleCount = PAGE_SIZE;
                }} />
              </div>
              <span class="count" role="status">${this.filter ? `${this.formatNumber(rows.length)} of ${this.formatNumber(this.records.length)}` : `${this.formatNumber(this.records.length)} records`}</span>
              ${this.canEdit ? html`<button type="button" class="primary" part="add-button" @click=${this.onAdd}>Add record</button>` : nothing}
            </div>`
            : nothing
        }
      </div>
      ${
        this.domain?.status === 'suspended'
          ? html`<p class="banner warning" part="banner">This domain is suspended, so its records cannot be changed.</p>`
          : nothing
      }
      ${
        this.banner
          ? html`<div class="banner ${this.banner.kind}" part="banner" role=${this.banner.kind === 'error' ? 'alert' : 'status'}>
            <span>${this.banner.message}</span>
            <span>
              ${
                this.banner.retry
                  ? html`<button type="button" @click=${() => {
                      const retry = this.banner?.retry;
                      this.banner = undefined;
                      retry?.();
                    }}>Retry</button>`
                  : nothing
              }
              ${this.banner.kind === 'error' ? html`<button type="button" @click=${() => (this.banner = undefined)}>Dismiss</button>` : nothing}
            </span>
          </div>`
          : nothing
      }
      ${
        this.undo
          ? html`<div class="banner success" part="toast">
            <span>Deleted ${this.describe(this.undo)}.</span>
            <button type="button" id="undo" @click=${() => void this.undoDelete()}>Undo</button>
          </div>`
          : nothing
      }
      ${sessionView !== nothing ? sessionView : this.renderContent()}
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
      <dialog id="editor" part="dialog" aria-labelledby="editor-title" @close=${this.onEditorClosed}>${this.renderEditor()}</dialog>
      <dialog id="confirm" part="dialog" role="alertdialog" aria-labelledby="confirm-title" aria-describedby="confirm-desc" @close=${this.onConfirmClosed}>
        ${this.renderConfirm()}
      </dialog>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pocketdns-records': PocketDnsRecordsElement;
  }
}
