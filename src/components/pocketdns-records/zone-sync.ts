// Keeps a records list in step with changes made elsewhere: other tabs of the same page (a
// BroadcastChannel), and other elements of this page (a connection applied, an undo, an
// import), so no list goes on showing (and editing) records that are gone.
import type { PocketDnsConnectEvent } from '../../events/connect.js';
import type { PocketDnsZoneChangeEvent } from '../../events/zone-change.js';

/** What a tab says after PocketDNS confirmed a change. */
export interface TabChange {
  /** The domain whose records changed. */
  domainId: string;
}

const CHANNEL = 'pocketdns-records';

/** One element's end of the channel between tabs, and its ear on the page's zone events. */
export class ZoneSync {
  private channel: BroadcastChannel | undefined;

  /** @param onChange called when a domain's records changed elsewhere */
  constructor(private readonly onChange: (domainId: string) => void) {}

  private readonly onPageChange = (event: PocketDnsConnectEvent | PocketDnsZoneChangeEvent): void => {
    this.onChange(event.detail.domainId);
  };

  /** Starts listening (the element joined the page). */
  open(): void {
    document.addEventListener('pocketdns-connect', this.onPageChange);
    document.addEventListener('pocketdns-zone-change', this.onPageChange);
    if (this.channel || typeof BroadcastChannel === 'undefined') return;
    this.channel = new BroadcastChannel(CHANNEL);
    this.channel.onmessage = (event: MessageEvent<unknown>) => {
      const data = event.data as Partial<TabChange> | null;
      if (data && typeof data.domainId === 'string') this.onChange(data.domainId);
    };
  }

  /** Stops listening (the element left the page). */
  close(): void {
    document.removeEventListener('pocketdns-connect', this.onPageChange);
    document.removeEventListener('pocketdns-zone-change', this.onPageChange);
    this.channel?.close();
    this.channel = undefined;
  }

  /** Tells the other tabs that `domainId`'s records changed. */
  changed(domainId: string): void {
    this.channel?.postMessage({ domainId } satisfies TabChange);
  }
}
