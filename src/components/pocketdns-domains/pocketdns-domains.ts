import type { PocketDnsConnectEvent } from '../../events/connect.js';
import type { PocketDnsZoneChangeEvent } from '../../events/zone-change.js';
import { isSafeLoginUrl } from '../../contract/session.js';
import { msg, str } from '@lit/localize';
import { Task, initialState } from '../../internal/task.js';
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { customElement } from '../../internal/define.js';
import { repeat } from 'lit/directives/repeat.js';
import type { Domain, DomainDetails } from '../../api/types.js';
import { toUnicodeName } from '../../dns/names.js';
import { PocketDnsDomainSelectEvent } from '../../events/domain-select.js';
import type { PocketDnsRecordCreateEvent } from '../../events/record-create.js';
import type { PocketDnsRecordDeleteEvent } from '../../events/record-delete.js';
import type { PocketDnsRecordUpdateEvent } from '../../events/record-update.js';
import { PocketDnsElement } from '../../internal/base-element.js';
import { renderSessionState, renderSkeleton, renderStopped } from '../../internal/session-views.js';
import { themeStyles } from '../../styles/theme.styles.js';
import { Announcer } from '../../internal/announcer.js';
import { errorText } from '../../internal/i18n-errors.js';
import { statusText } from '../../internal/i18n-words.js';
import { domainsStyles } from './pocketdns-domains.styles.js';
import { loadExtras, type Extras } from '../pocketdns-records/setup-loader.js';

/** Events that change a domain's records; the first three's index minus one is what the count moves by. */
const ZONE_EVENTS = [
  'pocketdns-record-delete',
  'pocketdns-record-update',
  'pocketdns-record-create',
  'pocketdns-zone-change',
  'pocketdns-connect',
] as const;

type ZoneEvent =
  PocketDnsRecordCreateEvent | PocketDnsRecordDeleteEvent | PocketDnsRecordUpdateEvent | PocketDnsZoneChangeEvent | PocketDnsConnectEvent;

/**
 * Lists the signed-in customer's domains, filters them, and shows a domain's details.
 *
 * @summary The customer's domains, with status, expiry, auto-renew, record count, and the
 * number of record health problems once a domain's records were loaded.
 *
 * @fires {PocketDnsDomainSelectEvent} pocketdns-domain-select - The customer selected a domain (`detail.domain`).
 * @fires {PocketDnsErrorEvent} pocketdns-error - A request failed (`detail.error`).
 * @fires {PocketDnsSessionEndEvent} pocketdns-session-end - The partner's session endpoint says the customer is signed out.
 *
 * @csspart toolbar - The heading, filter and link row.
 * @csspart filter - The filter input.
 * @csspart list - The list of domains.
 * @csspart domain - One domain's button.
 * @csspart badge - A status badge.
 * @csspart problems - A domain's "N problems" count (shown once its records are known).
 * @csspart details - The selected domain's details.
 * @csspart state - An empty, signed-out, offline or error state.
 * @csspart loading - The loading placeholder.
 * @csspart error - An error message.
 */
@customElement('pocketdns-domains')
export class PocketDnsDomainsElement extends PocketDnsElement {
  static override styles = [themeStyles, domainsStyles];

  /** The id of the selected domain; set it to select one, read it to know which. */
  @property({ reflect: true }) selected = '';

  @state() private filter = '';
  private readonly announcer = new Announcer(this);
  private announced = '';
  /** Health findings per domain id, for the domains whose records were loaded. */
  private readonly problems = new Map<string, number>();
  /** The details whose records are waiting for the linter: only the latest read is counted. */
  private linting: object | undefined;

  private readonly listTask = new Task(this, {
    task: async ([connection, user], { signal }) => {
      if (!connection || !user) return initialState;
      return this.reporting(() => connection.client.listDomains(user, { signal }));
    },
    args: () => [this.session.connection, this.session.state.session?.user_identifier] as const,
  });

  /** The details panel's template, from the extras part (it comes with the linter). */
  private detailsView: ReturnType<Extras['domainDetails']> | undefined;

  private readonly detailsTask = new Task(this, {
    task: async ([connection, id]) => {
      if (!connection || !id) return initialState;
      const extras = loadExtras();
      // Its failure is reported below, where the panel needs it (or not at all, if the read fails first).
      extras.catch(() => undefined);
      const details = await this.reporting(() => connection.domains.get(id));
      this.detailsView ??= (await this.reporting(() => extras)).domainDetails(this);
      // Linting 10,000 records takes tens of milliseconds: once per load, not per render.
      this.linting = details;
      void extras.then(({ lintRecords }) => {
        if (this.linting !== details) return; // another domain, or read again since
        this.problems.set(details.id, lintRecords(details.dns_records, { zone: details.name }).length);
        this.requestUpdate();
      });
      const listed = this.listTask.value?.domains.find((d) => d.id === details.id);
      if (listed) listed.dns_records_count = details.dns_records.length;
      return details;
    },
    args: () => [this.session.connection, this.session.state.status === 'ready' ? this.selected : ''] as const,
  });

  /** The selected domain, once the list has loaded. */
  get selectedDomain(): Domain | undefined {
    return this.listTask.value?.domains.find((d) => d.id === this.selected);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Records elements anywhere on the page change counts; events are composed, so they reach the document.
    for (const type of ZONE_EVENTS) this.ownerDocument.addEventListener(type, this.onZoneEvent);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const type of ZONE_EVENTS) this.ownerDocument.removeEventListener(type, this.onZoneEvent);
  }

  // One record changed: its domain's count moves by one (or not); an import, a connection or an
  // undo changed several records at once: count them again.
  private readonly onZoneEvent = (event: Event): void => {
    const { detail } = event as ZoneEvent;
    if ('record' in detail) this.adjustCount(detail.record.domain_id, ZONE_EVENTS.indexOf(event.type as (typeof ZONE_EVENTS)[number]) - 1);
    else void this.recount(detail.domainId);
  };

  private adjustCount(domainId: string, delta: number): void {
    // The records changed: the problem count is unknown until the details load again.
    this.problems.delete(domainId);
    const domain = this.listTask.value?.domains.find((d) => d.id === domainId);
    if (!domain) return;
    domain.dns_records_count = Math.max(0, domain.dns_records_count + delta);
    // The details panel shows the count and problems too: read them again.
    if (domainId === this.selected) void this.detailsTask.run();
    this.requestUpdate();
  }

  private async recount(domainId: string): Promise<void> {
    this.problems.delete(domainId);
    const connection = this.session.connection;
    const domain = this.listTask.value?.domains.find((d) => d.id === domainId);
    if (!connection || !domain) return;
    if (domainId === this.selected) {
      void this.detailsTask.run();
      return;
    }
    try {
      domain.dns_records_count = (await connection.domains.get(domainId)).dns_records.length;
    } catch {
      return; // The list keeps its count until it is loaded again.
    }
    this.requestUpdate();
  }

  /** Loads the list again. */
  refresh(): void {
    void this.listTask.run();
  }

  override updated(): void {
    // One place announces selections, whether made by a click, by the `selected` attribute,
    // or by a list that loaded after the attribute was set.
    const domain = this.selectedDomain;
    if (domain && domain.id !== this.announced) {
      this.announced = domain.id;
      this.dispatchEvent(new PocketDnsDomainSelectEvent({ domain }));
    }
  }

  private select(domain: Domain): void {
    this.selected = domain.id;
  }

  private onKeydown(event: KeyboardEvent, index: number, domains: Domain[]): void {
    const next = event.key === 'ArrowDown' ? index + 1 : event.key === 'ArrowUp' ? index - 1 : -1;
    if (next < 0 || next >= domains.length) return;
    event.preventDefault();
    this.renderRoot.querySelectorAll<HTMLButtonElement>('button.domain')[next]?.focus();
  }

  private onFilter(filter: string): void {
    this.filter = filter;
    const domains = this.listTask.value?.domains ?? [];
    const needle = filter.trim().toLowerCase();
    const shown = this.formatNumber(domains.filter((d) => this.domainMatches(d, needle)).length);
    const total = this.formatNumber(domains.length);
    this.announcer.announce(msg(str`${shown} of ${total} domains`, { id: 'domains.filterResult' }));
  }

  private domainMatches(domain: Domain, needle: string): boolean {
    if (!needle) return true;
    const shown = toUnicodeName(domain.name).toLowerCase();
    return shown.includes(needle) || domain.name.includes(needle) || domain.status === needle;
  }

  private renderList(domains: Domain[]): TemplateResult {
    if (domains.length === 0) {
      return html`<div class="state" part="state empty"><strong>${msg('No domains yet', { id: 'domains.empty.title' })}</strong>${msg(
        'Domains you buy or transfer will appear here.',
        { id: 'domains.empty.text' },
      )}</div>`;
    }
    const needle = this.filter.trim().toLowerCase();
    const shown = domains.filter((d) => this.domainMatches(d, needle));
    return html`
      ${
        shown.length === 0
          ? html`<div class="state" part="state empty">
            <strong>${msg(str`No domains match “${this.filter}”`, { id: 'domains.noMatch' })}</strong>
            <button type="button" @click=${() => (this.filter = '')}>${msg('Clear filter', { id: 'domains.clearFilter' })}</button>
          </div>`
          : html`<ul part="list" aria-label=${msg('Domains', { id: 'domains.heading' })}>
            ${repeat(
              shown,
              (d) => d.id,
              (d, i) => html`<li>
                <button
                  type="button"
                  class="domain"
                  part="domain"
                  aria-pressed=${this.selected === d.id ? 'true' : 'false'}
                  @click=${() => {
                    this.select(d);
                  }}
                  @keydown=${(e: KeyboardEvent) => {
                    this.onKeydown(e, i, shown);
                  }}
                >
                  <span class="name">${toUnicodeName(d.name)}</span>
                  <span class="badge ${d.status}" part="badge">${statusText(d.status)}</span>
                  <span class="metas">
                    <span class="meta">${msg('Expires', { id: 'domains.expires' })} <b>${this.formatDate(d.expires_at)}</b></span>
                    <span class="meta">${msg('Auto-renew', { id: 'domains.autoRenew' })} <b>${this.onOff(d.auto_renew)}</b></span>
                    <span class="meta"><b>${this.formatNumber(d.dns_records_count)}</b> ${this.recordsWord(d.dns_records_count)}</span>
                    ${this.renderProblems(d.id)}
                  </span>
                </button>
              </li>`,
            )}
          </ul>`
      }
    `;
  }

  private onOff(on: boolean): string {
    return on ? msg('on', { id: 'common.on' }) : msg('off', { id: 'common.off' });
  }

  private recordsWord(count: number): string {
    return count === 1 ? msg('record', { id: 'domains.recordOne' }) : msg('records', { id: 'domains.recordMany' });
  }

  /** "N problems" for a domain whose records are known; nothing otherwise. */
  private renderProblems(domainId: string): TemplateResult | typeof nothing {
    const count = this.problems.get(domainId);
    if (count === undefined) return nothing;
    return html`<span class="meta problems ${count > 0 ? 'some' : 'none'}" part="problems"
      ><b>${this.formatNumber(count)}</b> ${count === 1 ? msg('problem', { id: 'domains.problemOne' }) : msg('problems', { id: 'domains.problemMany' })}</span
    >`;
  }

  private renderDetails(): TemplateResult | typeof nothing {
    if (!this.selected) return nothing;
    return html`<section class="details" part="details" aria-live="polite" aria-label=${msg('Domain details', { id: 'domains.details' })}>
      ${this.detailsTask.render({
        pending: () => renderSkeleton(msg('Loading domain details…', { id: 'domains.loadingDetails' }), 3),
        error: (error) => html`<p class="banner error" part="error" role="alert">
          ${errorText(error)}
          <button type="button" @click=${() => void this.detailsTask.run()}>${msg('Retry', { id: 'common.retry' })}</button>
        </p>`,
        complete: (details: DomainDetails) =>
          this.detailsView?.(details, {
            date: (iso) => this.formatDate(iso),
            number: (value) => this.formatNumber(value),
            problems: (domainId) => this.renderProblems(domainId),
          }),
      })}
    </section>`;
  }

  override render(): TemplateResult {
    // Whatever the session endpoint says, only an https: (or local http:) link is rendered:
    // a partner's own fetchSession could hand over a javascript: URL.
    const given = this.session.state.session?.login_url;
    const loginUrl = given && isSafeLoginUrl(given) ? given : undefined;
    const loading = (): TemplateResult => renderSkeleton(msg('Loading your domains…', { id: 'domains.loading' }));
    const sessionView = renderSessionState(
      this.session.state,
      () => {
        this.session.retry();
      },
      loading,
    );
    return html`
      <div class="toolbar" part="toolbar">
        <h2>${msg('Domains', { id: 'domains.heading' })}</h2>
        <div class="filter">
          <label for="filter">${msg('Filter domains', { id: 'domains.filter' })}</label>
          <input
            id="filter"
            part="filter"
            type="search"
            autocomplete="off"
            .value=${this.filter}
            @input=${(e: Event) => {
              this.onFilter((e.target as HTMLInputElement).value);
            }}
          />
        </div>
        ${
          loginUrl
            ? html`<a class="open-link" href=${loginUrl} target="_blank" rel="noopener noreferrer"
                >${msg('Open in PocketDNS', { id: 'domains.open' })}<span class="visually-hidden">
                  (${msg('opens in a new tab', { id: 'common.newTab' })})</span
                ></a
              >`
            : nothing
        }
      </div>
      ${
        sessionView !== nothing
          ? sessionView
          : this.listTask.render({
              initial: loading,
              pending: loading,
              error: (error) =>
                renderStopped(
                  'error',
                  msg('Your domains could not be loaded', { id: 'domains.loadFailed' }),
                  errorText(error),
                  () => void this.listTask.run(),
                ),
              complete: (list) => html`${this.renderList(list.domains)}${this.renderDetails()}`,
            })
      }
      ${this.announcer.render()}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pocketdns-domains': PocketDnsDomainsElement;
  }
}
