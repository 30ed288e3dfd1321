// The zone import's screens as templates: the input form, the problems, and the plan review.
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { DnsRecord } from '../../api/types.js';
import type { NormalizedRecord } from '../../dns/types.js';
import type { ZoneFileProblem } from '../../dns/zonefile/parse.js';
import type { ZoneImportPlan } from '../../dns/zonefile/plan.js';
import { ttlText } from '../../internal/i18n-words.js';
import { displayName } from '../pocketdns-records/record-query.js';
import { problemText } from './problem-text.js';

/** Add and update (removes nothing), or replace all records. */
export type ImportMode = 'merge' | 'replace';

/** Records listed per group of the plan; the rest are counted. */
const LISTED = 50;

/** What the input form shows and calls. */
export interface InputView {
  text: string;
  mode: ImportMode;
  error: string;
  /** Reading the file, from 0 to 1; undefined when not reading. */
  progress: number | undefined;
  onText: (text: string) => void;
  onFile: (file: File | undefined) => void;
  onMode: (mode: ImportMode) => void;
  onReview: () => void;
  onCancel: () => void;
}

/** Paste or choose a file, pick the mode, review. */
export function renderInput(view: InputView): TemplateResult {
  const reading = view.progress !== undefined;
  return html`<form
    novalidate
    @submit=${(e: Event) => {
      e.preventDefault();
      view.onReview();
    }}
  >
    <div class="field">
      <label for="zone-text">${msg('Zone file', { id: 'import.zoneFile' })}</label>
      <textarea
        id="zone-text"
        spellcheck="false"
        placeholder="$ORIGIN example.com.&#10;www 3600 IN A 192.0.2.1"
        .value=${live(view.text)}
        aria-describedby="zone-text-hint ${view.error ? 'zone-text-error' : ''}"
        aria-invalid=${view.error ? 'true' : 'false'}
        @input=${(e: Event) => {
          view.onText((e.target as HTMLTextAreaElement).value);
        }}
      ></textarea>
      <p class="hint" id="zone-text-hint">
        ${msg('Paste the zone file your old DNS provider exported (BIND format), or choose the file.', { id: 'import.hint' })}
      </p>
      ${view.error ? html`<p class="field-error" id="zone-text-error" part="error">${view.error}</p>` : nothing}
    </div>
    <div class="field">
      <label for="zone-file">${msg('Choose a file', { id: 'import.chooseFile' })}</label>
      <input
        id="zone-file"
        type="file"
        accept=".zone,.txt,.db,text/plain,text/dns"
        @change=${(e: Event) => {
          view.onFile((e.target as HTMLInputElement).files?.[0]);
        }}
      />
    </div>
    <fieldset class="modes">
      <legend>${msg('How to import', { id: 'import.how' })}</legend>
      <label
        ><input
          type="radio"
          name="mode"
          value="merge"
          .checked=${view.mode === 'merge'}
          @change=${() => {
            view.onMode('merge');
          }}
        />
        ${msg('Add and update: keep records that are not in the file', { id: 'import.mode.merge' })}</label
      >
      <label
        ><input
          type="radio"
          name="mode"
          value="replace"
          .checked=${view.mode === 'replace'}
          @change=${() => {
            view.onMode('replace');
          }}
        />
        ${msg('Replace all records: remove records that are not in the file', { id: 'import.mode.replace' })}</label
      >
    </fieldset>
    ${
      reading
        ? html`<div role="status" class="progress-row">
          <label for="read-progress">${msg('Reading the file…', { id: 'import.reading' })}</label>
          <progress id="read-progress" max="1" .value=${view.progress ?? 0}></progress>
        </div>`
        : nothing
    }
    <div class="dialog-actions">
      <button type="button" @click=${view.onCancel}>${msg('Cancel', { id: 'common.cancel' })}</button>
      <button type="submit" class="primary" ?disabled=${reading}>${msg('Review changes', { id: 'import.review' })}</button>
    </div>
  </form>`;
}

/** "and 12 more", under a list cut at {@link LISTED}. */
const more = (count: number): string => msg(str`and ${count} more`, { id: 'import.more' });

/** The lines of the file that were not imported as written. */
export function renderProblems(problems: readonly ZoneFileProblem[]): TemplateResult | typeof nothing {
  if (problems.length === 0) return nothing;
  const errors = problems.filter((p) => p.severity === 'error');
  const notes = problems.filter((p) => p.severity === 'note');
  const list = (items: ZoneFileProblem[]): TemplateResult =>
    html`<ul class="problems">
      ${items.slice(0, LISTED).map((p) => html`<li><span class="line">${msg(str`line ${p.line}`, { id: 'import.line' })}</span> ${problemText(p)}</li>`)}
      ${items.length > LISTED ? html`<li>${more(items.length - LISTED)}</li>` : nothing}
    </ul>`;
  return html`${
    errors.length > 0
      ? html`<div class="banner warning" part="error">
        <div>
          <strong
            >${
              errors.length === 1
                ? msg('1 line cannot be imported', { id: 'import.errorsOne' })
                : msg(str`${errors.length} lines cannot be imported`, { id: 'import.errors' })
            }</strong
          >
          ${list(errors)}
        </div>
      </div>`
      : nothing
  }
  ${
    notes.length > 0
      ? html`<details class="notes">
        <summary>
          ${
            notes.length === 1
              ? msg('1 line is left out on purpose', { id: 'import.notesOne' })
              : msg(str`${notes.length} lines are left out on purpose`, { id: 'import.notes' })
          }
        </summary>
        ${list(notes)}
      </details>`
      : nothing
  }`;
}

function recordLine(record: Omit<NormalizedRecord, 'priority'> & { priority?: number | null | undefined }): TemplateResult {
  return html`<span class="type">${record.type}</span> <span class="name">${displayName(record.name)}</span>
    <span class="value">${record.priority === null || record.priority === undefined ? '' : `${record.priority} `}${record.value}</span>
    <span class="ttl">${ttlText(record.ttl)}</span>`;
}

function group<T>(title: string, items: readonly T[], line: (item: T) => TemplateResult, open = true): TemplateResult | typeof nothing {
  if (items.length === 0) return nothing;
  return html`<details class="group" ?open=${open}>
    <summary>${title} (${items.length})</summary>
    <ul>
      ${items.slice(0, LISTED).map((item) => html`<li>${line(item)}</li>`)}
      ${items.length > LISTED ? html`<li>${more(items.length - LISTED)}</li>` : nothing}
    </ul>
  </details>`;
}

/** What the review shows and calls. */
export interface ReviewView {
  plan: ZoneImportPlan<DnsRecord>;
  problems: readonly ZoneFileProblem[];
  zone: string;
  shownZone: string;
  mode: ImportMode;
  confirmation: string;
  confirmError: string;
  onConfirmation: (text: string) => void;
  onApply: () => void;
  onBack: () => void;
}

/** The plan against the current records, the confirmation when much changes, and Apply. */
export function renderReview(view: ReviewView): TemplateResult {
  const { plan } = view;
  const total = plan.add.length + plan.change.length + plan.remove.length;
  const percent = Math.round(plan.changeRatio * 100);
  return html`<form
    novalidate
    @submit=${(e: Event) => {
      e.preventDefault();
      view.onApply();
    }}
  >
    ${renderProblems(view.problems)}
    <p class="summary" role="status">
      ${
        total === 0
          ? msg(str`Nothing to change: every record in the file is already in ${view.shownZone}.`, { id: 'import.nothing' })
          : msg(
              str`${plan.add.length} to add, ${plan.change.length} to change, ${plan.remove.length} to remove, ${plan.unchanged.length} already there.`,
              {
                id: 'import.plan',
              },
            )
      }
      ${
        view.mode === 'merge' && plan.kept.length > 0
          ? msg(str`${plan.kept.length} records not in the file stay as they are.`, { id: 'import.kept' })
          : ''
      }
    </p>
    ${group(msg('To add', { id: 'import.toAdd' }), plan.add, recordLine)}
    ${group(
      msg('To change', { id: 'import.toChange' }),
      plan.change,
      (c) =>
        html`${recordLine(c.from)} <span aria-hidden="true" class="arrow">→</span
          ><span class="visually-hidden">${msg('becomes', { id: 'import.becomes' })}</span> ${recordLine(c.to)}`,
    )}
    ${group(msg('To remove', { id: 'import.toRemove' }), plan.remove, recordLine)}
    ${group(msg('Already there', { id: 'import.unchanged' }), plan.unchanged, recordLine, false)}
    ${
      plan.needsConfirmation
        ? html`<div class="field confirm">
          <label for="confirm-zone">${msg(str`Type ${view.shownZone} to confirm`, { id: 'import.confirmLabel' })}</label>
          <input
            id="confirm-zone"
            autocomplete="off"
            spellcheck="false"
            .value=${live(view.confirmation)}
            aria-describedby="confirm-zone-hint ${view.confirmError ? 'confirm-zone-error' : ''}"
            aria-invalid=${view.confirmError ? 'true' : 'false'}
            @input=${(e: Event) => {
              view.onConfirmation((e.target as HTMLInputElement).value);
            }}
          />
          <p class="hint" id="confirm-zone-hint">
            ${msg(str`This import changes or removes ${percent}% of the records of ${view.shownZone}.`, { id: 'import.confirmHint' })}
          </p>
          ${view.confirmError ? html`<p class="field-error" id="confirm-zone-error" part="error">${view.confirmError}</p>` : nothing}
        </div>`
        : nothing
    }
    <div class="dialog-actions">
      <button type="button" @click=${view.onBack}>${msg('Back', { id: 'common.back' })}</button>
      <button type="submit" class="primary" ?disabled=${total === 0}>
        ${total === 1 ? msg('Apply 1 change', { id: 'import.applyOne' }) : msg(str`Apply ${total} changes`, { id: 'import.apply' })}
      </button>
    </div>
  </form>`;
}
