/** The record types the widget manages, in the order the form offers them. */
export const RECORD_TYPES = ['A', 'AAAA', 'CNAME', 'MX', 'TXT', 'SRV', 'NS'] as const;

/** One of {@link RECORD_TYPES}. */
export type RecordType = (typeof RECORD_TYPES)[number];

/** Record types whose records carry a priority (0–65535). */
export const TYPES_WITH_PRIORITY: readonly RecordType[] = ['MX', 'SRV'];

/** Smallest TTL accepted, in seconds. */
export const TTL_MIN = 60;
/** Largest TTL accepted, in seconds (one day). */
export const TTL_MAX = 86_400;
/** Largest priority, SRV weight or SRV port (16-bit unsigned). */
export const UINT16_MAX = 65_535;
/** Longest TXT value accepted, in characters. */
export const TXT_MAX_LENGTH = 4096;
/** Longest character-string in a TXT record on the wire, in bytes. */
export const TXT_CHUNK_BYTES = 255;
/** Longest label, in octets. */
export const LABEL_MAX_OCTETS = 63;
/** Longest full name (without the final dot), in octets. */
export const NAME_MAX_OCTETS = 253;

/**
 * A record as a person or a partner's code hands it in: loose types, because values come
 * from form fields (strings) as often as from code (numbers).
 */
export interface RecordInput {
  /** Record type, case-insensitive. */
  type: string;
  /** Name relative to the zone; `@` (or empty) for the apex; an absolute name ending in the zone is accepted. */
  name: string;
  /** Type-specific value: address, host name, text, or `weight port target` for SRV. */
  value: string;
  /** Time to live in seconds. */
  ttl: number | string;
  /** MX and SRV only. */
  priority?: number | string | null | undefined;
}

/** A record after {@link validateRecord}: the canonical form the API stores. */
export interface NormalizedRecord {
  /** Record type. */
  type: RecordType;
  /** Lower-case, punycode, relative to the zone; `@` for the apex. */
  name: string;
  /** Canonical value (IPv6 compressed, host names lower-case punycode without the final dot). */
  value: string;
  /** Time to live in seconds. */
  ttl: number;
  /** MX and SRV: 0–65535; otherwise `null`. */
  priority: number | null;
}

/** The fields a validation message can concern. */
export type RecordField = 'type' | 'name' | 'value' | 'ttl' | 'priority';

/** One problem with one field, in words a customer understands. */
export interface FieldError {
  /** The field the message belongs under. */
  field: RecordField;
  /** A full sentence, in English. */
  message: string;
  /** Stable code of the problem (`ttl.tooLow`…), for messages in other languages. */
  code?: string;
  /** The values the message is made of, by name. */
  params?: RuleParams;
}

/** The values a rule's message is made of, by name (for translations). */
export type RuleParams = Readonly<Record<string, string | number>>;

/** What {@link validateRecord} returns. */
export type ValidationResult = { ok: true; record: NormalizedRecord } | { ok: false; errors: FieldError[] };

/** Outcome of one rule: the normalized value or the message that explains why not. */
export type RuleResult<T> = { ok: true; value: T } | { ok: false; message: string; code?: string; params?: RuleParams };
