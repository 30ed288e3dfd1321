import { after, afterEach, before } from 'node:test';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';

/** Cloudflare's DoH JSON endpoint. */
export const CLOUDFLARE = 'https://cloudflare-dns.com/dns-query';
/** Google's DoH JSON endpoint. */
export const GOOGLE = 'https://dns.google/resolve';
/** DNS type numbers used in answers. */
export const TYPES = { A: 1, CNAME: 5, SOA: 6, MX: 15, TXT: 16, AAAA: 28, SRV: 33 } as const;

/** One record of a DoH JSON answer. */
export interface Answer {
  name: string;
  type: number;
  TTL: number;
  data: string;
}
/** A DoH JSON message, a raw response, or a network failure. */
export type Reply = { Status: number; Answer?: Answer[]; Authority?: Answer[] } | Response | 'network-error';
/** Answers one query. */
export type Responder = (query: { name: string; type: string }) => Reply;

/** A NOERROR answer holding `data` for the queried name. */
export const answer =
  (type: number, ttl: number, ...data: string[]): Responder =>
  ({ name }) => ({ Status: 0, Answer: data.map((d) => ({ name: `${name}.`, type, TTL: ttl, data: d })) });

const soa = (ttl: number): Answer => ({
  name: 'example.com.',
  type: TYPES.SOA,
  TTL: ttl,
  data: 'ns1.example.com. hostmaster.example.com. 1 7200 900 1209600 300',
});

/** An NXDOMAIN answer, with the zone's SOA (negative-caching TTL) when given. */
export const nxdomain =
  (negativeTtl?: number): Responder =>
  () => ({ Status: 3, ...(negativeTtl === undefined ? {} : { Authority: [soa(negativeTtl)] }) });

/**
 * An msw server for DoH resolvers in this test file: unhandled requests fail, handlers and
 * the request log are reset after each test. `resolver(url, respond)` makes a handler.
 */
export function useDohServer() {
  const server = setupServer();
  const requests: { url: URL; accept: string | null }[] = [];
  before(() => {
    server.listen({ onUnhandledRequest: 'error' });
  });
  afterEach(() => {
    server.resetHandlers();
    requests.length = 0;
  });
  after(() => {
    server.close();
  });
  const resolver = (url: string, respond: Responder) =>
    http.get(url, ({ request }) => {
      const parsed = new URL(request.url);
      requests.push({ url: parsed, accept: request.headers.get('accept') });
      const reply = respond({ name: parsed.searchParams.get('name') ?? '', type: parsed.searchParams.get('type') ?? '' });
      if (reply === 'network-error') return HttpResponse.error();
      if (reply instanceof Response) return reply;
      return HttpResponse.json(reply, { headers: { 'content-type': 'application/dns-json' } });
    });
  return { server, requests, resolver };
}
