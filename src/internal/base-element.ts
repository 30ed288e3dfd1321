import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { toApiError } from '../api/client.js';
import type { PocketDnsApiError } from '../api/errors.js';
import { PocketDnsErrorEvent } from '../events/error.js';
import type { FetchSession } from '../session/types.js';
import { LocaleController } from './locale-controller.js';
import { mediumDateFormat, numberFormat } from './intl-cache.js';
import { SessionController } from './session-controller.js';

/**
 * What every PocketDNS element shares: the session, `locale`, `theme`, error reporting, and
 * the theme tokens below. Set the `--pocketdns-*` properties on the elements or any
 * ancestor; `theme="dark"` (or `auto` under a dark preference) changes only the defaults.
 * Every default pair meets WCAG 2.2 AA contrast.
 *
 * @cssprop [--pocketdns-color-primary=#2150c2] - Buttons, links, focus accents (dark: #8fb0ff).
 * @cssprop [--pocketdns-color-on-primary=#ffffff] - Text on primary buttons (dark: #0b1530).
 * @cssprop [--pocketdns-color-surface=#ffffff] - Background (dark: #141923).
 * @cssprop [--pocketdns-color-surface-subtle=#f4f6fa] - Headers, badges, hover (dark: #1d2431).
 * @cssprop [--pocketdns-color-text=#1d2330] - Text (dark: #eef1f7).
 * @cssprop [--pocketdns-color-text-muted=#545c6e] - Secondary text (dark: #b3bccd).
 * @cssprop [--pocketdns-color-border=#cfd5e1] - Borders (dark: #3a4457).
 * @cssprop [--pocketdns-color-danger=#b42318] - Errors, Delete, expired and suspended (dark: #ff9b90).
 * @cssprop [--pocketdns-color-danger-surface=#fdecea] - Error banner background (dark: #3a1d1b).
 * @cssprop [--pocketdns-color-success=#146c43] - Success and active badges (dark: #7ddca6).
 * @cssprop [--pocketdns-color-success-surface=#e3f4ea] - Success banner background (dark: #163526).
 * @cssprop [--pocketdns-color-warning=#7a4d00] - Warnings and pending badges (dark: #ffd27a).
 * @cssprop [--pocketdns-color-warning-surface=#fff4d6] - Warning banner background (dark: #3a2e12).
 * @cssprop [--pocketdns-color-focus=#1a4fd1] - Focus ring (dark: #ffd27a).
 * @cssprop [--pocketdns-radius=8px] - Corner radius.
 * @cssprop [--pocketdns-font-family=system-ui] - Font.
 * @cssprop [--pocketdns-font-family-mono=ui-monospace] - Names and values.
 * @cssprop [--pocketdns-font-size=0.9375rem] - Base font size.
 * @cssprop [--pocketdns-spacing=0.5rem] - Base spacing unit.
 */
export class PocketDnsElement extends LitElement {
  /** The shared session for `session-url` / `fetchSession`. */
  protected readonly session = new SessionController(this);

  /** The partner's session endpoint, POSTed with the page's credentials. */
  @property({ attribute: 'session-url' }) sessionUrl = '';

  /** For partners with their own auth: a function returning the session contract's object. Wins over `session-url`. */
  @property({ attribute: false }) fetchSession: FetchSession | undefined;

  /**
   * BCP 47 locale of the text, dates and numbers (default: the page's `lang`, then English). An
   * unknown one falls back to its language (`de-AT` → `de`), then English. One locale per page.
   */
  @property() locale = '';

  /** Resolves `locale`, loads its translations, sets `lang` and `dir` on the element. */
  private readonly localeController = new LocaleController(this);

  /** `light`, `dark`, or `auto` (follows the operating system). */
  @property({ reflect: true }) theme: 'light' | 'dark' | 'auto' = 'light';

  /** The locale in effect. */
  protected get effectiveLocale(): string {
    return this.localeController.intlLocale;
  }

  /** Formats an ISO date for people, in the element's locale. */
  protected formatDate(iso: string): string {
    const date = new Date(iso);
    if (Number.isNaN(date.getTime())) return iso;
    try {
      return mediumDateFormat(this.effectiveLocale).format(date);
    } catch {
      return date.toDateString();
    }
  }

  /** Formats a number for people, in the element's locale. */
  protected formatNumber(value: number): string {
    try {
      return numberFormat(this.effectiveLocale).format(value);
    } catch {
      return String(value);
    }
  }

  /** Runs a request; a failure is reported to the partner's page and rethrown as a typed error. */
  protected async reporting<T>(run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      throw this.reportError(error);
    }
  }

  /** Reports a failure to the partner's page and gives it back as a typed error. */
  protected reportError(error: unknown): PocketDnsApiError {
    const apiError = toApiError(error);
    if (apiError.code !== 'aborted') this.dispatchEvent(new PocketDnsErrorEvent({ error: apiError }));
    return apiError;
  }
}
