/**
 * The script-tag build's entry: everything `@pocketdns/widget` exports, plus what the parts it
 * imports later (pocketdns-widget-extras.js, pocketdns-widget-connect.js) take from here instead
 * of bundling their own copies, so a page runs one Lit and one @lit/localize (one locale for all
 * dialogs) and fetches them once. Not a module partners import.
 * @packageDocumentation
 */
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { initialState, Task } from '@lit/task';
import { css, html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { activeLocale, directionOf, LOCALES, matchLocale, onMessagesChange, requestLocale, setMessages } from './internal/i18n.js';

export * from './index.js';

/**
 * @internal What the later parts import, by module: `i18n` is src/internal/i18n.ts.
 * vite.iife.config.ts reads this list and points those imports here; a part that imports a name
 * missing from it fails to build. Not part of the API: it changes with every release.
 */
// @lit/localize's `msg` is a live binding that configureLocalization replaces once a locale
// loads: the later parts get a function that calls whichever one is current, not a copy of the
// English-only default it is at handover time.
const currentMsg = ((...args: Parameters<typeof msg>) => msg(...args)) as typeof msg;

export const __shared: Readonly<Record<string, Readonly<Record<string, unknown>>>> = {
  lit: { css, html, LitElement, nothing },
  'lit/decorators.js': { customElement, property, state },
  'lit/directives/if-defined.js': { ifDefined },
  'lit/directives/live.js': { live },
  '@lit/localize': { msg: currentMsg, str, updateWhenLocaleChanges },
  '@lit/task': { initialState, Task },
  i18n: { activeLocale, directionOf, LOCALES, matchLocale, onMessagesChange, requestLocale, setMessages },
};
