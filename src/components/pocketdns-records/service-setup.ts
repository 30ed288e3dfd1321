// "Set up a service": a toolbar button and a dialog that lists the partner's templates and the
// catalog, then shows <pocketdns-connect> for the chosen one. The catalog and the element load
// on first use (setup-loader.ts).
import { msg } from '@lit/localize';
import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import type { DomainConnectTemplate } from '../../dns/templates/types.js';
import { ModalController, type ModalHost } from '../../internal/modal-controller.js';
import type { FetchSession } from '../../session/types.js';
import type { CatalogTemplate } from '../../templates/types.js';
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

/** A catalog category's heading, in the active locale. */
const CATEGORY_TITLES: Record<CatalogTemplate['category'], () => string> = {
  email: () => msg('Email', { id: 'setup.category.email' }),
  website: () => msg('Website', { id: 'setup.category.website' }),
  verification: () => msg('Verification', { id: 'setup.category.verification' }),
};

const keyOf = (t: DomainConnectTemplate): string => `${t.providerId}/${t.serviceId}`;

/** The "Set up a service" button and dialog of `<pocketdns-records>`. */
export class ServiceSetup implements ReactiveController {
  private readonly modal: ModalController;
  private catalog: readonly CatalogTemplate[] | undefined;
  private loadError: string | undefined;
  private chosen: DomainConnectTemplate | undefined;
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
    this.modal = new ModalController(host, 'setup', () => {
      this.chosen = undefined;
      this.host.requestUpdate();
    });
  }

  /** Nothing to do on connect. */
  hostConnected(): void {}

  private async load(): Promise<void> {
    if (this.catalog) return;
    try {
      this.catalog = (await loadSetup()).catalog;
      this.loadError = undefined;
    } catch {
      this.loadError = msg('The list of services could not be loaded. Check your connection and try again.', { id: 'setup.loadFailed' });
    }
  }

  private readonly onOpen = async (event: Event): Promise<void> => {
    if (this.opening) return;
    const opener = event.currentTarget as HTMLElement;
    this.opening = true;
    await this.load();
    this.opening = false;
    this.host.requestUpdate();
    await this.modal.open(opener, 'button.service');
  };

  private choose(template: DomainConnectTemplate | undefined): void {
    this.chosen = template;
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => {
      this.modal.dialog?.querySelector<HTMLElement>(template ? '#setup-back' : 'button.service')?.focus();
    });
  }

  /** The toolbar button. */
  renderButton(): TemplateResult {
    return html`<button type="button" part="setup-button" aria-haspopup="dialog" @click=${(e: Event) => void this.onOpen(e)}>
      ${msg('Set up a service', { id: 'setup.title' })}
    </button>`;
  }

  private renderList(title: string, templates: readonly DomainConnectTemplate[]): TemplateResult | typeof nothing {
    if (templates.length === 0) return nothing;
    return html`<section class="services">
      <h3>${title}</h3>
      <ul>
        ${templates.map(
          (t) => html`<li>
            <button type="button" class="service" @click=${() => {
              this.choose(t);
            }}>
              <strong>${t.serviceName}</strong>
              <span class="provider">${t.providerName}</span>
            </button>
          </li>`,
        )}
      </ul>
    </section>`;
  }

  private renderChoices(): TemplateResult {
    const own = this.options.templates();
    const ownKeys = new Set(own.map(keyOf));
    const catalog = (this.catalog ?? []).filter((t) => !ownKeys.has(keyOf(t)));
    const categories = Object.keys(CATEGORY_TITLES) as CatalogTemplate['category'][];
    return html`<p class="hint">${msg('Choose a service: you will see every record it changes before anything happens.', { id: 'setup.hint' })}</p>
      ${this.loadError ? html`<p class="banner error" part="error" role="alert">${this.loadError}</p>` : nothing}
      ${this.renderList(msg('From your provider', { id: 'setup.fromProvider' }), own)}
      ${categories.map((c) =>
        this.renderList(
          CATEGORY_TITLES[c](),
          catalog.filter((t) => t.category === c),
        ),
      )}`;
  }

  /** The dialog, to render once in the host. */
  renderDialog(): TemplateResult {
    const chosen = this.chosen;
    const session = this.options.session();
    return html`<dialog id="setup" part="dialog" class="setup" aria-labelledby="setup-title" @close=${this.modal.onClose}>
      <div class="body">
        <h2 id="setup-title">${msg('Set up a service', { id: 'setup.title' })}</h2>
        ${
          chosen
            ? html`<div>
              <button type="button" id="setup-back" class="link" @click=${() => {
                this.choose(undefined);
              }}>
                ${msg('← All services', { id: 'setup.back' })}
              </button>
            </div>
            <pocketdns-connect
              domain-id=${this.options.domainId()}
              session-url=${session.sessionUrl}
              .fetchSession=${session.fetchSession}
              theme=${session.theme}
              locale=${session.locale}
              .template=${chosen}
            ></pocketdns-connect>`
            : this.renderChoices()
        }
        <div class="dialog-actions">
          <button type="button" @click=${() => {
            this.modal.close();
          }}>${msg('Close', { id: 'common.close' })}</button>
        </div>
      </div>
    </dialog>`;
  }
}
