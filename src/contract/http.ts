// Small Fetch-API helpers shared by the sandbox and the partner handler: both answer the same
// contract, so they read bodies and write errors the same way. No DOM, no Node.

/**
 * The largest request body the handler and the sandbox read, in bytes (64 KiB): far above any
 * record body, small enough that a hostile client cannot make either side buffer much.
 */
export const MAX_BODY_BYTES = 64 * 1024;

/** A JSON response. `null` bodies (204) are sent empty. */
export function json(body: unknown, status = 200, headers?: HeadersInit): Response {
  const out = new Headers(headers);
  if (body === null) return new Response(null, { status, headers: out });
  out.set('Content-Type', 'application/json; charset=utf-8');
  return new Response(JSON.stringify(body), { status, headers: out });
}

/** An error response in the contract's one shape, `{errors: [...]}`. */
export function errorResponse(status: number, messages: string | string[], headers?: HeadersInit): Response {
  return json({ errors: Array.isArray(messages) ? messages : [messages] }, status, headers);
}

/** What {@link readJsonBody} gives: the parsed body or the response that says why not. */
export type BodyResult = { ok: true; value: unknown } | { ok: false; response: Response };

/**
 * Reads a JSON request body of at most `maxBytes`, counting bytes as they stream in so an
 * oversized body is refused without being read whole. Gives 413 past the limit, 408 when the
 * whole body has not arrived within `timeoutMs` (a client trickling bytes must not hold a
 * request open), and 400 for a body that is not JSON.
 */
export async function readJsonBody(request: Request, maxBytes = MAX_BODY_BYTES, timeoutMs?: number): Promise<BodyResult> {
  const declared = Number(request.headers.get('Content-Length') ?? '0');
  const tooLarge = (): BodyResult => ({
    ok: false,
    response: errorResponse(413, `Request body is larger than ${Math.floor(maxBytes / 1024)} KiB`),
  });
  if (declared > maxBytes) return tooLarge();
  if (!request.body) return { ok: false, response: errorResponse(400, 'Request body is required') };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late =
    timeoutMs === undefined
      ? undefined
      : new Promise<'late'>((resolve) => {
          timer = setTimeout(() => {
            resolve('late');
          }, timeoutMs);
        });
  for (;;) {
    const next = await (late ? Promise.race([reader.read(), late]) : reader.read());
    if (next === 'late') {
      await reader.cancel().catch(() => undefined);
      return { ok: false, response: errorResponse(408, 'The request body took too long to arrive') };
    }
    const { done, value } = next;
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      clearTimeout(timer);
      await reader.cancel().catch(() => undefined);
      return tooLarge();
    }
    chunks.push(value);
  }
  clearTimeout(timer);
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  try {
    return { ok: true, value: JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) as unknown };
  } catch {
    return { ok: false, response: errorResponse(400, 'Request body is not valid JSON') };
  }
}

/** True for a plain JSON object (not an array, not null). */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Splits a URL path into its non-empty segments, decoded; undefined if a segment is malformed. */
export function pathSegments(pathname: string): string[] | undefined {
  try {
    return pathname.split('/').filter(Boolean).map(decodeURIComponent);
  } catch {
    return undefined;
  }
}
