// Zone files in <pocketdns-records>: Export, Copy and Import in the toolbar. What they do (the
// BIND writer, the import dialog, the apply engine) is zone-files-flow.ts, loaded with the setup
// chunk on the first press, so the script every page loads carries only the buttons.
import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { DnsRecord } from '../../api/types.js';
import type { Announcer } from '../../internal/announcer.js';
import type { ModalHost } from '../../internal/modal-controller.js';
import type { Connection } from '../../session/connection.js';
import type { RecordsController } from './records-controller.js';
import { loadSetup } from './setup-loader.js';
import type { ZoneFilesFlow } from './zone-files-flow.js';

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

/**
 * Zone files in `<pocketdns-records>`: Export (download `<domain>.zone`, or copy it, made in
 * the browser from the records shown) and Import (a dialog with `<pocketdns-zone-import>`,
 * applied through the apply engine with rollback and Undo). The zone file code is loaded on
 * first use; a failure to load it is reported above the table.
 */
export class ZoneFiles {
  private flow: ZoneFilesFlow | undefined;

  /**
   * @param host the element
   * @param options what zone files need from it
   */
  constructor(
    private readonly host: ModalHost & HTMLElement,
    private readonly options: ZoneFilesOptions,
  ) {}

  /** Runs `action` with the loaded flow; a script that cannot be loaded is reported. */
  private async with(action: (flow: ZoneFilesFlow) => unknown): Promise<void> {
    try {
      const { ZoneFilesFlow } = await loadSetup();
      this.flow ??= new ZoneFilesFlow(this.host, this.options);
      await action(this.flow);
    } catch (error) {
      this.options.report(error);
    }
  }

  /** Export, Copy and (when the customer may edit) Import, for the toolbar. */
  renderTools(canEdit: boolean): TemplateResult {
    return html`<button
        type="button"
        part="export-button"
        @click=${() =>
          void this.with((flow) => {
            flow.download();
          })}
      >
        ${msg('Export', { id: 'zoneFiles.export' })}
      </button>
      <button type="button" aria-label=${msg('Copy zone file', { id: 'zoneFiles.copyLabel' })} @click=${() => void this.with((flow) => flow.copy())}>
        ${msg('Copy', { id: 'zoneFiles.copy' })}
      </button>
      ${
        canEdit
          ? html`<button
            type="button"
            part="import-button"
            @click=${(e: Event) => {
              const opener = e.currentTarget as HTMLElement;
              void this.with((flow) => flow.open(opener));
            }}
          >
            ${msg('Import', { id: 'zoneFiles.import' })}
          </button>`
          : nothing
      }`;
  }

  /** The import dialog (nothing before the first use). */
  renderDialog(records: readonly DnsRecord[]): TemplateResult | typeof nothing {
    return this.flow ? this.flow.renderDialog(records) : nothing;
  }
}
