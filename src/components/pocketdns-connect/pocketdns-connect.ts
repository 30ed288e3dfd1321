import { msg, str } from '@lit/localize';
import { errorText } from '../../internal/i18n-errors.js';
import { initialState, Task } from '../../internal/task.js';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { customElement } from '../../internal/define.js';
import type { DomainDetails } from '../../api/types.js';
import { normalizeZone, toUnicodeName } from '../../dns/names.js';
import type { DomainConnectTemplate } from '../../dns/templates/types.js';
import { PocketDnsBeforeConnectEvent } from '../../events/before-connect.js';
import { Announcer } from '../../internal/announcer.js';
import { PocketDnsElement } from '../../internal/base-element.js';
import { FollowController } from '../../internal/follow-controller.js';
import { renderSessionState, renderSkeleton, renderStopped } from '../../internal/session-views.js';
import { UNDO_SECONDS } from '../../internal/undo-controller.js';
import type { Connection } from '../../session/connection.js';
import { themeStyles } from '../../styles/theme.styles.js';
import { effectiveGroups, optionalGroupsOf, paramFields, planKey, planView } from './connect-plan.js';
import { ConnectFlow } from './connect-flow.js';
import { CatalogTextController } from './catalog-text-controller.js';
import { renderGroups, renderParams, renderPlan } from './connect-views.js';
import { connectStyles } from './pocketdns-connect.styles.js';
import { renderStatus } from './connect-status.js';

const listConverter = {
  fromAttribute: (value: string | null): string[] =>
    (value ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  toAttribute: (value: readonly string[]): string => value.join(','),
};

/**
 * Connects a service to a domain in one step: applies a Domain Connect template after showing
 * what it will do (records to add, change and remove, each with why, and any PocketDNS would
 * refuse). Nothing changes until the customer presses Connect; a failure puts every record back
 * as it was, and Undo is offered for a few seconds after.
 *
 * @summary Connect a service (a Domain Connect template) to a domain, with a plan shown first.
 *
 * @fires {PocketDnsBeforeConnectEvent} pocketdns-before-connect - The customer pressed Connect (`detail.template`, `detail.plan`); cancel it to stop.
 * @fires {PocketDnsConnectEvent} pocketdns-connect - Every record was applied (`detail.template`, `added`, `removed`, `changed`).
 * @fires {PocketDnsZoneChangeEvent} pocketdns-zone-change - The connection was undone, or a failed one put back (`detail.domainId`, `cause`).
 * @fires {PocketDnsErrorEvent} pocketdns-error - A request failed (`detail.error`).
 * @fires {PocketDnsSessionEndEvent} pocketdns-session-end - The partner's session endpoint says the customer is signed out.
 *
 * @csspart summary - The heading: "Connect example.com to Vercel".
 * @csspart plan - The records to add, change, remove, refused and already in place.
 * @csspart params - The form for the details the template needs.
 * @csspart groups - The optional parts of the service, as checkboxes.
 * @csspart button - The Connect button.
 * @csspart progress - The progress while connecting or undoing.
 * @csspart error - A failure, or why the template cannot be applied.
 * @csspart done - The message after connecting (with Undo), undoing, or when already connected.
 * @csspart state - An empty, signed-out, offline or error state.
 * @csspart loading - The loading placeholder.
 */
@customElement('pocketdns-connect')
export class PocketDnsConnectElement extends PocketDnsElement {
  static override styles = [themeStyles, connectStyles];

  private readonly announcer = new Announcer(this);
  private readonly catalogText = new CatalogTextController(this);
  private readonly flow = new ConnectFlow(this, {
    announcer: this.announcer,
    reportError: (error) => this.reportError(error),
    reload: () => {
      this.reload();
    },
  });
  private readonly task = new Task(this, {
    task: async ([connection, domainId]): Promise<DomainDetails | typeof initialState> => {
      if (!connection || !domainId) return initialState;
      return this.reporting(() => connection.domains.get(domainId));
    },
    args: () => [this.connection, this.domainId] as const,
    onComplete: (details) => {
      this.domain = details;
    },
  });

  /** The domain to connect the service to. */
  @property({ attribute: 'domain-id', reflect: true }) domainId = '';

  /** The id of a `<pocketdns-domains>` in the same document (or shadow root) whose selection to follow. */
  @property() for = '';

  /** `''` or `@` for the domain itself, or a sub-name (like `shop`) to apply the template under. */
  @property() host = '';

  /** The Domain Connect template to apply (a catalog entry from `@pocketdns/widget/templates`, or the partner's own). */
  @property({ attribute: false }) template: DomainConnectTemplate | undefined;

  /** Values of the template's variables; the customer is asked for the others. Names are case-insensitive. */
  @property({ attribute: false }) params: Record<string, string> = {};

  /** The template groups to apply, comma-separated in the attribute; all (less unticked optional ones) when empty. */
  @property({ attribute: 'group-ids', converter: listConverter }) groupIds: string[] = [];

  @state() private domain: DomainDetails | undefined;
  @state() private typed: Record<string, string> = {};
  @state() private ticked = new Set<string>();

  constructor() {
    super();
    new FollowController(this, (domainId) => (this.domainId = domainId));
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('template') && changed.get('template') !== undefined) {
      this.typed = {};
      this.ticked = new Set();
      this.flow.reset();
    }
    if (changed.has('domainId') && changed.get('domainId') !== undefined) {
      this.domain = undefined;
      this.flow.reset();
    }
  }

  private get connection(): Connection | undefined {
    return this.session.state.status === 'ready' ? this.session.connection : undefined;
  }

  private get groups(): string[] | undefined {
    return this.template ? effectiveGroups(this.template, this.groupIds, this.ticked) : undefined;
  }

  private get values(): Record<string, string> {
    const filled = Object.entries(this.typed).filter(([, v]) => v.trim() !== '');
    return { ...this.params, ...Object.fromEntries(filled.map(([k, v]) => [k, v.trim()])) };
  }

  private planFor(domain: DomainDetails, template: DomainConnectTemplate) {
    return planView({
      zone: domain.dns_records,
      domain: domain.name,
      host: this.host,
      template,
      params: this.values,
      groupIds: this.groups,
    });
  }

  /** Loads the domain again (after a change), from PocketDNS rather than the shared cache. */
  private reload(): void {
    if (this.domainId) this.connection?.domains.invalidate(this.domainId);
    void this.task.run();
  }

  private readonly onConnect = async (): Promise<void> => {
    const { template, connection, domain, domainId, flow } = this;
    if (flow.busy || !template || !connection || !domain) return;
    const shown = this.planFor(domain, template);
    if (shown.kind !== 'plan') return;
    flow.set({ kind: 'checking' });
    void flow.focus('[part~="progress"]');
    // The plan on screen may be a few seconds old: plan again on fresh records, and ask the
    // customer to look again if anything differs.
    let fresh: DomainDetails;
    try {
      connection.domains.invalidate(domainId);
      fresh = await this.reporting(() => connection.domains.get(domainId));
    } catch (error) {
      const why = errorText(error);
      flow.set({ kind: 'failed', message: msg(str`Your records could not be checked: ${why}`, { id: 'connect.checkFailed' }), checks: [] });
      void flow.focus('[part~="error"]');
      return;
    }
    this.domain = fresh;
    const again = this.planFor(fresh, template);
    if (again.kind !== 'plan' || planKey(again.plan) !== planKey(shown.plan)) {
      flow.notice(
        msg('Your records changed since this plan was made. Review the plan again, then press Connect.', { id: 'connect.stale' }),
      );
      return;
    }
    if (!this.dispatchEvent(new PocketDnsBeforeConnectEvent({ template, plan: again.plan, domainId }))) {
      flow.notice(msg('This connection is not allowed on this site.', { id: 'connect.refused' }));
      return;
    }
    const provider = (this.catalogText.shown(template) ?? template).providerName;
    await flow.apply(connection, { domainId, zone: toUnicodeName(normalizeZone(fresh.name)), provider }, template, again.plan);
  };

  /** The domain and the plan; `shown` is `template` with its texts as customers read them (the plan uses `template`). */
  private renderBody(domain: DomainDetails, template: DomainConnectTemplate, shown: DomainConnectTemplate): TemplateResult {
    const zone = normalizeZone(domain.name);
    const groups = this.groups;
    const fields = paramFields(shown, groups, this.params);
    const view = this.planFor(domain, template);
    const where = this.host && this.host !== '@' ? `${this.host}.${toUnicodeName(zone)}` : toUnicodeName(zone);
    const { flow } = this;
    const settled = !flow.busy && flow.phase.kind !== 'applied';
    return html`
      <h2 part="summary">${msg(str`Connect ${where} to ${shown.providerName}`, { id: 'connect.title' })}</h2>
      <p class="service">${shown.serviceName}</p>
      ${renderStatus(flow.phase, {
        undo: flow.undo.current && this.connection ? () => void flow.undoLast(this.connection as Connection) : undefined,
        dismiss: () => {
          flow.set({ kind: 'idle' });
        },
      })}
      ${
        settled
          ? html`${renderGroups(this.groupIds.length > 0 ? [] : optionalGroupsOf(shown), this.ticked, (id, on) => {
              const next = new Set(this.ticked);
              if (on) next.add(id);
              else next.delete(id);
              this.ticked = next;
            })}
            ${renderParams(fields, this.typed, (name, value) => (this.typed = { ...this.typed, [name]: value }))}`
          : nothing
      }
      ${this.renderPlanView(view, zone, shown.providerName, settled)}
    `;
  }

  private renderPlanView(
    view: ReturnType<PocketDnsConnectElement['planFor']>,
    zone: string,
    provider: string,
    settled: boolean,
  ): TemplateResult | typeof nothing {
    if (view.kind === 'needs-params')
      return html`<p class="hint">${msg('Fill in the details above to see what will change.', { id: 'connect.needsParams' })}</p>`;
    if (view.kind === 'error') return html`<p class="banner error" part="error" role="alert">${view.message}</p>`;
    const { plan } = view;
    if (plan.alreadyApplied) {
      if (this.flow.phase.kind === 'applied' || this.flow.phase.kind === 'undoing') return nothing;
      return html`<p class="banner success" part="done">
        ${msg(str`${provider} is already connected: every record it needs is in place. Nothing to do.`, { id: 'connect.already' })}
      </p>`;
    }
    const blocked = plan.blocked.length > 0;
    return html`
      ${renderPlan(plan, zone, provider)}
      ${
        blocked
          ? html`<p class="banner warning" part="error">
            ${msg('PocketDNS would refuse the records marked above, so nothing can be connected until they are fixed.', { id: 'connect.blocked' })}
          </p>`
          : nothing
      }
      ${
        settled && !blocked
          ? html`<div class="actions">
            <button type="button" class="primary" part="button" @click=${() => void this.onConnect()}>${msg('Connect', { id: 'connect.connect' })}</button>
            <span class="hint">
              ${msg(str`Nothing changes until you press Connect. You can undo it for ${UNDO_SECONDS} seconds after.`, { id: 'connect.hint' })}
            </span>
          </div>`
          : nothing
      }
    `;
  }

  private renderContent(): TemplateResult {
    if (!this.domainId)
      return html`<div class="state" part="state empty">
        <strong>${msg('No domain chosen', { id: 'records.noDomain.title' })}</strong>${msg('Choose a domain to connect a service to.', { id: 'connect.noDomain' })}
      </div>`;
    const template = this.template;
    if (!template)
      return html`<div class="state" part="state empty">
        <strong>${msg('No service chosen', { id: 'connect.noService.title' })}</strong>${msg('Set a template to connect.', { id: 'connect.noService.text' })}
      </div>`;
    const body = (): TemplateResult => {
      // A built-in template's translations may still be loading: the skeleton until then, not English.
      const shown = this.catalogText.shown(template);
      return this.domain && shown
        ? this.renderBody(this.domain, template, shown)
        : renderSkeleton(msg('Loading your records…', { id: 'connect.loading' }), 4);
    };
    return this.task.render({
      initial: () => renderSkeleton(msg('Loading your records…', { id: 'connect.loading' }), 4),
      pending: body,
      complete: body,
      error: (error) =>
        renderStopped(
          'error',
          msg('Your records could not be loaded', { id: 'connect.loadFailed' }),
          errorText(error),
          () => void this.task.run(),
        ),
    });
  }

  override render(): TemplateResult {
    const sessionView = renderSessionState(
      this.session.state,
      () => {
        this.session.retry();
      },
      () => renderSkeleton(msg('Loading your records…', { id: 'connect.loading' }), 4),
    );
    return html`${sessionView !== nothing ? sessionView : this.renderContent()}${this.announcer.render()}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pocketdns-connect': PocketDnsConnectElement;
  }
}
