import { msg, str } from '@lit/localize';
import { html, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { PocketDnsApiError } from '../../api/errors.js';
import type { DnsRecord } from '../../api/types.js';
import type { NormalizedRecord } from '../../dns/types.js';
import type { ChangeAction } from '../../events/before-change.js';
import type { Announcer } from '../../internal/announcer.js';
import { errorText } from '../../internal/i18n-errors.js';
import { ModalController, type ModalHost } from '../../internal/modal-controller.js';
import { draftFromRecord, emptyDraft, type RecordDraft } from '../pocketdns-record-form/draft.js';
// The dialog renders <pocketdns-record-form>: both come in the extras part.
import '../pocketdns-record-form/pocketdns-record-form.js';
import type { PocketDnsRecordFormElement, RecordFormSubmitDetail } from '../pocketdns-record-form/pocketdns-record-form.js';
import type { RecordChanges } from './record-changes.js';
import type { RecordsController } from './records-controller.js';
import type { Banner } from './records-views.js';

/** What the editor dialog is doing. */
interface Editing {
  mode: 'create' | 'edit';
  /** The record being edited. */
  record?: DnsRecord | undefined;
}

/** What adding and editing need from the element. */
export interface EditorFlowOptions {
  records: RecordsController;
  /** Makes the changes (optimistic, with the record events). */
  changes: RecordChanges;
  announcer: Announcer;
  /** Fires the cancelable before-change event; false when the partner stopped the change. */
  allowed: (action: ChangeAction, record: NormalizedRecord, previous?: DnsRecord) => boolean;
  /** "A record www", for messages. */
  describe: (record: Pick<DnsRecord, 'type' | 'name'>) => string;
  /** Reports a failure to the partner's page and gives it back typed. */
  reportError: (error: unknown) => PocketDnsApiError;
  /** Shows a message above the table. */
  banner: (banner: Banner | undefined) => void;
  /** The element's `locale` as set ('' when it follows the page: the form then inherits the `lang` the element sets). */
  locale: () => string;
  /** PocketDNS saved a record added or changed here (the table scrolls to it). */
  saved?: (record: DnsRecord) => void;
}

/**
 * Adding and editing a record: the dialog with `<pocketdns-record-form>`, the partner's
 * before-change check, the optimistic save, and a failed save's form given back with
 * everything typed, never in place of another form the customer opened since.
 */
export class EditorFlow {
  private editing: Editing | undefined;
  /** The editing whose Save was pressed, until its dialog closes. */
  private saving: Editing | undefined;
  private readonly modal: ModalController;

  /**
   * @param host the element
   * @param options what adding and editing need from it
   */
  constructor(
    private readonly host: ReactiveControllerHost & ModalHost,
    private readonly options: EditorFlowOptions,
  ) {
    this.modal = new ModalController(host, 'editor', () => {
      this.editing = undefined;
      host.requestUpdate();
    });
  }

  private get form(): PocketDnsRecordFormElement | null {
    return this.host.renderRoot.querySelector('pocketdns-record-form');
  }

  private open(editing: Editing, draft: RecordDraft, opener?: HTMLElement, error?: PocketDnsApiError): void {
    this.editing = editing;
    this.host.requestUpdate();
    const form = this.form;
    if (!form) return;
    form.reset(editing.mode, draft, editing.record?.id);
    form.error = error;
    void this.modal.open(opener, () => {
      void form.focusFirst();
      return undefined;
    });
  }

  /** Closes the form (another domain was chosen: it no longer applies). */
  close(): void {
    this.editing = undefined;
    this.modal.close(false);
  }

  /** Opens an empty form (Add record). */
  add(opener: HTMLElement): void {
    this.open({ mode: 'create' }, emptyDraft(), opener);
  }

  /** Opens the form filled in from `record`. */
  edit(record: DnsRecord, opener: HTMLElement): void {
    this.open({ mode: 'edit', record }, draftFromRecord(record), opener);
  }

  private readonly onSubmit = (event: CustomEvent<RecordFormSubmitDetail>): void => {
    const editing = this.editing;
    // A second Save while the first request is on its way (the dialog closes once it left) is ignored.
    if (!editing || editing === this.saving) return;
    const { record, draft } = event.detail;
    if (!this.options.allowed(editing.mode === 'create' ? 'create' : 'update', record, editing.record)) {
      const form = this.form;
      if (form)
        form.error = new PocketDnsApiError({
          status: 0,
          code: 'forbidden',
          messages: [msg('This change is not allowed on this site.', { id: 'records.changeRefused' })],
        });
      return;
    }
    this.saving = editing;
    void this.save(editing, record, draft);
  };

  /**
   * Saves: a new record's request leaves first, and the dialog closes with the optimistic
   * row right after it (closing a dialog costs a style pass; the customer sees both in the
   * same frame). A change to a record closes the dialog at once (it first asks PocketDNS
   * whether the record changed elsewhere).
   */
  private async save(editing: Editing, record: NormalizedRecord, draft: RecordDraft): Promise<void> {
    const { announcer, describe, records, changes } = this.options;
    const previous = editing.record;
    const described = describe(record);
    let closedYet = false;
    const close = (): void => {
      if (closedYet) return;
      closedYet = true;
      this.saving = undefined;
      this.modal.close();
      announcer.announce(
        previous ? msg(str`Saving ${described}…`, { id: 'records.saving' }) : msg(str`Adding ${described}…`, { id: 'records.adding' }),
      );
    };
    try {
      if (!previous) {
        // A request held up (a session being renewed) does not keep the dialog open past a frame.
        requestAnimationFrame(close);
        const saved = await changes.create(record, close);
        const done = describe(saved);
        announcer.announce(msg(str`Added ${done}.`, { id: 'records.added' }));
        this.options.saved?.(saved);
      } else {
        close();
        const saved = await changes.update(previous, record);
        const done = describe(saved);
        announcer.announce(msg(str`Saved ${done}.`, { id: 'records.saved' }));
        this.options.saved?.(saved);
      }
    } catch (error) {
      close();
      const apiError = error instanceof PocketDnsApiError ? error : this.options.reportError(error);
      const why = errorText(apiError);
      announcer.announce(msg(str`The change was not saved. ${why}`, { id: 'records.notSaved' }));
      // A record changed elsewhere is edited as it is now, not as it was.
      const current = previous && records.records.find((r) => r.id === previous.id);
      const reopen = (): void => {
        this.open(current ? { ...editing, record: current } : editing, draft, undefined, apiError);
      };
      if (!this.modal.isOpen && !(previous && apiError.status === 404)) reopen();
      else {
        const message = msg(str`Your change to the ${described} was not saved: ${why}`, { id: 'records.changeNotSaved' });
        this.options.banner({ kind: 'error', message, action: { label: msg('Open it again', { id: 'records.openAgain' }), run: reopen } });
      }
    }
  }

  private editLabel(type: string): string {
    return msg(str`Edit ${type} record`, { id: 'records.editLabel' });
  }

  /** The dialog with the form. */
  renderDialog(): TemplateResult {
    const editing = this.editing;
    const { records } = this.options;
    return html`<dialog
      id="editor"
      part="dialog"
      aria-label=${editing?.record ? this.editLabel(editing.record.type) : msg('Add record', { id: 'records.add' })}
      @close=${this.modal.onClose}
    >
      <pocketdns-record-form
        class="body"
        exportparts="form, error, warning"
        .zone=${records.zone}
        .records=${this.options.changes.settledRecords(editing?.record?.id)}
        locale=${this.options.locale()}
        @pocketdns-record-form-submit=${this.onSubmit}
        @pocketdns-record-form-cancel=${() => {
          this.modal.close();
        }}
        @pocketdns-record-form-announce=${(e: CustomEvent<string>) => {
          this.options.announcer.announce(e.detail);
        }}
      ></pocketdns-record-form>
    </dialog>`;
  }
}
