/**
 * The script-tag build's entry: everything `@pocketdns/widget` exports, plus what the parts it
 * imports later (pocketdns-widget-extras.js, pocketdns-widget-connect.js) take from here instead
 * of bundling their own copies, so a page runs one Lit and one @lit/localize (one locale for all
 * dialogs) and fetches them once. Not a module partners import.
 * @packageDocumentation
 */
import { msg as localizeMsg, str, updateWhenLocaleChanges } from '@lit/localize';
import { initialState, Task } from './internal/task.js';
import { css, html, LitElement, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { PocketDnsApiError } from './api/errors.js';
import { displayName } from './dns/lint/homograph.js';
import { decodePunycode } from './dns/punycode.js';
import { Announcer } from './internal/announcer.js';
import { PocketDnsElement } from './internal/base-element.js';
import { customElement } from './internal/define.js';
import { FollowController } from './internal/follow-controller.js';
import { errorText } from './internal/i18n-errors.js';
import { numberText, statusText, ttlText } from './internal/i18n-words.js';
import { activeLocale, directionOf, matchLocale, onMessagesChange, requestLocale } from './internal/i18n.js';
import { LocaleController } from './internal/locale-controller.js';
import { renderSessionState, renderSkeleton, renderStopped } from './internal/session-views.js';
import { loadSetup } from './components/pocketdns-records/setup-loader.iife.js';
import { shownFullName } from './components/pocketdns-records/records-table.js';
import { baseStyles, themeStyles } from './styles/theme.styles.js';

export * from './index.js';

// @lit/localize's `msg` is a live binding that configureLocalization replaces once a locale
// loads: the later parts get a function that calls whichever one is current, not a copy of the
// English-only default it is at handover time.
const msg = ((...args: Parameters<typeof localizeMsg>) => localizeMsg(...args)) as typeof localizeMsg;

/**
 * @internal What the later parts import, by module (`internal/i18n` is src/internal/i18n.ts),
 * in order: vite.iife.config.ts reads these lists and points those imports here (arrays, so the
 * names cost this script no bytes); a part that imports a name missing here fails to build. Not
 * part of the API: it changes with every release.
 */
export const __shared: Readonly<Record<string, readonly unknown[]>> = {
  lit: [css, html, LitElement, nothing],
  'lit/decorators.js': [property, state],
  'lit/directives/if-defined.js': [ifDefined],
  'lit/directives/live.js': [live],
  '@lit/localize': [msg, str, updateWhenLocaleChanges],
  'internal/task': [initialState, Task],
  'internal/i18n': [activeLocale, directionOf, matchLocale, onMessagesChange, requestLocale],
  'internal/define': [customElement],
  'internal/locale-controller': [LocaleController],
  'styles/theme.styles': [baseStyles, themeStyles],
  // The elements' base class, and with it the page's one session per session URL and its client.
  'internal/base-element': [PocketDnsElement],
  'api/errors': [PocketDnsApiError],
  // What the table already needs to show names: the record form, the linter and the catalog use the same.
  'dns/punycode': [decodePunycode],
  'dns/lint/homograph': [displayName],
  'internal/announcer': [Announcer],
  'internal/follow-controller': [FollowController],
  'internal/i18n-errors': [errorText],
  'internal/i18n-words': [numberText, statusText, ttlText],
  'internal/session-views': [renderSessionState, renderSkeleton, renderStopped],
  // One loader (one record of failed loads) for both scripts: the health views load translations with it.
  'components/pocketdns-records/setup-loader.iife': [loadSetup],
  // How the table names a record, for the delete confirmation.
  'components/pocketdns-records/records-table': [shownFullName],
};
