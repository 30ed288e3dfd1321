/**
 * The script-tag build's entry: everything `@pocketdns/widget` exports, plus the parts of Lit
 * that the script it loads later (pocketdns-widget-extras.iife.js) takes from here instead of
 * bundling its own copy, so a page runs one Lit and fetches it once. Not a module partners import.
 * @packageDocumentation
 */
import { css, html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';

export * from './index.js';

/**
 * @internal What pocketdns-widget-extras.iife.js imports from `lit`, `lit/decorators.js` and
 * `lit/directives/*` (vite.iife.config.ts maps those imports here, and fails the build when the
 * extras import a name missing from this list). Not part of the API: it changes with every release.
 */
export const __lit: Readonly<Record<string, unknown>> = { css, html, LitElement, nothing, customElement, property, state, ifDefined, live };
