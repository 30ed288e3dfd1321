// The resolvers "Is it live?" asks, apart from the checking itself: the records element needs
// the defaults for its `resolvers` property at once, the checker only when a record is checked.

/** A DNS-over-HTTPS resolver that speaks the JSON API (`?name=&type=`, `accept: application/dns-json`). */
export interface DohResolver {
  /** Shown to people, like `Cloudflare`. */
  name: string;
  /** The JSON API endpoint. */
  url: string;
}

/** Cloudflare and Google, the two public resolvers whose JSON APIs allow calls from browsers. */
export const DEFAULT_RESOLVERS: readonly DohResolver[] = [
  { name: 'Cloudflare', url: 'https://cloudflare-dns.com/dns-query' },
  { name: 'Google', url: 'https://dns.google/resolve' },
];
