// Registers <pocketdns-domains> and <pocketdns-records>; the types come with it.
import '@pocketdns/widget';
import type { PocketDnsBeforeChangeEvent } from '@pocketdns/widget';

// querySelector knows the tags (HTMLElementTagNameMap), so the elements and their events are typed.
const records = document.querySelector('pocketdns-records');
const status = document.querySelector<HTMLParagraphElement>('#status');

if (records && status) {
  records.propagation = 'public';
  records.addEventListener('pocketdns-record-create', (event) => {
    status.textContent = `Added ${event.detail.record.type} ${event.detail.record.name}`;
  });
  records.addEventListener('pocketdns-before-change', (event: PocketDnsBeforeChangeEvent) => {
    // Keep the mail records your platform manages out of the customer's hands.
    if (event.detail.record.type === 'MX') event.preventDefault();
  });
}

document.querySelector('pocketdns-domains')?.addEventListener('pocketdns-domain-select', (event) => {
  document.title = `DNS · ${event.detail.domain.name}`;
});
