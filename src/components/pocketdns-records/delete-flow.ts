import { msg, str } from '@lit/localize';
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { DnsRecord } from '../../api/types.js';
import type { NormalizedRecord } from '../../dns/types.js';
import type { ChangeAction } from '../../events/before-change.js';
import type { Announcer } from '../../internal/announcer.js';
import { ModalController, type ModalHost } from '../../internal/modal-controller.js';
import { UNDO_SECONDS, UndoController } from '../../internal/undo-controller.js';
import type { RecordChanges } from './record-changes.js';
import type { RecordsController } from './records-controller.js';
import { renderConfirm, renderUndo } from './records-views.js';

/** What deleting needs from the element. */
export interface DeleteFlowOptions {
  records: RecordsController;
  /** Makes the changes (optimistic, with the record events). */
  changes: RecordChanges;
  announcer: Announcer;
  /** Fires the cancelable before-change event; false when the partner stopped the change. */
  allowed: (action: ChangeAction, record: NormalizedRecord, previous?: DnsRecord) => boolean;
  /** "A record www", for messages. */
  describe: (record: Pick<DnsRecord, 'type' | 'name'>) => string;
  /** Shows a message above the table (with Retry when given). */
  report: (problem: unknown, retry?: () => void) => void;
}

const asInput = (record: DnsRecord): NormalizedRecord => ({
  type: record.type,
  name: record.name,
  value: record.value,
  ttl: record.ttl,
  priority: record.priority ?? null,
});

/**
 * Deleting a record: a confirmation dialog (Cancel focused), the optimistic delete, then
 * Undo for {@link UNDO_SECONDS} seconds, which re-creates the record.
 */
export class DeleteFlow {
  /** The record the confirmation asks about. */
  private confirming: DnsRecord | undefined;
  private readonly modal: ModalController;
  private readonly undo: UndoController<DnsRecord>;

  /**
   * @param host the element
   * @param options what deleting needs from it
   */
  constructor(
    private readonly host: ReactiveControllerHost & ModalHost,
    private readonly options: DeleteFlowOptions,
  ) {
    this.modal = new ModalController(host, 'confirm', () => {
      this.confirming = undefined;
      host.requestUpdate();
    });
    this.undo = new UndoController<DnsRecord>(host);
  }

  /** Ends a pending Undo offer and closes the confirmation (another domain was chosen). */
  clear(): void {
    this.undo.clear();
    this.confirming = undefined;
    this.modal.close(false);
  }

  /** Asks the customer to confirm deleting `record`. */
  ask(record: DnsRecord, opener: HTMLElement): void {
    this.confirming = record;
    this.host.requestUpdate();
    void this.modal.open(opener, '#confirm-cancel');
  }

  private confirm(): void {
    const record = this.confirming;
    if (!record) return;
    if (!this.options.allowed('delete', asInput(record), record)) {
      this.modal.close();
      this.options.report(msg('Deleting this record is not allowed on this site.', { id: 'records.deleteRefused' }));
      return;
    }
    // The row that opened the dialog is about to go: focus moves to Undo instead.
    this.modal.close(false);
    void this.remove(record);
  }

  private async remove(record: DnsRecord): Promise<void> {
    const { announcer, describe } = this.options;
    const described = describe(record);
    announcer.announce(msg(str`Deleting ${described}…`, { id: 'records.deleting' }));
    try {
      await this.options.changes.remove(record);
      this.undo.offer(record);
      announcer.announce(msg(str`Deleted ${described}. Undo is available for ${UNDO_SECONDS} seconds.`, { id: 'records.deletedUndo' }));
      await this.host.updateComplete;
      this.host.renderRoot.querySelector<HTMLElement>('#undo')?.focus();
    } catch (error) {
      this.options.report(error, () => void this.remove(record));
    }
  }

  private async restore(): Promise<void> {
    const record = this.undo.take();
    if (!record) return;
    if (!this.options.allowed('create', asInput(record))) {
      this.options.report(msg('Restoring this record is not allowed on this site.', { id: 'records.restoreRefused' }));
      return;
    }
    try {
      const created = await this.options.changes.create(asInput(record));
      const described = this.options.describe(created);
      this.options.announcer.announce(msg(str`Restored ${described}.`, { id: 'records.restored' }));
    } catch (error) {
      this.options.report(error, () => {
        this.undo.offer(record);
        void this.restore();
      });
    }
    this.host.renderRoot.querySelector<HTMLElement>('[part~="add-button"]')?.focus();
  }

  /** The Undo offer, for above the table. */
  renderUndo(): TemplateResult | typeof nothing {
    const record = this.undo.current;
    const described = record && this.options.describe(record);
    return renderUndo(described && msg(str`Deleted ${described}.`, { id: 'records.deleted' }), () => void this.restore());
  }

  /** The confirmation dialog. */
  renderDialog(): TemplateResult {
    return html`<dialog
      id="confirm"
      part="dialog"
      role="alertdialog"
      aria-labelledby="confirm-title"
      aria-describedby="confirm-desc"
      @close=${this.modal.onClose}
    >
      ${renderConfirm(this.confirming, this.options.records.zone, {
        cancel: () => {
          this.modal.close();
        },
        confirm: () => {
          this.confirm();
        },
      })}
    </dialog>`;
  }
}
