import type { UserContext } from '../context.js';

/** `GET /api/v1/users/{id}/domains`: the customer's own list only; it also refreshes the ownership cache. */
export async function listDomains(ctx: UserContext, userIdentifier: string): Promise<Response> {
  const { reply, uid } = ctx;
  if (userIdentifier !== uid) return reply.fail(404, 'User not found');
  const upstream = await ctx.loadList();
  if (upstream.kind !== 'ok') return reply.upstreamFailure(upstream, ctx.routeName);
  await ctx.ownership.remember(uid, upstream.body.domains);
  return reply.forward(200, upstream.text, upstream.body);
}
