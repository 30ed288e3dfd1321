import { parseFieldMessage, type MessageField } from '../contract/field-message.js';

export { normalizeErrorBody, type NormalizedErrorBody } from '../contract/error-body.js';
/** Stable codes of {@link PocketDnsApiError}, for partners' own handling. */
export type PocketDnsErrorCode =
  | 'bad_request'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'method_not_allowed'
  | 'payload_too_large'
  | 'validation_failed'
  | 'rate_limited'
  | 'server_error'
  | 'bad_gateway'
  | 'timeout'
  | 'http_error'
  | 'invalid_response'
  | 'network_error'
  | 'aborted'
  | 'session_unavailable';

/** Fields a server message can be placed under in a record form. */
export type ApiErrorField = MessageField;

/** What {@link PocketDnsApiError}'s constructor takes. */
export interface PocketDnsApiErrorInit {
  /** HTTP status, or 0 when no response arrived. */
  status: number;
  /** Stable code; derived from the status when left out. */
  code?: PocketDnsErrorCode;
  /** Messages for people; at least one. */
  messages: string[];
  /** Messages that concern one field, by field. */
  fields?: Partial<Record<ApiErrorField, string[]>>;
  /** When a rate-limited request may be tried again. */
  retryAt?: Date | undefined;
  /** The underlying error, if any. */
  cause?: unknown;
}

const CODE_BY_STATUS: Record<number, PocketDnsErrorCode> = {
  400: 'bad_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  413: 'payload_too_large',
  422: 'validation_failed',
  429: 'rate_limited',
  502: 'bad_gateway',
  503: 'server_error',
  504: 'timeout',
};

const DEFAULT_MESSAGE: Record<PocketDnsErrorCode, string> = {
  bad_request: 'The request was not valid.',
  unauthorized: 'Your session has ended. Sign in again to continue.',
  forbidden: 'You are not allowed to do that.',
  not_found: 'That domain or record was not found.',
  method_not_allowed: 'That action is not supported.',
  payload_too_large: 'The request is too large.',
  validation_failed: 'Some values were not accepted.',
  rate_limited: 'Too many requests. Please wait a moment and try again.',
  server_error: 'PocketDNS had a problem. Please try again.',
  bad_gateway: 'PocketDNS could not be reached. Please try again.',
  timeout: 'PocketDNS took too long to answer. Please try again.',
  http_error: 'The request failed.',
  invalid_response: 'The server sent an answer we could not read.',
  network_error: 'Could not connect. Check your connection and try again.',
  aborted: 'The request was cancelled.',
  session_unavailable: 'Could not start a DNS session. Please try again.',
};

/** The code that goes with an HTTP status. */
export function codeForStatus(status: number): PocketDnsErrorCode {
  return CODE_BY_STATUS[status] ?? (status >= 500 ? 'server_error' : 'http_error');
}

/**
 * The one error type every API failure becomes: an error body in either form the Partner
 * API uses, a body that is not JSON, a network failure or an abort.
 */
export class PocketDnsApiError extends Error {
  /** HTTP status, or 0 when no response arrived (network failure, abort). */
  readonly status: number;
  /** Stable code. */
  readonly code: PocketDnsErrorCode;
  /** Messages for people, never empty. */
  readonly messages: string[];
  /** Messages that concern one record field, for placing under that field. */
  readonly fields: Partial<Record<ApiErrorField, string[]>>;
  /** For `rate_limited`: when the request may be tried again. */
  readonly retryAt: Date | undefined;

  /** Makes an error; see {@link PocketDnsApiErrorInit}. */
  constructor(init: PocketDnsApiErrorInit) {
    const code = init.code ?? codeForStatus(init.status);
    const messages = init.messages.length > 0 ? init.messages : [DEFAULT_MESSAGE[code]];
    super(messages.join(' '), init.cause === undefined ? undefined : { cause: init.cause });
    this.name = 'PocketDnsApiError';
    this.status = init.status;
    this.code = code;
    this.messages = messages;
    this.fields = init.fields ?? {};
    this.retryAt = init.retryAt;
  }

  /** True when trying the same request again later may succeed. */
  get retryable(): boolean {
    return ['rate_limited', 'server_error', 'bad_gateway', 'timeout', 'network_error'].includes(this.code);
  }
}

/** The default message for a code, for callers that make their own errors. */
export function defaultMessage(code: PocketDnsErrorCode): string {
  return DEFAULT_MESSAGE[code];
}

/** The field a server message speaks of: its `Label:` prefix or its first word (`"TTL must be…"`, `"value: …"`). */
export function fieldOfMessage(message: string): ApiErrorField | undefined {
  return parseFieldMessage(message).field;
}
