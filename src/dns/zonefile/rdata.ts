import { fail, pass } from '../result.js';
import type { RecordInput, RecordType, RuleResult } from '../types.js';
import { unescapeText, type ZoneToken } from './lexer.js';

/**
 * Makes a master-file name absolute (no final dot): `@` is the origin, a name with a final
 * dot is already absolute, anything else is relative to the origin (RFC 1035 §5.1).
 */
export function absoluteName(raw: string, origin: string): string {
  if (raw === '@') return origin;
  if (raw.endsWith('.')) return raw.slice(0, -1);
  return `${raw}.${origin}`;
}

// What each type's rdata looks like, for messages that show the expected form.
const SHAPES: Record<RecordType, [count: number, shape: string]> = {
  A: [1, 'an IPv4 address, like 192.0.2.1'],
  AAAA: [1, 'an IPv6 address, like 2001:db8::1'],
  CNAME: [1, 'a host name, like target.example.net'],
  NS: [1, 'a host name, like ns1.example.net'],
  MX: [2, 'a priority and a host name, like 10 mail.example.net'],
  SRV: [4, 'priority, weight, port and target, like 10 5 5060 sip.example.net'],
  TXT: [1, 'one or more quoted strings, like "v=spf1 -all"'],
};

/** A host name in rdata, made absolute; `.` (SRV's "no service") stays as it is. */
function host(token: ZoneToken | undefined, origin: string): string {
  const text = token?.text ?? '';
  return text === '.' ? '.' : absoluteName(text, origin);
}

/**
 * Turns the rdata words of one record into the loose {@link RecordInput} that
 * `validateRecord` checks: relative host names made absolute against the origin, TXT strings
 * decoded and joined (a TXT record's strings are one text, split only for the wire), and the
 * MX/SRV priority moved to its own field. Only the shape is checked here; values are
 * `validateRecord`'s.
 */
export function recordInputFrom(
  type: RecordType,
  name: string,
  ttl: number,
  rdata: readonly ZoneToken[],
  origin: string,
): RuleResult<RecordInput> {
  const [count, shape] = SHAPES[type];
  if (type === 'TXT' ? rdata.length === 0 : rdata.length !== count) {
    const found = rdata.map((t) => t.text).join(' ');
    return fail(
      `The ${type} record needs ${shape}, but this one has ${rdata.length === 0 ? 'nothing' : `“${found}”`}.`,
      rdata.length === 0 ? 'rdata.shapeEmpty' : 'rdata.shape',
      { type, found },
    );
  }
  const [first, second, third, fourth] = rdata;
  const base = { type, name, ttl };
  switch (type) {
    case 'A':
    case 'AAAA':
      return pass({ ...base, value: first?.text ?? '' });
    case 'CNAME':
    case 'NS':
      return pass({ ...base, value: host(first, origin) });
    case 'MX':
      return pass({ ...base, value: host(second, origin), priority: first?.text ?? '' });
    case 'SRV':
      return pass({ ...base, value: `${second?.text ?? ''} ${third?.text ?? ''} ${host(fourth, origin)}`, priority: first?.text ?? '' });
    case 'TXT': {
      let value = '';
      for (const token of rdata) {
        const text = token.quoted ? token.text : unescapeText(token.text);
        if (text === undefined)
          return fail('The text has a broken escape: use \\" for a quote, \\\\ for a backslash and \\DDD for a byte.', 'rdata.escape');
        value += text;
      }
      return pass({ ...base, value });
    }
  }
}
