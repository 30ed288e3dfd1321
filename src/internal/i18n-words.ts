import { msg } from '@lit/localize';
import type { DomainStatus } from '../api/types.js';
import { activeLocale } from './i18n.js';
import { numberFormat } from './intl-cache.js';

/** A domain status badge in the active locale (an unknown status as the API sent it). */
export function statusText(status: DomainStatus): string {
  switch (status) {
    case 'active':
      return msg('active', { id: 'status.active' });
    case 'pending':
      return msg('pending', { id: 'status.pending' });
    case 'expired':
      return msg('expired', { id: 'status.expired' });
    case 'suspended':
      return msg('suspended', { id: 'status.suspended' });
    default:
      // A status newer than this table: as the API sent it.
      return String(status);
  }
}

const UNITS: readonly [seconds: number, unit: 'day' | 'hour' | 'minute' | 'second'][] = [
  [86_400, 'day'],
  [3_600, 'hour'],
  [60, 'minute'],
  [1, 'second'],
];

/** TTLs in words already made, by locale and seconds: a table shows the same few TTLs on every row. */
const ttlWords = new Map<string, string>();

/**
 * A TTL in words, through `Intl` in the active locale: `3600` → "1 hour", "1 Stunde", "1 時間";
 * the two largest units, as `formatTtl` of the dns rules does in English. Kept once made
 * (making the formatters costs far more than a render of a row).
 */
export function ttlText(seconds: number, locale: string = activeLocale()): string {
  if (!Number.isFinite(seconds) || seconds < 0) return String(seconds);
  const key = `${locale} ${String(seconds)}`;
  let text = ttlWords.get(key);
  if (text !== undefined) return text;
  const parts: string[] = [];
  let rest = Math.floor(seconds);
  for (const [size, unit] of UNITS) {
    if (parts.length === 2) break;
    const count = Math.floor(rest / size);
    if (count > 0 || (size === 1 && parts.length === 0)) {
      parts.push(new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(count));
      rest -= count * size;
    }
  }
  text = new Intl.ListFormat(locale, { style: 'narrow', type: 'unit' }).format(parts);
  ttlWords.set(key, text);
  return text;
}

/** A number as people write it in the active locale (`1234` → "1.234" in German, Arabic digits stay Latin as `ar` does by default). */
export function numberText(value: number, locale: string = activeLocale()): string {
  return numberFormat(locale).format(value);
}
