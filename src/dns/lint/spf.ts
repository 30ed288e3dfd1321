import { parseRecordValue } from '../values.js';
import { shownName } from './tags.js';
import { finding, type Finding, type LintRecord } from './types.js';

/** RFC 7208 §4.6.4: more DNS-querying terms than this make SPF a permanent error. */
export const SPF_LOOKUP_LIMIT = 10;

const SPF_START = /^v=spf1(\s|$)/i;
const SPF_GLUED = /^v=spf1\S/i;
const MECHANISMS = new Set(['all', 'include', 'a', 'mx', 'ptr', 'ip4', 'ip6', 'exists']);
const LOOKUP_TERMS = new Set(['include', 'a', 'mx', 'ptr', 'exists', 'redirect']);
const MODIFIER = /^([a-z][a-z0-9_.-]*)=(.*)$/i;
const MECHANISM = /^([+\-~?]?)([a-z][a-z0-9_.-]*)(.*)$/i;
// A domain-spec: visible ASCII (macros such as %{i} included), no slash, at least one dot or macro.
const DOMAIN_SPEC = /^[\x21-\x2e\x30-\x7e]*(\.|%\{)[\x21-\x2e\x30-\x7e]*$/;
const CIDR4 = /^\/(\d{1,2})$/;
const DUAL_CIDR = /^(?:\/(\d{1,2}))?(?:\/\/(\d{1,3}))?$/;

/** Whether a TXT value is an SPF record (or was meant to be one: `v=spf1` without its space). */
export const isSpf = (record: LintRecord): boolean =>
  record.type === 'TXT' && (SPF_START.test(record.value) || SPF_GLUED.test(record.value));

/** What one SPF term says, or why it is not valid. */
type Term =
  | { kind: 'mechanism'; qualifier: string; name: string; text: string }
  | { kind: 'modifier'; name: string; text: string }
  | { kind: 'invalid'; text: string; problem: string };

const validIp = (value: string, type: 'A' | 'AAAA'): boolean => parseRecordValue(value, type, 'invalid').ok;

/** Why a domain-spec is not valid, or undefined. */
const domainProblem = (domain: string): string | undefined =>
  DOMAIN_SPEC.test(domain) ? undefined : domain === '' ? 'a domain must follow the colon' : `“${domain}” is not a domain name`;

/** Checks the argument after a mechanism's name (`:domain`, `/cidr`, `:ip/cidr`); a problem or undefined. */
function argumentProblem(name: string, rest: string): string | undefined {
  const domainAndCidr = /^(?::([^/]*))?(.*)$/.exec(rest);
  const domain = domainAndCidr?.[1];
  const cidr = domainAndCidr?.[2] ?? '';
  switch (name) {
    case 'all':
      return rest === '' ? undefined : '“all” takes no argument';
    case 'include':
    case 'exists':
      if (domain === undefined || cidr !== '') return `“${name}” needs a domain, like ${name}:_spf.example.com`;
      return domainProblem(domain);
    case 'ptr':
      if (cidr !== '') return '“ptr” takes no prefix length';
      return domain === undefined ? undefined : domainProblem(domain);
    case 'a':
    case 'mx': {
      const problem = domain === undefined ? undefined : domainProblem(domain);
      if (problem) return problem;
      const lengths = DUAL_CIDR.exec(cidr);
      if (!lengths || Number(lengths[1] ?? 0) > 32 || Number(lengths[2] ?? 0) > 128) return `“${cidr}” is not a valid prefix length`;
      return undefined;
    }
    case 'ip4':
    case 'ip6': {
      const match = /^:([^/]+)(\/\d+)?$/.exec(rest);
      const max = name === 'ip4' ? 32 : 128;
      if (!match?.[1] || !validIp(match[1], name === 'ip4' ? 'A' : 'AAAA'))
        return `“${name}” needs an IP${name === 'ip4' ? 'v4' : 'v6'} address`;
      const prefix = match[2] ? Number(match[2].slice(1)) : 0;
      return prefix > max || (name === 'ip4' && match[2] !== undefined && !CIDR4.test(match[2]))
        ? `“${match[2] ?? ''}” is not a valid prefix length`
        : undefined;
    }
    default:
      return undefined;
  }
}

/** Reads one term of an SPF record. */
function readTerm(text: string): Term {
  const modifier = MODIFIER.exec(text);
  if (modifier?.[1]) return { kind: 'modifier', name: modifier[1].toLowerCase(), text };
  const mechanism = MECHANISM.exec(text);
  if (!mechanism) {
    return /^[^a-z0-9]/i.test(text)
      ? { kind: 'invalid', text, problem: `“${text.charAt(0)}” is not a qualifier; use +, -, ~ or ?` }
      : { kind: 'invalid', text, problem: 'it is not a mechanism or a modifier' };
  }
  const [, qualifier = '', rawName = '', rest = ''] = mechanism;
  const name = rawName.toLowerCase();
  if (!MECHANISMS.has(name)) return { kind: 'invalid', text, problem: `“${rawName}” is not an SPF mechanism` };
  const problem = argumentProblem(name, rest);
  return problem ? { kind: 'invalid', text, problem } : { kind: 'mechanism', qualifier: qualifier || '+', name, text };
}

/** The findings of one SPF record on its own. */
function lintOne(record: LintRecord): Finding[] {
  const ids = [record.id];
  const where = { name: record.name };
  if (SPF_GLUED.test(record.value)) {
    return [
      finding(
        'spf-syntax',
        ids,
        `The SPF record at ${shownName(record.name)} has no space after “v=spf1”, so receivers do not read it as SPF.`,
        {
          fix: 'Put a space after v=spf1.',
          params: { ...where, term: record.value.slice(0, 12) },
        },
      ),
    ];
  }
  const out: Finding[] = [];
  const terms = record.value.trim().split(/\s+/).slice(1).map(readTerm);
  for (const term of terms) {
    if (term.kind === 'invalid') {
      out.push(
        finding('spf-syntax', ids, `The SPF term “${term.text}” is not valid: ${term.problem}.`, {
          fix: 'Correct or remove this term; receivers treat the whole SPF record as broken.',
          params: { ...where, term: term.text, problem: term.problem },
        }),
      );
    }
  }
  const modifiers = terms.filter((t) => t.kind === 'modifier');
  const mechanisms = terms.filter((t) => t.kind === 'mechanism');
  for (const name of ['redirect', 'exp']) {
    if (modifiers.filter((m) => m.name === name).length > 1) {
      out.push(
        finding('spf-syntax', ids, `The SPF record has “${name}=” more than once; it may appear only once.`, {
          params: { ...where, term: `${name}=` },
        }),
      );
    }
  }
  for (const modifier of modifiers) {
    if (modifier.name !== 'redirect' && modifier.name !== 'exp') {
      out.push(
        finding('spf-unknown-modifier', ids, `“${modifier.text}” is not an SPF modifier; receivers ignore it.`, {
          fix: 'Check the spelling, or remove it.',
          params: { ...where, term: modifier.text },
        }),
      );
    }
  }
  const allIndex = terms.findIndex((t) => t.kind === 'mechanism' && t.name === 'all');
  const all = mechanisms.find((t) => t.name === 'all');
  const after = terms.slice(allIndex + 1).filter((t) => t.kind === 'mechanism');
  if (allIndex >= 0 && after.length > 0) {
    out.push(
      finding(
        'spf-all-not-last',
        ids,
        `In the SPF record, “${after.map((t) => t.text).join(' ')}” comes after “all” and is never checked.`,
        {
          fix: 'Move “all” to the end.',
          params: { ...where, terms: after.map((t) => t.text).join(' ') },
        },
      ),
    );
  }
  const redirect = modifiers.find((m) => m.name === 'redirect');
  if (redirect && all) {
    out.push(
      finding('spf-redirect-ignored', ids, `The SPF record has both “${all.text}” and “${redirect.text}”; receivers ignore the redirect.`, {
        fix: 'Keep either the redirect or the all mechanism.',
        params: where,
      }),
    );
  }
  const lookups = terms.filter((t) => t.kind !== 'invalid' && LOOKUP_TERMS.has(t.name)).length;
  if (lookups > SPF_LOOKUP_LIMIT) {
    out.push(
      finding(
        'spf-too-many-lookups',
        ids,
        `The SPF record makes ${lookups} DNS lookups itself (the limit is ${SPF_LOOKUP_LIMIT}), and each include may add more; receivers will reject SPF.`,
        {
          fix: 'Replace some include, a or mx terms with ip4 or ip6 ranges, or remove services you no longer use.',
          params: { ...where, lookups, limit: SPF_LOOKUP_LIMIT },
        },
      ),
    );
  }
  if (all?.qualifier === '+') {
    out.push(
      finding('spf-plus-all', ids, `“${all.text}” lets any server on the internet send mail as this domain.`, {
        fix: 'Use “~all” (soft fail) or “-all” (fail) instead.',
        params: where,
      }),
    );
  }
  if (mechanisms.some((t) => t.name === 'ptr')) {
    out.push(
      finding('spf-ptr', ids, 'The SPF “ptr” mechanism is deprecated and many receivers skip it.', {
        fix: 'Replace ptr with the ip4, ip6, a or include terms of your mail servers.',
        params: where,
      }),
    );
  }
  if (all?.qualifier === '?') {
    out.push(
      finding(
        'spf-neutral-all',
        ids,
        '“?all” makes SPF neutral: receivers neither accept nor reject mail from other servers because of it.',
        {
          fix: 'When every server that sends your mail is listed, change it to “~all” or “-all”.',
          params: where,
        },
      ),
    );
  }
  if (!all && !redirect) {
    out.push(
      finding('spf-no-all', ids, 'The SPF record does not end in “all”, so mail from servers it does not list gets a neutral result.', {
        fix: 'Add “~all” or “-all” at the end.',
        params: where,
      }),
    );
  }
  return out;
}

/** SPF rules: one SPF record per name, and each record's syntax and policy. */
export function lintSpf(records: readonly LintRecord[]): Finding[] {
  const spf = records.filter(isSpf);
  const out: Finding[] = [];
  const byName = new Map<string, LintRecord[]>();
  for (const record of spf) byName.set(record.name, [...(byName.get(record.name) ?? []), record]);
  for (const [name, group] of byName) {
    if (group.length > 1) {
      out.push(
        finding(
          'spf-multiple',
          group.map((r) => r.id),
          `${shownName(name)} has ${group.length} SPF records; receivers then reject SPF for all your mail.`,
          {
            fix: 'Merge them into one record: one v=spf1, the terms of each, and one all at the end.',
            params: { name, count: group.length },
          },
        ),
      );
    }
  }
  for (const record of spf) out.push(...lintOne(record));
  return out;
}
