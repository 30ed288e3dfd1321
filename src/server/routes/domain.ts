import type { DomainDetails } from '../../api/types.js';
import { isObject } from '../../contract/http.js';
import { isSafeId, type UserContext } from '../context.js';
import { isFailure } from '../ownership.js';
import { callUpstream } from '../upstream.js';

/** `GET /api/v1/domains/{id}`: a domain's details, when the customer owns it. */
export async function getDomain(ctx: UserContext, domainId: string): Promise<Response> {
  const { reply, uid, request } = ctx;
  const owned = isSafeId(domainId) ? await ctx.ownership.domain(uid, domainId, request.signal) : undefined;
  if (isFailure(owned)) return reply.upstreamFailure(owned, ctx.routeName);
  if (!owned) return reply.fail(404, 'Domain not found');
  const upstream = await callUpstream(ctx.options, 'GET', `/api/v1/domains/${encodeURIComponent(domainId)}`, request.signal);
  if (upstream.kind !== 'ok') return reply.upstreamFailure(upstream, ctx.routeName);
  const details = upstream.body as DomainDetails;
  // Second check on PocketDNS's own word, in case the cached list is stale.
  if (isObject(details) && typeof details.user_identifier === 'string' && details.user_identifier !== uid) {
    ctx.ownership.forget(uid);
    return reply.fail(404, 'Domain not found');
  }
  reply.passRateLimit(upstream.headers);
  return reply.forward(200, upstream.text);
}
