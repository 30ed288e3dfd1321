import { MemoryRateLimitStore, type RateLimitStore } from './rate-limit.js';

/**
 * Where the handler keeps what several instances must share: per-user counts (the rate
 * limit), the ownership cache (each customer's domains, and ids known not to be theirs) and
 * session revocations. The default keeps it in memory, which is right for one process;
 * `@pocketdns/widget/server/redis` keeps it in Redis for many.
 *
 * Every method may reject (the store is down): the handler then carries on with its own
 * memory and reports the failure to `onError` (see {@link ResilientStore}).
 */
export interface HandlerStore extends RateLimitStore {
  /** The value stored under `key`, or undefined when there is none (or it expired). */
  get(key: string): Promise<string | undefined>;
  /** Stores `value` under `key` for `ttlMs` milliseconds. */
  set(key: string, value: string, ttlMs: number): Promise<void>;
}

// Bounds memory: past this many keys the oldest is dropped (Map keeps insertion order).
const MAX_KEYS = 50_000;

/** A {@link HandlerStore} in this process's memory, bounded in size. */
export class MemoryHandlerStore extends MemoryRateLimitStore implements HandlerStore {
  private readonly values = new Map<string, { value: string; expiresAt: number }>();

  /** @param clock the clock, in ms (tests move it) */
  constructor(private readonly clock: () => number = Date.now) {
    super(clock);
  }

  /** The live value under `key`. */
  get(key: string): Promise<string | undefined> {
    const entry = this.values.get(key);
    if (entry && entry.expiresAt <= this.clock()) this.values.delete(key);
    return Promise.resolve(entry && entry.expiresAt > this.clock() ? entry.value : undefined);
  }

  /** Stores `value` for `ttlMs`. */
  set(key: string, value: string, ttlMs: number): Promise<void> {
    this.values.delete(key);
    this.values.set(key, { value, expiresAt: this.clock() + ttlMs });
    if (this.values.size > MAX_KEYS) {
      const oldest = this.values.keys().next().value;
      if (oldest !== undefined) this.values.delete(oldest);
    }
    return Promise.resolve();
  }
}

// A store that is down would otherwise report on every request; once per this period is enough.
const REPORT_EVERY_MS = 30_000;

/**
 * The partner's store, with this process's memory behind it. When the store rejects, the
 * handler fails open to per-instance state: limits still hold per instance, caches are
 * simply colder (PocketDNS stays the source of truth), and revocations made on this
 * instance still apply here. The failure is reported to `onError`, at most every 30 s.
 */
export class ResilientStore implements HandlerStore {
  private readonly memory = new MemoryHandlerStore();
  private lastReport = -Infinity;

  /**
   * @param primary the partner's store (undefined: memory only)
   * @param counts where counts go when the partner gave `rateLimit.store` apart
   * @param onFailure told when the store failed (already throttled)
   */
  constructor(
    private readonly primary: HandlerStore | undefined,
    private readonly counts: RateLimitStore | undefined,
    private readonly onFailure: (cause: unknown) => void,
  ) {}

  private failed(cause: unknown): void {
    const now = Date.now();
    if (now - this.lastReport < REPORT_EVERY_MS) return;
    this.lastReport = now;
    this.onFailure(cause);
  }

  private async attempt<T>(run: (() => Promise<T>) | undefined, fallback: () => Promise<T>): Promise<T> {
    if (!run) return fallback();
    try {
      return await run();
    } catch (cause) {
      this.failed(cause);
      return fallback();
    }
  }

  /** Counts in the partner's store, or here when it fails. */
  increment(key: string, windowMs: number): ReturnType<RateLimitStore['increment']> {
    const store = this.counts ?? this.primary;
    return this.attempt(store && (() => store.increment(key, windowMs)), () => this.memory.increment(key, windowMs));
  }

  /** Reads the partner's store, or this process's memory when it fails. */
  get(key: string): Promise<string | undefined> {
    const store = this.primary;
    return this.attempt(store && (() => store.get(key)), () => this.memory.get(key));
  }

  /** Writes both: memory keeps what this instance learned in case the store goes down. */
  async set(key: string, value: string, ttlMs: number): Promise<void> {
    await this.memory.set(key, value, ttlMs);
    const store = this.primary;
    await this.attempt(store && (() => store.set(key, value, ttlMs)), () => Promise.resolve());
  }
}
