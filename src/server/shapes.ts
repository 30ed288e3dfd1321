import * as z from 'zod/mini';

// The shapes of PocketDNS's answers that the handler relies on, checked at the boundary: an
// answer that does not fit is an upstream failure (502), never a crash. Only the fields the
// handler reads or the widget cannot do without are checked; the rest passes through as sent.

const id = z.string().check(z.minLength(1));

/** A domain as the handler needs it from a list: its id and name (the zone for validation). */
const domainSummary = z.object({ id, name: z.string() });

/** `GET /users/{id}/domains`. */
export const domainListShape = z.object({ domains: z.array(domainSummary) });

/** `GET /domains/{id}`: the owner is checked, and each record must be an object with an id. */
export const domainDetailsShape = z.object({
  id,
  name: z.string(),
  user_identifier: z.string(),
  dns_records: z.array(z.object({ id })),
});

/** `GET`/`PUT /dns_records/{id}` and `POST /dns_records`. */
export const dnsRecordShape = z.object({ id, domain_id: id, type: z.string(), name: z.string(), value: z.string() });

/** `POST /users`. */
export const userSessionShape = z.object({ login_url: z.string() });

/** A domain as the ownership cache keeps it. */
export type DomainSummary = z.infer<typeof domainSummary>;
