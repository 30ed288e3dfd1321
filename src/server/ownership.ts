import { domainListShape, type DomainSummary } from './shapes.js';
import type { HandlerStore } from './store.js';
import type { UpstreamFailure, UpstreamResult } from './upstream.js';

/** True when an ownership answer is the upstream failure that kept us from knowing. */
export const isFailure = (value: unknown): value is UpstreamFailure =>
  typeof value === 'object' && value !== null && 'kind' in value && typeof value.kind === 'string';

/** How a route wants a customer's list of domains. */
export type Freshness = 'cached' | 'fresh';

/** Loads a customer's domain list from PocketDNS (the route's counted upstream call). */
export type LoadList = () => Promise<UpstreamResult<{ domains: DomainSummary[] }>>;

/** The domain list shape, for routes that load it. */
export const LIST_SHAPE = domainListShape;

// Ids known not to be a customer's are remembered at most this long (or the list's lifetime,
// if shorter): long enough that hammering one id costs one upstream call, short enough that a
// domain moved to the customer shows up soon.
const MISS_MS = 10_000;

/**
 * Which domains each customer owns, from PocketDNS's per-user domain list, kept in the
 * handler's store (shared by all instances with the Redis store) for `ownershipCacheSeconds`,
 * plus the ids recently found not to be theirs. Reads may trust the cached list; writes ask
 * for a fresh one, so a domain that changed hands cannot be written by its old owner.
 */
export class OwnershipCache {
  /**
   * @param store where lists and misses live
   * @param ttlMs how long a list is trusted
   */
  constructor(
    private readonly store: HandlerStore,
    private readonly ttlMs: number,
  ) {}

  private missMs(): number {
    return Math.min(MISS_MS, this.ttlMs);
  }

  /** Stores a list just fetched. */
  async remember(uid: string, domains: readonly DomainSummary[]): Promise<void> {
    if (this.ttlMs <= 0) return;
    const compact = domains.map((d) => [d.id, d.name]);
    await this.store.set(`own:${uid}`, JSON.stringify(compact), this.ttlMs);
  }

  /** Drops the customer's cached list (PocketDNS said otherwise). */
  async forget(uid: string): Promise<void> {
    await this.store.set(`own:${uid}`, '', 1);
  }

  /** True when `id` (a domain `d:` or record `r:` id) was recently found not to be the customer's. */
  async isMiss(uid: string, id: string): Promise<boolean> {
    return this.missMs() > 0 && (await this.store.get(`miss:${uid}:${id}`)) !== undefined;
  }

  /** Remembers for a short while that `id` is not the customer's (or does not exist). */
  async miss(uid: string, id: string): Promise<void> {
    if (this.missMs() > 0) await this.store.set(`miss:${uid}:${id}`, '1', this.missMs());
  }

  /** The cached list, if any. */
  private async cached(uid: string): Promise<Map<string, DomainSummary> | undefined> {
    const raw = await this.store.get(`own:${uid}`);
    if (!raw) return undefined;
    try {
      const pairs = JSON.parse(raw) as [string, string][];
      return new Map(pairs.map(([id, name]) => [id, { id, name }]));
    } catch {
      return undefined;
    }
  }

  /**
   * The customer's domains by id: from the cache when `freshness` allows and it has a list,
   * else from PocketDNS through `load` (and then cached). `fromCache` says which.
   */
  async list(
    uid: string,
    load: LoadList,
    freshness: Freshness,
  ): Promise<{ domains: Map<string, DomainSummary>; fromCache: boolean } | UpstreamFailure> {
    if (freshness === 'cached') {
      const cached = await this.cached(uid);
      if (cached) return { domains: cached, fromCache: true };
    }
    const upstream = await load();
    if (upstream.kind !== 'ok') return upstream;
    await this.remember(uid, upstream.body.domains);
    return { domains: new Map(upstream.body.domains.map((d) => [d.id, d])), fromCache: false };
  }

  /**
   * The domain when it belongs to `uid`, `undefined` when it does not (or does not exist), or
   * the upstream failure that kept us from knowing. A domain missing from a cached list is
   * looked up once more (a newly bought domain), then remembered as a miss.
   */
  async domain(uid: string, domainId: string, load: LoadList, freshness: Freshness): Promise<DomainSummary | undefined | UpstreamFailure> {
    if (await this.isMiss(uid, `d:${domainId}`)) return undefined;
    let found = await this.list(uid, load, freshness);
    if (isFailure(found)) return found;
    if (!found.domains.has(domainId) && found.fromCache) {
      found = await this.list(uid, load, 'fresh');
      if (isFailure(found)) return found;
    }
    const domain = found.domains.get(domainId);
    if (!domain) await this.miss(uid, `d:${domainId}`);
    return domain;
  }
}
