import { msg, str } from '@lit/localize';
import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { customElement } from '../../internal/define.js';
import { PocketDnsApiError } from '../../api/errors.js';
import type { DnsRecord } from '../../api/types.js';
import { toUnicodeName } from '../../dns/names.js';
import type { ZoneFileProblem } from '../../dns/zonefile/parse.js';
import type { ZoneImportPlan } from '../../dns/zonefile/plan.js';
import { PocketDnsBeforeImportEvent } from '../../events/before-import.js';
import { PocketDnsImportEvent, type ImportDetail } from '../../events/import.js';
import { ApplyError } from '../../internal/apply/apply-plan.js';
import { errorText } from '../../internal/i18n-errors.js';
import { LocaleController } from '../../internal/locale-controller.js';
import { UNDO_SECONDS, UndoController } from '../../internal/undo-controller.js';
import { formStyles } from '../../styles/form.styles.js';
import { baseStyles } from '../../styles/theme.styles.js';
import { applyErrorText } from '../pocketdns-connect/apply-text.js';
import { zoneImportStyles } from './pocketdns-zone-import.styles.js';
import { renderInput, renderProblems, renderReview, type ImportMode } from './zone-import-views.js';

/** Applies an import plan at PocketDNS: rolls back on failure and rejects with what happened. */
export type ApplyImport = (
  plan: ZoneImportPlan<DnsRecord>,
  options: { onProgress: (done: number, total: number) => void; signal: AbortSignal },
) => Promise<ImportDetail>;

/** Puts the zone back as it was before an applied import. */
export type UndoImport = (applied: ImportDetail) => Promise<void>;

type Step =
  | { kind: 'input' }
  | { kind: 'parsing'; progress: number }
  | { kind: 'review'; plan: ZoneImportPlan<DnsRecord>; problems: ZoneFileProblem[] }
  | { kind: 'applying'; plan: ZoneImportPlan<DnsRecord>; done: number; total: number }
  | { kind: 'done'; applied: ImportDetail }
  | { kind: 'failed'; message: string; plan: ZoneImportPlan<DnsRecord>; problems: ZoneFileProblem[] }
  | { kind: 'undone' };

/** Outcome counts, in words. */
function summary(detail: Pick<ImportDetail, 'added' | 'changed' | 'removed'>): string {
  const { added, changed, removed } = { added: detail.added.length, changed: detail.changed.length, removed: detail.removed.length };
  return msg(str`${added} added, ${changed} changed, ${removed} removed`, { id: 'import.summary' });
}

/**
 * The zone file import of `<pocketdns-records>`: paste or choose a file, read it (in chunks,
 * so a 10,000-record file keeps the page responsive), review the problems and the plan
 * against the current records, confirm by typing the domain when much of the zone changes,
 * apply with progress and rollback, then Undo for a while.
 *
 * @summary The zone file import that `<pocketdns-records>` shows in its dialog.
 *
 * @fires {PocketDnsBeforeImportEvent} pocketdns-before-import - Before anything is sent; cancelable.
 * @fires {PocketDnsImportEvent} pocketdns-import - After the whole plan was applied.
 * @fires {CustomEvent<string>} pocketdns-zone-import-announce - Something to say in the host's live region.
 * @fires {Event} pocketdns-zone-import-close - The customer is done with the dialog.
 *
 * @csspart import - The import form and review.
 * @csspart error - A problem or failure message.
 */
@customElement('pocketdns-zone-import')
export class PocketDnsZoneImportElement extends LitElement {
  static override styles = [baseStyles, formStyles, zoneImportStyles];

  private readonly undo = new UndoController<ImportDetail>(this);

  constructor() {
    super();
    // Follows the `locale` (or the records element's `lang`) and renders again when it changes.
    new LocaleController(this);
  }

  /** BCP 47 locale of the text (default: the `lang` it sits in, as `<pocketdns-records>` sets it). */
  @property() locale = '';
  private abort: AbortController | undefined;

  /** The domain, normalized. */
  @property({ attribute: false }) zone = '';

  /** The domain's records now. */
  @property({ attribute: false }) records: readonly DnsRecord[] = [];

  /** Applies the plan (the host gives its apply engine). */
  @property({ attribute: false }) apply: ApplyImport | undefined;

  /** Reverses an applied import (the host gives its apply engine's undo). */
  @property({ attribute: false }) undoImport: UndoImport | undefined;

  @state() private step: Step = { kind: 'input' };
  @state() private text = '';
  @state() private mode: ImportMode = 'merge';
  @state() private confirmation = '';
  @state() private inputError = '';
  @state() private confirmError = '';

  /** Back to an empty form (the host calls it when it opens the dialog). */
  reset(): void {
    this.abort?.abort();
    if (this.step.kind === 'done' && this.undo.current) return; // keep the Undo offer while it lasts
    this.step = { kind: 'input' };
    this.text = '';
    this.confirmation = '';
    this.inputError = '';
    this.confirmError = '';
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.abort?.abort();
  }

  private announce(message: string): void {
    this.dispatchEvent(new CustomEvent('pocketdns-zone-import-announce', { detail: message, bubbles: true, composed: true }));
  }

  private async readFile(file: File | undefined): Promise<void> {
    if (!file) return;
    try {
      this.text = await file.text();
      this.inputError = '';
    } catch {
      const name = file.name;
      this.inputError = msg(str`${name} could not be read. Choose it again, or paste its text.`, { id: 'import.fileUnreadable' });
    }
  }

  private async review(): Promise<void> {
    if (this.text.trim() === '') {
      this.inputError = msg('Paste a zone file or choose one to import.', { id: 'import.empty' });
      return;
    }
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    this.step = { kind: 'parsing', progress: 0 };
    try {
      // Loaded on first use: the script tag need not carry the zone file code.
      const zonefile = await import('../../dns/zonefile/index.js');
      const parsed = await zonefile.parseZoneFileChunked(this.text, {
        zone: this.zone,
        signal: abort.signal,
        onProgress: (progress) => {
          this.step = { kind: 'parsing', progress };
        },
      });
      if (parsed.records.length === 0) {
        this.step = { kind: 'input' };
        this.inputError = msg('The file has no records that can be imported.', { id: 'import.noRecords' });
        if (parsed.problems.length > 0) this.inputError += ` ${zonefile.formatZoneFileProblem(parsed.problems[0] as ZoneFileProblem)}`;
        return;
      }
      const plan = zonefile.planZoneImport(this.records, parsed.records, { mode: this.mode });
      this.step = { kind: 'review', plan, problems: parsed.problems };
      this.confirmation = '';
      this.confirmError = '';
      const [add, change, remove] = [plan.add.length, plan.change.length, plan.remove.length];
      this.announce(msg(str`Ready to import: ${add} to add, ${change} to change, ${remove} to remove.`, { id: 'import.ready' }));
    } catch (error) {
      if (abort.signal.aborted) return;
      this.step = { kind: 'input' };
      const why = (error as Error).message;
      this.inputError = msg(str`The file could not be read: ${why}`, { id: 'import.readFailed' });
    }
  }

  private async applyPlan(plan: ZoneImportPlan<DnsRecord>, problems: ZoneFileProblem[]): Promise<void> {
    const shownZone = toUnicodeName(this.zone);
    if (
      plan.needsConfirmation &&
      this.confirmation.trim().toLowerCase() !== shownZone.toLowerCase() &&
      this.confirmation.trim().toLowerCase() !== this.zone
    ) {
      this.confirmError = msg(str`Type ${shownZone} to confirm.`, { id: 'import.confirmError' });
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#confirm-zone')?.focus();
      return;
    }
    if (!this.apply) return;
    if (!this.dispatchEvent(new PocketDnsBeforeImportEvent({ plan }))) {
      const message = msg('This import is not allowed on this site. Nothing was changed.', { id: 'import.refused' });
      this.step = { kind: 'failed', message, plan, problems };
      return;
    }
    const abort = (this.abort = new AbortController());
    const total = plan.add.length + plan.change.length + plan.remove.length;
    this.step = { kind: 'applying', plan, done: 0, total };
    try {
      const applied = await this.apply(plan, {
        signal: abort.signal,
        onProgress: (done, all) => {
          this.step = { kind: 'applying', plan, done, total: all };
        },
      });
      this.step = { kind: 'done', applied };
      this.undo.offer(applied);
      this.dispatchEvent(new PocketDnsImportEvent(applied));
      const done = summary(applied);
      this.announce(msg(str`Imported: ${done}. Undo is available for ${UNDO_SECONDS} seconds.`, { id: 'import.imported' }));
    } catch (error) {
      const message =
        error instanceof ApplyError
          ? applyErrorText(error)
          : error instanceof PocketDnsApiError
            ? errorText(error)
            : (error as Error).message;
      this.step = { kind: 'failed', message, plan, problems };
      this.announce(message);
    }
  }

  private async undoApplied(): Promise<void> {
    const applied = this.undo.take();
    if (!applied || !this.undoImport) return;
    try {
      await this.undoImport(applied);
      this.step = { kind: 'undone' };
      this.announce(msg('The import was undone: the records are as they were.', { id: 'import.undone' }));
    } catch (error) {
      this.step = {
        kind: 'failed',
        message: (error as Error).message,
        plan: { add: [], change: [], remove: [], unchanged: [], kept: [], changeRatio: 0, needsConfirmation: false },
        problems: [],
      };
    }
  }

  private close(): void {
    this.dispatchEvent(new Event('pocketdns-zone-import-close', { bubbles: true, composed: true }));
  }

  private renderStep(): TemplateResult {
    const step = this.step;
    const shownZone = toUnicodeName(this.zone);
    switch (step.kind) {
      case 'input':
      case 'parsing':
        return renderInput({
          text: this.text,
          mode: this.mode,
          error: this.inputError,
          progress: step.kind === 'parsing' ? step.progress : undefined,
          onText: (text) => {
            this.text = text;
            this.inputError = '';
          },
          onFile: (file) => void this.readFile(file),
          onMode: (mode) => (this.mode = mode),
          onReview: () => void this.review(),
          onCancel: () => {
            this.close();
          },
        });
      case 'review':
        return renderReview({
          plan: step.plan,
          problems: step.problems,
          zone: this.zone,
          shownZone,
          mode: this.mode,
          confirmation: this.confirmation,
          confirmError: this.confirmError,
          onConfirmation: (text) => {
            this.confirmation = text;
            this.confirmError = '';
          },
          onApply: () => void this.applyPlan(step.plan, step.problems),
          onBack: () => (this.step = { kind: 'input' }),
        });
      case 'applying':
        return html`<div role="status" class="progress-row">
          <label for="apply-progress">${msg(str`Importing ${step.done} of ${step.total} changes…`, { id: 'import.applying' })}</label>
          <progress id="apply-progress" max=${step.total} .value=${step.done}></progress>
        </div>`;
      case 'done':
        return html`<div class="banner success" role="status">
            <span>${msg(str`Imported into ${shownZone}: ${summary(step.applied)}.`, { id: 'import.done' })}</span>
            ${
              this.undo.current
                ? html`<button type="button" id="undo-import" @click=${() => void this.undoApplied()}>
                    ${msg('Undo import', { id: 'import.undo' })}
                  </button>`
                : nothing
            }
          </div>
          <div class="dialog-actions"><button type="button" class="primary" @click=${() => {
            this.close();
          }}>${msg('Done', { id: 'common.done' })}</button></div>`;
      case 'failed':
        return html`<div class="banner error" part="error" role="alert"><span>${step.message}</span></div>
          ${renderProblems(step.problems)}
          <div class="dialog-actions">
            <button type="button" @click=${() => (this.step = { kind: 'input' })}>${msg('Start over', { id: 'import.startOver' })}</button>
            <button type="button" class="primary" @click=${() => {
              this.close();
            }}>${msg('Close', { id: 'common.close' })}</button>
          </div>`;
      case 'undone':
        return html`<div class="banner success" role="status"><span>${msg('The import was undone: the records are as they were.', { id: 'import.undone' })}</span></div>
          <div class="dialog-actions"><button type="button" class="primary" @click=${() => {
            this.close();
          }}>${msg('Close', { id: 'common.close' })}</button></div>`;
    }
  }

  override render(): TemplateResult {
    return html`<div part="import">
      <h2 id="import-title">${msg(str`Import a zone file into ${toUnicodeName(this.zone)}`, { id: 'import.title' })}</h2>
      ${this.renderStep()}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pocketdns-zone-import': PocketDnsZoneImportElement;
  }
}
