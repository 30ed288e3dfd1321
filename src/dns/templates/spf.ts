/**
 * SPF merging for the SPFM pseudo-record: the template's rules join the SPF record already at
 * the name, or make a new one. Where both name a rule with different qualifiers, the least
 * restrictive wins, as the specification asks (`+` over `?` over `~` over `-`).
 */

const SPF_START = /^v=spf1(\s|$)/i;
const ALL_TERM = /^[+?~-]?all$/i;
const MODIFIER = /^[a-z][a-z0-9_.-]*=/i;
// Lower is less restrictive.
const STRICTNESS: Readonly<Record<string, number>> = { '+': 0, '?': 1, '~': 2, '-': 3 };
/** The `all` qualifier Domain Connect fixes for merged and new records: soft fail. */
const DC_ALL = '~';

/** The value is an SPF record (`v=spf1` followed by terms). */
export function isSpf(value: string): boolean {
  return SPF_START.test(value.trim());
}

function split(term: string): { qualifier: string; body: string } {
  const first = term.charAt(0);
  return first in STRICTNESS ? { qualifier: first, body: term.slice(1) } : { qualifier: '', body: term };
}

const strictness = (qualifier: string): number => STRICTNESS[qualifier === '' ? '+' : qualifier] ?? 0;

/** A new SPF record holding `rules`, closed with Domain Connect's `~all`. */
export function newSpf(rules: string): string {
  return mergeSpf('v=spf1', rules, true);
}

/**
 * Merges `rules` (SPF terms without `v=spf1` and `all`) into the SPF record `existing`.
 * New mechanisms go after the existing ones and before `all`; modifiers (`redirect=`,
 * `exp=`) stay last. The `all` term becomes the less restrictive of the existing one and
 * `~all`; a record without `all` gets none (its default is neutral, already the least strict).
 * @param closeWithAll - add `~all` when the record has none (for new records).
 */
export function mergeSpf(existing: string, rules: string, closeWithAll = false): string {
  const terms = existing.trim().split(/\s+/).slice(1);
  const mechanisms = terms.filter((t) => !ALL_TERM.test(t) && !MODIFIER.test(t));
  const modifiers = terms.filter((t) => MODIFIER.test(t));
  const all = terms.find((t) => ALL_TERM.test(t));
  for (const term of rules.trim().split(/\s+/)) {
    if (term === '' || ALL_TERM.test(term) || isSpf(term)) continue;
    if (MODIFIER.test(term)) {
      const key = term.slice(0, term.indexOf('=') + 1).toLowerCase();
      if (!modifiers.some((m) => m.toLowerCase().startsWith(key))) modifiers.push(term);
      continue;
    }
    const added = split(term);
    const at = mechanisms.findIndex((m) => split(m).body.toLowerCase() === added.body.toLowerCase());
    const current = at === -1 ? undefined : mechanisms[at];
    if (current === undefined) mechanisms.push(term);
    else if (strictness(added.qualifier) < strictness(split(current).qualifier)) mechanisms[at] = term;
  }
  let closing: string | undefined;
  if (all !== undefined) {
    const qualifier = split(all).qualifier;
    closing = strictness(qualifier) <= strictness(DC_ALL) ? all : `${DC_ALL}all`;
  } else if (closeWithAll) {
    closing = `${DC_ALL}all`;
  }
  return ['v=spf1', ...mechanisms, ...(closing === undefined ? [] : [closing]), ...modifiers].join(' ');
}
