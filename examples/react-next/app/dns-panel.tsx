'use client';

import { useState } from 'react';
import { PocketDnsDomains, PocketDnsRecords, type FetchSession, type PocketDnsRecordCreateEvent } from '@pocketdns/widget/react';
// Registers <pocketdns-connect> too, for the raw tag below (the React entry registers all three).
import '@pocketdns/widget/connect';

/** Your own auth instead of `session-url`: any function returning the session object. */
const fetchSession: FetchSession = async () => {
  const response = await fetch('/pocketdns/session', { method: 'POST', credentials: 'include' });
  if (!response.ok) throw new Error(`Session failed: ${response.status}`);
  return response.json();
};

export function DnsPanel() {
  const [domain, setDomain] = useState('');
  const [status, setStatus] = useState('');

  const announce = (event: PocketDnsRecordCreateEvent) => setStatus(`Added ${event.detail.record.type} ${event.detail.record.name}`);

  return (
    <>
      {/* The @lit/react wrappers: camelCase props and onXxx events. */}
      <PocketDnsDomains
        id="domains"
        fetchSession={fetchSession}
        theme="auto"
        onDomainSelect={(event) => setDomain(event.detail.domain.id)}
      />
      <PocketDnsRecords
        for="domains"
        fetchSession={fetchSession}
        onRecordCreate={announce}
        onBeforeChange={(event) => {
          // Keep the mail records your platform manages out of the customer's hands.
          if (event.detail.record.type === 'MX') event.preventDefault();
        }}
      />
      {/* Or the raw tags, typed through React.JSX.IntrinsicElements: attributes as in HTML, on<event-name> listeners. */}
      {domain && (
        <pocketdns-connect
          domain-id={domain}
          host="www"
          fetchSession={fetchSession}
          onpocketdns-connect={(event) => setStatus(`Connected ${event.detail.template.providerName}`)}
        />
      )}
      <p role="status">{status}</p>
    </>
  );
}
