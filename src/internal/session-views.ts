import { html, nothing, type TemplateResult } from 'lit';
import type { SessionState } from '../session/session-manager.js';

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
      return html`<div class="state" part="state"><strong>Not connected</strong>Set <code>session-url</code> or <code>fetchSession</code> to connect.</div>`;
    case 'loading':
      return skeleton();
    case 'signed-out':
      return html`<div class="state" part="state signed-out" role="alert">
        <strong>You are signed out</strong>Sign in again to manage your DNS.
        <div><button type="button" @click=${retry}>Retry</button></div>
      </div>`;
    case 'offline':
      return html`<div class="state" part="state offline" role="alert">
        <strong>You appear to be offline</strong>We could not reach the DNS service. Check your connection.
        <div><button type="button" @click=${retry}>Retry</button></div>
      </div>`;
    case 'error':
      return html`<div class="state" part="state error" role="alert">
        <strong>DNS is not available right now</strong>${state.error?.messages.join(' ') ?? ''}
        <div><button type="button" @click=${retry}>Retry</button></div>
      </div>`;
  }
}

/** A loading placeholder of `rows` lines, announced as loading. */
export function renderSkeleton(label: string, rows = 4): TemplateResult {
  return html`<div class="loading" part="loading" role="status" aria-busy="true">
    <span class="visually-hidden">${label}</span>
    ${Array.from({ length: rows }, () => html`<span class="skeleton"></span>`)}
  </div>`;
}
