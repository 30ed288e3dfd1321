import { toUnicodeName } from '../names.js';
import type { PlanNoteCode, PlannedRecord } from './types.js';

/** What a note's sentence needs: the record concerned, the planned record behind it, the provider. */
export interface NoteSubject {
  /** Type, name and value of the record the note is about. */
  record: { type: string; name: string; value: string; ttl?: number };
  /** The template's record that causes it. */
  planned: PlannedRecord;
  /** The provider's name, as customers know it. */
  provider: string;
  /** TXT prefix mode: the prefix. */
  prefix?: string;
  /** TTL notes: the TTL before (or the one the template asked for). */
  ttl?: number;
}

const shown = (name: string): string => (name === '@' ? 'the domain itself' : toUnicodeName(name));

// Record types are read letter by letter: "an A", "an MX", "an SRV", but "a CNAME", "a TXT".
const withArticle = (type: string): string => `${/^[AEFHILMNORSX]/.test(type) ? 'an' : 'a'} ${type}`;

/**
 * The values a note's sentence is made of, for translations: the record's `type`, `name` (`@`
 * for the apex, else Unicode) and `value`, the `provider`, the planned record's `plannedType`,
 * `plannedName` and `plannedTtl`, and `ttl` and `prefix` where the note has them.
 */
export function noteParams(subject: NoteSubject): Readonly<Record<string, string | number>> {
  const { record, planned, provider } = subject;
  const name = (n: string): string => (n === '@' ? '@' : toUnicodeName(n));
  return {
    type: record.type,
    name: name(record.name),
    value: record.value,
    provider,
    plannedType: planned.type,
    plannedName: name(planned.name),
    plannedTtl: planned.ttl,
    ...(subject.ttl === undefined ? {} : { ttl: subject.ttl }),
    ...(subject.prefix === undefined ? {} : { prefix: subject.prefix }),
  };
}

/** The sentence a customer reads for a note with `code`. */
export function noteMessage(code: PlanNoteCode, subject: NoteSubject): string {
  const { record, planned, provider } = subject;
  const name = shown(record.name);
  switch (code) {
    case 'replaced-by-cname':
      return `Replaces the ${record.type} record for ${name} because ${provider} needs a CNAME there.`;
    case 'cname-removed':
      return `Removes the CNAME for ${name} (to ${record.value}) because ${provider} needs ${withArticle(planned.type)} record there, and a CNAME must be the only record at its name.`;
    case 'address-replaced':
      return `Replaces the ${record.type} record ${record.value} for ${name} because ${provider} points it to its own address.`;
    case 'mx-replaced':
      return `Replaces the mail server ${record.value} for ${name} because ${provider} receives the mail there.`;
    case 'srv-replaced':
      return `Replaces the SRV record ${record.value} for ${name} because ${provider} sets its own.`;
    case 'txt-all-match':
      return `Replaces the TXT record for ${name} because ${provider} must have the only TXT record there.`;
    case 'txt-prefix-match':
      return `Replaces the TXT record for ${name} that starts with “${subject.prefix ?? ''}” because ${provider} sets a new one.`;
    case 'ns-delegation':
      return `Removes the ${record.type} record for ${name} because ${provider} delegates ${shown(planned.name)} to its own name servers.`;
    case 'ns-removed':
      return `Removes the delegation of ${name} to ${record.value} because ${provider} sets records at ${shown(planned.name)}.`;
    case 'spf-merged':
      return `Adds ${provider}’s mail senders to the SPF record for ${name}, keeping the senders already there.`;
    case 'ttl-updated':
      return `Changes the TTL of the ${record.type} record for ${name} from ${subject.ttl ?? '?'} to ${planned.ttl} seconds, as ${provider} asks.`;
    case 'ttl-adjusted':
      return `${provider} asks for a TTL of ${subject.ttl ?? '?'} seconds for the ${record.type} record for ${name}; PocketDNS uses ${planned.ttl}, the nearest it supports.`;
  }
}
