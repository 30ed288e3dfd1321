import type { PocketDnsClient } from './client.js';
import type { DomainDetails } from './types.js';

/** How long a domain's details are shared between the elements that ask for them. */
const DETAILS_TTL_MS = 5_000;

/**
 * A domain's details, shared for a few seconds by every element on the page that asks (the
 * records list and the domain panel load the same 10,000-record answer once), and dropped
 * after a change so the next read is fresh.
 */
export class DomainDetailsCache {
  private readonly entries = new Map<string, { at: number; promise: Promise<DomainDetails> }>();

  /**
   * @param client the client that fetches details
   * @param ttlMs how long an answer is shared
   */
  constructor(
    private readonly client: PocketDnsClient,
    private readonly ttlMs = DETAILS_TTL_MS,
  ) {}

  /** The domain's details: a shared answer less than `ttlMs` old, or a fresh one. */
  get(domainId: string): Promise<DomainDetails> {
    const cached = this.entries.get(domainId);
    if (cached && Date.now() - cached.at < this.ttlMs) return cached.promise;
    // Not tied to the caller's signal: another element may be waiting for the same answer.
    const promise = this.client.getDomain(domainId);
    this.entries.set(domainId, { at: Date.now(), promise });
    promise.catch(() => {
      if (this.entries.get(domainId)?.promise === promise) this.entries.delete(domainId);
    });
    return promise;
  }

  /** Forgets a domain's details (after a change), so the next read asks PocketDNS. */
  invalidate(domainId: string): void {
    this.entries.delete(domainId);
  }
}
