'use client';

/**
 * `@pocketdns/widget/react`: React components for the elements, made with `@lit/react`,
 * so React 18 and 19 pass properties (like `fetchSession`) and events (`onRecordCreate`)
 * the way React code expects. Registers the elements. Its types also declare the raw tags
 * (`<pocketdns-records>`) in `React.JSX.IntrinsicElements`. `'use client'` (kept at the top of
 * dist/react.js) makes it usable from Next.js App Router server components: the elements
 * register in the browser only.
 * @packageDocumentation
 */
import { createComponent, type EventName } from '@lit/react';
import React from 'react';
import { PocketDnsConnectElement } from './components/pocketdns-connect/pocketdns-connect.js';
import { PocketDnsDomainsElement } from './components/pocketdns-domains/pocketdns-domains.js';
import { PocketDnsRecordsElement } from './components/pocketdns-records/pocketdns-records.js';
import type {
  PocketDnsBeforeImportEvent,
  PocketDnsImportEvent,
  PocketDnsBeforeChangeEvent,
  PocketDnsBeforeConnectEvent,
  PocketDnsConnectEvent,
  PocketDnsZoneChangeEvent,
  PocketDnsDomainSelectEvent,
  PocketDnsErrorEvent,
  PocketDnsRecordCreateEvent,
  PocketDnsRecordDeleteEvent,
  PocketDnsRecordUpdateEvent,
  PocketDnsSessionEndEvent,
} from './events/index.js';

/** `<pocketdns-domains>` for React: `onDomainSelect`, `onError`, `onSessionEnd`. */
export const PocketDnsDomains = createComponent({
  tagName: 'pocketdns-domains',
  elementClass: PocketDnsDomainsElement,
  react: React,
  events: {
    onDomainSelect: 'pocketdns-domain-select' as EventName<PocketDnsDomainSelectEvent>,
    onError: 'pocketdns-error' as EventName<PocketDnsErrorEvent>,
    onSessionEnd: 'pocketdns-session-end' as EventName<PocketDnsSessionEndEvent>,
  },
});

/**
 * `<pocketdns-records>` for React: `onBeforeChange`, `onRecordCreate`, `onRecordUpdate`,
 * `onRecordDelete`, `onBeforeImport`, `onImport`, `onZoneChange`, `onError`, `onSessionEnd`.
 */
export const PocketDnsRecords = createComponent({
  tagName: 'pocketdns-records',
  elementClass: PocketDnsRecordsElement,
  react: React,
  events: {
    onBeforeChange: 'pocketdns-before-change' as EventName<PocketDnsBeforeChangeEvent>,
    onRecordCreate: 'pocketdns-record-create' as EventName<PocketDnsRecordCreateEvent>,
    onRecordUpdate: 'pocketdns-record-update' as EventName<PocketDnsRecordUpdateEvent>,
    onRecordDelete: 'pocketdns-record-delete' as EventName<PocketDnsRecordDeleteEvent>,
    onBeforeImport: 'pocketdns-before-import' as EventName<PocketDnsBeforeImportEvent>,
    onImport: 'pocketdns-import' as EventName<PocketDnsImportEvent>,
    onZoneChange: 'pocketdns-zone-change' as EventName<PocketDnsZoneChangeEvent>,
    onError: 'pocketdns-error' as EventName<PocketDnsErrorEvent>,
    onSessionEnd: 'pocketdns-session-end' as EventName<PocketDnsSessionEndEvent>,
  },
});

/** `<pocketdns-connect>` for React: `onBeforeConnect`, `onConnect`, `onZoneChange`, `onError`, `onSessionEnd`. */
export const PocketDnsConnect = createComponent({
  tagName: 'pocketdns-connect',
  elementClass: PocketDnsConnectElement,
  react: React,
  events: {
    onBeforeConnect: 'pocketdns-before-connect' as EventName<PocketDnsBeforeConnectEvent>,
    onConnect: 'pocketdns-connect' as EventName<PocketDnsConnectEvent>,
    onZoneChange: 'pocketdns-zone-change' as EventName<PocketDnsZoneChangeEvent>,
    onError: 'pocketdns-error' as EventName<PocketDnsErrorEvent>,
    onSessionEnd: 'pocketdns-session-end' as EventName<PocketDnsSessionEndEvent>,
  },
});

export * from './events/index.js';
export type { FetchSession, WidgetSession } from './session/types.js';
// Re-exported so the JSX typings of the raw tags come with this entry's types (and only with them).
export type { PocketDnsIntrinsicElement, PocketDnsReactListeners } from './frameworks/react-jsx.js';
export type * from './frameworks/element-types.js';
