// Reading DNS-over-HTTPS JSON answers (the format Cloudflare and Google share) into the
// canonical value forms of src/dns, so the propagation check compares like with like.
import { parseRecordValue } from '../dns/values.js';
import type { RecordType } from '../dns/types.js';

/** DNS type numbers (RFC 1035, 3596, 2782) of the types the widget manages. */
export const TYPE_NUMBERS: Record<RecordType, number> = { A: 1, NS: 2, CNAME: 5, MX: 15, TXT: 16, AAAA: 28, SRV: 33 };

/** RCODEs the check tells apart. */
export const RCODE_NOERROR = 0;
/** The name does not exist at all. */
export const RCODE_NXDOMAIN = 3;

/** One resource record of a DoH JSON answer. */
export interface DohAnswer {
  /** Owner name, usually with a final dot. */
  name: string;
  /** Type number. */
  type: number;
  /** Remaining time to live in the resolver's cache, in seconds. */
  TTL: number;
  /** The record data in presentation format. */
  data: string;
}

/** The parts of a DoH JSON message the check reads. */
export interface DohMessage {
  /** RCODE: 0 NOERROR, 2 SERVFAIL, 3 NXDOMAIN. */
  Status: number;
  /** The answer section. */
  Answer: DohAnswer[];
  /** The authority section (the SOA of a negative answer). */
  Authority: DohAnswer[];
}

const isRecordList = (value: unknown): value is DohAnswer[] =>
  Array.isArray(value) &&
  value.every((item: unknown) => {
    if (typeof item !== 'object' || item === null) return false;
    const entry = item as Partial<Record<keyof DohAnswer, unknown>>;
    return (
      typeof entry.name === 'string' && typeof entry.type === 'number' && typeof entry.TTL === 'number' && typeof entry.data === 'string'
    );
  });

/** Checks the shape of a parsed DoH JSON body; undefined when it is not one. */
export function readDohMessage(body: unknown): DohMessage | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const { Status, Answer = [], Authority = [] } = body as Record<string, unknown>;
  if (typeof Status !== 'number' || !isRecordList(Answer) || !isRecordList(Authority)) return undefined;
  return { Status, Answer, Authority };
}

/** A host name compared case-insensitively and without its final dot. */
export const canonicalHost = (host: string): string => host.trim().toLowerCase().replace(/\.$/, '');

/**
 * Joins the character-strings of TXT data: `"a" "b"` gives `ab`, with `\"`, `\\` and `\DDD`
 * (a byte in decimal) unescaped. Data without quotes (as some resolvers send) is taken as it is.
 */
export function joinTxtData(data: string): string {
  const text = data.trim();
  if (!text.startsWith('"')) return text;
  const bytes: number[] = [];
  const encoder = new TextEncoder();
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text.charAt(i);
    if (ch === '"') {
      inString = !inString;
    } else if (!inString) {
      continue;
    } else if (ch === '\\') {
      const digits = /^\d{3}/.exec(text.slice(i + 1))?.[0];
      if (digits) {
        bytes.push(Number(digits) & 0xff);
        i += 3;
      } else {
        bytes.push(...encoder.encode(text.charAt(i + 1)));
        i += 1;
      }
    } else {
      const code = text.codePointAt(i) ?? 0;
      const char = String.fromCodePoint(code);
      bytes.push(...encoder.encode(char));
      i += char.length - 1;
    }
  }
  return new TextDecoder().decode(new Uint8Array(bytes));
}

/** The canonical comparison form of a value in our record shape (priority first for MX and SRV). */
export function canonicalExpected(type: RecordType, value: string, priority: number | null | undefined): string {
  switch (type) {
    case 'CNAME':
    case 'NS':
      return canonicalHost(value);
    case 'MX':
      return `${priority ?? 0} ${canonicalHost(value)}`;
    case 'SRV': {
      const [weight = '', port = '', target = ''] = value.trim().split(/\s+/);
      return `${priority ?? 0} ${Number(weight)} ${Number(port)} ${canonicalHost(target)}`;
    }
    case 'AAAA': {
      const parsed = parseRecordValue(value, 'AAAA', 'invalid');
      return parsed.ok ? parsed.value : value.trim().toLowerCase();
    }
    case 'A':
      return value.trim();
    case 'TXT':
      return value;
  }
}

/** The canonical comparison form of a DoH answer's data; undefined when the data is not of that type. */
export function canonicalAnswer(type: RecordType, data: string): string | undefined {
  const parts = data.trim().split(/\s+/);
  switch (type) {
    case 'MX':
      return parts.length === 2 && /^\d+$/.test(parts[0] ?? '') ? canonicalExpected('MX', parts[1] ?? '', Number(parts[0])) : undefined;
    case 'SRV':
      return parts.length === 4 && parts.slice(0, 3).every((p) => /^\d+$/.test(p))
        ? canonicalExpected('SRV', parts.slice(1).join(' '), Number(parts[0]))
        : undefined;
    case 'TXT':
      return joinTxtData(data);
    default:
      return canonicalExpected(type, data, null);
  }
}
