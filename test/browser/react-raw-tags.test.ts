import { expect } from '@open-wc/testing';
import React from 'react';
import { createRoot, type Root } from 'react-dom/client';
// Registers the elements, and its types put the raw tags in React.JSX.IntrinsicElements.
import type { PocketDnsIntrinsicElement } from '../../src/react.js';
import '../../src/react.js';
import type { WidgetSession } from '../../src/session/types.js';
import { startBackend } from '../helpers/backend.js';
import { button, field, rows, shadow, type, until } from '../helpers/dom.js';
import { startWorker } from '../helpers/msw-browser.js';

// What the JSX typings of the raw tags promise, in React 19 itself: attributes as in HTML,
// `fetchSession` set as a property, `on<event-name>` props added as listeners.
describe('React 19 with the raw tags', () => {
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

  it('sets attributes and the fetchSession property, and calls onpocketdns-domain-select and onpocketdns-record-create', async () => {
    const backend = startBackend();
    const selected: string[] = [];
    const created: string[] = [];
    const fetchSession = async (): Promise<WidgetSession> =>
      (await (await fetch('/pocketdns/session', { method: 'POST' })).json()) as WidgetSession;
    // Typed as JSX would type <pocketdns-domains …> and <pocketdns-records …>.
    const domainsProps: PocketDnsIntrinsicElement<'pocketdns-domains'> = {
      id: 'raw-domains',
      theme: 'dark',
      fetchSession,
      'onpocketdns-domain-select': (event) => selected.push(event.detail.domain.name),
    };
    const recordsProps: PocketDnsIntrinsicElement<'pocketdns-records'> = {
      for: 'raw-domains',
      propagation: 'off',
      fetchSession,
      'onpocketdns-record-create': (event) => created.push(event.detail.record.name),
    };
    root.render(
      React.createElement(
        React.Fragment,
        null,
        React.createElement('pocketdns-domains', domainsProps),
        React.createElement('pocketdns-records', recordsProps),
      ),
    );
    await until(
      () => Boolean(host.querySelector('pocketdns-domains')?.shadowRoot?.querySelector('button.domain')),
      'domains through React',
    );
    const domains = host.querySelector('pocketdns-domains')!;
    const records = host.querySelector('pocketdns-records')!;
    expect(domains.getAttribute('theme')).to.equal('dark');
    expect(records.propagation).to.equal('off');
    // A property, not an attribute: React 19 saw that the element has one.
    expect(domains.fetchSession).to.equal(fetchSession);
    expect(domains.hasAttribute('fetchsession')).to.equal(false);
    shadow(domains).querySelector<HTMLButtonElement>('button.domain')!.click();
    await until(() => rows(records).length === 18, 'records followed through for=');
    expect(selected).to.deep.equal(['alicebakery.com']);
    button(records, 'Add record').click();
    await until(() => (shadow(records).getElementById('editor') as HTMLDialogElement | null)?.open === true, 'the form');
    type(field(records, 'Name'), 'raw-tag');
    type(field(records, 'Value'), '192.0.2.34');
    await records.updateComplete;
    button(records, 'Save').click();
    await until(() => created.length === 1, 'onpocketdns-record-create');
    expect(created).to.deep.equal(['raw-tag']);
    expect(backend.sessionRequests).to.equal(1);
  });
});
