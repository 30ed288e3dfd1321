import { normalizeZone, toUnicodeName } from '../names.js';
import { parseRecordType } from '../values.js';
import { validateRecord } from '../validate.js';
import type { NormalizedRecord, RuleParams } from '../types.js';
import { ZoneLexer, type ZoneEntry, type ZoneToken } from './lexer.js';
import { absoluteName, recordInputFrom } from './rdata.js';

/** What kind of problem a zone file line has. */
export type ZoneFileProblemCode =
  | 'soa-skipped'
  | 'apex-ns-skipped'
  | 'duplicate'
  | 'include'
  | 'directive'
  | 'unsupported-type'
  | 'unknown-type'
  | 'class'
  | 'ttl'
  | 'parentheses'
  | 'quote'
  | 'escape'
  | 'owner'
  | 'outside-zone'
  | 'invalid-record';

/** One line of a zone file that was not imported as written, and why. */
export interface ZoneFileProblem {
  /** 1-based line of the file (the first line of an entry spread over several). */
  line: number;
  /** `note`: left out on purpose, nothing to fix (SOA, apex NS, a repeated record); `error`: a record or line that could not be imported. */
  severity: 'note' | 'error';
  /** Stable code, for grouping problems in a UI. */
  code: ZoneFileProblemCode;
  /** A full sentence, without the line number (see {@link formatZoneFileProblem}). */
  message: string;
  /** The variable parts of the message (and which shape it takes), so the UI can translate it. */
  params?: Record<string, string | number>;
  /** `invalid-record`: the failed rules, each with its stable code and params, so the UI can translate them. */
  rules?: { message: string; code?: string; params?: RuleParams }[];
}

/** Options of {@link parseZoneFile}. */
export interface ZoneFileParseOptions {
  /** The domain the file is imported into (Unicode or punycode); the origin until a `$ORIGIN`. */
  zone: string;
  /** TTL of records before any `$TTL` or explicit TTL. Defaults to 3600. */
  defaultTtl?: number | undefined;
}

/** What {@link parseZoneFile} returns. */
export interface ZoneFileParseResult {
  /** The records, normalized by `validateRecord`, in file order. */
  records: NormalizedRecord[];
  /** Every line not imported as written, in line order. */
  problems: ZoneFileProblem[];
}

/** `line 14: SOA records are managed by PocketDNS and were left out.` */
export function formatZoneFileProblem(problem: ZoneFileProblem): string {
  return `line ${problem.line}: ${problem.message}`;
}

// Types people meet in exported zone files that PocketDNS does not manage (yet).
const OTHER_TYPES = new Set(
  'CAA PTR SPF TLSA DS DNSKEY CDS CDNSKEY HTTPS SVCB NAPTR SSHFP LOC HINFO RP CERT DNAME URI SMIMEA OPENPGPKEY ALIAS ANAME AFSDB APL DHCID KX NSEC NSEC3 NSEC3PARAM RRSIG ZONEMD'.split(
    ' ',
  ),
);
const OTHER_CLASSES = /^(CH|CS|HS|NONE|ANY|CLASS\d+)$/i;
const UNIT_SECONDS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86_400, w: 604_800 };

/** A TTL as BIND reads it: seconds, or units like `1h30m` or `1d`; `undefined` if it is not one. */
export function parseZoneTtl(text: string): number | undefined {
  if (/^\d+$/.test(text)) return Number(text);
  if (!/^(\d+[smhdw])+$/i.test(text)) return undefined;
  let total = 0;
  for (const [, digits = '0', unit = 's'] of text.matchAll(/(\d+)([smhdw])/gi)) {
    total += Number(digits) * (UNIT_SECONDS[unit.toLowerCase()] ?? 1);
  }
  return total;
}

/**
 * The parser's state: one instance reads one file, entry by entry, so the same code serves
 * the one-go {@link parseZoneFile} and the chunked `parseZoneFileChunked`.
 */
export class ZoneFileParser {
  /** Records read so far. */
  readonly records: NormalizedRecord[] = [];
  private readonly problems: ZoneFileProblem[] = [];
  private readonly lexer: ZoneLexer;
  private readonly zone: string;
  private readonly shownZone: string;
  private readonly seen = new Map<string, number>();
  private origin: string;
  private fileTtl: number | undefined;
  private lastTtl: number | undefined;
  private lastOwner: string | undefined;

  /** @param text the whole file */
  constructor(
    text: string,
    private readonly options: ZoneFileParseOptions,
  ) {
    this.zone = normalizeZone(options.zone);
    this.shownZone = toUnicodeName(this.zone);
    this.origin = this.zone;
    // Files saved on Windows often start with a byte order mark; it is not part of a name.
    this.lexer = new ZoneLexer(text.replace(/^\uFEFF/, ''));
  }

  /** How much of the file has been read, from 0 to 1. */
  get progress(): number {
    return this.lexer.progress;
  }

  /**
   * Reads entries until the file ends or `lines` more lines have been read.
   * @returns `true` when the whole file has been read
   */
  step(lines = Number.POSITIVE_INFINITY): boolean {
    const stop = this.lexer.currentLine + lines;
    while (this.lexer.currentLine < stop) {
      const entry = this.lexer.next();
      if (!entry) return true;
      this.entry(entry);
    }
    return false;
  }

  /** The result so far: records and problems (the lexer's among them), problems by line. */
  result(): ZoneFileParseResult {
    const problems = [...this.problems, ...this.lexer.problems.map((p): ZoneFileProblem => ({ ...p, severity: 'error' }))].sort(
      (a, b) => a.line - b.line,
    );
    return { records: this.records, problems };
  }

  private problem(
    line: number,
    code: ZoneFileProblemCode,
    message: string,
    severity: 'note' | 'error' = 'error',
    params?: Record<string, string | number>,
    rules?: ZoneFileProblem['rules'],
  ): void {
    this.problems.push({ line, severity, code, message, ...(params ? { params } : {}), ...(rules ? { rules } : {}) });
  }

  private entry(entry: ZoneEntry): void {
    const first = entry.tokens[0]?.text ?? '';
    if (!entry.ownerOmitted && first.startsWith('$')) {
      this.directive(entry, first.toUpperCase());
      return;
    }
    let owner: string;
    let rest: ZoneToken[];
    if (entry.ownerOmitted) {
      if (this.lastOwner === undefined) {
        this.problem(
          entry.line,
          'owner',
          'This record starts with a blank, which repeats the name of the record before it, but there is none.',
          'error',
          { kind: 'blank' },
        );
        return;
      }
      owner = this.lastOwner;
      rest = entry.tokens;
    } else {
      if (first.includes('\\')) {
        this.problem(entry.line, 'owner', `The name ${first} uses an escape (\\); such names are not supported.`, 'error', {
          kind: 'escape',
          name: first,
        });
        return;
      }
      owner = absoluteName(first, this.origin);
      rest = entry.tokens.slice(1);
    }
    this.lastOwner = owner;
    this.record(entry.line, owner, rest);
  }

  private directive(entry: ZoneEntry, name: string): void {
    const arg = entry.tokens[1]?.text;
    if (name === '$ORIGIN' && arg !== undefined) {
      try {
        this.origin = normalizeZone(absoluteName(arg, this.origin));
      } catch {
        this.problem(entry.line, 'directive', `$ORIGIN ${arg} is not a valid domain name; the origin stays ${this.origin}.`, 'error', {
          kind: 'origin',
          value: arg,
          origin: this.origin,
        });
      }
    } else if (name === '$TTL' && arg !== undefined) {
      const ttl = parseZoneTtl(arg);
      if (ttl === undefined)
        this.problem(entry.line, 'ttl', `$TTL ${arg} is not a TTL: write seconds, like 3600, or units, like 1h.`, 'error', {
          kind: 'directive',
          value: arg,
        });
      else this.fileTtl = ttl;
    } else if ((name === '$ORIGIN' || name === '$TTL') && arg === undefined) {
      const example = name === '$TTL' ? '$TTL 3600.' : '$ORIGIN example.com.';
      this.problem(entry.line, 'directive', `${name} needs a value, like ${example}`, 'error', { kind: 'empty', directive: name, example });
    } else if (name === '$INCLUDE') {
      this.problem(
        entry.line,
        'include',
        '$INCLUDE is not supported: an imported file cannot read other files. Paste the included records in its place.',
      );
    } else {
      const directive = entry.tokens[0]?.text ?? name;
      this.problem(entry.line, 'directive', `${directive} is not a directive we support; the line was left out.`, 'error', {
        kind: 'unsupported',
        directive,
      });
    }
  }

  /** Whether an absolute name is the zone itself, however it is written (case, Unicode). */
  private isApex(owner: string): boolean {
    if (owner.toLowerCase() === this.zone) return true;
    try {
      return normalizeZone(owner) === this.zone;
    } catch {
      return false; // not a valid domain name (a wildcard, say), so not the apex
    }
  }

  /** Reads `[TTL] [class] type rdata` (TTL and class in either order) and imports the record. */
  private record(line: number, owner: string, tokens: ZoneToken[]): void {
    let ttl: number | undefined;
    let index = 0;
    for (; index < Math.min(2, tokens.length); index += 1) {
      const text = tokens[index]?.text ?? '';
      if (text.toUpperCase() === 'IN') continue;
      if (OTHER_CLASSES.test(text)) {
        this.problem(line, 'class', `Only the IN (Internet) class is supported; this ${text.toUpperCase()} record was left out.`, 'error', {
          class: text.toUpperCase(),
        });
        return;
      }
      if (!/^\d/.test(text)) break;
      ttl = parseZoneTtl(text);
      if (ttl === undefined) {
        this.problem(line, 'ttl', `“${text}” is not a TTL: write seconds, like 3600, or units, like 1h.`, 'error', {
          kind: 'record',
          value: text,
        });
        return;
      }
      this.lastTtl = ttl;
    }
    const typeText = tokens[index]?.text ?? '';
    const rdata = tokens.slice(index + 1);
    const upper = typeText.toUpperCase();
    if (upper === 'SOA') {
      this.problem(line, 'soa-skipped', 'SOA records are managed by PocketDNS and were left out.', 'note');
      return;
    }
    if (upper === 'NS' && this.isApex(owner)) {
      this.problem(line, 'apex-ns-skipped', `NS records of ${this.shownZone} itself are managed by PocketDNS and were left out.`, 'note', {
        zone: this.shownZone,
      });
      return;
    }
    const type = parseRecordType(typeText);
    if (!type.ok) {
      if (OTHER_TYPES.has(upper) || /^TYPE\d+$/.test(upper))
        this.problem(line, 'unsupported-type', `${upper} records are not supported yet.`, 'error', { type: upper });
      else if (typeText === '') this.problem(line, 'unknown-type', 'This line has no record type.', 'error', { kind: 'missing' });
      else
        this.problem(line, 'unknown-type', `“${typeText}” is not a record type, class or TTL.`, 'error', {
          kind: 'unknown',
          value: typeText,
        });
      return;
    }
    // eslint-disable-next-line no-control-regex -- only an ASCII name can be compared with the zone here
    if (/^[\u0000-\u007f]*$/.test(owner) && !(owner.toLowerCase() === this.zone || owner.toLowerCase().endsWith(`.${this.zone}`))) {
      this.problem(line, 'outside-zone', `${owner}. is not inside ${this.shownZone}, so this record was left out.`, 'error', {
        name: `${owner}.`,
        zone: this.shownZone,
      });
      return;
    }
    const recordTtl = ttl ?? this.fileTtl ?? this.lastTtl ?? this.options.defaultTtl ?? 3600;
    const input = recordInputFrom(type.value, `${owner}.`, recordTtl, rdata, this.origin);
    if (!input.ok) {
      const { message, code, params } = input;
      this.problem(line, 'invalid-record', message, 'error', undefined, [
        { message, ...(code ? { code } : {}), ...(params ? { params } : {}) },
      ]);
      return;
    }
    const checked = validateRecord(input.value, { zone: this.zone });
    if (!checked.ok) {
      const shown = toUnicodeName(owner);
      this.problem(
        line,
        'invalid-record',
        `The ${type.value} record of ${shown} was left out: ${checked.errors.map((e) => e.message).join(' ')}`,
        'error',
        { type: type.value, name: shown },
        checked.errors.map(({ message, code, params }) => ({ message, ...(code ? { code } : {}), ...(params ? { params } : {}) })),
      );
      return;
    }
    const r = checked.record;
    const key = `${r.type} ${r.name} ${r.priority ?? ''} ${r.value}`;
    const earlier = this.seen.get(key);
    if (earlier !== undefined) {
      this.problem(line, 'duplicate', `This record repeats the one on line ${earlier}; it is imported once.`, 'note', { earlier });
      return;
    }
    this.seen.set(key, line);
    this.records.push(r);
  }
}

/**
 * Reads a zone file (RFC 1035 master file, as BIND, Cloudflare and most providers export
 * them) into records for `zone`. It understands `$ORIGIN`, `$TTL`, `@`, relative and
 * absolute names, omitted owners, TTLs and classes, parentheses, comments and quoted strings
 * with escapes. Each record is normalized by `validateRecord`; whatever is not imported
 * (SOA and apex NS as notes; unsupported types, `$INCLUDE`, syntax errors, refused records
 * as errors) is a {@link ZoneFileProblem} with its line number, never a silent drop.
 *
 * @example
 * parseZoneFile('www 300 IN A 192.0.2.1\n', {zone: 'example.com'})
 * // {records: [{type: 'A', name: 'www', value: '192.0.2.1', ttl: 300, priority: null}], problems: []}
 */
export function parseZoneFile(text: string, options: ZoneFileParseOptions): ZoneFileParseResult {
  const parser = new ZoneFileParser(text, options);
  parser.step();
  return parser.result();
}
