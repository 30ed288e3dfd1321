/**
 * `@pocketdns/widget/server`: the partner's backend piece. A Fetch-API handler that starts
 * widget sessions and proxies the Partner API with the partner's key, checking ownership.
 * Web-standard code only (Fetch, WebCrypto, CompressionStream): it loads where `node:*`
 * modules do not exist. Node's `http` and Express adapter is `toNodeHandler` in
 * `@pocketdns/widget/server/node`; shared state on Redis is `@pocketdns/widget/server/redis`.
 * @packageDocumentation
 */
export { createPocketDnsHandler, type PocketDnsHandler, type SessionResponse } from './handler.js';
export { ENVIRONMENT_URLS, type HandlerErrorEvent, type IdentifiedUser, type PocketDnsHandlerOptions } from './options.js';
export { MemoryRateLimitStore, type HandlerRateLimit, type RateLimitCount, type RateLimitStore } from './rate-limit.js';
export { MemoryHandlerStore, type HandlerStore } from './store.js';
export { TOKEN_AUDIENCE, TOKEN_ISSUER, tokenIdentity, type TokenIdentity } from './tokens.js';
