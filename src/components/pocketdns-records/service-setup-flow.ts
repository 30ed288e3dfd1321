// "Set up a service", the dialog: lists the partner's templates and the catalog, then shows
// <pocketdns-connect> for the chosen one. Loaded with the catalog on first use (setup-chunk.ts);
// the toolbar button is service-setup.ts.
import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { DomainConnectTemplate } from '../../dns/templates/types.js';
import { addStyles } from '../../internal/add-styles.js';
import { ModalController, type ModalHost } from '../../internal/modal-controller.js';
import { dialogStyles } from '../../styles/dialog.styles.js';
import { setupStyles } from './service-setup.styles.js';
import { catalog } from '../../templates/index.js';
import type { CatalogTemplate } from '../../templates/types.js';
import { shownTemplate } from '../pocketdns-connect/catalog-text.js';
import type { ServiceSetupOptions } from './connect-tools.js';
// The dialog renders <pocketdns-connect>; both load together in the setup chunk.
import '../pocketdns-connect/pocketdns-connect.js';

/** A catalog category's heading, in the active locale. */
const CATEGORY_TITLES: Record<CatalogTemplate['category'], () => string> = {
  email: () => msg('Email', { id: 'setup.category.email' }),
  website: () => msg('Website', { id: 'setup.category.website' }),
  verification: () => msg('Verification', { id: 'setup.category.verification' }),
};

const keyOf = (t: DomainConnectTemplate): string => `${t.providerId}/${t.serviceId}`;

/** The "Set up a service" dialog of `<pocketdns-records>`. */
export class ServiceSetupFlow {
  private readonly modal: ModalController;
  private chosen: DomainConnectTemplate | undefined;

  /**
   * @param host the records element
   * @param options what the dialog needs from it
   */
  constructor(
    private readonly host: ModalHost & HTMLElement,
    private readonly options: ServiceSetupOptions,
  ) {
    addStyles(host, dialogStyles);
    addStyles(host, setupStyles);
    this.modal = new ModalController(host, 'setup', () => {
      this.chosen = undefined;
      this.host.requestUpdate();
    });
  }

  /** Opens the dialog on the list of services; focus returns to `opener` on close. */
  async open(opener: HTMLElement): Promise<void> {
    this.host.requestUpdate();
    await this.modal.open(opener, 'button.service');
  }

  private choose(template: DomainConnectTemplate | undefined): void {
    this.chosen = template;
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => {
      this.modal.dialog?.querySelector<HTMLElement>(template ? '#setup-back' : 'button.service')?.focus();
    });
  }

  private renderList(title: string, templates: readonly DomainConnectTemplate[]): TemplateResult | typeof nothing {
    if (templates.length === 0) return nothing;
    return html`<section class="services">
      <h3>${title}</h3>
      <ul>
        ${templates.map((t) => {
          const shown = shownTemplate(t);
          return html`<li>
            <button type="button" class="service" @click=${() => {
              this.choose(t);
            }}>
              <strong>${shown.serviceName}</strong>
              <span class="provider">${shown.providerName}</span>
            </button>
          </li>`;
        })}
      </ul>
    </section>`;
  }

  private renderChoices(): TemplateResult {
    const own = this.options.templates();
    const ownKeys = new Set(own.map(keyOf));
    const others = catalog.filter((t) => !ownKeys.has(keyOf(t)));
    const categories = Object.keys(CATEGORY_TITLES) as CatalogTemplate['category'][];
    return html`<p class="hint">${msg('Choose a service: you will see every record it changes before anything happens.', { id: 'setup.hint' })}</p>
      ${this.renderList(msg('From your provider', { id: 'setup.fromProvider' }), own)}
      ${categories.map((c) =>
        this.renderList(
          CATEGORY_TITLES[c](),
          others.filter((t) => t.category === c),
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
