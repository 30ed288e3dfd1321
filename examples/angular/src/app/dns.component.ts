import { CUSTOM_ELEMENTS_SCHEMA, Component, signal } from '@angular/core';
import type { FetchSession, PocketDnsBeforeChangeEvent, PocketDnsDomainSelectEvent, PocketDnsRecordCreateEvent } from '@pocketdns/widget';

/**
 * The elements in an Angular template. CUSTOM_ELEMENTS_SCHEMA lets Angular accept the tags;
 * with `strictTemplates`, `$event` is typed from the tag (HTMLElementTagNameMap and the
 * elements' event map), so a handler taking the wrong event fails `ngc`.
 */
@Component({
  selector: 'app-dns',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <h1>DNS for {{ domain() || 'your domains' }}</h1>
    <pocketdns-domains id="domains" theme="auto" [fetchSession]="fetchSession" (pocketdns-domain-select)="onSelect($event)" />
    <pocketdns-records
      for="domains"
      [fetchSession]="fetchSession"
      (pocketdns-record-create)="onCreate($event)"
      (pocketdns-before-change)="onBeforeChange($event)"
    />
    <p role="status">{{ lastChange() }}</p>
  `,
})
export class DnsComponent {
  /** Your own auth instead of `session-url`: any function returning the session object. */
  protected readonly fetchSession: FetchSession = async () => {
    const response = await fetch('/pocketdns/session', { method: 'POST', credentials: 'include' });
    if (!response.ok) throw new Error(`Session failed: ${response.status}`);
    return response.json();
  };

  protected readonly domain = signal('');
  protected readonly lastChange = signal('');

  protected onSelect(event: PocketDnsDomainSelectEvent): void {
    this.domain.set(event.detail.domain.name);
  }

  protected onCreate(event: PocketDnsRecordCreateEvent): void {
    this.lastChange.set(`Added ${event.detail.record.type} ${event.detail.record.name}`);
  }

  /** Keeps the mail records your platform manages out of the customer's hands. */
  protected onBeforeChange(event: PocketDnsBeforeChangeEvent): void {
    if (event.detail.record.type === 'MX') event.preventDefault();
  }
}
