import { fullName, normalizeZone, toUnicodeName } from '../names.js';
import { splitTxtValue } from '../values.js';
import { RECORD_TYPES, type RecordType } from '../types.js';

/** A record as the zone-file functions take it: a `NormalizedRecord` or the API's record (other fields ignored). */
export interface ZoneFileRecord {
  /** Record type. */
  type: RecordType;
  /** Relative name, `@` for the apex, in the canonical form `validateRecord` gives. */
  name: string;
  /** Canonical value (SRV: `weight port target`). */
  value: string;
  /** Time to live in seconds. */
  ttl: number;
  /** MX and SRV only. */
  priority?: number | null | undefined;
}

/** Options of {@link toZoneFile}. */
export interface ZoneFileWriteOptions {
  /** The domain, like `example.com` (Unicode or punycode). */
  zone: string;
  /**
   * The domain's nameservers (the domain details' list): the first is the SOA's primary, and
   * each becomes an apex NS record. Defaults to {@link DEFAULT_NAMESERVERS}.
   */
  nameservers?: readonly string[] | undefined;
  /** The file's `$TTL`, and the TTL of its SOA and apex NS records. Defaults to 3600. */
  ttl?: number | undefined;
  /** When the file is made: the header's date and the SOA serial. Defaults to now. */
  date?: Date | undefined;
}

/** The nameservers PocketDNS serves its domains from, used when none are given. */
export const DEFAULT_NAMESERVERS: readonly string[] = ['ns1.pocketdns.com', 'ns2.pocketdns.com'];

const DEFAULT_TTL = 3600;
// SOA timers (refresh, retry, expire, negative-caching TTL): the common values of RFC 1912.
const SOA_TIMERS = '3600 600 1209600 300';
const TYPE_ORDER = new Map<string, number>(RECORD_TYPES.map((type, index) => [type, index]));
const encoder = new TextEncoder();

/** An absolute host name: the final dot tells BIND not to append the origin. */
const absolute = (host: string): string => (host === '.' ? '.' : `${host.replace(/\.$/, '')}.`);

/**
 * One TXT character-string in master-file syntax: quoted, with `"` and `\` escaped and every
 * byte outside printable ASCII written as `\DDD`, so the file is plain ASCII whatever the
 * text (RFC 1035 §5.1) and no tool can mangle its encoding.
 */
export function quoteTxtString(text: string): string {
  let out = '"';
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (ch === '"' || ch === '\\') out += `\\${ch}`;
    else if (code >= 0x20 && code < 0x7f) out += ch;
    else for (const byte of encoder.encode(ch)) out += `\\${String(byte).padStart(3, '0')}`;
  }
  return `${out}"`;
}

/** The rdata of one record, as BIND reads it. */
function rdata(record: ZoneFileRecord): string {
  switch (record.type) {
    case 'A':
    case 'AAAA':
      return record.value;
    case 'CNAME':
    case 'NS':
      return absolute(record.value);
    case 'MX':
      return `${record.priority ?? 0} ${absolute(record.value)}`;
    case 'SRV': {
      // Our value is `weight port target`; the wire order puts the priority first.
      const [weight = '0', port = '0', target = '.'] = record.value.split(' ');
      return `${record.priority ?? 0} ${weight} ${port} ${absolute(target)}`;
    }
    case 'TXT':
      return splitTxtValue(record.value).map(quoteTxtString).join(' ');
  }
}

/**
 * DNS canonical order (RFC 4034 §6.1): compare names label by label from the right, so a
 * name's subdomains sit right after it (`_tcp`, `_sip._tcp`) and the apex comes first.
 */
function compareNames(a: string, b: string): number {
  if (a === b) return 0;
  if (a === '@') return -1;
  if (b === '@') return 1;
  const la = a.split('.').reverse();
  const lb = b.split('.').reverse();
  for (let i = 0; i < Math.min(la.length, lb.length); i += 1) {
    const x = la[i] ?? '';
    const y = lb[i] ?? '';
    if (x !== y) return x < y ? -1 : 1;
  }
  return la.length - lb.length;
}

function compareRecords(a: ZoneFileRecord, b: ZoneFileRecord): number {
  return (
    compareNames(a.name, b.name) ||
    (TYPE_ORDER.get(a.type) ?? 0) - (TYPE_ORDER.get(b.type) ?? 0) ||
    (a.priority ?? 0) - (b.priority ?? 0) ||
    (a.value < b.value ? -1 : a.value > b.value ? 1 : 0)
  );
}

/** `YYYYMMDDnn`, the serial convention of RFC 1912 §2.2, with `nn` = 00 for the day's first export. */
function serialOf(date: Date): string {
  return `${date.toISOString().slice(0, 10).replaceAll('-', '')}00`;
}

/**
 * Writes records as an RFC 1035 master file that BIND loads as is: `$ORIGIN` and `$TTL`, a
 * header comment, a SOA (primary nameserver, serial from the date), the apex NS records,
 * then the records sorted in DNS order (apex first) and grouped by name, one per line, with
 * names relative to the origin and every host name absolute (final dot). TXT values are
 * quoted and split into 255-byte strings; SRV is `priority weight port target.`.
 *
 * Apex NS records among `records` are written once with the nameservers; the records are
 * expected in the canonical form {@link validateRecord} gives (ids and other fields ignored).
 *
 * @example
 * toZoneFile([{type: 'A', name: 'www', value: '192.0.2.1', ttl: 300, priority: null}], {zone: 'example.com'})
 */
export function toZoneFile(records: readonly ZoneFileRecord[], options: ZoneFileWriteOptions): string {
  const zone = normalizeZone(options.zone);
  const ttl = options.ttl ?? DEFAULT_TTL;
  const date = options.date ?? new Date();
  const nameservers = (options.nameservers?.length ? options.nameservers : DEFAULT_NAMESERVERS).map((ns) =>
    ns.trim().toLowerCase().replace(/\.$/, ''),
  );
  const apexNs = new Set(nameservers);
  const body = records
    .filter((r) => !(r.type === 'NS' && r.name === '@' && apexNs.has(r.value)))
    .slice()
    .sort(compareRecords);
  const width = Math.max(1, ...body.map((r) => r.name.length));
  const line = (name: string, recordTtl: number, type: string, data: string): string =>
    `${name.padEnd(width)} ${String(recordTtl).padStart(5)} IN ${type.padEnd(5)} ${data}`;
  const unicode = toUnicodeName(zone);
  const out = [
    `; Zone file for ${zone}${unicode === zone ? '' : ` (${unicode})`}`,
    `; Exported by PocketDNS on ${date.toISOString().slice(0, 10)}: ${body.length} record${body.length === 1 ? '' : 's'}.`,
    `$ORIGIN ${zone}.`,
    `$TTL ${ttl}`,
    '',
    line('@', ttl, 'SOA', `${absolute(nameservers[0] ?? '')} ${absolute(fullName('hostmaster', zone))} ${serialOf(date)} ${SOA_TIMERS}`),
    ...nameservers.map((ns) => line('@', ttl, 'NS', absolute(ns))),
  ];
  let previous = '@';
  for (const record of body) {
    // A blank line between names groups each name's records, as people write zone files.
    if (record.name !== previous) out.push('');
    previous = record.name;
    out.push(line(record.name, record.ttl, record.type, rdata(record)));
  }
  return `${out.join('\n')}\n`;
}
