import type { DnsRecord } from '../../api/types.js';
import { validateRecord } from '../../dns/index.js';
import { isObject, readJsonBody } from '../../contract/http.js';
import { fieldMessages, mergeUpdate } from '../../contract/record-bodies.js';
import { isSafeId, type UserContext } from '../context.js';
import { isFailure } from '../ownership.js';
import { callUpstream } from '../upstream.js';

/**
 * `GET`, `PUT` and `DELETE /api/v1/dns_records/{id}`: the record is read first and its domain
 * checked against the customer's, so no id can reach another customer's record.
 */
export async function handleRecord(ctx: UserContext, recordId: string): Promise<Response> {
  const { reply, uid, request, routeName } = ctx;
  if (!isSafeId(recordId)) return reply.fail(404, 'DNS record not found');
  const path = `/api/v1/dns_records/${encodeURIComponent(recordId)}`;
  // Read the body first: an oversized or broken body is refused before any upstream call.
  let changes: Record<string, unknown> | undefined;
  if (request.method === 'PUT') {
    const body = await readJsonBody(request);
    if (!body.ok) return reply.adopt(body.response);
    if (!isObject(body.value)) return reply.fail(400, 'Request body must be a JSON object');
    changes = body.value;
  }
  const current = await callUpstream(ctx.options, 'GET', path, request.signal);
  if (current.kind !== 'ok') {
    return current.kind === 'error' && current.status === 404
      ? reply.fail(404, 'DNS record not found')
      : reply.upstreamFailure(current, routeName);
  }
  const record = current.body as DnsRecord;
  const domain =
    isObject(record) && typeof record.domain_id === 'string'
      ? await ctx.ownership.domain(uid, record.domain_id, request.signal)
      : undefined;
  if (isFailure(domain)) return reply.upstreamFailure(domain, routeName);
  if (!domain) return reply.fail(404, 'DNS record not found');
  if (request.method === 'GET') {
    reply.passRateLimit(current.headers);
    return reply.forward(200, current.text);
  }
  if (request.method === 'DELETE') {
    const upstream = await callUpstream(ctx.options, 'DELETE', path, request.signal);
    if (upstream.kind !== 'ok') return reply.upstreamFailure(upstream, routeName);
    reply.passRateLimit(upstream.headers);
    return reply.send(204, null);
  }
  const merged = mergeUpdate(record, changes ?? {});
  if (!merged.ok) return reply.fail(422, merged.message);
  const result = validateRecord(merged.input, { zone: domain.name });
  if (!result.ok) return reply.fail(422, fieldMessages(result.errors));
  const { name, value, ttl, priority } = result.record;
  const upstream = await callUpstream(ctx.options, 'PUT', path, request.signal, { name, value, ttl, priority });
  if (upstream.kind !== 'ok') return reply.upstreamFailure(upstream, routeName);
  reply.passRateLimit(upstream.headers);
  return reply.forward(200, upstream.text);
}
