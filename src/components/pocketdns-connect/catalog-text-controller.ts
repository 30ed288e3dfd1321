// The built-in catalog's translations (catalog-text.ts) come with the catalog they compare
// against, so they load only when the element is given a built-in template: the script that
// registers the elements does not carry the catalog, and an element showing a partner's own
// template never loads it.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { DomainConnectTemplate } from '../../dns/templates/types.js';

/** The built-in templates, by `providerId/serviceId`: the keys of catalog-text.ts's table. */
export const BUILTIN_KEYS: ReadonlySet<string> = new Set([
  'google.com/workspace-mail',
  'microsoft.com/exchange-online',
  'fastmail.com/mail',
  'vercel.com/website',
  'netlify.com/website',
  'shopify.com/store',
  'pocketdns.com/verify-domain',
]);

type CatalogText = typeof import('./catalog-text.js');

/** The module once loaded (shared by every element); `null` if it could not be. */
let loaded: CatalogText | null | undefined;
let loading: Promise<void> | undefined;

/** A built-in template's texts in the active locale, once their chunk is loaded. */
export class CatalogTextController implements ReactiveController {
  private waiting = false;

  /** @param host the element that shows the template */
  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Nothing to do on connect. */
  hostConnected(): void {}

  /**
   * `template` with its texts as customers read them, or `undefined` while they load (show
   * the loading state, not English). A partner's own template is shown as it is; so is a
   * built-in one if its translations could not be loaded.
   */
  shown<T extends DomainConnectTemplate>(template: T): T | undefined {
    if (!BUILTIN_KEYS.has(`${template.providerId}/${template.serviceId}`) || loaded === null) return template;
    if (loaded) return loaded.shownTemplate(template);
    loading ??= import('./catalog-text.js').then(
      (module) => {
        loaded = module;
      },
      () => {
        loaded = null;
      },
    );
    if (!this.waiting) {
      this.waiting = true;
      void loading.then(() => {
        this.waiting = false;
        this.host.requestUpdate();
      });
    }
    return undefined;
  }
}
