import * as z from 'zod/mini';
import { parseHostTarget } from './names.js';
import { fail, pass } from './result.js';
import { RECORD_TYPES, TTL_MAX, TTL_MIN, TXT_CHUNK_BYTES, TXT_MAX_LENGTH, UINT16_MAX, type RecordType, type RuleResult } from './types.js';

const ipv4 = z.ipv4();
const ipv6 = z.ipv6();
// eslint-disable-next-line no-control-regex -- TXT values must not carry control characters
const CONTROL_CHARS = /[\u0000-\u001f\u007f]/;

const isIpv4 = (value: string): boolean => ipv4.safeParse(value).success;
const isIpv6 = (value: string): boolean => ipv6.safeParse(value).success;

/** Parses a record type, case-insensitively. */
export function parseRecordType(raw: unknown): RuleResult<RecordType> {
  const list = RECORD_TYPES.join(', ');
  if (typeof raw !== 'string' || raw.trim() === '') return fail(`Choose a record type: ${list}.`, 'type.missing', { list });
  const upper = raw.trim().toUpperCase();
  return (RECORD_TYPES as readonly string[]).includes(upper)
    ? pass(upper as RecordType)
    : fail(`“${raw.trim()}” is not a record type we support. Choose one of ${list}.`, 'type.unknown', { type: raw.trim(), list });
}

/** Reads a whole number from a number or a string of digits (form fields give strings). */
function readInteger(raw: unknown): RuleResult<number> | undefined {
  if (typeof raw === 'number') return Number.isInteger(raw) ? pass(raw) : fail('not-integer');
  if (typeof raw === 'string' && raw.trim() !== '') {
    const trimmed = raw.trim();
    return /^\d+$/.test(trimmed) ? pass(Number(trimmed)) : fail('not-integer');
  }
  return undefined;
}

/** Parses a TTL in seconds: a whole number from 60 (1 minute) to 86400 (1 day). */
export function parseTtl(raw: unknown): RuleResult<number> {
  const read = readInteger(raw);
  const range = { min: TTL_MIN, max: TTL_MAX };
  if (!read) return fail(`Enter a TTL in seconds, from ${TTL_MIN} (1 minute) to ${TTL_MAX} (1 day).`, 'ttl.missing', range);
  if (!read.ok) return fail('The TTL must be a whole number of seconds.', 'ttl.notInteger');
  if (read.value < TTL_MIN) return fail(`The TTL must be at least ${TTL_MIN} seconds (1 minute).`, 'ttl.tooLow', range);
  if (read.value > TTL_MAX) return fail(`The TTL can be at most ${TTL_MAX} seconds (1 day).`, 'ttl.tooHigh', range);
  return read;
}

/** Parses a 16-bit number (priority, SRV weight and port), naming the field in messages. */
function parseUint16(raw: unknown, label: string): RuleResult<number> {
  const read = readInteger(raw);
  const range = `a whole number from 0 to ${UINT16_MAX}`;
  const field = label.toLowerCase();
  if (!read) return fail(`Enter ${field}: ${range}.`, `${field}.missing`, { max: UINT16_MAX });
  if (!read.ok || read.value < 0 || read.value > UINT16_MAX)
    return fail(`${label} must be ${range}.`, `${field}.range`, { max: UINT16_MAX });
  return read;
}

/**
 * Parses the priority of a record of `type`: required for MX and SRV (lower is tried
 * first), and must be left out for every other type.
 */
export function parsePriority(raw: unknown, type: RecordType): RuleResult<number | null> {
  const absent = raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '');
  if (type !== 'MX' && type !== 'SRV') {
    return absent ? pass(null) : fail('Priority applies only to MX and SRV records; leave it empty.', 'priority.notApplicable');
  }
  if (absent) return fail('Enter a priority from 0 to 65535; lower numbers are tried first.', 'priority.missing', { max: UINT16_MAX });
  return parseUint16(raw, 'Priority');
}

/**
 * Canonical IPv6 text (RFC 5952-style: lower case, leading zeros dropped, the longest run
 * of zero groups compressed). The WHATWG URL serializer implements exactly that.
 */
function canonicalIpv6(value: string): string {
  return new URL(`http://[${value}]/`).hostname.slice(1, -1);
}

function parseA(value: string): RuleResult<string> {
  if (value === '') return fail('Enter an IPv4 address, like 192.0.2.1.', 'a.empty');
  if (isIpv4(value)) return pass(value);
  if (isIpv6(value)) return fail(`${value} is an IPv6 address: use an AAAA record for it.`, 'a.isIpv6', { value });
  if (/^[\d.]+$/.test(value)) return fail('Enter an IPv4 address as four numbers from 0 to 255, like 192.0.2.1.', 'a.invalid');
  return fail('An A record points to an IPv4 address, like 192.0.2.1. To point to a host name, use a CNAME record.', 'a.notAddress');
}

function parseAaaa(value: string): RuleResult<string> {
  if (value === '') return fail('Enter an IPv6 address, like 2001:db8::1.', 'aaaa.empty');
  if (isIpv4(value)) return fail(`${value} is an IPv4 address: use an A record for it.`, 'aaaa.isIpv4', { value });
  if (!isIpv6(value)) return fail('Enter a valid IPv6 address, like 2001:db8::1.', 'aaaa.invalid');
  try {
    return pass(canonicalIpv6(value));
  } catch {
    return fail('Enter a valid IPv6 address, like 2001:db8::1.', 'aaaa.invalid');
  }
}

function parseTxt(value: string): RuleResult<string> {
  if (value.length === 0) return fail('Enter the text of the record.', 'txt.empty');
  if (CONTROL_CHARS.test(value)) return fail('The text cannot contain line breaks, tabs or other control characters.', 'txt.control');
  // Characters as people count them (code points): a surrogate pair is one character.
  const length = value.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g, '_').length;
  if (length > TXT_MAX_LENGTH) {
    return fail(`The text is ${length} characters long; the limit is ${TXT_MAX_LENGTH}.`, 'txt.tooLong', { length, max: TXT_MAX_LENGTH });
  }
  return pass(value);
}

function parseSrv(value: string, zone: string): RuleResult<string> {
  const example = 'like 10 5060 sip.example.com';
  const parts = value.trim().split(/\s+/);
  if (value.trim() === '') return fail(`Enter the weight, port and target separated by spaces, ${example}.`, 'srv.empty');
  if (parts.length !== 3) {
    return fail(`An SRV value has three parts, weight, port and target, separated by spaces, ${example}.`, 'srv.parts');
  }
  const [rawWeight = '', rawPort = '', rawTarget = ''] = parts;
  const weight = parseUint16(rawWeight, 'Weight');
  if (!weight.ok) return weight;
  const port = parseUint16(rawPort, 'Port');
  if (!port.ok) return port;
  // RFC 2782: a target of "." says the service is decidedly not available at this name.
  const target = rawTarget === '.' ? pass('.') : parseHostTarget(rawTarget, zone);
  if (!target.ok) return fail(`Target: ${target.message}`, target.code, target.params);
  return pass(`${weight.value} ${port.value} ${target.value}`);
}

/** Parses the value of a record of `type` in `zone` (normalized), giving its canonical form. */
export function parseRecordValue(raw: unknown, type: RecordType, zone: string): RuleResult<string> {
  // A missing value gets the same "Enter …" message as an empty one.
  const text = typeof raw === 'string' ? raw : '';
  switch (type) {
    case 'A':
      return parseA(text.trim());
    case 'AAAA':
      return parseAaaa(text.trim());
    case 'CNAME':
    case 'MX':
    case 'NS':
      return parseHostTarget(text, zone);
    case 'TXT':
      return parseTxt(text);
    case 'SRV':
      return parseSrv(text, zone);
  }
}

/**
 * Splits a TXT value into the character-strings that go on the wire: at most 255 bytes of
 * UTF-8 each, never cutting a character in two.
 */
export function splitTxtValue(value: string): string[] {
  const encoder = new TextEncoder();
  const chunks: string[] = [];
  let current = '';
  let currentBytes = 0;
  for (const ch of value) {
    const bytes = encoder.encode(ch).length;
    if (currentBytes + bytes > TXT_CHUNK_BYTES) {
      chunks.push(current);
      current = '';
      currentBytes = 0;
    }
    current += ch;
    currentBytes += bytes;
  }
  if (current !== '' || chunks.length === 0) chunks.push(current);
  return chunks;
}
