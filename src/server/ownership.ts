import type { Domain } from '../api/types.js';
import { isObject } from '../contract/http.js';
import type { ResolvedOptions } from './options.js';
import { callUpstream, type UpstreamFailure } from './upstream.js';

// Bounds memory: past this many customers the oldest list is dropped.
const MAX_USERS = 10_000;

/** True when an ownership answer is the upstream failure that kept us from knowing. */
export const isFailure = (value: Domain | UpstreamFailure | undefined): value is UpstreamFailure => value !== undefined && 'kind' in value;

/**
 * Which domains each customer owns, from PocketDNS's per-user domain list, kept for a short
 * while. A domain missing from a cached list is looked up once more before access is refused,
 * so a newly bought domain is never wrongly denied.
 */
export class OwnershipCache {
  private readonly lists = new Map<string, { at: number; domains: Map<string, Domain> }>();

  /** @param options where PocketDNS is and how long a list is trusted */
  constructor(private readonly options: ResolvedOptions) {}

  /** Stores a list just fetched. */
  remember(uid: string, domains: readonly Domain[]): void {
    this.lists.set(uid, { at: Date.now(), domains: new Map(domains.map((d) => [d.id, d])) });
    if (this.lists.size > MAX_USERS) {
      const oldest = this.lists.keys().next().value;
      if (oldest !== undefined) this.lists.delete(oldest);
    }
  }

  /** Drops what is known about a user. */
  forget(uid: string): void {
    this.lists.delete(uid);
  }

  /**
   * The domain when it belongs to `uid`, `undefined` when it does not (or does not exist), or
   * the upstream failure that kept us from knowing.
   */
  async domain(uid: string, domainId: string, signal: AbortSignal): Promise<Domain | undefined | UpstreamFailure> {
    const cached = this.lists.get(uid);
    if (cached && Date.now() - cached.at < this.options.ownershipCacheMs) {
      const hit = cached.domains.get(domainId);
      if (hit) return hit;
    }
    const upstream = await callUpstream(this.options, 'GET', `/api/v1/users/${encodeURIComponent(uid)}/domains`, signal);
    if (upstream.kind !== 'ok') return upstream.kind === 'error' && upstream.status === 404 ? undefined : upstream;
    if (!isObject(upstream.body) || !Array.isArray(upstream.body.domains)) return undefined;
    const domains = upstream.body.domains as Domain[];
    this.remember(uid, domains);
    return domains.find((d) => d.id === domainId);
  }
}
