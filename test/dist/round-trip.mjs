// What the widget does through a partner's backend, as one function over any way of sending a
// Request (over HTTP, to a route export, to a Worker's fetch): start a session, list the
// domains, create, update and delete a record, read it again. No imports, so it also loads
// where node:* is refused.

/**
 * @param {(request: Request) => Promise<Response>} send
 * @param {string} origin - the site's origin, as the browser would use it
 * @returns the statuses and values seen, for one deepEqual
 */
export async function roundTrip(send, origin = 'https://partner.example') {
  const call = (path, init) => send(new Request(`${origin}/pocketdns${path}`, init));
  const session = await call('/session', { method: 'POST', headers: { Cookie: 'demo_user=alice' } });
  const { token, user_identifier } = await session.json();
  const headers = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };
  const list = await call(`/api/v1/users/${user_identifier}/domains`, { headers });
  const { domains } = await list.json();
  const domain = domains.find((d) => d.name === 'alicebakery.com');
  const created = await call('/api/v1/dns_records', {
    method: 'POST',
    headers,
    body: JSON.stringify({ domain_id: domain.id, type: 'TXT', name: 'example-test', value: 'first', ttl: 3600 }),
  });
  const record = await created.json();
  const updated = await call(`/api/v1/dns_records/${record.id}`, { method: 'PUT', headers, body: JSON.stringify({ value: 'second' }) });
  const after = await updated.json();
  const deleted = await call(`/api/v1/dns_records/${record.id}`, { method: 'DELETE', headers });
  const gone = await call(`/api/v1/dns_records/${record.id}`, { headers });
  const refused = await call('/session', { method: 'POST' });
  return {
    session: [session.status, user_identifier],
    domains: [list.status, domains.length],
    created: [created.status, record.value],
    updated: [updated.status, after.value],
    deleted: deleted.status,
    gone: gone.status,
    signedOut: refused.status,
  };
}

/** What {@link roundTrip} gives through a working backend: alice has five domains in the sandbox. */
export const ROUND_TRIP = {
  session: [200, 'alice'],
  domains: [200, 5],
  created: [201, 'first'],
  updated: [200, 'second'],
  deleted: 204,
  gone: 404,
  signedOut: 401,
};
