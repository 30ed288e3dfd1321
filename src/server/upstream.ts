import { normalizeErrorBody } from '../api/errors.js';
import type { ResolvedOptions } from './options.js';

/** The rate-limit headers PocketDNS sends, passed through to the browser. */
export const RATE_LIMIT_HEADERS = ['X-RateLimit-Limit', 'X-RateLimit-Remaining', 'X-RateLimit-Reset'] as const;

/** An answer from PocketDNS, read. */
export type UpstreamResult =
  | { kind: 'ok'; status: number; body: unknown; headers: Headers }
  | { kind: 'error'; status: number; messages: string[]; headers: Headers }
  | { kind: 'unreachable'; timeout: boolean; cause: unknown };

/** An upstream answer that is not a success. */
export type UpstreamFailure = Exclude<UpstreamResult, { kind: 'ok' }>;

/** Calls PocketDNS with the partner's key, a timeout, and the browser's request signal. */
export async function callUpstream(
  options: ResolvedOptions,
  method: string,
  path: string,
  signal: AbortSignal,
  body?: unknown,
): Promise<UpstreamResult> {
  const timeout = AbortSignal.timeout(options.upstreamTimeoutMs);
  const headers = new Headers({ Authorization: `Bearer ${options.apiKey}`, Accept: 'application/json' });
  if (body !== undefined) headers.set('Content-Type', 'application/json');
  let response: Response;
  try {
    response = await options.fetch(
      new Request(`${options.baseUrl}${path}`, {
        method,
        headers,
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        signal: AbortSignal.any([timeout, signal]),
      }),
    );
  } catch (cause) {
    return { kind: 'unreachable', timeout: timeout.aborted, cause };
  }
  const text = await response.text().catch(() => '');
  let parsed: unknown;
  try {
    parsed = text === '' ? undefined : JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  if (!response.ok) {
    return { kind: 'error', status: response.status, messages: normalizeErrorBody(parsed).messages, headers: response.headers };
  }
  if (parsed === undefined && response.status !== 204) {
    return { kind: 'error', status: 502, messages: [], headers: response.headers };
  }
  return { kind: 'ok', status: response.status, body: parsed, headers: response.headers };
}
