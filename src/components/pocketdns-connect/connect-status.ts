// Where the connection is: checking, progress, done with Undo, undone, failed, refused.
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';

/** The element's state after the plan was shown. */
export type Phase =
  | { kind: 'idle' }
  | { kind: 'checking' }
  | { kind: 'applying'; done: number; total: number; rollingBack?: boolean }
  | { kind: 'undoing'; done: number; total: number }
  | { kind: 'applied'; message: string }
  | { kind: 'undone'; message: string }
  | { kind: 'failed'; message: string; checks: string[] }
  | { kind: 'notice'; message: string };

function progress(label: string, done: number, total: number): TemplateResult {
  return html`<div class="progress" part="progress" role="status" tabindex="-1">
    <span>${label}</span>
    <progress max=${total} .value=${done} aria-label=${label}></progress>
  </div>`;
}

/** The status line for `phase`; `undo` while Undo is on offer. */
export function renderStatus(
  phase: Phase,
  actions: { undo: (() => void) | undefined; dismiss: () => void },
): TemplateResult | typeof nothing {
  switch (phase.kind) {
    case 'idle':
      return nothing;
    case 'checking':
      return progress(msg('Checking your records…', { id: 'connect.checking' }), 0, 1);
    case 'applying':
      return phase.rollingBack
        ? progress(
            msg(str`Something failed: putting your records back (${phase.done} of ${phase.total})…`, { id: 'connect.rollingBack' }),
            phase.done,
            phase.total,
          )
        : progress(msg(str`Connecting: ${phase.done} of ${phase.total} changes…`, { id: 'connect.applying' }), phase.done, phase.total);
    case 'undoing':
      return progress(msg(str`Undoing: ${phase.done} of ${phase.total} changes…`, { id: 'connect.undoing' }), phase.done, phase.total);
    case 'applied':
      return html`<div class="banner success" part="done" tabindex="-1">
        <span>${phase.message}</span>
        ${actions.undo ? html`<button type="button" id="undo" @click=${actions.undo}>${msg('Undo', { id: 'common.undo' })}</button>` : nothing}
      </div>`;
    case 'undone':
      return html`<div class="banner success" part="done" tabindex="-1"><span>${phase.message}</span></div>`;
    case 'failed':
      return html`<div class="banner error" part="error" role="alert" tabindex="-1">
        <span>${phase.message}</span>
        ${phase.checks.length > 0 ? html`<ul class="checks">${phase.checks.map((c) => html`<li>${c}</li>`)}</ul>` : nothing}
        <button type="button" @click=${actions.dismiss}>${msg('Dismiss', { id: 'common.dismiss' })}</button>
      </div>`;
    case 'notice':
      return html`<div class="banner warning" part="error" role="alert" tabindex="-1"><span>${phase.message}</span></div>`;
  }
}
