// Content coding of the handler's answers. A 10,000-record domain is 2.08 MB of JSON and about
// 142 kB gzipped; `CompressionStream` is Web-standard, so this runs on every runtime the
// handler does (Node 18+, Deno, Bun, Workers). Brotli is not in `CompressionStream` everywhere.

/**
 * `gzip` when the `Accept-Encoding` header accepts it (`gzip`, `x-gzip` or `*`, with a
 * q-value above zero), else undefined: the answer is sent as it is.
 */
export function encodeFor(acceptEncoding: string | null): 'gzip' | undefined {
  if (!acceptEncoding) return undefined;
  const weights = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [coding = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    weights.set(coding.trim(), q === undefined ? 1 : Number(q));
  }
  // An explicit gzip weight wins over the wildcard's (`gzip;q=0, *` refuses gzip).
  const gzip = weights.get('gzip') ?? weights.get('x-gzip') ?? weights.get('*') ?? 0;
  return gzip > 0 ? 'gzip' : undefined;
}
