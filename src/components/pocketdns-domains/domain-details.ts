// The selected domain's details panel of <pocketdns-domains>. It comes with the extras part, which
// the element loads with the linter when a domain is chosen: the list paints without it.
import { msg } from '@lit/localize';
import { css, html, nothing, type TemplateResult } from 'lit';
import type { DomainDetails } from '../../api/types.js';
import { toUnicodeName } from '../../dns/names.js';
import { addStyles } from '../../internal/add-styles.js';
import { statusText } from '../../internal/i18n-words.js';

/** How the element formats what the panel shows. */
export interface DetailsFormat {
  date(iso: string): string;
  number(value: number): string;
  /** The domain's "N problems", or nothing while unknown. */
  problems(domainId: string): TemplateResult | typeof nothing;
}

/** The panel's layout: a heading and a definition list. */
const detailsStyles = css`
  .details h3 {
    margin: 0 0 var(--_space);
    font-size: 1rem;
    overflow-wrap: anywhere;
  }
  dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.35rem 1rem;
    margin: 0;
  }
  dt {
    color: var(--_muted);
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  dd ul {
    border: none;
  }
  dd li + li {
    border: none;
  }
`;

/** The panel's template for `host`, whose shadow root gets the panel's styles. */
export function domainDetails(host: Parameters<typeof addStyles>[0]): typeof renderDomainDetails {
  addStyles(host, detailsStyles);
  return renderDomainDetails;
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
