// Zone files in <pocketdns-records>, loaded with the setup chunk on first use: the toolbar's
// buttons (zone-files.ts) call into this.
import { msg, str } from '@lit/localize';
import { html, type TemplateResult } from 'lit';
import type { DnsRecord } from '../../api/types.js';
// The dialog renders <pocketdns-zone-import>; both load together in the setup chunk.
import '../pocketdns-zone-import/pocketdns-zone-import.js';
import { toZoneFile } from '../../dns/zonefile/write.js';
import { PocketDnsZoneChangeEvent } from '../../events/zone-change.js';
import { applyPlan, undoApplied } from '../../internal/apply/index.js';
import { addStyles } from '../../internal/add-styles.js';
import { ModalController, type ModalHost } from '../../internal/modal-controller.js';
import { dialogStyles } from '../../styles/dialog.styles.js';
import { rateLimitedChanges } from '../../internal/rate-limit-retry.js';
import type { Connection } from '../../session/connection.js';
import type { ApplyImport, PocketDnsZoneImportElement, UndoImport } from '../pocketdns-zone-import/pocketdns-zone-import.js';
import type { ZoneFilesOptions } from './connect-tools.js';

/** Requests an import keeps in flight at once: fast on a big file, gentle on the rate limit. */
const IMPORT_CONCURRENCY = 4;

/**
 * Zone files in `<pocketdns-records>`: Export (download `<domain>.zone`, or copy it, made in
 * the browser from the records shown) and Import (a dialog with `<pocketdns-zone-import>`,
 * applied through the apply engine with rollback and Undo).
 */
export class ZoneFilesFlow {
  private readonly modal: ModalController;

  /**
   * @param host the element
   * @param options what zone files need from it
   */
  constructor(
    private readonly host: ModalHost & HTMLElement,
    private readonly options: ZoneFilesOptions,
  ) {
    addStyles(host, dialogStyles);
    this.modal = new ModalController(host, 'zone-import');
  }

  private get importer(): PocketDnsZoneImportElement | null {
    return this.host.renderRoot.querySelector('pocketdns-zone-import');
  }

  /** The zone file of the records shown, as BIND loads it. */
  private zoneFile(): { name: string; text: string } {
    const { records } = this.options;
    const text = toZoneFile(records.records, { zone: records.zone, nameservers: records.domain?.nameservers });
    return { name: `${records.zone}.zone`, text };
  }

  /** Downloads `<domain>.zone`. */
  download(): void {
    try {
      const { name, text } = this.zoneFile();
      const url = URL.createObjectURL(new Blob([text], { type: 'text/dns' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = name;
      link.hidden = true;
      this.host.renderRoot.appendChild(link);
      link.click();
      link.remove();
      // Revoked after the click has started the download.
      setTimeout(() => {
        URL.revokeObjectURL(url);
      }, 1000);
      this.options.announcer.announce(msg(str`Downloaded ${name}.`, { id: 'zoneFiles.downloaded' }));
    } catch (error) {
      this.options.report(error);
    }
  }

  /** Copies the zone file to the clipboard. */
  async copy(): Promise<void> {
    try {
      const { text } = this.zoneFile();
      await navigator.clipboard.writeText(text);
      this.options.announcer.announce(msg('Copied the zone file.', { id: 'zoneFiles.copied' }));
    } catch {
      this.options.announcer.announce(msg('Could not copy: your browser did not allow it.', { id: 'records.copyFailed' }));
    }
  }

  private readonly apply: ApplyImport = async (plan, { onProgress, signal }) => {
    const { client, domains } = this.require();
    const domainId = this.options.domainId();
    return applyPlan(rateLimitedChanges(client, { signal }), domainId, plan, {
      concurrency: IMPORT_CONCURRENCY,
      signal,
      onProgress: (progress) => {
        onProgress(progress.done, progress.total);
      },
    }).finally(() => {
      this.changed(domains, domainId, 'import');
    });
  };

  private readonly undo: UndoImport = async (applied) => {
    const { client, domains } = this.require();
    const domainId = this.options.domainId();
    try {
      await undoApplied(rateLimitedChanges(client), domainId, applied, { concurrency: IMPORT_CONCURRENCY });
    } finally {
      this.changed(domains, domainId, 'undo');
    }
  };

  /**
   * After an import or its undo (whole, or rolled back): every list of the domain reads it
   * again. This element's own list hears the event too (its ZoneSync listens on the
   * document), so it is not refreshed here a second time.
   */
  private changed(domains: Connection['domains'], domainId: string, cause: 'import' | 'undo'): void {
    domains.invalidate(domainId);
    this.host.dispatchEvent(new PocketDnsZoneChangeEvent({ domainId, cause }));
  }

  private require(): Connection {
    const connection = this.options.connection();
    if (!connection) throw new Error(msg('The DNS session is not ready. Try again in a moment.', { id: 'zoneFiles.notReady' }));
    return connection;
  }

  /** Opens the import dialog, emptied; focus returns to `opener` on close. */
  async open(opener: HTMLElement): Promise<void> {
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.importer?.reset();
    await this.modal.open(opener, () => this.importer?.shadowRoot?.querySelector<HTMLElement>('#zone-text'));
  }

  /** The import dialog. */
  renderDialog(records: readonly DnsRecord[]): TemplateResult {
    return html`<dialog id="zone-import" part="dialog" aria-labelledby="zone-import-label" @close=${this.modal.onClose}>
      <span id="zone-import-label" class="visually-hidden">${msg('Import a zone file', { id: 'zoneFiles.importTitle' })}</span>
      <pocketdns-zone-import
        class="body"
        exportparts="error"
        .zone=${this.options.records.zone}
        .records=${records}
        .apply=${this.apply}
        .undoImport=${this.undo}
        @pocketdns-zone-import-announce=${(e: CustomEvent<string>) => {
          this.options.announcer.announce(e.detail);
        }}
        @pocketdns-zone-import-close=${() => {
          this.modal.close();
        }}
      ></pocketdns-zone-import>
    </dialog>`;
  }
}
