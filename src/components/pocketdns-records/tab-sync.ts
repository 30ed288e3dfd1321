// Keeps tabs of the same page in step: a change made in one tab tells the others, which
// read the domain again, so no tab goes on showing (and editing) records that are gone.

/** What a tab says after PocketDNS confirmed a change. */
export interface TabChange {
  /** The domain whose records changed. */
  domainId: string;
}

const CHANNEL = 'pocketdns-records';

/** One element's end of the channel between tabs (and other elements) of the same origin. */
export class TabSync {
  private channel: BroadcastChannel | undefined;

  /** @param onChange called when another tab (or element) changed a domain's records */
  constructor(private readonly onChange: (change: TabChange) => void) {}

  /** Starts listening (the element joined the page). */
  open(): void {
    if (this.channel || typeof BroadcastChannel === 'undefined') return;
    this.channel = new BroadcastChannel(CHANNEL);
    this.channel.onmessage = (event: MessageEvent<unknown>) => {
      const data = event.data as Partial<TabChange> | null;
      if (data && typeof data.domainId === 'string') this.onChange({ domainId: data.domainId });
    };
  }

  /** Stops listening (the element left the page). */
  close(): void {
    this.channel?.close();
    this.channel = undefined;
  }

  /** Tells the other tabs that `domainId`'s records changed. */
  changed(domainId: string): void {
    this.channel?.postMessage({ domainId } satisfies TabChange);
  }
}
