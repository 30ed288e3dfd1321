// Small parts of the records element's screen: the message above the table and the delete
// confirmation.
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { DnsRecord, DomainDetails } from '../../api/types.js';
import { numberText } from '../../internal/i18n-words.js';
import { UNDO_SECONDS } from '../../internal/undo-controller.js';
import { shownFullName } from './records-table.js';

/** A message above the table. */
export interface Banner {
  /** How it reads. */
  kind: 'error' | 'warning' | 'success';
  /** What it says. */
  message: string;
  /** Tries the failed change again, when that may help. */
  retry?: (() => void) | undefined;
  /** Another way forward (e.g. reopening a form that failed while another was open). */
  action?: { label: string; run: () => void } | undefined;
}

/** The banner, with Retry and Dismiss for errors. */
export function renderBanner(banner: Banner | undefined, dismiss: () => void): TemplateResult | typeof nothing {
  if (!banner) return nothing;
  const { retry, action } = banner;
  return html`<div class="banner ${banner.kind}" part="banner" role=${banner.kind === 'error' ? 'alert' : 'status'}>
    <span>${banner.message}</span>
    <span>
      ${
        retry
          ? html`<button
            type="button"
            @click=${() => {
              dismiss();
              retry();
            }}
          >
            ${msg('Retry', { id: 'common.retry' })}
          </button>`
          : nothing
      }
      ${
        action
          ? html`<button
            type="button"
            @click=${() => {
              dismiss();
              action.run();
            }}
          >
            ${action.label}
          </button>`
          : nothing
      }
      ${banner.kind === 'error' ? html`<button type="button" @click=${dismiss}>${msg('Dismiss', { id: 'common.dismiss' })}</button>` : nothing}
    </span>
  </div>`;
}

/** The body of the delete confirmation for `record`. */
export function renderConfirm(
  record: DnsRecord | undefined,
  zone: string,
  actions: { cancel: () => void; confirm: () => void },
): TemplateResult | typeof nothing {
  if (!record) return nothing;
  return html`<div class="body">
    <h2 id="confirm-title">${msg('Delete this record?', { id: 'records.confirmTitle' })}</h2>
    <p id="confirm-desc">
      <span class="type">${record.type}</span>
      <span class="name">${shownFullName(record, zone)}</span>
      <span class="arrow" aria-hidden="true">→</span> <span class="value">${record.value}</span>
    </p>
    <p class="hint">${msg(str`You can undo this for ${numberText(UNDO_SECONDS)} seconds.`, { id: 'records.confirmHint' })}</p>
    <div class="dialog-actions">
      <button type="button" id="confirm-cancel" @click=${actions.cancel}>${msg('Cancel', { id: 'common.cancel' })}</button>
      <button type="button" class="danger" @click=${actions.confirm}>${msg('Delete', { id: 'table.delete' })}</button>
    </div>
  </div>`;
}

/** The Undo offer after a change: `message` says what happened. */
export function renderUndo(message: string | undefined, undo: () => void): TemplateResult | typeof nothing {
  if (!message) return nothing;
  return html`<div class="banner success" part="toast">
    <span>${message}</span>
    <button type="button" id="undo" @click=${undo}>${msg('Undo', { id: 'common.undo' })}</button>
  </div>`;
}

/**
 * What the domain's status means for its records: a suspended domain's records cannot be
 * changed; an expired domain's can, but may stop answering until it is renewed.
 */
export function renderStatusBanner(
  domain: DomainDetails | undefined,
  formatDate: (iso: string) => string,
): TemplateResult | typeof nothing {
  if (domain?.status === 'suspended') {
    return html`<p class="banner warning" part="banner">
      ${msg('This domain is suspended, so its records cannot be changed.', { id: 'records.suspended' })}
    </p>`;
  }
  if (domain?.status === 'expired') {
    return html`<p class="banner warning" part="banner">
      ${msg(str`This domain expired on ${formatDate(domain.expires_at)}. Its records may stop answering until it is renewed.`, {
        id: 'records.expired',
      })}
    </p>`;
  }
  return nothing;
}
