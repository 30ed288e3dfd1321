// The toolbar's Set up a service, Export, Copy and Import of <pocketdns-records>. The script every
// page loads carries only these buttons: what they open (the catalog and <pocketdns-connect>,
// the BIND writer, the import dialog and the apply engine: service-setup-flow.ts and
// zone-files-flow.ts) comes with the connect part on the first press (setup-loader.ts).
import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { DnsRecord } from '../../api/types.js';
import type { DomainConnectTemplate } from '../../dns/templates/types.js';
import type { Announcer } from '../../internal/announcer.js';
import type { ModalHost } from '../../internal/modal-controller.js';
import type { Connection } from '../../session/connection.js';
import type { FetchSession } from '../../session/types.js';
import type { RecordsController } from './records-controller.js';
import type { ServiceSetupFlow } from './service-setup-flow.js';
import { loadSetup, type Setup } from './setup-loader.js';
import type { ZoneFilesFlow } from './zone-files-flow.js';

/** What the Set up a service dialog needs from `<pocketdns-records>`. */
export interface ServiceSetupOptions {
  /** The domain shown. */
  domainId(): string;
  /** The partner's own templates, listed first. */
  templates(): readonly DomainConnectTemplate[];
  /** The host's session source and look, handed to `<pocketdns-connect>`. */
  session(): { sessionUrl: string; fetchSession: FetchSession | undefined; theme: string; locale: string };
}

/** What zone files need from the element. */
export interface ZoneFilesOptions {
  records: RecordsController;
  announcer: Announcer;
  /** The connection, once the session is ready. */
  connection: () => Connection | undefined;
  /** The domain shown. */
  domainId: () => string;
  /** Shows a failure above the table. */
  report: (problem: unknown) => void;
}

/** What the tools need from the element. */
export interface ConnectToolsOptions extends ServiceSetupOptions, ZoneFilesOptions {
  /** Says above the table that a tool could not be loaded, with Retry. */
  failed(message: string, retry: () => void): void;
}

/**
 * Set up a service (a dialog listing the partner's templates and the catalog), Export (download
 * `<domain>.zone`, or copy it, made in the browser from the records shown) and Import (a dialog
 * with `<pocketdns-zone-import>`, applied with rollback and Undo).
 */
export class ConnectTools {
  private setup: ServiceSetupFlow | undefined;
  private zoneFiles: ZoneFilesFlow | undefined;
  /** A press waiting for the part: a second one meanwhile is ignored. */
  private busy = false;

  /**
   * @param host the records element
   * @param options what the tools need from it
   */
  constructor(
    private readonly host: ModalHost & HTMLElement,
    private readonly options: ConnectToolsOptions,
  ) {}

  /**
   * Runs `action` with the loaded part; a part that cannot be loaded is said above the table
   * (`failure`'s words), with Retry, and so is what `action` fails at.
   */
  private async with(action: (setup: Setup) => unknown, failure: () => string): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    let setup: Setup;
    try {
      setup = await loadSetup();
    } catch {
      this.options.failed(failure(), () => void this.with(action, failure));
      return;
    } finally {
      this.busy = false;
    }
    try {
      await action(setup);
    } catch (error) {
      this.options.report(error);
    }
  }

  /** Runs `action` with the zone files' flow. */
  private withZoneFiles(action: (flow: ZoneFilesFlow) => unknown): void {
    void this.with(
      ({ ZoneFilesFlow }) => action((this.zoneFiles ??= new ZoneFilesFlow(this.host, this.options))),
      () => msg('This action could not be loaded. Check your connection and try again.', { id: 'records.actionLoadFailed' }),
    );
  }

  private readonly openSetup = (event: Event): void => {
    const opener = event.currentTarget as HTMLElement;
    void this.with(
      ({ ServiceSetupFlow }) => (this.setup ??= new ServiceSetupFlow(this.host, this.options)).open(opener),
      () => msg('The list of services could not be loaded. Check your connection and try again.', { id: 'setup.loadFailed' }),
    );
  };

  /** Set up a service (when the customer may edit), Export, Copy and Import (when the customer may edit). */
  renderTools(canEdit: boolean): TemplateResult {
    return html`${
      canEdit
        ? html`<button type="button" part="setup-button" aria-haspopup="dialog" @click=${this.openSetup}>
          ${msg('Set up a service', { id: 'setup.title' })}
        </button>`
        : nothing
    }<button
        type="button"
        part="export-button"
        @click=${() => {
          this.withZoneFiles((flow) => {
            flow.download();
          });
        }}
      >
        ${msg('Export', { id: 'zoneFiles.export' })}
      </button>
      <button
        type="button"
        aria-label=${msg('Copy zone file', { id: 'zoneFiles.copyLabel' })}
        @click=${() => {
          this.withZoneFiles((flow) => flow.copy());
        }}
      >
        ${msg('Copy', { id: 'zoneFiles.copy' })}
      </button>
      ${
        canEdit
          ? html`<button
            type="button"
            part="import-button"
            @click=${(e: Event) => {
              const opener = e.currentTarget as HTMLElement;
              this.withZoneFiles((flow) => flow.open(opener));
            }}
          >
            ${msg('Import', { id: 'zoneFiles.import' })}
          </button>`
          : nothing
      }`;
  }

  /** The dialogs opened so far (nothing before the first press). */
  renderDialogs(records: readonly DnsRecord[]): TemplateResult {
    return html`${this.setup ? this.setup.renderDialog() : nothing}${this.zoneFiles ? this.zoneFiles.renderDialog(records) : nothing}`;
  }
}
