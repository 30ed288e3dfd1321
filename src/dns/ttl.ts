const UNITS: readonly [seconds: number, singular: string, plural: string][] = [
  [86_400, 'day', 'days'],
  [3_600, 'hour', 'hours'],
  [60, 'min', 'min'],
  [1, 'second', 'seconds'],
];

/**
 * A TTL in words for tables: `300` → `5 min`, `3600` → `1 hour`, `5400` → `1 hour 30 min`.
 * Uses the two largest units, which is all a person needs to judge a TTL.
 */
export function formatTtl(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return String(seconds);
  const parts: string[] = [];
  let rest = Math.floor(seconds);
  for (const [size, singular, plural] of UNITS) {
    if (parts.length === 2) break;
    const count = Math.floor(rest / size);
    if (count > 0) {
      parts.push(`${count} ${count === 1 ? singular : plural}`);
      rest -= count * size;
    }
  }
  return parts.length > 0 ? parts.join(' ') : '0 seconds';
}

/** TTL choices a form offers, in seconds; any whole number in range is still accepted. */
export const TTL_PRESETS: readonly number[] = [60, 300, 900, 1800, 3600, 14_400, 43_200, 86_400];
