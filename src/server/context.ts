import type { LoadList, OwnershipCache } from './ownership.js';
import type { ResolvedOptions } from './options.js';
import type { Reply, Report } from './reply.js';
import type { UpstreamCall, UpstreamResult } from './upstream.js';

/** What a route module gets for one request. */
export interface RouteContext {
  /** The browser's request. */
  request: Request;
  /** This request's answers (CORS, no-store, redaction). */
  reply: Reply;
  /** The handler's options, defaults filled in. */
  options: ResolvedOptions;
  /** Who owns which domain. */
  ownership: OwnershipCache;
  /** Reports to the partner's `onError`. */
  report: Report;
  /** `METHOD {basePath}/path`, for reports. */
  routeName: string;
  /**
   * Counts one unit against `user`'s limit and sets their figures on the answer.
   * @throws LimitReached past the limit (the handler answers 429)
   */
  charge(user: string): Promise<void>;
  /** Calls PocketDNS (not charged to anyone: routes for a customer use `upstream`). */
  call<T>(call: UpstreamCall<T>): Promise<UpstreamResult<T>>;
}

/** A {@link RouteContext} after the token was checked: the customer it speaks for. */
export interface UserContext extends RouteContext {
  /** The customer's `user_identifier`, from the verified token. */
  uid: string;
  /**
   * Calls PocketDNS for this customer. The request itself paid for its first call; each
   * further one is counted against the customer's limit, so no request can cost the
   * partner's PocketDNS quota more than the customer's own budget allows.
   * @throws LimitReached past the limit
   */
  upstream<T>(call: UpstreamCall<T>): Promise<UpstreamResult<T>>;
  /** Loads the customer's domain list (a counted call), for the ownership cache. */
  loadList: LoadList;
}

/** Thrown when a customer is past the handler's per-user limit; the handler answers 429. */
export class LimitReached extends Error {
  /** @param limit the limit; @param resetAt when the window ends, in ms */
  constructor(
    readonly limit: number,
    readonly resetAt: number,
  ) {
    super('Per-user rate limit reached');
  }
}

// Ids go into upstream URLs: only plain characters, so nothing can steer the upstream path.
const ID = /^[A-Za-z0-9_-]{1,64}$/;

/** True for an id that may go into an upstream URL. */
export const isSafeId = (id: string): boolean => ID.test(id);
