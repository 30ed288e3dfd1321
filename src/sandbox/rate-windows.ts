/** The `X-RateLimit-*` headers of one answer, and whether the request was within the limit. */
export interface RateHit {
  /** False past the limit: the answer is 429. */
  allowed: boolean;
  /** `X-RateLimit-Limit`, `-Remaining` and `-Reset` (Unix seconds), as PocketDNS sends them. */
  headers: Record<string, string>;
}

/** Fixed-window counter per API key: the figures behind the sandbox's X-RateLimit headers. */
export class RateWindows {
  private readonly windows = new Map<string, { start: number; count: number }>();

  /** @param limit requests per window; @param windowMs window length */
  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  /** Counts one request for `key` at `now` (ms). */
  hit(key: string, now: number): RateHit {
    const start = now - (now % this.windowMs);
    let window = this.windows.get(key);
    if (window?.start !== start) {
      window = { start, count: 0 };
      this.windows.set(key, window);
    }
    window.count += 1;
    const allowed = window.count <= this.limit;
    return {
      allowed,
      headers: {
        'X-RateLimit-Limit': String(this.limit),
        'X-RateLimit-Remaining': String(Math.max(0, this.limit - window.count)),
        'X-RateLimit-Reset': String(Math.ceil((start + this.windowMs) / 1000)),
      },
    };
  }

  /** Forgets every window (a reset sandbox). */
  clear(): void {
    this.windows.clear();
  }
}
