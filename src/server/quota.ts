import type { Report } from './reply.js';
import { RATE_LIMIT_HEADERS, type UpstreamResult } from './upstream.js';

// Below this share of PocketDNS's limit left, the partner hears about it.
const LOW_SHARE = 0.1;

/**
 * Watches PocketDNS's rate-limit headers, which count the partner's whole API key (all its
 * customers together): they are for the partner's logs, never for a browser. When what is
 * left in a window falls to 10% or less, `onError` hears it once for that window.
 */
export class QuotaWatch {
  private reportedWindow: string | undefined;

  /** @param report the handler's reporter */
  constructor(private readonly report: Report) {}

  /** Looks at one upstream answer's headers. */
  observe(result: UpstreamResult, route: string): void {
    if (result.kind !== 'ok' && result.kind !== 'error') return;
    const [limit, remaining, reset] = RATE_LIMIT_HEADERS.map((name) => Number(result.headers.get(name) ?? NaN)) as [number, number, number];
    if (!(limit > 0) || !Number.isFinite(remaining) || remaining > limit * LOW_SHARE) return;
    const window = String(reset);
    if (this.reportedWindow === window) return;
    this.reportedWindow = window;
    const figures = RATE_LIMIT_HEADERS.map((name) => `${name}: ${result.headers.get(name) ?? '-'}`).join(', ');
    this.report(
      route,
      `PocketDNS's rate limit for the API key is nearly used up in this window, quota shared by all customers (${figures})`,
    );
  }
}
