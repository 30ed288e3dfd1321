/**
 * `@pocketdns/widget/svelte`: Svelte 5 typings for the elements. Importing it once
 * (`import '@pocketdns/widget/svelte'` or `import type {} from …` in a `.d.ts`) declares
 * `<pocketdns-domains>`, `<pocketdns-records>` and `<pocketdns-connect>` in
 * `svelte/elements`, so `svelte-check` checks their attributes, properties and
 * `onpocketdns-…` event attributes. Svelte 5 sets a prop as a property when the element has
 * one (so `fetchSession={fn}` works) and `on<event-name>` adds a listener for that event.
 * Does not register the elements: import `@pocketdns/widget` (or `/connect`) for that.
 * @packageDocumentation
 */
import type { HTMLAttributes } from 'svelte/elements';
import type { PocketDnsElements } from './frameworks/element-types.js';

/** `on<event-name>` event attributes for an element's events. */
export type SvelteListeners<Events> = {
  [Name in keyof Events & string as `on${Name}`]?: (event: Events[Name]) => void;
};

/** A tag's attributes in Svelte: the global HTML ones, the element's attributes, properties and events. */
export type PocketDnsSvelteAttributes<Tag extends keyof PocketDnsElements> = Omit<
  HTMLAttributes<PocketDnsElements[Tag]['element']>,
  keyof PocketDnsElements[Tag]['attributes']
> &
  PocketDnsElements[Tag]['attributes'] &
  PocketDnsElements[Tag]['properties'] &
  SvelteListeners<PocketDnsElements[Tag]['events']>;

declare module 'svelte/elements' {
  interface SvelteHTMLElements {
    'pocketdns-domains': PocketDnsSvelteAttributes<'pocketdns-domains'>;
    'pocketdns-records': PocketDnsSvelteAttributes<'pocketdns-records'>;
    'pocketdns-connect': PocketDnsSvelteAttributes<'pocketdns-connect'>;
  }
}

export type * from './frameworks/element-types.js';
