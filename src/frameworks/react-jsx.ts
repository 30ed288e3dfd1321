/**
 * JSX typings for the raw tags in React 19 (`<pocketdns-records domain-id="…">`), for pages
 * that use the elements without the `@lit/react` wrappers. React 19 sets a prop as a property
 * when the element has one (so `fetchSession={fn}` works) and adds `on<event-name>` props as
 * listeners for that event name (`onpocketdns-record-create`). Only `@pocketdns/widget/react`
 * brings this file in, so projects without React never need `@types/react`.
 * @packageDocumentation
 */
import type { HTMLAttributes, Ref } from 'react';
import type { PocketDnsElements } from './element-types.js';

/** `on<event-name>` listener props for an element's events. */
export type PocketDnsReactListeners<Events> = {
  [Name in keyof Events & string as `on${Name}`]?: (event: Events[Name]) => void;
};

/** A raw tag's props in React: the HTML props React knows (`id`, `className`, `children`), the element's attributes, properties and events. */
export type PocketDnsIntrinsicElement<Tag extends keyof PocketDnsElements> = Omit<
  HTMLAttributes<PocketDnsElements[Tag]['element']>,
  keyof PocketDnsElements[Tag]['attributes']
> &
  PocketDnsElements[Tag]['attributes'] &
  PocketDnsElements[Tag]['properties'] &
  PocketDnsReactListeners<PocketDnsElements[Tag]['events']> & { ref?: Ref<PocketDnsElements[Tag]['element']> };

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- React 19 reads intrinsic elements from `React.JSX`
  namespace JSX {
    interface IntrinsicElements {
      'pocketdns-domains': PocketDnsIntrinsicElement<'pocketdns-domains'>;
      'pocketdns-records': PocketDnsIntrinsicElement<'pocketdns-records'>;
      'pocketdns-connect': PocketDnsIntrinsicElement<'pocketdns-connect'>;
    }
  }
}
