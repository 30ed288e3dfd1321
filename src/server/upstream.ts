import type * as z from 'zod/mini';
import { normalizeErrorBody } from '../contract/error-body.js';
import type { ResolvedOptions } from './options.js';

/** The rate-limit headers of an answer: the handler's own per-user figures, never PocketDNS's. */
export const RATE_LIMIT_HEADERS = ['X-RateLimit-Limit', 'X-RateLimit-Remaining', 'X-RateLimit-Reset'] as const;

/** An answer from PocketDNS, read. */
export type UpstreamResult<T = unknown> =
  | { kind: 'ok'; status: number; body: T; text: string; headers: Headers }
  | { kind: 'error'; status: number; messages: string[]; headers: Headers }
  | { kind: 'invalid'; status: number; reason: string }
  | { kind: 'unreachable'; timeout: boolean; cause: unknown };

/** An upstream answer that is not a success. */
export type UpstreamFailure = Exclude<UpstreamResult, { kind: 'ok' }>;

/** What one upstream call sends, and the shape its success must have. */
export interface UpstreamCall<T> {
  method: string;
  path: string;
  body?: unknown;
  /** The shape of a successful answer; without it the success must be empty (a DELETE's 204). */
  shape?: z.ZodMiniType<T>;
}

/** Reads at most `max` bytes of a body as text; undefined past the limit (the rest is not read). */
async function readCapped(response: Response, max: number): Promise<string | undefined> {
  const declared = Number(response.headers.get('Content-Length') ?? '0');
  if (declared > max) {
    await response.body?.cancel().catch(() => undefined);
    return undefined;
  }
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel().catch(() => undefined);
      return undefined;
    }
    chunks.push(value);
  }
  // One decode of the whole body: cheaper than decoding chunk by chunk into a growing string.
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}

/**
 * Calls PocketDNS with the partner's key, a timeout, the browser's request signal, no
 * redirects (a 3xx is a failure: following one could answer with another customer's data and
 * would re-send the key) and a cap on the answer's size. A success is parsed once and checked
 * against `call.shape`; the text is kept so it can be forwarded as it came.
 */
export async function callUpstream<T>(options: ResolvedOptions, call: UpstreamCall<T>, signal: AbortSignal): Promise<UpstreamResult<T>> {
  // One controller for both the timeout and the browser going away: AbortSignal.any and
  // AbortSignal.timeout cost ~20 µs a request in Node 20, as much as the sandbox's answer.
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort(new DOMException('PocketDNS did not answer in time', 'TimeoutError'));
  }, options.upstreamTimeoutMs);
  const onAbort = (): void => {
    controller.abort(signal.reason);
  };
  if (signal.aborted) onAbort();
  else signal.addEventListener('abort', onAbort, { once: true });
  const done = (): void => {
    clearTimeout(timer);
    signal.removeEventListener('abort', onAbort);
  };
  const headers = new Headers({ Authorization: `Bearer ${options.apiKey}`, Accept: 'application/json' });
  if (call.body !== undefined) headers.set('Content-Type', 'application/json');
  let response: Response;
  let text: string | undefined;
  try {
    response = await options.fetch(
      new Request(`${options.baseUrl}${call.path}`, {
        method: call.method,
        headers,
        redirect: 'manual',
        ...(call.body === undefined ? {} : { body: JSON.stringify(call.body) }),
        signal: controller.signal,
      }),
    );
    // `redirect: 'manual'` gives the 3xx itself (status 0, "opaqueredirect", in browsers).
    if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400)) {
      await response.body?.cancel().catch(() => undefined);
      return { kind: 'invalid', status: response.status || 302, reason: `PocketDNS answered a redirect (${response.status || 302})` };
    }
    text = await readCapped(response, options.maxUpstreamBytes);
  } catch (cause) {
    return { kind: 'unreachable', timeout: timedOut, cause };
  } finally {
    done();
  }
  if (text === undefined) {
    return { kind: 'invalid', status: response.status, reason: `PocketDNS's answer is too large (over ${options.maxUpstreamBytes} bytes)` };
  }
  let parsed: unknown;
  try {
    parsed = text === '' ? undefined : JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  if (!response.ok) {
    return { kind: 'error', status: response.status, messages: normalizeErrorBody(parsed).messages, headers: response.headers };
  }
  if (!call.shape) return { kind: 'ok', status: response.status, body: undefined as T, text: '', headers: response.headers };
  const checked = parsed === undefined ? undefined : call.shape.safeParse(parsed);
  if (!checked?.success) {
    return {
      kind: 'invalid',
      status: response.status,
      reason: `PocketDNS's answer to ${call.method} ${call.path} has an unexpected shape`,
    };
  }
  // The parsed value, not zod's output: zod drops the fields it was not told about.
  return { kind: 'ok', status: response.status, body: parsed as T, text, headers: response.headers };
}
