import { isSafeId, type UserContext } from '../context.js';
import { isFailure } from '../ownership.js';
import { domainDetailsShape } from '../shapes.js';

/**
 * `GET /api/v1/domains/{id}`: a domain's details, when the customer owns it. Ownership is
 * decided from the (cached) list before the call, so a foreign or unknown id costs at most
 * one list fetch and is then remembered; the answer is parsed once, checked, and forwarded as
 * the text PocketDNS sent.
 */
export async function getDomain(ctx: UserContext, domainId: string): Promise<Response> {
  const { reply, uid } = ctx;
  const owned = isSafeId(domainId) ? await ctx.ownership.domain(uid, domainId, ctx.loadList, 'cached') : undefined;
  if (isFailure(owned)) return reply.upstreamFailure(owned, ctx.routeName);
  if (!owned) return reply.fail(404, 'Domain not found');
  const upstream = await ctx.upstream({
    method: 'GET',
    path: `/api/v1/domains/${encodeURIComponent(domainId)}`,
    shape: domainDetailsShape,
  });
  if (upstream.kind !== 'ok') return reply.upstreamFailure(upstream, ctx.routeName);
  // Second check on PocketDNS's own word, in case the cached list is stale.
  if (upstream.body.user_identifier !== uid || upstream.body.id !== domainId) {
    await ctx.ownership.forget(uid);
    return reply.fail(404, 'Domain not found');
  }
  return reply.forward(200, upstream.text, upstream.body);
}
