// One reader of `Authorization: Bearer …` for the handler (widget tokens) and the sandbox
// (API keys), so both refuse and accept the same headers. No DOM, no Node.

const BEARER = /^Bearer\s+(.+)$/i;

/**
 * The credential of an `Authorization: Bearer <credential>` header, trimmed; `undefined`
 * when the header is missing, uses another scheme, or carries nothing after `Bearer`.
 */
export function readBearer(headers: Headers): string | undefined {
  const credential = BEARER.exec(headers.get('Authorization') ?? '')?.[1]?.trim();
  return credential === '' ? undefined : credential;
}
