import { updateWhenLocaleChanges } from '@lit/localize';
import type { ReactiveController, ReactiveElement } from 'lit';
import { activeLocale, directionOf, matchLocale, onMessagesChange, requestLocale, type WidgetLocale } from './i18n.js';

/** An element with a `locale` property (empty: inherit). */
type LocaleHost = ReactiveElement & { locale: string };

/** The closest `lang` above `element` (through shadow roots, up to `<html>`), or ''. */
function inheritedLang(element: Element): string {
  let node: Node | null = element.parentNode;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang) return lang;
    }
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return '';
}

/**
 * An element's language: its `locale`, else the `lang` it sits in (its own, a host element's,
 * the page's), else English; an unknown locale falls back to its language, then English.
 * Asks for that locale (one per page: the last asked wins), marks the host with `lang` and
 * `dir` unless the partner set them, and renders the host again when the text changes.
 */
export class LocaleController implements ReactiveController {
  /** The tag asked for, as given (`de-AT`), for dates and numbers. */
  private tag = '';
  private requested: WidgetLocale | undefined;
  /** The `lang` and `dir` this controller put on the host (others' values are left alone). */
  private ownLang: string | null = null;
  private ownDir: string | null = null;
  private unsubscribe: (() => void) | undefined;
  private observer: MutationObserver | undefined;

  /** @param host the element whose language this is */
  constructor(private readonly host: LocaleHost) {
    host.addController(this);
    updateWhenLocaleChanges(host);
  }

  /** Follows overrides and the page's `lang`. */
  hostConnected(): void {
    this.unsubscribe = onMessagesChange(() => {
      this.host.requestUpdate();
    });
    this.observer = new MutationObserver(() => {
      this.host.requestUpdate();
    });
    this.observer.observe(this.host.ownerDocument.documentElement, { attributes: true, attributeFilter: ['lang'] });
  }

  /** Stops following. */
  hostDisconnected(): void {
    this.unsubscribe?.();
    this.observer?.disconnect();
  }

  /** Resolves the locale before each render. */
  hostUpdate(): void {
    const host = this.host;
    const ownAttr = host.getAttribute('lang');
    const partnerLang = ownAttr !== null && ownAttr !== this.ownLang ? ownAttr : '';
    this.tag = host.locale || partnerLang || inheritedLang(host);
    const locale = matchLocale(this.tag);
    if (locale !== this.requested) {
      this.requested = locale;
      void requestLocale(locale);
    }
    if (!partnerLang) this.ownLang = this.mark('lang', locale);
    const dir = host.getAttribute('dir');
    if (dir === null || dir === this.ownDir) this.ownDir = this.mark('dir', directionOf(locale));
  }

  private mark(name: 'lang' | 'dir', value: string): string {
    if (this.host.getAttribute(name) !== value) this.host.setAttribute(name, value);
    return value;
  }

  /**
   * The locale for `Intl` (dates, numbers): the tag asked for when the text is in its language
   * (`en-GB` dates beside English text), else the language the text is in.
   */
  get intlLocale(): string {
    const active = activeLocale();
    if (this.tag && matchLocale(this.tag) === active) {
      try {
        return Intl.getCanonicalLocales(this.tag)[0] ?? active;
      } catch {
        return active;
      }
    }
    return active;
  }
}
