// What happens after the customer pressed Connect: the apply with progress, the Undo offer,
// the undo, and what a failure says. The element decides when; this does it.
import { msg, str } from '@lit/localize';
import { errorText } from '../../internal/i18n-errors.js';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { PocketDnsApiError } from '../../api/errors.js';
import type { DnsRecord } from '../../api/types.js';
import type { DomainConnectTemplate, TemplatePlan } from '../../dns/templates/types.js';
import { PocketDnsConnectEvent } from '../../events/connect.js';
import { PocketDnsZoneChangeEvent, type ZoneChangeCause } from '../../events/zone-change.js';
import { ApplyError, applyPlan, type ApplyResult } from '../../internal/apply/apply-plan.js';
import { applyErrorText, checkText } from './apply-text.js';
import { undoApplied } from '../../internal/apply/undo-plan.js';
import type { Announcer } from '../../internal/announcer.js';
import { UNDO_SECONDS, UndoController } from '../../internal/undo-controller.js';
import type { Connection } from '../../session/connection.js';
import type { Phase } from './connect-status.js';
import { countSentence } from './connect-views.js';

/** What the flow needs from `<pocketdns-connect>`. */
export interface ConnectFlowOptions {
  /** Where progress and outcomes are announced. */
  announcer: Announcer;
  /** Reports a failure to the partner's page, typed. */
  reportError(error: unknown): PocketDnsApiError;
  /** Loads the domain again after a change. */
  reload(): void;
}

/** One connection of a template to a domain, as it is applied, offered for undo and undone. */
export class ConnectFlow implements ReactiveController {
  /** Where the connection is. */
  phase: Phase = { kind: 'idle' };
  /** The Undo offer after a connection. */
  readonly undo: UndoController<{ result: ApplyResult; domainId: string; provider: string }>;
  private running: AbortController | undefined;

  /**
   * @param host the element: re-rendered on every step, and the events' target
   * @param options what the flow needs from it
   */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment },
    private readonly options: ConnectFlowOptions,
  ) {
    host.addController(this);
    this.undo = new UndoController(host);
  }

  /** Nothing to do on connect. */
  hostConnected(): void {}

  /** Leaving mid-apply puts back what was done, so the zone is never left half connected. */
  hostDisconnected(): void {
    this.running?.abort();
  }

  /** A request is in flight: Connect and Undo wait. */
  get busy(): boolean {
    return this.phase.kind === 'applying' || this.phase.kind === 'undoing' || this.phase.kind === 'checking';
  }

  /** Shows `phase`. */
  set(phase: Phase): void {
    this.phase = phase;
    this.host.requestUpdate();
  }

  /** Back to the plan, no offer (another template or domain). */
  reset(): void {
    this.set({ kind: 'idle' });
    this.undo.clear();
  }

  /** A message that stops the connection before anything changed. */
  notice(message: string): void {
    this.set({ kind: 'notice', message });
    this.options.announcer.announce(message);
    void this.focus('[part~="error"]');
  }

  /** Focuses the status (the button that was pressed is gone). */
  async focus(selector: string): Promise<void> {
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  private changed(domainId: string, cause: ZoneChangeCause): void {
    this.host.dispatchEvent(new PocketDnsZoneChangeEvent({ domainId, cause }));
    this.options.reload();
  }

  /** Applies `plan`, fires `pocketdns-connect` and offers Undo; on failure says what became of the records. */
  async apply(
    connection: Connection,
    target: { domainId: string; zone: string; provider: string },
    template: DomainConnectTemplate,
    plan: TemplatePlan<DnsRecord>,
  ): Promise<void> {
    const { domainId, provider } = target;
    const running = (this.running = new AbortController());
    this.set({ kind: 'applying', done: 0, total: plan.add.length + plan.change.length + plan.remove.length });
    this.options.announcer.announce(msg(str`Connecting ${provider}…`, { id: 'connect.connecting' }));
    void this.focus('[part~="progress"]');
    try {
      const result = await applyPlan(connection.client, domainId, plan, {
        signal: running.signal,
        onProgress: ({ done, total, phase }) => {
          this.set({ kind: 'applying', done, total, rollingBack: phase === 'rollback' });
        },
      });
      const counts = { added: result.added.length, changed: result.changed.length, removed: result.removed.length };
      const message = msg(str`Connected ${target.zone} to ${provider}: ${countSentence(counts)}.`, { id: 'connect.connected' });
      this.set({ kind: 'applied', message });
      this.undo.offer({ result, domainId, provider });
      this.options.announcer.announce(msg(str`${message} You can undo this for ${UNDO_SECONDS} seconds.`, { id: 'connect.connectedUndo' }));
      this.host.dispatchEvent(new PocketDnsConnectEvent({ template, domainId, ...result }));
      this.options.reload();
      void this.focus('#undo');
    } catch (error) {
      this.failed(error, domainId, msg('The connection failed', { id: 'connect.failed' }));
    } finally {
      if (this.running === running) this.running = undefined;
    }
  }

  /** Undoes the connection on offer. */
  async undoLast(connection: Connection): Promise<void> {
    if (this.busy) return;
    const offer = this.undo.take();
    if (!offer) return;
    const { result, domainId, provider } = offer;
    this.set({ kind: 'undoing', done: 0, total: result.added.length + result.changed.length + result.removed.length });
    this.options.announcer.announce(msg('Undoing…', { id: 'connect.undoingShort' }));
    void this.focus('[part~="progress"]');
    try {
      await undoApplied(connection.client, domainId, result, {
        onProgress: ({ done, total }) => {
          this.set({ kind: 'undoing', done, total });
        },
      });
      const message = msg('Undone: your records are as they were before.', { id: 'connect.undone' });
      this.set({ kind: 'undone', message });
      this.options.announcer.announce(message);
      this.changed(domainId, 'undo');
      void this.focus('[part~="done"]');
    } catch (error) {
      this.failed(error, domainId, msg('Undo failed', { id: 'connect.undoFailed' }), provider);
    }
  }

  private failed(error: unknown, domainId: string, what: string, stillConnected?: string): void {
    let message: string;
    let checks: string[] = [];
    if (error instanceof ApplyError) {
      if (!error.aborted) this.options.reportError(error.cause);
      const still =
        stillConnected !== undefined && error.rolledBack
          ? ` ${msg(str`${stillConnected} is still connected.`, { id: 'connect.stillConnected' })}`
          : '';
      message = `${what}. ${applyErrorText(error)}${still}`;
      checks = error.rollbackFailures.map(({ step }) => checkText(step));
      // Records put back have new ids: lists of this domain must load again.
      this.changed(domainId, 'rollback');
    } else {
      message = `${what}. ${errorText(this.options.reportError(error))}`;
    }
    this.set({ kind: 'failed', message, checks });
    this.options.announcer.announce(message);
    void this.focus('[part~="error"]');
  }
}
