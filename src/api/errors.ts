import { fieldOfLabel, parseFieldMessage, type MessageField } from '../contract/field-message.js';
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

function addField(fields: Partial<Record<ApiErrorField, string[]>>, field: ApiErrorField, message: string): void {
  (fields[field] ??= []).push(message);
}

function textOf(item: unknown): string | undefined {
  if (typeof item === 'string') return item.trim() || undefined;
  if (typeof item === 'object' && item !== null) {
    const obj = item as Record<string, unknown>;
    for (const key of ['message', 'detail', 'error', 'title']) {
      if (typeof obj[key] === 'string' && obj[key].trim() !== '') return obj[key].trim();
    }
  }
  return undefined;
}

/** Messages and per-field messages read from an error body in any form we know. */
export interface NormalizedErrorBody {
  /** Messages for people (may be empty when the body said nothing useful). */
  messages: string[];
  /** Messages by field. */
  fields: Partial<Record<ApiErrorField, string[]>>;
}

/**
 * Reads an error body: the seed's `{errors: [...]}` (strings or objects with a message), and
 * the prose pages' `{error, message, details}`, whose `details` may be a string, a list or an
 * object of field → message(s).
 */
export function normalizeErrorBody(body: unknown): NormalizedErrorBody {
  const messages: string[] = [];
  const fields: Partial<Record<ApiErrorField, string[]>> = {};
  const note = (message: string, field?: ApiErrorField): void => {
    messages.push(message);
    const target = field ?? fieldOfMessage(message);
    if (target) addField(fields, target, message);
  };
  if (typeof body === 'string') {
    if (body.trim() !== '') note(body.trim());
    return { messages, fields };
  }
  if (typeof body !== 'object' || body === null) return { messages, fields };
  const obj = body as Record<string, unknown>;
  if (Array.isArray(obj.errors)) {
    for (const item of obj.errors) {
      const text = textOf(item);
      const field = typeof item === 'object' && item !== null ? (item as Record<string, unknown>).field : undefined;
      if (text) note(text, typeof field === 'string' ? fieldOfLabel(field) : undefined);
    }
  } else if (typeof obj.errors === 'object' && obj.errors !== null) {
    readDetails(obj.errors, note);
  }
  if (messages.length === 0) {
    const main = textOf(obj.message) ?? textOf(obj.error);
    const hadDetails = obj.details !== undefined && readDetails(obj.details, note);
    if (main && !hadDetails) note(main);
    else if (main) messages.unshift(main);
  }
  return { messages, fields };
}

/** Reads a `details`-like value into `note`; says whether it found anything. */
function readDetails(details: unknown, note: (message: string, field?: ApiErrorField) => void): boolean {
  let found = false;
  const add = (message: string, field?: ApiErrorField): void => {
    found = true;
    note(message, field);
  };
  if (typeof details === 'string') {
    if (details.trim() !== '') add(details.trim());
  } else if (Array.isArray(details)) {
    for (const item of details) {
      const text = textOf(item);
      if (text) add(text);
    }
  } else if (typeof details === 'object' && details !== null) {
    for (const [key, raw] of Object.entries(details)) {
      const field = fieldOfLabel(key);
      for (const item of Array.isArray(raw) ? raw : [raw]) {
        const text = textOf(item);
        if (!text) continue;
        // "must be at least 60" reads badly alone: prefix the field when the text lacks it.
        const sentence = fieldOfMessage(text) === field && field ? text : `${key}: ${text}`;
        add(sentence, field);
      }
    }
  }
  return found;
}
