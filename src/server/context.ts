import type { OwnershipCache } from './ownership.js';
import type { ResolvedOptions } from './options.js';
import type { Reply, Report } from './reply.js';

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
  /** The 429 answer when `user` is over the handler's own limit, else undefined. */
  overLimit(user: string): Promise<Response | undefined>;
}

/** A {@link RouteContext} after the token was checked: the customer it speaks for. */
export interface UserContext extends RouteContext {
  /** The customer's `user_identifier`, from the verified token. */
  uid: string;
}

// Ids go into upstream URLs: only plain characters, so nothing can steer the upstream path.
const ID = /^[A-Za-z0-9_-]{1,64}$/;

/** True for an id that may go into an upstream URL. */
export const isSafeId = (id: string): boolean => ID.test(id);
