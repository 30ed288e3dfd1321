/**
 * A 32-bit bijective mix (xorshift-multiply): distinct counters give distinct, random-looking
 * ids, so seeded data is deterministic without ids that read as a sequence.
 */
export function mixId(counter: number): string {
  let x = counter >>> 0;
  x = Math.imul(x ^ (x >>> 16), 0x7feb352d) >>> 0;
  x = Math.imul(x ^ (x >>> 15), 0x846ca68b) >>> 0;
  x = (x ^ (x >>> 16)) >>> 0;
  return x.toString(16).padStart(8, '0');
}
