/**
 * What each element accepts in markup, independent of any framework: its attributes (as
 * written in HTML), the properties that only exist as properties (functions, arrays,
 * objects), and the events it dispatches. The React JSX, Vue and Svelte typings are made
 * from these, so a renamed attribute or event breaks every framework's type check at once.
 * Types only: nothing here exists at run time.
 * @packageDocumentation
 */
import type { PocketDnsConnectElement } from '../components/pocketdns-connect/pocketdns-connect.js';
import type { PocketDnsDomainsElement } from '../components/pocketdns-domains/pocketdns-domains.js';
import type { PocketDnsRecordsElement } from '../components/pocketdns-records/pocketdns-records.js';
import type {
  PocketDnsBeforeChangeEvent,
  PocketDnsBeforeConnectEvent,
  PocketDnsBeforeImportEvent,
  PocketDnsConnectEvent,
  PocketDnsDomainSelectEvent,
  PocketDnsErrorEvent,
  PocketDnsImportEvent,
  PocketDnsRecordCreateEvent,
  PocketDnsRecordDeleteEvent,
  PocketDnsRecordUpdateEvent,
  PocketDnsSessionEndEvent,
  PocketDnsZoneChangeEvent,
} from '../events/index.js';

/** Attributes every element has. Values are what HTML carries: strings (and `theme`'s words). */
export interface PocketDnsCommonAttributes {
  /** Your session endpoint, POSTed with the page's cookies. */
  'session-url'?: string;
  /** BCP 47 locale for dates and numbers (default: the page's `lang`). */
  locale?: string;
  /** `light` (default), `dark` or `auto`. */
  theme?: PocketDnsDomainsElement['theme'];
}

/** `<pocketdns-domains>`'s attributes. */
export interface PocketDnsDomainsAttributes extends PocketDnsCommonAttributes {
  /** The selected domain's id. */
  selected?: string;
}

/** `<pocketdns-records>`'s attributes. */
export interface PocketDnsRecordsAttributes extends PocketDnsCommonAttributes {
  /** The domain whose records to show (or use `for`). */
  'domain-id'?: string;
  /** The id of a `<pocketdns-domains>` whose selection to follow. */
  for?: string;
  /** Present: the records are shown but cannot be changed. */
  readonly?: boolean;
  /** `public` (default: checks changes with public DNS-over-HTTPS resolvers) or `off`. */
  propagation?: PocketDnsRecordsElement['propagation'];
}

/** `<pocketdns-connect>`'s attributes. */
export interface PocketDnsConnectAttributes extends PocketDnsCommonAttributes {
  /** The domain to set the service up on (or use `for`). */
  'domain-id'?: string;
  /** The id of a `<pocketdns-domains>` whose selection to follow. */
  for?: string;
  /** The host (subdomain) the template applies to; empty for the apex. */
  host?: string;
  /** The template's groups to apply, comma-separated. */
  'group-ids'?: string;
}

/** Properties that are not attributes, so frameworks must set them as properties. */
export type PocketDnsDomainsProperties = Partial<Pick<PocketDnsDomainsElement, 'fetchSession'>>;
/** Properties of `<pocketdns-records>` that are not attributes. */
export type PocketDnsRecordsProperties = Partial<Pick<PocketDnsRecordsElement, 'fetchSession' | 'resolvers' | 'templates'>>;
/** Properties of `<pocketdns-connect>` that are not attributes. */
export type PocketDnsConnectProperties = Partial<Pick<PocketDnsConnectElement, 'fetchSession' | 'template' | 'params'>>;

/** Events every element dispatches, by name. */
export interface PocketDnsCommonEvents {
  'pocketdns-error': PocketDnsErrorEvent;
  'pocketdns-session-end': PocketDnsSessionEndEvent;
}

/** `<pocketdns-domains>`'s events, by name. */
export interface PocketDnsDomainsEvents extends PocketDnsCommonEvents {
  'pocketdns-domain-select': PocketDnsDomainSelectEvent;
}

/** `<pocketdns-records>`'s events, by name. */
export interface PocketDnsRecordsEvents extends PocketDnsCommonEvents {
  'pocketdns-before-change': PocketDnsBeforeChangeEvent;
  'pocketdns-record-create': PocketDnsRecordCreateEvent;
  'pocketdns-record-update': PocketDnsRecordUpdateEvent;
  'pocketdns-record-delete': PocketDnsRecordDeleteEvent;
  'pocketdns-before-import': PocketDnsBeforeImportEvent;
  'pocketdns-import': PocketDnsImportEvent;
  'pocketdns-zone-change': PocketDnsZoneChangeEvent;
}

/** `<pocketdns-connect>`'s events, by name. */
export interface PocketDnsConnectEvents extends PocketDnsCommonEvents {
  'pocketdns-before-connect': PocketDnsBeforeConnectEvent;
  'pocketdns-connect': PocketDnsConnectEvent;
  'pocketdns-zone-change': PocketDnsZoneChangeEvent;
}

/** Every element by tag: its class, attributes, properties and events. */
export interface PocketDnsElements {
  'pocketdns-domains': {
    element: PocketDnsDomainsElement;
    attributes: PocketDnsDomainsAttributes;
    properties: PocketDnsDomainsProperties;
    events: PocketDnsDomainsEvents;
  };
  'pocketdns-records': {
    element: PocketDnsRecordsElement;
    attributes: PocketDnsRecordsAttributes;
    properties: PocketDnsRecordsProperties;
    events: PocketDnsRecordsEvents;
  };
  'pocketdns-connect': {
    element: PocketDnsConnectElement;
    attributes: PocketDnsConnectAttributes;
    properties: PocketDnsConnectProperties;
    events: PocketDnsConnectEvents;
  };
}
