// The selected domain's details panel of <pocketdns-domains>. It comes with the extras part, which
// the element loads with the linter when a domain is chosen: the list paints without it.
import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { DomainDetails } from '../../api/types.js';
import { toUnicodeName } from '../../dns/names.js';
import { statusText } from '../../internal/i18n-words.js';

/** How the element formats what the panel shows. */
export interface DetailsFormat {
  date(iso: string): string;
  number(value: number): string;
  /** The domain's "N problems", or nothing while unknown. */
  problems(domainId: string): TemplateResult | typeof nothing;
}

/** The details of `details`' domain, as a definition list. */
export function renderDomainDetails(details: DomainDetails, format: DetailsFormat): TemplateResult {
  return html`
    <h3>${toUnicodeName(details.name)}</h3>
    <dl>
      <dt>${msg('Status', { id: 'domains.status' })}</dt>
      <dd><span class="badge ${details.status}" part="badge">${statusText(details.status)}</span></dd>
      <dt>${msg('Nameservers', { id: 'domains.nameservers' })}</dt>
      <dd>
        <ul aria-label=${msg('Nameservers', { id: 'domains.nameservers' })}>
          ${details.nameservers.map((ns) => html`<li>${toUnicodeName(ns)}</li>`)}
        </ul>
      </dd>
      <dt>${msg('Registrar', { id: 'domains.registrar' })}</dt>
      <dd>${details.registrar}</dd>
      <dt>${msg('WHOIS privacy', { id: 'domains.whoisPrivacy' })}</dt>
      <dd>${details.whois_privacy ? msg('On', { id: 'common.onTitle' }) : msg('Off', { id: 'common.offTitle' })}</dd>
      <dt>${msg('Expires', { id: 'domains.expires' })}</dt>
      <dd>
        ${format.date(details.expires_at)}
        (${details.auto_renew ? msg('auto-renew on', { id: 'domains.autoRenewOn' }) : msg('auto-renew off', { id: 'domains.autoRenewOff' })})
      </dd>
      <dt>${msg('Registered', { id: 'domains.registered' })}</dt>
      <dd>${format.date(details.purchased_at)}</dd>
      <dt>${msg('DNS records', { id: 'domains.dnsRecords' })}</dt>
      <dd>${format.number(details.dns_records.length)}</dd>
      <dt>${msg('Record health', { id: 'domains.recordHealth' })}</dt>
      <dd>${format.problems(details.id)}</dd>
    </dl>
  `;
}
