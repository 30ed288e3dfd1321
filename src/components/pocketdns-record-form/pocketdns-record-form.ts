import { msg, str } from '@lit/localize';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { customElement } from '../../internal/define.js';
import type { PocketDnsApiError } from '../../api/errors.js';
import { checkConflicts, type Conflict, type ZoneRecord } from '../../dns/conflicts.js';
import { fullName, parseRecordName, toUnicodeName } from '../../dns/names.js';
import { TXT_MAX_LENGTH, type NormalizedRecord, type RecordType } from '../../dns/types.js';
import { validateRecord } from '../../dns/validate.js';
import { conflictText } from '../../internal/i18n-rules.js';
import { LocaleController } from '../../internal/locale-controller.js';
import { formStyles } from '../../styles/form.styles.js';
import { baseStyles } from '../../styles/theme.styles.js';
import { draftErrors, draftToInput, emptyDraft, placeServerErrors, type DraftField, type RecordDraft } from './draft.js';
import { renderFields, type FieldsView } from './fields.js';
import { recordFormStyles } from './pocketdns-record-form.styles.js';
import { PresaveLint } from './presave-lint.js';

/** `detail` of the form's submit event. */
export interface RecordFormSubmitDetail {
  /** The record, normalized by the dns rules and free of zone conflicts. */
  record: NormalizedRecord;
  /** What the customer typed, to give back if the save fails. */
  draft: RecordDraft;
}

/**
 * The add/edit form of `<pocketdns-records>`: fields that follow the record type, validation
 * as the customer types (after leaving a field, or on Save), zone conflicts checked against
 * `records` before anything is sent, and a failed save's messages placed under their fields.
 *
 * @summary The record form that `<pocketdns-records>` shows in its dialog.
 *
 * @fires {CustomEvent<RecordFormSubmitDetail>} pocketdns-record-form-submit - A valid, conflict-free record to save.
 * @fires {Event} pocketdns-record-form-cancel - The customer pressed Cancel.
 * @fires {CustomEvent<string>} pocketdns-record-form-announce - Something to say in the host's live region.
 *
 * @csspart form - The form.
 * @csspart error - A message under a field, or for the whole form.
 * @csspart warning - The problems saving the record would create (they never block saving).
 */
@customElement('pocketdns-record-form')
export class PocketDnsRecordFormElement extends LitElement {
  static override styles = [baseStyles, formStyles, recordFormStyles];

  private readonly presave = new PresaveLint(this, () => this);

  /** The domain, normalized (punycode, no final dot). */
  @property({ attribute: false }) zone = '';

  /** Adding a record, or editing one (its type is then fixed). */
  @property() mode: 'create' | 'edit' = 'create';

  /** What the fields hold. Set it to start the form; it follows the customer's typing. */
  @property({ attribute: false }) draft: RecordDraft = emptyDraft();

  /** The zone's records, for the conflict check and the pre-save lint; for an edit, `recordId` names the one being changed. */
  @property({ attribute: false }) records: readonly ZoneRecord[] = [];

  /** For an edit: the id of the record being changed. */
  @property({ attribute: false }) recordId: string | undefined;

  /** A failed save's error, whose messages the form places under their fields. */
  @property({ attribute: false }) error: PocketDnsApiError | undefined;

  /** BCP 47 locale of the text and numbers (default: the `lang` it sits in, as `<pocketdns-records>` sets it). */
  @property() locale = '';

  private readonly localeController = new LocaleController(this);

  @state() private touched = new Set<DraftField>();
  @state() private submitted = false;
  @state() private serverErrors: Partial<Record<DraftField, string>> = {};
  @state() private formError: { message: string; retry: boolean } | undefined;
  @state() private conflicts: Conflict[] = [];
  /** The record the conflicts are about, normalized (their messages name it). */
  private conflictCandidate: { type: string; name: string } = { type: '', name: '' };

  /** Starts the form afresh on `draft` (the host calls this when it opens the dialog). */
  reset(mode: 'create' | 'edit', draft: RecordDraft, recordId?: string): void {
    this.mode = mode;
    this.draft = draft;
    this.recordId = recordId;
    this.error = undefined;
    this.touched = new Set();
    this.submitted = false;
    this.serverErrors = {};
    this.formError = undefined;
    this.conflicts = [];
    this.presave.clear();
  }

  /** Focuses the first field the customer would fill: Type when adding, Name when editing. */
  async focusFirst(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(this.mode === 'create' ? '#type' : '#name')?.focus();
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('error') && this.error) {
      const placed = placeServerErrors(this.error, this.draft.type);
      this.serverErrors = placed.fields;
      this.formError = placed.unplaced.length > 0 ? { message: placed.unplaced.join(' '), retry: this.error.retryable } : undefined;
      this.submitted = true;
      this.conflicts = [];
    }
  }

  override updated(changed: PropertyValues<this>): void {
    if (changed.has('draft') || changed.has('records') || changed.has('zone') || changed.has('recordId')) this.presave.schedule();
  }

  private announce(message: string): void {
    this.dispatchEvent(new CustomEvent('pocketdns-record-form-announce', { detail: message, bubbles: true, composed: true }));
  }

  private edit(field: DraftField, value: string): void {
    let draft = { ...this.draft, [field]: value };
    if (field === 'type') {
      // A new type keeps the name and TTL the customer typed, and starts the rest afresh.
      draft = { ...emptyDraft(value as RecordType), name: draft.name, ttl: draft.ttl };
    }
    this.draft = draft;
    this.serverErrors = Object.fromEntries(Object.entries(this.serverErrors).filter(([key]) => key !== field));
    this.conflicts = [];
    this.formError = undefined;
  }

  private touch(field: DraftField): void {
    if (!this.touched.has(field)) this.touched = new Set([...this.touched, field]);
  }

  private async submit(event: Event): Promise<void> {
    event.preventDefault();
    const result = validateRecord(draftToInput(this.draft), { zone: this.zone });
    if (!result.ok) {
      this.submitted = true;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      this.announce(msg('Some fields need attention.', { id: 'form.needsAttention' }));
      return;
    }
    const conflicts = checkConflicts(this.records, { ...result.record, id: this.recordId });
    if (conflicts.length > 0) {
      this.submitted = true;
      this.conflicts = conflicts;
      this.conflictCandidate = result.record;
      this.announce(conflicts.map((c) => conflictText(c, result.record)).join(' '));
      return;
    }
    const detail: RecordFormSubmitDetail = { record: result.record, draft: this.draft };
    this.dispatchEvent(new CustomEvent('pocketdns-record-form-submit', { detail, bubbles: true, composed: true }));
  }

  private message(field: DraftField, errors: Partial<Record<DraftField, string>>): string | undefined {
    return this.serverErrors[field] ?? (this.submitted || this.touched.has(field) ? errors[field] : undefined);
  }

  /** "12 of 4,096 characters." in the form's locale. */
  private txtCount(length: number): string {
    const format = new Intl.NumberFormat(this.localeController.intlLocale);
    const count = format.format(length);
    const max = format.format(TXT_MAX_LENGTH);
    return msg(str`${count} of ${max} characters.`, { id: 'form.txtCount' });
  }

  override render(): TemplateResult | typeof nothing {
    const { draft, zone } = this;
    // Nothing to show before the host knows its domain: the rules need the zone.
    if (!zone) return nothing;
    const shownZone = toUnicodeName(zone);
    const errors = draftErrors(draft, zone);
    const parsedName = parseRecordName(draft.name, zone);
    const view: FieldsView = {
      draft,
      mode: this.mode,
      shownZone,
      fullName: parsedName.ok ? toUnicodeName(fullName(parsedName.value, zone)) : undefined,
      txtCount: this.txtCount(draft.value.length),
      message: (field) => this.message(field, errors),
      onInput: (field, value) => {
        this.edit(field, value);
      },
      onBlur: (field) => {
        this.touch(field);
      },
    };
    return html`<form part="form" novalidate @submit=${(e: Event) => void this.submit(e)}>
      <h2 id="editor-title">${this.mode === 'create' ? msg('Add record', { id: 'records.add' }) : msg(str`Edit ${draft.type} record`, { id: 'records.editLabel' })}</h2>
      ${
        this.formError
          ? html`<div class="banner error" part="error" role="alert">
            <span>${this.formError.message}</span>
            ${this.formError.retry ? html`<button type="submit">${msg('Retry', { id: 'common.retry' })}</button>` : nothing}
          </div>`
          : nothing
      }
      ${renderFields(view)} ${this.presave.render()}
      ${
        this.conflicts.length > 0
          ? html`<div class="banner warning" part="error" role="alert">
            <ul class="conflicts">
              ${this.conflicts.map((c) => html`<li>${conflictText(c, this.conflictCandidate)}</li>`)}
            </ul>
          </div>`
          : nothing
      }
      <div class="dialog-actions">
        <button type="button" @click=${() => this.dispatchEvent(new Event('pocketdns-record-form-cancel', { bubbles: true, composed: true }))}>
          ${msg('Cancel', { id: 'common.cancel' })}
        </button>
        <button type="submit" class="primary">${msg('Save', { id: 'common.save' })}</button>
      </div>
    </form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pocketdns-record-form': PocketDnsRecordFormElement;
  }
}
