import { sleep } from '../../api/rate-limit.js';
import type { DomainDetails } from '../../api/types.js';
import type { Connection } from '../../session/connection.js';

/** First and longest wait between reads that bring the list back in line with PocketDNS. */
const FIRST_WAIT_MS = 250;
const MAX_WAIT_MS = 5_000;

/** What the reconciler needs from the records controller. */
export interface ReconcilerOptions {
  /** The connection, once the session is ready. */
  connection: () => Connection | undefined;
  /** The domain shown now. */
  domainId: () => string;
  /** A change is in flight: its own outcome is part of what the list must show, so it settles first. */
  busy: () => boolean;
  /** The element is on the page. */
  connected: () => boolean;
  /** Shows what PocketDNS holds. */
  show: (details: DomainDetails) => void;
}

/**
 * Reads a domain again, quietly and with backoff until a read succeeds, and shows what
 * PocketDNS holds: what follows a change whose outcome the list cannot know by itself.
 */
export class Reconciler {
  private running: Promise<void> | undefined;

  /** @param options what it needs from the records controller */
  constructor(private readonly options: ReconcilerOptions) {}

  /** Whether a read is still to come or under way. */
  get active(): boolean {
    return this.running !== undefined;
  }

  /** Starts reading `domainId` until it agrees (once at a time). */
  start(domainId: string): void {
    this.running ??= this.run(domainId).finally(() => {
      this.running = undefined;
    });
  }

  private async run(domainId: string): Promise<void> {
    const { options } = this;
    for (let wait = FIRST_WAIT_MS; options.connected() && domainId === options.domainId(); wait = Math.min(wait * 2, MAX_WAIT_MS)) {
      const connection = options.connection();
      if (connection && !options.busy()) {
        try {
          const details = await connection.client.getDomain(domainId);
          if (domainId !== options.domainId() || options.busy()) continue;
          connection.domains.invalidate(domainId);
          options.show(details);
          return;
        } catch {
          // PocketDNS cannot be read now: try again after the wait.
        }
      }
      await sleep(wait);
    }
  }
}
