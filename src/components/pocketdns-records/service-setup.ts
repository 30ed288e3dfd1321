// "Set up a service": the toolbar button of <pocketdns-records>. The dialog (service-setup-flow.ts)
// comes with the catalog and <pocketdns-connect> on first use (setup-loader.ts), so the script
// every page loads carries only this button.
import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { DomainConnectTemplate } from '../../dns/templates/types.js';
import type { ModalHost } from '../../internal/modal-controller.js';
import type { FetchSession } from '../../session/types.js';
import type { ServiceSetupFlow } from './service-setup-flow.js';
import { loadSetup } from './setup-loader.js';

/** What the dialog needs from `<pocketdns-records>`. */
export interface ServiceSetupOptions {
  /** The domain shown. */
  domainId(): string;
  /** The partner's own templates, listed first. */
  templates(): readonly DomainConnectTemplate[];
  /** The host's session source and look, handed to `<pocketdns-connect>`. */
  session(): { sessionUrl: string; fetchSession: FetchSession | undefined; theme: string; locale: string };
  /** Says above the table that the dialog could not be loaded, with Retry. */
  failed(message: string, retry: () => void): void;
}

/** The "Set up a service" button, and its dialog once loaded (a failure to load it is said above the table). */
export class ServiceSetup {
  private flow: ServiceSetupFlow | undefined;
  private opening = false;

  /**
   * @param host the records element
   * @param options what the dialog needs from it
   */
  constructor(
    private readonly host: ModalHost & HTMLElement,
    private readonly options: ServiceSetupOptions,
  ) {}

  private async open(opener: HTMLElement): Promise<void> {
    if (this.opening) return;
    this.opening = true;
    try {
      const { ServiceSetupFlow } = await loadSetup();
      this.flow ??= new ServiceSetupFlow(this.host, this.options);
      await this.flow.open(opener);
    } catch {
      const message = msg('The list of services could not be loaded. Check your connection and try again.', { id: 'setup.loadFailed' });
      this.options.failed(message, () => void this.open(opener));
    } finally {
      this.opening = false;
    }
  }

  /** The toolbar button. */
  renderButton(): TemplateResult {
    return html`<button type="button" part="setup-button" aria-haspopup="dialog" @click=${(e: Event) => void this.open(e.currentTarget as HTMLElement)}>
      ${msg('Set up a service', { id: 'setup.title' })}
    </button>`;
  }

  /** The dialog, to render once in the host (nothing before the first press). */
  renderDialog(): TemplateResult | typeof nothing {
    return this.flow ? this.flow.renderDialog() : nothing;
  }
}
