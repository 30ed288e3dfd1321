import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { toApiError } from '../api/client.js';
import type { PocketDnsApiError } from '../api/errors.js';
import { PocketDnsErrorEvent } from '../events/error.js';
import type { FetchSession } from '../session/types.js';
import { SessionController } from './session-controller.js';

/** What both elements share: the session, `locale`, `theme`, and error reporting. */
export class PocketDnsElement extends LitElement {
  /** The shared session for `session-url` / `fetchSession`. */
  protected readonly session = new SessionController(this);

  /** The partner's session endpoint, POSTed with the page's credentials. */
  @property({ attribute: 'session-url' }) sessionUrl = '';

  /** For partners with their own auth: a function returning the session contract's object. Wins over `session-url`. */
  @property({ attribute: false }) fetchSession: FetchSession | undefined;

  /** BCP 47 locale for dates and numbers (default: the page's language). */
  @property() locale = '';

  /** `light`, `dark`, or `auto` (follows the operating system). */
  @property({ reflect: true }) theme: 'light' | 'dark' | 'auto' = 'light';

  /** The locale in effect. */
  protected get effectiveLocale(): string {
    return this.locale || document.documentElement.lang || navigator.language || 'en';
  }

  /** Formats an ISO date for people, in the element's locale. */
  protected formatDate(iso: string): string {
    const date = new Date(iso);
    if (Number.isNaN(date.getTime())) return iso;
    try {
      return new Intl.DateTimeFormat(this.effectiveLocale, { dateStyle: 'medium' }).format(date);
    } catch {
      return date.toDateString();
    }
  }

  /** Formats a number for people, in the element's locale. */
  protected formatNumber(value: number): string {
    try {
      return new Intl.NumberFormat(this.effectiveLocale).format(value);
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
