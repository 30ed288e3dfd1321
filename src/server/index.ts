/**
 * `@pocketdns/widget/server`: the partner's backend piece. A Fetch-API handler that starts
 * widget sessions and proxies the Partner API with the partner's key, checking ownership.
 * @packageDocumentation
 */
export { createPocketDnsHandler, type PocketDnsHandler, type SessionResponse } from './handler.js';
export { toNodeHandler, type NodeHandler } from './node.js';
export { ENVIRONMENT_URLS, type HandlerErrorEvent, type IdentifiedUser, type PocketDnsHandlerOptions } from './options.js';
export { MemoryRateLimitStore, type HandlerRateLimit, type RateLimitCount, type RateLimitStore } from './rate-limit.js';
export { TOKEN_AUDIENCE, TOKEN_ISSUER } from './tokens.js';
