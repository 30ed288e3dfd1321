/**
 * The typed Partner API client: openapi-fetch over the generated contract types, with
 * session-token, retry, rate-limit and error-normalizing middleware.
 * @packageDocumentation
 */
export {
  createPocketDnsClient,
  errorFromResponse,
  toApiError,
  type CallOptions,
  type PocketDnsClient,
  type PocketDnsClientOptions,
  type SessionSource,
} from './client.js';
export {
  PocketDnsApiError,
  codeForStatus,
  defaultMessage,
  fieldOfMessage,
  normalizeErrorBody,
  type ApiErrorField,
  type NormalizedErrorBody,
  type PocketDnsApiErrorInit,
  type PocketDnsErrorCode,
} from './errors.js';
export { normalizeRecordsIn } from './normalize.js';
export { readRateLimit, retryTime, type RateLimitInfo } from './rate-limit.js';
export type * from './types.js';
export type { paths, components, operations } from './schema.gen.js';
