import type { PocketDnsClient } from '../api/client.js';
import { PocketDnsApiError } from '../api/errors.js';
import { sleep } from '../api/rate-limit.js';

/** How often a rate-limited change is retried before it fails. */
const RATE_LIMIT_RETRIES = 2;
/** Bounds of one rate-limit wait, in ms. */
const MIN_WAIT_MS = 500;
const MAX_WAIT_MS = 60_000;
/** The wait when PocketDNS does not say when to try again. */
const DEFAULT_WAIT_MS = 5_000;

/** Options of {@link withRateLimitRetries}. */
export interface RateLimitRetryOptions {
  /** Told when a wait starts (`until`) and ends (`undefined`), to show it. */
  onWait?: ((until: Date | undefined) => void) | undefined;
  /** Stops a wait. */
  signal?: AbortSignal | undefined;
}

/**
 * Runs a change, and when PocketDNS answers 429 (the change was not made) waits until the
 * window resets (bounded) and tries again, twice at most. A change refused for any other
 * reason fails at once.
 */
export async function withRateLimitRetries<T>(run: () => Promise<T>, options: RateLimitRetryOptions = {}): Promise<T> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await run();
    } catch (error) {
      if (!(error instanceof PocketDnsApiError) || error.code !== 'rate_limited' || attempt >= RATE_LIMIT_RETRIES) throw error;
      const at = error.retryAt?.getTime() ?? Date.now() + DEFAULT_WAIT_MS;
      const wait = Math.min(Math.max(at - Date.now(), MIN_WAIT_MS), MAX_WAIT_MS);
      options.onWait?.(new Date(Date.now() + wait));
      try {
        await sleep(wait, options.signal);
      } finally {
        options.onWait?.(undefined);
      }
    }
  }
}

/** The record-changing calls of a client. */
export type ChangeClient = Pick<PocketDnsClient, 'createRecord' | 'updateRecord' | 'deleteRecord'>;

/**
 * The client's record changes, each waiting out rate limits: what a bulk apply (an import of
 * many records) uses so a burst that reaches PocketDNS's limit slows down instead of failing.
 */
export function rateLimitedChanges(client: ChangeClient, options: RateLimitRetryOptions = {}): ChangeClient {
  return {
    createRecord: (record, call) => withRateLimitRetries(() => client.createRecord(record, call), options),
    updateRecord: (id, changes, call) => withRateLimitRetries(() => client.updateRecord(id, changes, call), options),
    deleteRecord: (id, call) => withRateLimitRetries(() => client.deleteRecord(id, call), options),
  };
}
