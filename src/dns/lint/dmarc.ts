import { parseTagList, repeatedTags, shownName, type Tag } from './tags.js';
import { finding, type Finding, type LintRecord } from './types.js';

const POLICIES = ['none', 'quarantine', 'reject'];
const KNOWN_TAGS = new Set(['v', 'p', 'sp', 'pct', 'adkim', 'aspf', 'fo', 'rua', 'ruf', 'ri', 'rf']);
// RFC 7489 §6.4: a mailto: URI with an address, optionally followed by a size limit like !10m.
const REPORT_URI = /^mailto:[^\s@,!]+@[^\s@,!]+\.[^\s@,!]+(![0-9]+[kmgt]?)?$/i;

/** Whether a record sits at a DMARC name: `_dmarc` or `_dmarc.<sub>`. */
const atDmarcName = (record: LintRecord): boolean =>
  record.type === 'TXT' && (record.name === '_dmarc' || record.name.startsWith('_dmarc.'));

/** Why a tag's value is not valid, or undefined when it is (p, rua and ruf have their own codes). */
function tagProblem(tag: Tag): string | undefined {
  const { name, value } = tag;
  switch (name) {
    case 'sp':
      return POLICIES.includes(value.toLowerCase()) ? undefined : 'must be none, quarantine or reject';
    case 'pct':
      return /^\d{1,3}$/.test(value) && Number(value) <= 100 ? undefined : 'must be a whole number from 0 to 100';
    case 'adkim':
    case 'aspf':
      return /^[rs]$/i.test(value) ? undefined : 'must be r (relaxed) or s (strict)';
    case 'fo':
      return /^[01ds](:[01ds])*$/i.test(value) ? undefined : 'must be 0, 1, d or s, separated by colons';
    case 'ri':
      return /^\d+$/.test(value) ? undefined : 'must be a number of seconds';
    case 'rf':
      return /^afrf(:afrf)*$/i.test(value) ? undefined : 'must be afrf';
    default:
      return KNOWN_TAGS.has(name) ? undefined : 'is not a DMARC tag';
  }
}

/** The findings of one DMARC record whose first tag is v=DMARC1. */
function lintOne(record: LintRecord, tags: readonly Tag[], malformed: readonly string[]): Finding[] {
  const ids = [record.id];
  const where = { name: record.name };
  const out: Finding[] = [];
  const policy = tags.find((t) => t.name === 'p');
  if (!policy || !POLICIES.includes(policy.value.toLowerCase())) {
    const message = policy
      ? `The DMARC policy “p=${policy.value}” is not valid; it must be none, quarantine or reject.`
      : 'The DMARC record has no policy (p=), so receivers ignore it.';
    out.push(
      finding('dmarc-policy', ids, message, {
        fix: 'Put p=none, p=quarantine or p=reject right after v=DMARC1.',
        params: { ...where, value: policy?.value ?? '' },
      }),
    );
  } else if (policy.value.toLowerCase() === 'none') {
    out.push(
      finding(
        'dmarc-none',
        ids,
        'DMARC is set to p=none: receivers send reports but still deliver mail that fails the checks, so the domain can still be spoofed.',
        {
          fix: 'Once the reports show all your own mail passing, change to p=quarantine and then p=reject.',
          params: where,
        },
      ),
    );
  }
  for (const piece of malformed) {
    out.push(
      finding('dmarc-tag', ids, `“${piece}” in the DMARC record is not a tag=value pair.`, {
        fix: 'Separate tags with semicolons, like p=reject; rua=mailto:…',
        params: { ...where, tag: piece, kind: 'pair' },
      }),
    );
  }
  for (const name of repeatedTags(tags)) {
    out.push(
      finding('dmarc-tag', ids, `The DMARC tag “${name}” appears more than once.`, {
        fix: 'Keep one of them.',
        params: { ...where, tag: name, kind: 'repeated' },
      }),
    );
  }
  for (const tag of tags) {
    const problem = tag.name === 'v' || tag.name === 'p' || tag.name === 'rua' || tag.name === 'ruf' ? undefined : tagProblem(tag);
    if (problem) {
      out.push(
        finding('dmarc-tag', ids, `The DMARC tag “${tag.name}=${tag.value}” ${problem}.`, {
          params: { ...where, tag: tag.name, value: tag.value, problem, kind: 'value' },
        }),
      );
    }
    if (tag.name === 'rua' || tag.name === 'ruf') {
      for (const uri of tag.value.split(',').map((u) => u.trim())) {
        if (!REPORT_URI.test(uri)) {
          out.push(
            finding(
              'dmarc-uri',
              ids,
              `The DMARC report address “${uri}” in ${tag.name}= is not a mailto: address, so no reports will arrive there.`,
              {
                fix: `Write it as mailto:reports@example.com.`,
                params: { ...where, tag: tag.name, uri },
              },
            ),
          );
        }
      }
    }
  }
  return out;
}

/** DMARC rules: one record per `_dmarc` name, v=DMARC1 first, and each tag's value. */
export function lintDmarc(records: readonly LintRecord[]): Finding[] {
  const out: Finding[] = [];
  const dmarc: LintRecord[] = [];
  const parsed = new Map<string, ReturnType<typeof parseTagList>>();
  for (const record of records.filter(atDmarcName)) {
    const list = parseTagList(record.value);
    const first = list.tags[0];
    const isFirst = first?.name === 'v' && first.value.toUpperCase() === 'DMARC1' && /^\s*v\s*=/i.test(record.value);
    if (isFirst) {
      dmarc.push(record);
      parsed.set(record.id, list);
    } else if (list.tags.some((t) => (t.name === 'v' && t.value.toUpperCase() === 'DMARC1') || t.name === 'p')) {
      out.push(
        finding(
          'dmarc-not-first',
          [record.id],
          `The DMARC record at ${shownName(record.name)} does not start with “v=DMARC1”, so receivers ignore it.`,
          {
            fix: 'Start the record with v=DMARC1; followed by the other tags.',
            params: { name: record.name },
          },
        ),
      );
    }
  }
  const byName = new Map<string, LintRecord[]>();
  for (const record of dmarc) byName.set(record.name, [...(byName.get(record.name) ?? []), record]);
  for (const [name, group] of byName) {
    if (group.length > 1) {
      out.push(
        finding(
          'dmarc-multiple',
          group.map((r) => r.id),
          `${name} has ${group.length} DMARC records; receivers then apply none of them.`,
          {
            fix: 'Keep one DMARC record and delete the others.',
            params: { name, count: group.length },
          },
        ),
      );
    }
  }
  for (const record of dmarc) {
    const list = parsed.get(record.id);
    if (list) out.push(...lintOne(record, list.tags, list.malformed));
  }
  return out;
}
