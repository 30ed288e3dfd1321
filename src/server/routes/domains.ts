import type { DomainList } from '../../api/types.js';
import type { UserContext } from '../context.js';
import { callUpstream } from '../upstream.js';

/** `GET /api/v1/users/{id}/domains`: the customer's own list only; it also refreshes the ownership cache. */
export async function listDomains(ctx: UserContext, userIdentifier: string): Promise<Response> {
  const { reply, uid } = ctx;
  if (userIdentifier !== uid) return reply.fail(404, 'User not found');
  const upstream = await callUpstream(ctx.options, 'GET', `/api/v1/users/${encodeURIComponent(uid)}/domains`, ctx.request.signal);
  if (upstream.kind !== 'ok') return reply.upstreamFailure(upstream, ctx.routeName);
  reply.passRateLimit(upstream.headers);
  const list = upstream.body as DomainList;
  ctx.ownership.remember(uid, list.domains);
  return reply.forward(200, upstream.text);
}
