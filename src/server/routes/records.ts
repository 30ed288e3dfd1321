import { validateRecord } from '../../dns/index.js';
import { isObject, readJsonBody } from '../../contract/http.js';
import { createInput, fieldMessage, fieldMessages } from '../../contract/record-bodies.js';
import { isSafeId, type UserContext } from '../context.js';
import { isFailure } from '../ownership.js';
import { callUpstream } from '../upstream.js';

/**
 * `POST /api/v1/dns_records`: creates a record in a domain the customer owns, after checking
 * it with the same dns rules PocketDNS applies, so a bad record never costs an upstream call.
 */
export async function createRecord(ctx: UserContext): Promise<Response> {
  const { reply, uid, request } = ctx;
  const body = await readJsonBody(request);
  if (!body.ok) return reply.adopt(body.response);
  if (!isObject(body.value)) return reply.fail(400, 'Request body must be a JSON object');
  const domainId = body.value.domain_id;
  if (typeof domainId !== 'string' || !isSafeId(domainId)) return reply.fail(422, fieldMessage('domain_id', 'domain_id is required.'));
  const domain = await ctx.ownership.domain(uid, domainId, request.signal);
  if (isFailure(domain)) return reply.upstreamFailure(domain, ctx.routeName);
  if (!domain) return reply.fail(404, 'Domain not found');
  const result = validateRecord(createInput(body.value), { zone: domain.name });
  if (!result.ok) return reply.fail(422, fieldMessages(result.errors));
  const upstream = await callUpstream(ctx.options, 'POST', '/api/v1/dns_records', request.signal, {
    domain_id: domainId,
    ...result.record,
  });
  if (upstream.kind !== 'ok') return reply.upstreamFailure(upstream, ctx.routeName);
  reply.passRateLimit(upstream.headers);
  return reply.forward(upstream.status, upstream.text);
}
