import type { RecordType, RuleParams } from '../types.js';
import type { ConflictCode, ZoneRecord } from '../conflicts.js';

/**
 * One record of a Domain Connect template, as the public format defines it. Numbers may be
 * given as strings (the format allows a lone variable there, like `"%ttl%"`).
 */
export interface TemplateRecord {
  /** A, AAAA, CNAME, MX, TXT, SRV, NS, the SPFM pseudo-type, or another IANA type name. */
  type: string;
  /** Owner name, relative to the applied `[host.]domain` unless it ends with a dot; `@` or empty for that name itself. */
  host?: string;
  /** SRV's owner name (after `_service._protocol.`), relative like `host`. */
  name?: string;
  /** A, AAAA, CNAME, MX and NS: the address or host name; `@` or empty for `[host.]domain`. */
  pointsTo?: string;
  /** TXT text (and the presentation form of other types). */
  data?: string;
  /** SRV target host name. */
  target?: string;
  /** Time to live in seconds. */
  ttl?: number | string;
  /** MX and SRV priority. */
  priority?: number | string;
  /** SRV weight. */
  weight?: number | string;
  /** SRV port. */
  port?: number | string;
  /** SRV protocol: `_tcp`, `_udp` or `_tls` (the underscore is optional). */
  protocol?: string;
  /** SRV symbolic service name, like `_sip` (the underscore is optional). */
  service?: string;
  /** The group the record belongs to; no variables. */
  groupId?: string;
  /** Template-state hint (`Always` or `OnApply`); ignored here, as PocketDNS keeps no template state. */
  essential?: string;
  /** TXT: which existing TXT records at the same name this one replaces. Default `None`. */
  txtConflictMatchingMode?: 'None' | 'All' | 'Prefix';
  /** TXT with mode `Prefix`: existing TXT records starting with this are replaced. */
  txtConflictMatchingPrefix?: string;
  /** SPFM: the SPF terms to merge, without `v=spf1` and `all`. */
  spfRules?: string;
}

/** A Domain Connect template, as the public format defines it (the fields the planner reads). */
export interface DomainConnectTemplate {
  /** The service provider's id, usually its domain name. */
  providerId: string;
  /** The service provider's name, shown to customers. */
  providerName: string;
  /** The template's id within the provider. */
  serviceId: string;
  /** The service's name, shown to customers. */
  serviceName: string;
  /** Informational version number. */
  version?: number;
  /** Logo of the provider or service. */
  logoUrl?: string;
  /** For developers; not shown to customers. */
  description?: string;
  /** For developers: what the variables are. */
  variableDescription?: string;
  /** The template only works when applied under a sub-domain (`host`). */
  hostRequired?: boolean;
  /** The template may be applied several times (informational here). */
  multiInstance?: boolean;
  /** The template's variables could be abused for phishing: show a warning. */
  warnPhishing?: boolean;
  /** The records to set. */
  records: TemplateRecord[];
}

/** A record of the zone as the planner reads it: our record shape, with the id the API gave it. */
export interface TemplateZoneRecord {
  /** The API's id of the record. */
  id?: string | undefined;
  /** Record type. */
  type: string;
  /** Relative name, `@` for the apex. */
  name: string;
  /** Canonical value (SRV: `weight port target`). */
  value: string;
  /** Time to live in seconds. */
  ttl: number;
  /** MX and SRV only. */
  priority?: number | null | undefined;
}

/** What {@link planTemplate} takes. */
export interface PlanTemplateOptions<Z extends TemplateZoneRecord> {
  /** The domain's current records. */
  zone: readonly Z[];
  /** The zone name, like `example.com`. */
  domain: string;
  /** `''` or `@` for the apex, or a relative sub-name the template is applied under. */
  host?: string | undefined;
  /** The Domain Connect template. */
  template: DomainConnectTemplate;
  /** Variable values; names are case-insensitive. */
  params?: Readonly<Record<string, string>> | undefined;
  /** The groups to apply; all when absent or empty. Records without a group are always applied. */
  groupIds?: readonly string[] | undefined;
}

/** A record the template sets, in our record shape. */
export interface PlannedRecord {
  /** Record type. */
  type: RecordType;
  /** Relative name, `@` for the apex, lower-case punycode. */
  name: string;
  /** Value in our canonical form (SRV: `weight port target`). */
  value: string;
  /** Time to live in seconds. */
  ttl: number;
  /** MX and SRV: the priority; otherwise `null`. */
  priority: number | null;
  /** The template group the record came from. */
  groupId?: string;
}

/**
 * Stable codes of {@link PlanNote}s, so the UI can translate the sentences later.
 * - `replaced-by-cname`: a record removed because the template puts a CNAME at its name.
 * - `cname-removed`: a CNAME removed because the template puts another record at its name.
 * - `address-replaced`: an A or AAAA record replaced by the template's A or AAAA records.
 * - `mx-replaced`, `srv-replaced`: a mail or service record replaced by the template's.
 * - `txt-all-match`, `txt-prefix-match`: a TXT record replaced under the TXT matching mode.
 * - `ns-delegation`: a record at or below a name the template delegates with NS.
 * - `ns-removed`: an NS delegation removed because the template sets a record at or below it.
 * - `spf-merged`: the SPF record rewritten with the template's rules.
 * - `ttl-updated`: a record the template sets already exists with another TTL.
 * - `ttl-adjusted`: the template's TTL was outside the range PocketDNS accepts.
 */
export type PlanNoteCode =
  | 'replaced-by-cname'
  | 'cname-removed'
  | 'address-replaced'
  | 'mx-replaced'
  | 'srv-replaced'
  | 'txt-all-match'
  | 'txt-prefix-match'
  | 'ns-delegation'
  | 'ns-removed'
  | 'spf-merged'
  | 'ttl-updated'
  | 'ttl-adjusted';

/** Why one record of the plan is removed or changed, in a sentence a customer understands. */
export interface PlanNote<Z> {
  /** The zone record (remove, change) or planned record (ttl-adjusted) the note is about. */
  record: PlannedRecord | Z;
  /** Stable code. */
  code: PlanNoteCode;
  /** A full sentence, in English. */
  message: string;
  /** The values the sentence is made of, by name (for translations; see `noteParams`). */
  params?: RuleParams;
}

/** What applying a template would do to a zone. */
export interface TemplatePlan<Z> {
  /** Records to create. */
  add: PlannedRecord[];
  /** Zone records to delete (the same objects that were passed in). */
  remove: Z[];
  /** Zone records rewritten in place (an SPF merge, a TTL update). */
  change: { from: Z; to: PlannedRecord }[];
  /** Records the template sets that are already present exactly. */
  unchanged: PlannedRecord[];
  /**
   * Records PocketDNS would refuse, with the reasons (from `validateRecord` and `checkConflicts`):
   * `reasons` in English, `causes` the same reasons by code, for other languages.
   */
  blocked: { record: PlannedRecord; reasons: string[]; causes: BlockedCause[] }[];
  /** Why each remove and change happens. */
  notes: PlanNote<Z>[];
  /** Nothing to add, change, remove, and nothing blocked: the template is in place. */
  alreadyApplied: boolean;
}

/**
 * Why PocketDNS would refuse a planned record, by a stable code: a rule of `validateRecord`
 * (`source: 'rule'`, the `FieldError` code), a zone conflict of `checkConflicts` (`source:
 * 'conflict'`, a `ConflictCode`, with the records it clashes with), or the planner's own
 * `spf-multiple` (two SPF records at the name; `params` `name` and `count`).
 */
export type BlockedCause =
  | { source: 'rule'; code?: string; message: string; params?: RuleParams }
  | { source: 'conflict'; code: ConflictCode; message: string; records: ZoneRecord[] }
  | { source: 'plan'; code: 'spf-multiple'; message: string; params: RuleParams };
