// The route table of the Partner API operations the widget uses, plus the handler's session
// route: which paths exist and which methods each takes. The handler's router and the
// sandbox's router both read it, so the two cannot disagree on a path. No DOM, no Node.

/** A matched route, with the ids its path carries. */
export type Route =
  | { kind: 'session' }
  | { kind: 'users' }
  | { kind: 'domains'; userIdentifier: string }
  | { kind: 'domain'; domainId: string }
  | { kind: 'records' }
  | { kind: 'record'; recordId: string };

/** The kind of a {@link Route}. */
export type RouteKind = Route['kind'];

/** The methods each route answers; anything else is 405 with these in `Allow`. */
export const ROUTE_METHODS: Readonly<Record<RouteKind, readonly string[]>> = {
  session: ['POST'],
  users: ['POST'],
  domains: ['GET'],
  domain: ['GET'],
  records: ['POST'],
  record: ['GET', 'PUT', 'DELETE'],
};

/**
 * The route of a path's decoded segments (`['api', 'v1', 'domains', 'dom_1']`), below the
 * handler's base path or at the root of the Partner API; undefined for any other path.
 * `session` is served only by the handler and `users` only by PocketDNS (the sandbox).
 */
export function matchRoute(segments: readonly string[]): Route | undefined {
  if (segments.length === 1 && segments[0] === 'session') return { kind: 'session' };
  const [api, v1, collection, id, sub, ...more] = segments;
  if (api !== 'api' || v1 !== 'v1' || more.length > 0) return undefined;
  if (collection === 'users' && id === undefined) return { kind: 'users' };
  if (collection === 'users' && id !== undefined && sub === 'domains') return { kind: 'domains', userIdentifier: id };
  if (collection === 'domains' && id !== undefined && sub === undefined) return { kind: 'domain', domainId: id };
  if (collection === 'dns_records' && id === undefined) return { kind: 'records' };
  if (collection === 'dns_records' && id !== undefined && sub === undefined) return { kind: 'record', recordId: id };
  return undefined;
}
