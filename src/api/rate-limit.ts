/** The rate-limit figures of the last response that carried them. */
export interface RateLimitInfo {
  /** Requests allowed per window. */
  limit: number;
  /** Requests left in the current window. */
  remaining: number;
  /** When the window resets. */
  resetAt: Date;
}

const intHeader = (headers: Headers, name: string): number | undefined => {
  const raw = headers.get(name);
  if (raw === null || !/^\s*\d+\s*$/.test(raw)) return undefined;
  return Number(raw);
};

/** Reads `X-RateLimit-Limit`, `-Remaining` and `-Reset` (Unix seconds); undefined if any is missing. */
export function readRateLimit(headers: Headers): RateLimitInfo | undefined {
  const limit = intHeader(headers, 'X-RateLimit-Limit');
  const remaining = intHeader(headers, 'X-RateLimit-Remaining');
  const reset = intHeader(headers, 'X-RateLimit-Reset');
  if (limit === undefined || remaining === undefined || reset === undefined) return undefined;
  return { limit, remaining, resetAt: new Date(reset * 1000) };
}

/**
 * When a 429 may be retried: `X-RateLimit-Reset`, else `Retry-After` (seconds or a date),
 * else undefined.
 */
export function retryTime(headers: Headers, now = Date.now()): Date | undefined {
  const reset = intHeader(headers, 'X-RateLimit-Reset');
  if (reset !== undefined) return new Date(reset * 1000);
  const retryAfter = headers.get('Retry-After');
  if (retryAfter === null) return undefined;
  if (/^\s*\d+\s*$/.test(retryAfter)) return new Date(now + Number(retryAfter) * 1000);
  const date = Date.parse(retryAfter);
  return Number.isNaN(date) ? undefined : new Date(date);
}

/** Waits `ms`, or rejects with the signal's reason as soon as it aborts. */
export function sleep(ms: number, signal?: AbortSignal | null): Promise<void> {
  const reason = (): Error => (signal?.reason instanceof Error ? signal.reason : new DOMException('The wait was aborted.', 'AbortError'));
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(reason());
      return;
    }
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(reason());
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
