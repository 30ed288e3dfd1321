/** What a {@link RateLimitStore} says about one key after counting a request. */
export interface RateLimitCount {
  /** Requests counted in the current window, this one included. */
  count: number;
  /** When the window ends, in ms since the epoch. */
  resetAt: number;
}

/**
 * Where the handler counts each customer's requests and upstream calls. The default keeps
 * counts in memory, which is right for one process. For many instances, give the handler a
 * `store` (e.g. `createRedisStore` from `@pocketdns/widget/server/redis`), which counts too;
 * `rateLimit.store` remains for partners who only want their own counter.
 */
export interface RateLimitStore {
  /** Counts one request for `key` in a fixed window of `windowMs` and gives the count so far. */
  increment(key: string, windowMs: number): Promise<RateLimitCount>;
}

/** Per-user rate limit of the handler. */
export interface HandlerRateLimit {
  /** Requests allowed per user per window. */
  limit: number;
  /** Window length in seconds. */
  windowSeconds: number;
  /** Where counts live (default: in memory). */
  store?: RateLimitStore;
}

/** A fixed-window counter in memory; expired windows are swept as it goes, so it cannot grow without bound. */
export class MemoryRateLimitStore implements RateLimitStore {
  private readonly windows = new Map<string, RateLimitCount>();
  private calls = 0;

  /** @param now the clock, in ms (tests move it) */
  constructor(private readonly now: () => number = Date.now) {}

  /** Counts one request for `key`. */
  increment(key: string, windowMs: number): Promise<RateLimitCount> {
    const now = this.now();
    this.calls += 1;
    if (this.calls % 1000 === 0) {
      for (const [k, w] of this.windows) if (w.resetAt <= now) this.windows.delete(k);
    }
    let window = this.windows.get(key);
    if (!window || window.resetAt <= now) {
      window = { count: 0, resetAt: now + windowMs };
      this.windows.set(key, window);
    }
    window.count += 1;
    return Promise.resolve({ ...window });
  }
}
