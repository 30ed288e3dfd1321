import { expect } from '@open-wc/testing';
import React from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { PocketDnsRecordCreateEvent } from '../../src/events/index.js';
import { PocketDnsDomains, PocketDnsRecords } from '../../src/react.js';
import type { WidgetSession } from '../../src/session/types.js';
import { startBackend } from '../helpers/backend.js';
import { button, field, rows, shadow, type, until } from '../helpers/dom.js';
import { startWorker } from '../helpers/msw-browser.js';

describe('@pocketdns/widget/react', () => {
  let host: HTMLDivElement;
  let root: Root;
  before(startWorker);
  beforeEach(() => {
    host = document.createElement('div');
    document.body.append(host);
    root = createRoot(host);
  });
  afterEach(() => {
    root.unmount();
    host.remove();
  });

  it('passes properties and attributes, wires for=, and calls onDomainSelect and onRecordCreate', async () => {
    const backend = startBackend();
    const selected: string[] = [];
    const created: string[] = [];
    const fetchSession = async (): Promise<WidgetSession> =>
      (await (await fetch('/pocketdns/session', { method: 'POST' })).json()) as WidgetSession;
    root.render(
      React.createElement(
        React.Fragment,
        null,
        React.createElement(PocketDnsDomains, {
          id: 'react-domains',
          fetchSession,
          theme: 'dark',
          onDomainSelect: (e) => selected.push(e.detail.domain.name),
        }),
        React.createElement(PocketDnsRecords, {
          for: 'react-domains',
          fetchSession,
          onRecordCreate: (e: PocketDnsRecordCreateEvent) => created.push(e.detail.record.name),
        }),
      ),
    );
    await until(
      () => Boolean(host.querySelector('pocketdns-domains')?.shadowRoot?.querySelector('button.domain')),
      'domains through React',
    );
    const domains = host.querySelector('pocketdns-domains')!;
    const records = host.querySelector('pocketdns-records')!;
    expect(domains.getAttribute('theme')).to.equal('dark');
    shadow(domains).querySelector<HTMLButtonElement>('button.domain')!.click();
    await until(() => rows(records).length === 18, 'records followed through for=');
    expect(selected).to.deep.equal(['alicebakery.com']);
    button(records, 'Add record').click();
    await until(() => (shadow(records).getElementById('editor') as HTMLDialogElement | null)?.open === true, 'the form');
    type(field(records, 'Name'), 'from-react');
    type(field(records, 'Value'), '192.0.2.33');
    await (records as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    button(records, 'Save').click();
    await until(() => created.length === 1, 'onRecordCreate');
    expect(created).to.deep.equal(['from-react']);
    expect(backend.sessionRequests).to.equal(1);
  });
});
