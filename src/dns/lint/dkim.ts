import { parseTagList, repeatedTags } from './tags.js';
import { finding, type Finding, type LintRecord } from './types.js';

// The selector is whatever comes before `._domainkey`; a subdomain may follow.
const DKIM_NAME = /^(.+)\._domainkey(\.|$)/;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/** Why a known tag's value is not valid, or undefined. Unknown tags are ignored (RFC 6376 §3.6.1). */
function tagProblem(name: string, value: string): string | undefined {
  switch (name) {
    case 'v':
      return value === 'DKIM1' ? undefined : 'must be DKIM1';
    case 'k':
      return /^(rsa|ed25519)$/i.test(value) ? undefined : 'must be rsa or ed25519';
    case 'h':
      return /^(sha1|sha256)(\s*:\s*(sha1|sha256))*$/i.test(value) ? undefined : 'must list sha256 or sha1, separated by colons';
    case 's':
      return /^(\*|email)(\s*:\s*(\*|email))*$/i.test(value) ? undefined : 'must be * or email';
    case 't':
      return /^[ys](\s*:\s*[ys])*$/i.test(value) ? undefined : 'must be y or s, separated by colons';
    default:
      return undefined;
  }
}

/** The findings of one DKIM key record. */
function lintOne(record: LintRecord, selector: string): Finding[] {
  const ids = [record.id];
  const where = { name: record.name, selector };
  const { tags, malformed } = parseTagList(record.value);
  const out: Finding[] = [];
  const syntax = (message: string, fix?: string, extra: Record<string, string> = {}): void => {
    out.push(finding('dkim-syntax', ids, message, { ...(fix ? { fix } : {}), params: { ...where, ...extra } }));
  };
  for (const piece of malformed)
    syntax(
      `“${piece}” in the DKIM key of selector ${selector} is not a tag=value pair.`,
      'Separate tags with semicolons, like v=DKIM1; k=rsa; p=…',
      { tag: piece, kind: 'pair' },
    );
  for (const name of repeatedTags(tags))
    syntax(`The DKIM tag “${name}” appears more than once in selector ${selector}.`, 'Keep one of them.', { tag: name, kind: 'repeated' });
  const version = tags.findIndex((t) => t.name === 'v');
  if (version > 0)
    syntax(`In the DKIM key of selector ${selector}, v=DKIM1 must come first.`, 'Move v=DKIM1 to the start.', {
      tag: 'v',
      kind: 'version',
    });
  for (const tag of tags) {
    const problem = tagProblem(tag.name, tag.value);
    if (problem)
      syntax(`The DKIM tag “${tag.name}=${tag.value}” of selector ${selector} ${problem}.`, undefined, {
        tag: tag.name,
        value: tag.value,
        problem,
        kind: 'value',
      });
  }
  const key = tags.find((t) => t.name === 'p');
  if (!key) {
    syntax(
      `The DKIM record of selector ${selector} has no public key (p=), so signatures cannot be checked.`,
      'Copy the whole record your mail provider gives, including p=.',
      { kind: 'noKey' },
    );
    return out;
  }
  // Long keys are split into several strings; white space inside the value is allowed.
  const base64 = key.value.replace(/\s+/g, '');
  if (base64 === '') {
    out.push(
      finding(
        'dkim-revoked',
        ids,
        `The DKIM key of selector ${selector} is empty, which means it is revoked: mail signed with it fails DKIM.`,
        {
          fix: 'If you still send mail with this selector, put the current key from your mail provider in p=.',
          params: where,
        },
      ),
    );
  } else if (!BASE64.test(base64) || base64.length % 4 !== 0) {
    out.push(
      finding('dkim-key', ids, `The DKIM public key of selector ${selector} is not valid base64, so signatures cannot be checked.`, {
        fix: 'Copy the key again from your mail provider, without quotes or line breaks.',
        params: where,
      }),
    );
  }
  return out;
}

/** DKIM rules: the tag syntax and key of each `<selector>._domainkey` TXT record. */
export function lintDkim(records: readonly LintRecord[]): Finding[] {
  const out: Finding[] = [];
  for (const record of records) {
    const selector = record.type === 'TXT' ? DKIM_NAME.exec(record.name)?.[1] : undefined;
    // Only records that look like tag lists: other TXT at a selector (verification tokens) are not keys.
    if (selector !== undefined && record.value.includes('=')) out.push(...lintOne(record, selector));
  }
  return out;
}
