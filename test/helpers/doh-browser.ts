import { http, HttpResponse } from 'msw';

/** The default DoH resolvers of `<pocketdns-records propagation="public">`. */
export const DOH_RESOLVERS = ['https://cloudflare-dns.com/dns-query', 'https://dns.google/resolve'];

/**
 * Handlers that answer every DoH query with SERVFAIL, so elements that check propagation
 * after a change never reach the network (rows say "Couldn't check"). Tests that need real
 * answers put their own handlers in front with `worker.use`.
 */
export function servfailResolvers() {
  return DOH_RESOLVERS.map((url) =>
    http.get(url, () => HttpResponse.json({ Status: 2 }, { headers: { 'content-type': 'application/dns-json' } })),
  );
}
