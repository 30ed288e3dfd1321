import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { SessionState } from '../session/session-manager.js';
import { errorText } from './i18n-errors.js';

/**
 * What to show instead of content while the session is not ready: a skeleton while loading,
 * and a clear signed-out, offline or error state with a Retry. `nothing` when ready.
 */
export function renderSessionState(
  state: SessionState,
  retry: () => void,
  skeleton: () => TemplateResult,
): TemplateResult | typeof nothing {
  switch (state.status) {
    case 'ready':
      return nothing;
    case 'idle':
      return html`<div class="state" part="state"><strong>${msg('Not connected', { id: 'session.idle.title' })}</strong>${msg('Set session-url or fetchSession to connect.', { id: 'session.idle.text' })}</div>`;
    case 'loading':
      return skeleton();
    case 'signed-out':
      return renderStopped(
        'signed-out',
        msg('You are signed out', { id: 'session.signedOut.title' }),
        msg('Sign in again to manage your DNS.', { id: 'session.signedOut.text' }),
        retry,
      );
    case 'offline':
      return renderStopped(
        'offline',
        msg('You appear to be offline', { id: 'session.offline.title' }),
        msg('We could not reach the DNS service. Check your connection.', { id: 'session.offline.text' }),
        retry,
      );
    case 'error':
      return renderStopped(
        'error',
        msg('DNS is not available right now', { id: 'session.error.title' }),
        state.error ? errorText(state.error) : '',
        retry,
      );
  }
}

/**
 * A state that stops the element (signed out, offline, a load that failed): what happened
 * (`title`), why (`text`), and Retry. `kind` names it in the `state` part.
 */
export function renderStopped(kind: string, title: string, text: string, retry: () => void): TemplateResult {
  return html`<div class="state" part="state ${kind}" role="alert">
    <strong>${title}</strong>${text}
    <div><button type="button" @click=${retry}>${msg('Retry', { id: 'common.retry' })}</button></div>
  </div>`;
}

/** A loading placeholder of `rows` lines, announced as loading. */
export function renderSkeleton(label: string, rows = 4): TemplateResult {
  return html`<div class="loading" part="loading" role="status" aria-busy="true">
    <span class="visually-hidden">${label}</span>
    ${Array.from({ length: rows }, () => html`<span class="skeleton"></span>`)}
  </div>`;
}
