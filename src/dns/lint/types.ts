import type { ZoneRecord } from '../conflicts.js';

/** How much a finding matters: an error breaks something, a warning likely will, info is advice. */
export type LintSeverity = 'error' | 'warning' | 'info';

/**
 * Every lint code with its severity and a one-line meaning. The codes are stable: partners
 * filter on them, and `docs/lint-codes.md` lists exactly these (a test keeps both in step).
 */
export const LINT_CODES = {
  'spf-multiple': {
    severity: 'error',
    meaning: 'More than one SPF (v=spf1) TXT record at one name; receivers then reject SPF altogether.',
  },
  'spf-syntax': {
    severity: 'error',
    meaning: 'An SPF term is not valid: unknown mechanism, bad qualifier, bad argument, or no space after v=spf1.',
  },
  'spf-unknown-modifier': {
    severity: 'warning',
    meaning: 'An SPF modifier that SPF does not define; receivers ignore it, so it is usually a typo.',
  },
  'spf-all-not-last': { severity: 'warning', meaning: 'Terms after the SPF "all" mechanism are never evaluated.' },
  'spf-redirect-ignored': { severity: 'warning', meaning: 'An SPF record has both "redirect=" and "all"; the redirect is ignored.' },
  'spf-too-many-lookups': {
    severity: 'error',
    meaning: 'The SPF record itself has more than 10 DNS-lookup terms; nested includes may add more.',
  },
  'spf-plus-all': { severity: 'error', meaning: 'SPF "+all" (or a bare "all") lets any server on the internet send mail as the domain.' },
  'spf-ptr': { severity: 'warning', meaning: 'The SPF "ptr" mechanism is deprecated (RFC 7208) and many receivers skip it.' },
  'spf-neutral-all': { severity: 'info', meaning: 'SPF ends in "?all": mail from other servers is neither passed nor failed.' },
  'spf-no-all': { severity: 'info', meaning: 'The SPF record has no "all" and no "redirect=", so other servers get a neutral result.' },
  'dmarc-multiple': { severity: 'error', meaning: 'More than one DMARC record at one _dmarc name; receivers then apply none.' },
  'dmarc-not-first': { severity: 'error', meaning: 'A TXT record at _dmarc does not start with v=DMARC1, so receivers ignore it.' },
  'dmarc-policy': { severity: 'error', meaning: 'The DMARC p= tag is missing or is not none, quarantine or reject.' },
  'dmarc-tag': {
    severity: 'warning',
    meaning: 'A DMARC tag (sp, pct, adkim, aspf, fo, ri, rf) has an invalid value, is repeated or unknown.',
  },
  'dmarc-uri': { severity: 'warning', meaning: 'A DMARC report address (rua, ruf) is not a mailto: URI.' },
  'dmarc-none': { severity: 'info', meaning: 'DMARC p=none only asks for reports; it does not protect against spoofing yet.' },
  'dkim-syntax': {
    severity: 'error',
    meaning: 'A DKIM key record (`<selector>._domainkey`) has a malformed tag list, a bad v=, k=, h= or t=, or no p=.',
  },
  'dkim-key': { severity: 'error', meaning: 'The DKIM p= public key is not valid base64.' },
  'dkim-revoked': { severity: 'info', meaning: 'The DKIM p= tag is empty: the key is revoked and signatures with this selector fail.' },
  'mx-to-cname': { severity: 'warning', meaning: 'An MX record points to a name in the zone that is a CNAME (RFC 2181 §10.3).' },
  'ns-to-cname': { severity: 'error', meaning: 'An NS record points to a name in the zone that is a CNAME (RFC 2181 §10.3).' },
  'dangling-target': { severity: 'warning', meaning: 'An MX, SRV or CNAME record points to a name in this zone that has no records.' },
  'hosted-target': { severity: 'info', meaning: 'A CNAME points to a hosted service; check the service still serves this name.' },
  'invisible-characters': { severity: 'warning', meaning: 'A TXT value contains invisible or text-direction characters.' },
  'homograph-name': { severity: 'warning', meaning: 'A name mixes scripts or looks like another name (IDN homograph).' },
} as const satisfies Record<string, { severity: LintSeverity; meaning: string }>;

/** One of the stable codes of {@link LINT_CODES}. */
export type LintCode = keyof typeof LINT_CODES;

/** One problem or piece of advice about one or more records. */
export interface Finding {
  /** Stable code, for filtering and translation. */
  code: LintCode;
  /** Always the severity {@link LINT_CODES} gives the code. */
  severity: LintSeverity;
  /** The ids of the records concerned, the record to fix first. */
  recordIds: string[];
  /** A sentence a customer understands. */
  message: string;
  /** What to do about it, when there is one thing to do. */
  fix?: string;
  /** The variable parts of the message, so the UI can translate it later. */
  params?: Record<string, string | number>;
}

/** A record as the linter reads it: normalized (see `validateRecord`), with its id. */
export interface LintRecord extends ZoneRecord {
  /** The record's id; findings point to records by it. */
  id: string;
}

/** What every rule gets besides the records. */
export interface LintContext {
  /** The zone, normalized: lower case, punycode, no final dot. */
  zone: string;
}

/** Builds a finding with the severity its code has in {@link LINT_CODES}. */
export function finding(
  code: LintCode,
  recordIds: string[],
  message: string,
  extra: { fix?: string; params?: Record<string, string | number> } = {},
): Finding {
  return { code, severity: LINT_CODES[code].severity, recordIds, message, ...extra };
}
