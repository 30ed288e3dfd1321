// "Set up a service": the toolbar button of <pocketdns-records>. The dialog (service-setup-flow.ts)
// comes with the catalog and <pocketdns-connect> on first use (setup-loader.ts), so the script
// every page loads carries only this button.
import { msg } from '@lit/localize';
import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import type { DomainConnectTemplate } from '../../dns/templates/types.js';
import { ModalController, type ModalHost } from '../../internal/modal-controller.js';
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
}

/** The "Set up a service" button, and its dialog once loaded (or a dialog saying it could not be). */
export class ServiceSetup implements ReactiveController {
  private flow: ServiceSetupFlow | undefined;
  /** Shows why the dialog could not be loaded; the next press tries again. */
  private readonly failure: ModalController;
  private failed = false;
  private opening = false;

  /**
   * @param host the records element
   * @param options what the dialog needs from it
   */
  constructor(
    private readonly host: ModalHost & HTMLElement,
    private readonly options: ServiceSetupOptions,
  ) {
    host.addController(this);
    this.failure = new ModalController(host, 'setup', () => {
      this.failed = false;
      host.requestUpdate();
    });
  }

  /** Nothing to do on connect. */
  hostConnected(): void {}

  private readonly onOpen = async (event: Event): Promise<void> => {
    if (this.opening) return;
    const opener = event.currentTarget as HTMLElement;
    this.opening = true;
    try {
      const { ServiceSetupFlow } = await loadSetup();
      this.flow ??= new ServiceSetupFlow(this.host, this.options);
      await this.flow.open(opener);
    } catch {
      this.failed = true;
      this.host.requestUpdate();
      await this.failure.open(opener, 'button');
    } finally {
      this.opening = false;
    }
  };

  /** The toolbar button. */
  renderButton(): TemplateResult {
    return html`<button type="button" part="setup-button" aria-haspopup="dialog" @click=${(e: Event) => void this.onOpen(e)}>
      ${msg('Set up a service', { id: 'setup.title' })}
    </button>`;
  }

  /** The dialog, to render once in the host (nothing before the first press). */
  renderDialog(): TemplateResult | typeof nothing {
    if (this.flow) return this.flow.renderDialog();
    if (!this.failed) return nothing;
    return html`<dialog id="setup" part="dialog" class="setup" aria-labelledby="setup-title" @close=${this.failure.onClose}>
      <div class="body">
        <h2 id="setup-title">${msg('Set up a service', { id: 'setup.title' })}</h2>
        <p class="banner error" part="error" role="alert">${msg('The list of services could not be loaded. Check your connection and try again.', { id: 'setup.loadFailed' })}</p>
        <div class="dialog-actions">
          <button type="button" @click=${() => {
            this.failure.close();
          }}>${msg('Close', { id: 'common.close' })}</button>
        </div>
      </div>
    </dialog>`;
  }
}
