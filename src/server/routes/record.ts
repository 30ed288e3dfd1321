import { validateRecord } from '../../dns/index.js';
import { MAX_BODY_BYTES, isObject, readJsonBody } from '../../contract/http.js';
import { fieldMessages, mergeUpdate, nonTextName } from '../../contract/record-bodies.js';
import { isSafeId, type UserContext } from '../context.js';
import { isFailure } from '../ownership.js';
import { dnsRecordShape } from '../shapes.js';

const NOT_FOUND = 'DNS record not found';

/**
 * `GET`, `PUT` and `DELETE /api/v1/dns_records/{id}`. The customer's domain list is loaded
 * first (from the cache for a read, fresh for a write), then the record, whose domain must be
 * in the list. So "not yours" and "does not exist" cost exactly the same calls, and both are
 * remembered for a short while, so asking again costs nothing upstream.
 */
export async function handleRecord(ctx: UserContext, recordId: string): Promise<Response> {
  const { reply, uid, request, routeName } = ctx;
  if (!isSafeId(recordId)) return reply.fail(404, NOT_FOUND);
  const path = `/api/v1/dns_records/${encodeURIComponent(recordId)}`;
  // Read the body first: an oversized, slow or broken body is refused before any upstream call.
  let changes: Record<string, unknown> | undefined;
  if (request.method === 'PUT') {
    const body = await readJsonBody(request, MAX_BODY_BYTES, ctx.options.bodyTimeoutMs);
    if (!body.ok) return reply.adopt(body.response);
    if (!isObject(body.value)) return reply.fail(400, 'Request body must be a JSON object');
    const badName = nonTextName(body.value);
    if (badName) return reply.fail(422, badName);
    changes = body.value;
  }
  if (await ctx.ownership.isMiss(uid, `r:${recordId}`)) return reply.fail(404, NOT_FOUND);
  const list = await ctx.ownership.list(uid, ctx.loadList, request.method === 'GET' ? 'cached' : 'fresh');
  if (isFailure(list)) return reply.upstreamFailure(list, routeName);
  const current = await ctx.upstream({ method: 'GET', path, shape: dnsRecordShape });
  const gone = current.kind === 'error' && current.status === 404;
  if (current.kind !== 'ok' && !gone) return reply.upstreamFailure(current, routeName);
  const domain = current.kind === 'ok' ? list.domains.get(current.body.domain_id) : undefined;
  if (current.kind !== 'ok' || !domain) {
    await ctx.ownership.miss(uid, `r:${recordId}`);
    return reply.fail(404, NOT_FOUND);
  }
  if (request.method === 'GET') return reply.forward(200, current.text, current.body);
  if (request.method === 'DELETE') {
    const upstream = await ctx.upstream({ method: 'DELETE', path });
    if (upstream.kind !== 'ok') return reply.upstreamFailure(upstream, routeName);
    return reply.send(204, null);
  }
  const merged = mergeUpdate(current.body as Parameters<typeof mergeUpdate>[0], changes ?? {});
  if (!merged.ok) return reply.fail(422, merged.message);
  const result = validateRecord(merged.input, { zone: domain.name });
  if (!result.ok) return reply.fail(422, fieldMessages(result.errors));
  const { name, value, ttl, priority } = result.record;
  const upstream = await ctx.upstream({ method: 'PUT', path, body: { name, value, ttl, priority }, shape: dnsRecordShape });
  if (upstream.kind !== 'ok') return reply.upstreamFailure(upstream, routeName);
  return reply.forward(200, upstream.text, upstream.body);
}
