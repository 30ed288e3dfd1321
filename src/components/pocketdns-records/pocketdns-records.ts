import { msg, str } from '@lit/localize';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { customElement } from '../../internal/define.js';
import { PocketDnsApiError } from '../../api/errors.js';
import type { DnsRecord } from '../../api/types.js';
import { toUnicodeName } from '../../dns/names.js';
import { Announcer } from '../../internal/announcer.js';
import { PocketDnsElement } from '../../internal/base-element.js';
import { FollowController } from '../../internal/follow-controller.js';
import { errorText } from '../../internal/i18n-errors.js';
import { renderSessionState, renderSkeleton, renderStopped } from '../../internal/session-views.js';
import { themeStyles } from '../../styles/theme.styles.js';
import { displayName } from './record-query.js';
import { RecordsController } from './records-controller.js';
import { renderTable } from './records-table.js';
import { TableState } from './table-state.js';
import { VirtualTable } from './table/virtual-table.js';
import { recordsStyles } from './pocketdns-records.styles.js';
import { renderToolbar } from './records-toolbar.js';
import { ExtrasHook } from './extras-hook.js';
import type { PropagationMode } from './propagation-controller.js';
import { DEFAULT_RESOLVERS, type DohResolver } from '../../health/resolvers.js';
import { renderBanner, renderStatusBanner, type Banner } from './records-views.js';
import { ConnectTools } from './connect-tools.js';
import type { DomainConnectTemplate } from '../../dns/templates/types.js';

/**
 * Lists a domain's DNS records and lets the customer add, edit and delete them.
 *
 * @summary A domain's DNS records, with a form that follows the record type.
 *
 * @fires {PocketDnsBeforeChangeEvent} pocketdns-before-change - Before any change; cancel it to stop the change.
 * @fires {PocketDnsRecordCreateEvent} pocketdns-record-create - After PocketDNS created a record (`detail.record`).
 * @fires {PocketDnsRecordUpdateEvent} pocketdns-record-update - After PocketDNS changed a record (`detail.record`, `detail.previous`).
 * @fires {PocketDnsRecordDeleteEvent} pocketdns-record-delete - After PocketDNS deleted a record (`detail.record`).
 * @fires {PocketDnsBeforeImportEvent} pocketdns-before-import - Before a zone file import is applied; cancel it to stop the import.
 * @fires {PocketDnsImportEvent} pocketdns-import - After a zone file import was applied in full (`detail.added`, `changed`, `removed`).
 * @fires {PocketDnsZoneChangeEvent} pocketdns-zone-change - After an import or its undo changed several records at once.
 * @fires {PocketDnsErrorEvent} pocketdns-error - A request failed (`detail.error`).
 * @fires {PocketDnsSessionEndEvent} pocketdns-session-end - The partner's session endpoint says the customer is signed out.
 *
 * @csspart toolbar - The heading, filter and Add record row.
 * @csspart filter - The filter input.
 * @csspart add-button - The Add record button.
 * @csspart export-button - The Export (zone file) button.
 * @csspart import-button - The Import (zone file) button.
 * @csspart table - The records table.
 * @csspart row - One record's row.
 * @csspart type - A record type badge.
 * @csspart value - A record's value.
 * @csspart dialog - The add/edit, delete and Set up a service dialogs.
 * @csspart setup-button - The Set up a service button.
 * @csspart form - The add/edit form.
 * @csspart error - An error message.
 * @csspart banner - A message above the table (errors, rate limits).
 * @csspart toast - The Undo message after a delete.
 * @csspart state - An empty, signed-out, offline or error state.
 * @csspart loading - The loading placeholder.
 * @csspart health-badge - A row's "N problems" badge.
 * @csspart propagation - A row's "Is it live?" state.
 * @csspart details - A row's details: findings with their fixes, and Check.
 * @csspart punycode - The punycode shown beside a look-alike name.
 * @csspart problems-button - The toolbar's "N problems" filter.
 * @csspart warning - The form's pre-save warnings.
 *
 * @cssprop [--pocketdns-records-max-height=none] - Height after which the table scrolls.
 */
@customElement('pocketdns-records')
export class PocketDnsRecordsElement extends PocketDnsElement {
  // Dialogs, record health and Set up a service add their styles when their parts load.
  static override styles = [themeStyles, recordsStyles];

  private readonly records = new RecordsController(this, {
    connection: () => (this.session.state.status === 'ready' ? this.session.connection : undefined),
    domainId: () => this.domainId,
    reportError: (error) => this.reportError(error),
  });
  private readonly table = new TableState(this);
  private readonly virtual = new VirtualTable(this);
  private readonly announcer = new Announcer(this);
  // The record form, Delete with Undo, findings and "Is it live?": the extras part, loaded in
  // idle time after the first rows or on the first Add, Edit or Delete.
  private readonly extras = new ExtrasHook(this, {
    records: this.records,
    announcer: this.announcer,
    domainId: () => this.domainId,
    intlLocale: () => this.effectiveLocale,
    describe: (record) => this.describe(record),
    reportError: (error) => this.reportError(error),
    banner: (banner) => (this.banner = banner),
    locale: () => this.locale,
    saved: (record) => {
      this.virtual.reveal(record.id);
    },
    report: (problem, retry) => {
      this.failed(problem, retry);
    },
    failed: (message, retry) => {
      this.stopped(message, retry);
    },
  });

  // Set up a service and zone files: buttons here, the rest from the connect part on first use.
  private readonly tools = new ConnectTools(this, {
    records: this.records,
    announcer: this.announcer,
    connection: () => (this.session.state.status === 'ready' ? this.session.connection : undefined),
    domainId: () => this.domainId,
    templates: () => this.templates,
    session: () => ({ sessionUrl: this.sessionUrl, fetchSession: this.fetchSession, theme: this.theme, locale: this.locale }),
    report: (problem) => {
      this.failed(problem);
    },
    failed: (message, retry) => {
      this.stopped(message, retry);
    },
  });

  /** The domain whose records are shown. */
  @property({ attribute: 'domain-id', reflect: true }) domainId = '';

  /** The id of a `<pocketdns-domains>` in the same document (or shadow root) whose selection to follow. */
  @property() for = '';

  /** View only: no adding, editing or deleting. */
  @property({ type: Boolean, reflect: true }) readonly = false;

  /** `public`: after a change (and on Check) ask the `resolvers` whether it is live, sending them the record's name and type; `off` (or any other value): never. */
  @property({ reflect: true }) propagation: PropagationMode = 'public';

  /** DNS-over-HTTPS JSON endpoints asked by `propagation="public"` (`{name, url}` or URLs); Cloudflare and Google by default. */
  @property({ attribute: false }) resolvers: readonly (DohResolver | string)[] = DEFAULT_RESOLVERS;

  /** The partner's own Domain Connect templates, offered first under Set up a service (beside the built-in catalog). */
  @property({ attribute: false }) templates: DomainConnectTemplate[] = [];

  @state() private banner: Banner | undefined;

  constructor() {
    super();
    new FollowController(this, (domainId) => (this.domainId = domainId));
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('domainId') && changed.get('domainId') !== undefined) {
      this.records.clear();
      this.table.reset();
      this.banner = undefined;
      this.extras.clear();
    }
  }

  /** Loads the records again. */
  refresh(): void {
    this.records.refresh();
  }

  private get canEdit(): boolean {
    return !this.readonly && this.records.domain?.status !== 'suspended';
  }

  private describe(record: Pick<DnsRecord, 'type' | 'name'>): string {
    const name = displayName(record.name);
    return msg(str`${record.type} record ${name}`, { id: 'records.describe' });
  }

  /** A part of the widget could not be loaded: say so above the table, with Retry. */
  private stopped(message: string, retry: () => void): void {
    this.banner = { kind: 'error', message, retry };
    this.announcer.announce(message);
  }

  /** A change refused or failed outside the form: say so above the table, with Retry when it may help. */
  private failed(problem: unknown, retry?: () => void): void {
    if (typeof problem === 'string') {
      this.banner = { kind: 'error', message: problem };
      return;
    }
    const apiError = problem instanceof PocketDnsApiError ? problem : this.reportError(problem);
    this.banner = { kind: 'error', message: errorText(apiError), retry: apiError.retryable ? retry : undefined };
    this.announcer.announce(errorText(apiError));
  }

  // --- the table -----------------------------------------------------------------------------

  private renderTable(): TemplateResult {
    const { table, records } = this;
    return renderTable({
      zone: records.zone,
      total: records.records.length,
      rows: this.extras.only(records.query.rows(records.records, table.filter, table.sort)),
      filter: table.filter,
      sort: table.sort,
      canEdit: this.canEdit,
      pending: records.pending,
      expanded: table.expanded,
      virtual: this.virtual,
      onSort: table.toggleSort,
      onAdd: this.extras.add,
      onEdit: (record, opener) => {
        this.extras.edit(record, opener);
      },
      onDelete: (record, opener) => {
        this.extras.ask(record, opener);
      },
      onCopy: (record) => {
        this.extras.copy(record);
      },
      onToggleExpanded: table.toggleExpanded,
      onClearFilter: () => {
        table.setFilter('');
      },
      health: this.extras.view(),
    });
  }

  private renderContent(): TemplateResult {
    if (!this.domainId) {
      return html`<div class="state" part="state empty"><strong>${msg('No domain chosen', { id: 'records.noDomain.title' })}</strong>${msg(
        'Choose a domain to see its records.',
        { id: 'records.noDomain.text' },
      )}</div>`;
    }
    return this.records.task.render({
      initial: () => renderSkeleton(msg('Loading DNS records…', { id: 'records.loading' }), 6),
      pending: () => (this.records.domain ? this.renderTable() : renderSkeleton(msg('Loading DNS records…', { id: 'records.loading' }), 6)),
      error: (error) =>
        renderStopped(
          'error',
          msg('The records could not be loaded', { id: 'records.loadFailed' }),
          errorText(error),
          () => void this.records.task.run(),
        ),
      complete: () => this.renderTable(),
    });
  }

  private renderToolbar(): TemplateResult {
    const { domain, records, query } = this.records;
    const { filter, sort } = this.table;
    const total = this.formatNumber(records.length);
    const shown = filter || this.extras.problemsOnly ? this.formatNumber(this.extras.only(query.rows(records, filter, sort)).length) : '';
    const count = shown
      ? msg(str`${shown} of ${total}`, { id: 'records.countFiltered' })
      : msg(str`${total} records`, { id: 'records.count' });
    const zone = domain ? toUnicodeName(domain.name) : '';
    return renderToolbar({
      heading: zone ? msg(str`DNS records of ${zone}`, { id: 'records.headingOf' }) : msg('DNS records', { id: 'records.heading' }),
      hasRecords: Boolean(domain) && records.length > 0,
      filter,
      count,
      canEdit: this.canEdit,
      tools: html`${this.extras.renderButton()}${this.tools.renderTools(this.canEdit)}`,
      onFilter: this.table.setFilter,
      onAdd: this.extras.add,
    });
  }

  override render(): TemplateResult {
    const sessionView = renderSessionState(
      this.session.state,
      () => {
        this.session.retry();
      },
      () => renderSkeleton(msg('Loading DNS records…', { id: 'records.loading' }), 6),
    );
    return html`
      ${this.renderToolbar()}
      ${renderStatusBanner(this.records.domain, (iso) => this.formatDate(iso))}
      ${renderBanner(this.banner, () => (this.banner = undefined))}
      ${this.extras.renderUndo()}
      ${sessionView !== nothing ? sessionView : this.renderContent()} ${this.announcer.render()}
      ${this.extras.renderDialogs()} ${this.tools.renderDialogs(this.records.records)}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pocketdns-records': PocketDnsRecordsElement;
  }
}
