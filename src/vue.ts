/**
 * `@pocketdns/widget/vue`: Vue 3 typings for the elements, and the `isCustomElement` check
 * for Vue's compiler. Importing it (`import '@pocketdns/widget/vue'` once, or listing it in
 * a `.d.ts`) declares `<pocketdns-domains>`, `<pocketdns-records>` and `<pocketdns-connect>`
 * as global components, so `vue-tsc --strictTemplates` checks their attributes, properties
 * (`.prop` bindings such as `:fetchSession.prop`) and `@pocketdns-…` event handlers.
 * Does not register the elements: import `@pocketdns/widget` (or `/connect`) for that.
 * @packageDocumentation
 */
import type { HTMLAttributes } from 'vue';
import type { PocketDnsElements } from './frameworks/element-types.js';

/**
 * Whether `tag` is one of ours, for Vue's `compilerOptions.isCustomElement` (in
 * `@vitejs/plugin-vue`'s `template.compilerOptions`), so Vue leaves the tags to the browser.
 * @param tag - the tag name as written in a template
 */
export function isPocketDnsElement(tag: string): boolean {
  return tag.startsWith('pocketdns-');
}

/** `session-url` → `sessionUrl`: how Vue names an attribute written in kebab case. */
export type VueCamel<Name extends string> = Name extends `${infer Head}-${infer Tail}` ? `${Head}${Capitalize<VueCamel<Tail>>}` : Name;

/** `pocketdns-record-create` → `onPocketdnsRecordCreate`: the prop Vue checks `@pocketdns-record-create` against. */
export type VueListeners<Events> = {
  [Name in keyof Events & string as `on${Capitalize<VueCamel<Name>>}`]?: (event: Events[Name]) => void;
};

/** An element's own attributes, camel-cased as Vue does. */
type VueAttributes<Tag extends keyof PocketDnsElements> = {
  [Name in keyof PocketDnsElements[Tag]['attributes'] & string as VueCamel<Name>]?: PocketDnsElements[Tag]['attributes'][Name];
};

/** An element's props in a Vue template: global HTML attributes (`id`, `class`), its attributes, properties and listeners. */
export type PocketDnsVueProps<Tag extends keyof PocketDnsElements> = Omit<HTMLAttributes, keyof VueAttributes<Tag>> &
  VueAttributes<Tag> &
  PocketDnsElements[Tag]['properties'] &
  VueListeners<PocketDnsElements[Tag]['events']>;

/** A global component type for one element: what `vue-tsc` checks a tag's props against. */
export type PocketDnsVueComponent<Tag extends keyof PocketDnsElements> = new () => {
  $props: PocketDnsVueProps<Tag>;
  $el: PocketDnsElements[Tag]['element'];
};

declare module 'vue' {
  interface GlobalComponents {
    'pocketdns-domains': PocketDnsVueComponent<'pocketdns-domains'>;
    'pocketdns-records': PocketDnsVueComponent<'pocketdns-records'>;
    'pocketdns-connect': PocketDnsVueComponent<'pocketdns-connect'>;
  }
}

export type * from './frameworks/element-types.js';
