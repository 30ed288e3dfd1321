import * as z from 'zod/mini';
import type { DnsRecord } from '../api/types.js';
import { errorResponse, isObject, json, readJsonBody } from '../contract/http.js';
import { createInput, fieldMessage, fieldMessages, mergeUpdate, USER_IDENTIFIER } from '../contract/record-bodies.js';
import { checkConflicts, validateRecord, type NormalizedRecord, type RecordInput } from '../dns/index.js';
import { mixId } from './ids.js';
import type { SandboxDomain } from './model.js';
import type { SandboxStore } from './store.js';

/** What the operations need from the sandbox around them. */
export interface OperationDeps {
  /** The state. */
  store: SandboxStore;
  /** The clock, in ms since the epoch. */
  now: () => number;
  /** Queues a write of the state after a change. */
  persist: () => void;
}

/** The Partner API operations, each answering as PocketDNS does. */
export interface Operations {
  /** `POST /api/v1/users`. */
  createUser(request: Request): Promise<Response>;
  /** `GET /api/v1/users/{id}/domains`. */
  listDomains(uid: string): Response;
  /** `GET /api/v1/domains/{id}`. */
  getDomain(id: string): Response;
  /** `POST /api/v1/dns_records`. */
  createRecord(request: Request): Promise<Response>;
  /** `GET`, `PUT` or `DELETE /api/v1/dns_records/{id}`. */
  record(request: Request, method: string, id: string): Response | Promise<Response>;
}

const email = z.email();
const SUSPENDED = 'Domain is suspended: its DNS records cannot be changed';

const randomToken = (): string => {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
};

/** Makes the operations over one sandbox's state. */
export function createOperations({ store, now, persist }: OperationDeps): Operations {
  /** ISO 8601 to the second, as the API writes times; `offsetMs` from now. */
  const iso = (offsetMs = 0): string => new Date(now() + offsetMs).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const newId = (prefix: string): string => {
    let id: string;
    do id = `${prefix}_${mixId(store.nextId++)}`;
    while (store.records.has(id) || store.domains.has(id));
    return id;
  };

  /** Checks a change against the domain's status, the dns rules and the zone: the record to save, or the refusal. */
  function checkChange(
    domain: SandboxDomain,
    input: RecordInput,
    id?: string,
  ): { ok: true; record: NormalizedRecord } | { ok: false; response: Response } {
    if (domain.status === 'suspended') return { ok: false, response: errorResponse(422, SUSPENDED) };
    const result = validateRecord(input, { zone: domain.name });
    if (!result.ok) return { ok: false, response: errorResponse(422, fieldMessages(result.errors)) };
    const conflicts = checkConflicts(store.recordsOf(domain.id), { ...result.record, id });
    if (conflicts.length > 0) return { ok: false, response: errorResponse(422, fieldMessages(conflicts)) };
    return result;
  }

  async function createUser(request: Request): Promise<Response> {
    const body = await readJsonBody(request);
    if (!body.ok) return body.response;
    if (!isObject(body.value)) return errorResponse(400, 'Request body must be a JSON object');
    const { user_identifier: uid, email: mail } = body.value;
    const errors: string[] = [];
    if (typeof uid !== 'string' || uid === '') errors.push('user_identifier is required');
    else if (uid.length > 255) errors.push('user_identifier must be at most 255 characters');
    else if (!USER_IDENTIFIER.test(uid)) errors.push('user_identifier may contain only letters, digits, underscores and hyphens');
    if (mail !== undefined && mail !== null && (typeof mail !== 'string' || !email.safeParse(mail).success)) {
      errors.push('email is not a valid email address');
    }
    if (errors.length > 0 || typeof uid !== 'string') return errorResponse(422, errors);
    const existing = store.users.get(uid);
    if (!existing) {
      store.users.set(uid, { user_identifier: uid, email: typeof mail === 'string' ? mail : null, created_at: iso() });
      persist();
    } else if (typeof mail === 'string' && existing.email !== mail) {
      existing.email = mail;
      persist();
    }
    return json(
      {
        user_identifier: uid,
        login_url: `https://embed.sandbox.pocketdns.com/session/${randomToken()}`,
        expires_at: iso(24 * 3600 * 1000),
      },
      201,
    );
  }

  function listDomains(uid: string): Response {
    if (!USER_IDENTIFIER.test(uid)) return errorResponse(400, 'Invalid user_identifier');
    if (!store.users.has(uid)) return errorResponse(404, 'User not found');
    const domains = [...store.domains.values()].filter((d) => d.user_identifier === uid).map((d) => store.domainView(d));
    return json({ domains, total: domains.length });
  }

  function getDomain(id: string): Response {
    const domain = store.domains.get(id);
    return domain ? json(store.domainDetails(domain)) : errorResponse(404, 'Domain not found');
  }

  async function createRecord(request: Request): Promise<Response> {
    const body = await readJsonBody(request);
    if (!body.ok) return body.response;
    if (!isObject(body.value)) return errorResponse(400, 'Request body must be a JSON object');
    const input = body.value;
    if (typeof input.domain_id !== 'string' || input.domain_id === '') {
      return errorResponse(422, fieldMessage('domain_id', 'domain_id is required.'));
    }
    const domain = store.domains.get(input.domain_id);
    if (!domain) return errorResponse(404, 'Domain not found');
    const result = checkChange(domain, createInput(input));
    if (!result.ok) return result.response;
    const stamp = iso();
    const record: DnsRecord = { id: newId('rec'), domain_id: domain.id, ...result.record, created_at: stamp, updated_at: stamp };
    store.put(record);
    persist();
    return json(record, 201);
  }

  async function updateRecord(request: Request, record: DnsRecord): Promise<Response> {
    const body = await readJsonBody(request);
    if (!body.ok) return body.response;
    if (!isObject(body.value)) return errorResponse(400, 'Request body must be a JSON object');
    const merged = mergeUpdate(record, body.value);
    if (!merged.ok) return errorResponse(422, merged.message);
    if (!merged.changed) return errorResponse(422, 'Send at least one of name, value, ttl or priority');
    const domain = store.domains.get(record.domain_id);
    if (!domain) return errorResponse(404, 'Domain not found');
    const result = checkChange(domain, merged.input, record.id);
    if (!result.ok) return result.response;
    const updated: DnsRecord = { ...record, ...result.record, updated_at: iso() };
    store.put(updated);
    persist();
    return json(updated);
  }

  function deleteRecord(record: DnsRecord): Response {
    const domain = store.domains.get(record.domain_id);
    if (domain?.status === 'suspended') return errorResponse(422, SUSPENDED);
    store.remove(record);
    persist();
    return json(null, 204);
  }

  function record(request: Request, method: string, id: string): Response | Promise<Response> {
    const found = store.records.get(id);
    if (!found) return errorResponse(404, 'DNS record not found');
    if (method === 'GET') return json(found);
    if (method === 'PUT') return updateRecord(request, found);
    return deleteRecord(found);
  }

  return { createUser, listDomains, getDomain, createRecord, record };
}
