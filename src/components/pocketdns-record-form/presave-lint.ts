// The findings a record would add to its zone if saved: linted a moment after the customer
// stops typing (lintCandidate lints the zone twice), shown as warnings that never block Save.
import { msg, str } from '@lit/localize';
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { ZoneRecord } from '../../dns/conflicts.js';
import { lintCandidate } from '../../dns/lint/lint.js';
import type { Finding, LintRecord } from '../../dns/lint/types.js';
import { validateRecord } from '../../dns/validate.js';
import { draftToInput, type RecordDraft } from './draft.js';

/** How long the customer's typing must pause before the zone is linted again. */
export const LINT_DEBOUNCE_MS = 300;

/** What the lint reads from the form. */
export interface PresaveInput {
  zone: string;
  draft: RecordDraft;
  records: readonly ZoneRecord[];
  recordId: string | undefined;
}

const hasId = (record: ZoneRecord): record is LintRecord => typeof record.id === 'string';

/** True when two inputs hold the same draft, zone, record id and record objects. */
function sameInput(a: PresaveInput, b: PresaveInput): boolean {
  return (
    a.draft === b.draft &&
    a.zone === b.zone &&
    a.recordId === b.recordId &&
    a.records.length === b.records.length &&
    a.records.every((record, i) => record === b.records[i])
  );
}

/** The findings saving the draft would add; none while the draft is not a valid record. */
export function presaveFindings(input: PresaveInput): Finding[] {
  if (!input.zone) return [];
  const result = validateRecord(draftToInput(input.draft), { zone: input.zone });
  if (!result.ok) return [];
  return lintCandidate(input.records.filter(hasId), { ...result.record, id: input.recordId }, { zone: input.zone });
}

/**
 * Keeps {@link warnings} in step with the form, debounced: call {@link schedule} whenever
 * the draft, the records or the zone change.
 */
export class PresaveLint implements ReactiveController {
  /** The findings of the latest lint. */
  warnings: readonly Finding[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private last: PresaveInput | undefined;

  /**
   * @param host re-rendered when the warnings change
   * @param input reads the form's current draft, records, zone and record id
   */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly input: () => PresaveInput,
  ) {
    host.addController(this);
  }

  /** Nothing to do until the form changes. */
  hostConnected(): void {}

  /** A form that left the page lints nothing more. */
  hostDisconnected(): void {
    clearTimeout(this.timer);
  }

  /** Lints again once the typing pauses, unless nothing the lint reads has changed. */
  schedule(): void {
    // The host hands over a new records array on each of its renders; the same records in it
    // need no new lint (on a big zone, one costs tens of milliseconds).
    if (this.last && sameInput(this.last, this.input())) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      const input = this.input();
      // Copied field by field: the form's properties are accessors, which a spread would miss.
      this.last = { zone: input.zone, draft: input.draft, records: input.records, recordId: input.recordId };
      this.warnings = presaveFindings(input);
      this.host.requestUpdate();
    }, LINT_DEBOUNCE_MS);
  }

  /** Forgets the warnings (the form starts afresh). */
  clear(): void {
    clearTimeout(this.timer);
    this.last = undefined;
    this.warnings = [];
  }

  /** The status region: present at all times so screen readers hear the warnings when they come. */
  render(): TemplateResult {
    const warnings = this.warnings;
    // No whitespace inside the region: while empty it matches :empty and takes no room.
    const banner =
      warnings.length > 0
        ? html`<div class="banner warning">
            <p>
              <b
                >${
                  warnings.length === 1
                    ? msg('Saving this record would create a problem', { id: 'form.presave.one' })
                    : msg(str`Saving this record would create ${String(warnings.length)} problems`, { id: 'form.presave.many' })
                }</b
              >
              ${msg('(you can still save it):', { id: 'form.presave.canSave' })}
            </p>
            <ul class="conflicts">
              ${warnings.map((w) => html`<li>${w.message}${w.fix ? html` <span class="fix"><b>${msg('Fix:', { id: 'form.presave.fix' })}</b> ${w.fix}</span>` : nothing}</li>`)}
            </ul>
          </div>`
        : nothing;
    return html`<div class="presave" role="status" part="warning">${banner}</div>`;
  }
}
