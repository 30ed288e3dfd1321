import { html, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { PocketDnsApiError } from '../../api/errors.js';
import type { DnsRecord } from '../../api/types.js';
import type { NormalizedRecord } from '../../dns/types.js';
import type { ChangeAction } from '../../events/before-change.js';
import type { Announcer } from '../../internal/announcer.js';
import { ModalController, type ModalHost } from '../../internal/modal-controller.js';
import '../pocketdns-record-form/pocketdns-record-form.js';
import { draftFromRecord, emptyDraft, type RecordDraft } from '../pocketdns-record-form/draft.js';
import type { PocketDnsRecordFormElement, RecordFormSubmitDetail } from '../pocketdns-record-form/pocketdns-record-form.js';
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
  announcer: Announcer;
  /** Fires the cancelable before-change event; false when the partner stopped the change. */
  allowed: (action: ChangeAction, record: NormalizedRecord, previous?: DnsRecord) => boolean;
  /** "A record www", for messages. */
  describe: (record: Pick<DnsRecord, 'type' | 'name'>) => string;
  /** Reports a failure to the partner's page and gives it back typed. */
  reportError: (error: unknown) => PocketDnsApiError;
  /** Shows a message above the table. */
  banner: (banner: Banner) => void;
  /** The element's locale, for the form's numbers. */
  locale: () => string;
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

  /** Opens an empty form (Add record). */
  readonly add = (event: Event): void => {
    this.open({ mode: 'create' }, emptyDraft(), event.currentTarget as HTMLElement);
  };

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
        form.error = new PocketDnsApiError({ status: 0, code: 'forbidden', messages: ['This change is not allowed on this site.'] });
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
    const { announcer, describe, records } = this.options;
    const previous = editing.record;
    let closedYet = false;
    const close = (): void => {
      if (closedYet) return;
      closedYet = true;
      this.saving = undefined;
      this.modal.close();
      announcer.announce(`${previous ? 'Saving' : 'Adding'} ${describe(record)}…`);
    };
    try {
      if (!previous) {
        // A request held up (a session being renewed) does not keep the dialog open past a frame.
        requestAnimationFrame(close);
        const saved = await records.create(record, close);
        announcer.announce(`Added ${describe(saved)}.`);
      } else {
        close();
        const saved = await records.update(previous, record);
        announcer.announce(`Saved ${describe(saved)}.`);
      }
    } catch (error) {
      close();
      const apiError = error instanceof PocketDnsApiError ? error : this.options.reportError(error);
      announcer.announce(`The change was not saved. ${apiError.messages.join(' ')}`);
      // A record changed elsewhere is edited as it is now, not as it was.
      const current = previous && records.records.find((r) => r.id === previous.id);
      const reopen = (): void => {
        this.open(current ? { ...editing, record: current } : editing, draft, undefined, apiError);
      };
      if (!this.modal.isOpen && !(previous && apiError.status === 404)) reopen();
      else {
        const message = `Your change to the ${describe(record)} was not saved: ${apiError.messages.join(' ')}`;
        this.options.banner({ kind: 'error', message, action: { label: 'Open it again', run: reopen } });
      }
    }
  }

  /** The dialog with the form. */
  renderDialog(): TemplateResult {
    const editing = this.editing;
    const { records } = this.options;
    return html`<dialog
      id="editor"
      part="dialog"
      aria-label=${editing?.record ? `Edit ${editing.record.type} record` : 'Add record'}
      @close=${this.modal.onClose}
    >
      <pocketdns-record-form
        class="body"
        exportparts="form, error, warning"
        .zone=${records.zone}
        .records=${records.settledRecords(editing?.record?.id)}
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
