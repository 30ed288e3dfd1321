import { validateRecord } from '../../dns/index.js';
import { MAX_BODY_BYTES, isObject, readJsonBody } from '../../contract/http.js';
import { createInput, fieldMessage, fieldMessages, nonTextName } from '../../contract/record-bodies.js';
import { isSafeId, type UserContext } from '../context.js';
import { isFailure } from '../ownership.js';
import { dnsRecordShape } from '../shapes.js';

/**
 * `POST /api/v1/dns_records`: creates a record in a domain the customer owns (checked against
 * a fresh list: a write must not trust a cache), after checking it with the same dns rules
 * PocketDNS applies, so a bad record never costs an upstream write.
 */
export async function createRecord(ctx: UserContext): Promise<Response> {
  const { reply, uid, request } = ctx;
  const body = await readJsonBody(request, MAX_BODY_BYTES, ctx.options.bodyTimeoutMs);
  if (!body.ok) return reply.adopt(body.response);
  if (!isObject(body.value)) return reply.fail(400, 'Request body must be a JSON object');
  const domainId = body.value.domain_id;
  if (typeof domainId !== 'string' || !isSafeId(domainId)) return reply.fail(422, fieldMessage('domain_id', 'domain_id is required.'));
  const badName = nonTextName(body.value);
  if (badName) return reply.fail(422, badName);
  const domain = await ctx.ownership.domain(uid, domainId, ctx.loadList, 'fresh');
  if (isFailure(domain)) return reply.upstreamFailure(domain, ctx.routeName);
  if (!domain) return reply.fail(404, 'Domain not found');
  const result = validateRecord(createInput(body.value), { zone: domain.name });
  if (!result.ok) return reply.fail(422, fieldMessages(result.errors));
  const upstream = await ctx.upstream({
    method: 'POST',
    path: '/api/v1/dns_records',
    body: { domain_id: domainId, ...result.record },
    shape: dnsRecordShape,
  });
  if (upstream.kind !== 'ok') return reply.upstreamFailure(upstream, ctx.routeName);
  return reply.forward(upstream.status, upstream.text, upstream.body);
}
