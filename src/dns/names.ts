import { decodePunycode } from './punycode.js';
import { fail, pass } from './result.js';
import { LABEL_MAX_OCTETS, NAME_MAX_OCTETS, type RuleParams, type RuleResult } from './types.js';

// Full stops that IDNA treats as label separators (ideographic, fullwidth, halfwidth).
const IDN_DOTS = /[\u3002\uff0e\uff61]/g;
// eslint-disable-next-line no-control-regex -- matching the ASCII range on purpose
const NON_ASCII = /[^\u0000-\u007f]/;
const ASCII_LABEL_CHAR = /[a-z0-9_-]/;
const WHITESPACE = /\s/;

/** Where a name stands decides whether `*` and `@` are allowed. */
type NameRole = 'owner' | 'target';

/** Shows a character that a customer could not see or type (control, space) as U+XXXX. */
function describeChar(ch: string): string {
  const code = ch.codePointAt(0) ?? 0;
  return code < 0x21 || code === 0x7f ? `U+${code.toString(16).toUpperCase().padStart(4, '0')}` : `“${ch}”`;
}

/** What is wrong with a label, by the rules' code; {@link labelMessage} words it. */
interface LabelProblem {
  code: string;
  params?: RuleParams;
}

const problem = (code: string, params?: RuleParams): LabelProblem => (params ? { code, params } : { code });

/**
 * Converts one label to its ASCII form, or says what is wrong with it (by code: the words are
 * kept apart so that showing a name does not carry them). Non-ASCII labels go through the
 * platform's WHATWG URL parser, which applies the full UTS-46 mapping and punycode in both Node
 * and browsers, so we carry no IDNA tables of our own.
 */
function asciiLabel(label: string): string | LabelProblem {
  const lower = label.toLowerCase();
  for (const ch of lower) {
    if (!NON_ASCII.test(ch) && !ASCII_LABEL_CHAR.test(ch) && ch !== '*') return problem('name.badChar', { char: describeChar(ch) });
  }
  if (!NON_ASCII.test(lower)) return lower;
  if (lower.includes('*')) return problem('name.asteriskAlone');
  const suffix = '.invalid';
  let host = '';
  try {
    host = new URL(`http://${lower}${suffix}`).hostname;
  } catch {
    // Reported below, as an empty result.
  }
  const ascii = host.slice(0, -suffix.length);
  return ascii.includes('.') || ascii.length === 0 ? problem('name.invalidLabel', { label }) : ascii;
}

/** Checks one ASCII label against the asterisk, length and hyphen rules. */
function labelProblem(ascii: string, original: string, index: number, role: NameRole): LabelProblem | undefined {
  if (ascii.includes('*')) {
    if (role === 'target') return problem('host.asterisk');
    if (ascii !== '*') return problem('name.asteriskAloneLike');
    return index === 0 ? undefined : problem('name.asteriskFirst');
  }
  if (ascii.length > LABEL_MAX_OCTETS) {
    const shown = original === ascii ? `“${original}”` : `“${original}” (${ascii} in DNS)`;
    return problem('name.labelTooLong', { label: shown, length: ascii.length, max: LABEL_MAX_OCTETS });
  }
  if (ascii.startsWith('-') || ascii.endsWith('-')) return problem('name.hyphen', { label: original });
  return undefined;
}

/** A dotted name (already trimmed, final dot removed) as checked ASCII labels, or its first problem. */
function asciiLabels(name: string, role: NameRole): string[] | LabelProblem {
  const out: string[] = [];
  for (const [index, label] of name.split('.').entries()) {
    if (label === '') return problem('name.emptyLabel');
    const ascii = asciiLabel(label);
    if (typeof ascii !== 'string') return ascii;
    const wrong = labelProblem(ascii, label, index, role);
    if (wrong) return wrong;
    out.push(ascii);
  }
  return out;
}

/** The words for a label's problem. */
function labelMessage({ code, params = {} }: LabelProblem): string {
  const p = (key: string): string => String(params[key]);
  switch (code) {
    case 'name.badChar':
      return `${p('char')} cannot be used in a DNS name. Use letters, digits, hyphens (-) and underscores (_).`;
    case 'name.asteriskAlone':
      return 'An asterisk (*) must stand alone as a whole part of a name.';
    case 'name.invalidLabel':
      return `“${p('label')}” contains characters that cannot be used in a domain name.`;
    case 'host.asterisk':
      return 'A host name cannot contain an asterisk (*).';
    case 'name.asteriskFirst':
      return 'An asterisk (*) can only be the first part of a name, like * or *.shop.';
    case 'name.asteriskAloneLike':
      return 'An asterisk (*) must stand alone as a whole part of a name, like *.shop.';
    case 'name.labelTooLong':
      return `${p('label')} is ${p('length')} characters long; each part of a name can have at most ${p('max')}.`;
    case 'name.hyphen':
      return `“${p('label')}” cannot start or end with a hyphen.`;
    default:
      return 'The name has an empty part: check for two dots in a row or a dot at the start.';
  }
}

/** {@link asciiLabels} as a rule result, with the problem's words. */
function toAsciiLabels(name: string, role: NameRole): RuleResult<string[]> {
  const labels = asciiLabels(name, role);
  return Array.isArray(labels) ? pass(labels) : fail(labelMessage(labels), labels.code, labels.params);
}

/** Shows a punycode name in Unicode, for people. Labels that are not valid punycode stay as they are. */
export function toUnicodeName(name: string): string {
  if (!name.includes('xn--')) return name;
  return name
    .split('.')
    .map((label) => {
      if (!label.toLowerCase().startsWith('xn--')) return label;
      const unicode = decodePunycode(label.slice(4));
      if (unicode === undefined || unicode === '') return label;
      // Show only what IDNA would encode back to this very label: no control characters,
      // nothing disallowed or unnormalized slips onto the screen.
      return asciiLabel(unicode) === label.toLowerCase() ? unicode : label;
    })
    .join('.');
}

/** A zone name as {@link normalizeZone} writes it, or its problem ('' when empty). */
function zoneLabels(zone: string): string[] | LabelProblem | '' {
  const trimmed = zone.trim().replace(IDN_DOTS, '.').replace(/\.$/, '');
  return trimmed === '' ? '' : asciiLabels(trimmed, 'target');
}

/**
 * Normalizes a zone (domain) name: lower case, punycode, no final dot.
 * @throws TypeError when the zone is not a valid domain name: a programming error, not a customer's.
 */
export function normalizeZone(zone: string): string {
  const labels = zoneLabels(zone);
  if (!Array.isArray(labels)) throw new TypeError(`“${zone}” is not a valid zone name: ${labels === '' ? 'empty' : labelMessage(labels)}`);
  return labels.join('.');
}

/** {@link normalizeZone}'s answer, or undefined for a name that is not a valid zone name (without saying why). */
export function zoneName(zone: string): string | undefined {
  const labels = zoneLabels(zone);
  return Array.isArray(labels) ? labels.join('.') : undefined;
}

/** The fully qualified name of a relative name, without the final dot (`@` gives the zone). */
export function fullName(relative: string, zone: string): string {
  return relative === '@' || relative === '' ? zone : `${relative}.${zone}`;
}

/**
 * Parses the name of a record, relative to `zone` (already normalized).
 * `@` or nothing is the apex; a name ending in the zone (`www.example.com`, with or without
 * the final dot) is taken as the full name and made relative, as customers often type it so.
 */
export function parseRecordName(raw: string, zone: string): RuleResult<string> {
  const trimmed = raw.trim();
  if (trimmed === '' || trimmed === '@') return pass('@');
  if (WHITESPACE.test(trimmed)) return fail('A name cannot contain spaces.', 'name.spaces');
  let name = trimmed.replace(IDN_DOTS, '.');
  const absolute = name.endsWith('.');
  if (absolute) name = name.slice(0, -1);
  const labels = toAsciiLabels(name, 'owner');
  if (!labels.ok) return labels;
  let ascii = labels.value.join('.');
  if (ascii === zone) return pass('@');
  if (ascii.endsWith(`.${zone}`)) {
    ascii = ascii.slice(0, -(zone.length + 1));
  } else if (absolute) {
    const shownZone = toUnicodeName(zone);
    return fail(`The name ${trimmed} is not inside ${shownZone}. Enter a name relative to ${shownZone}, like www.`, 'name.outsideZone', {
      name: trimmed,
      zone: shownZone,
    });
  }
  const full = fullName(ascii, zone);
  if (full.length > NAME_MAX_OCTETS) {
    return fail(`The full name is ${full.length} characters long; the limit is ${NAME_MAX_OCTETS}.`, 'name.tooLong', {
      length: full.length,
      max: NAME_MAX_OCTETS,
    });
  }
  return pass(ascii);
}

/**
 * Parses a host name that a record points to (CNAME, MX, NS and SRV targets): lower case,
 * punycode, final dot removed. `@` stands for the zone itself.
 */
export function parseHostTarget(raw: string, zone: string): RuleResult<string> {
  const trimmed = raw.trim();
  if (trimmed === '') return fail('Enter a host name, like mail.example.com.', 'host.empty');
  if (trimmed === '@') return pass(zone);
  if (WHITESPACE.test(trimmed)) return fail('A host name cannot contain spaces.', 'host.spaces');
  if (trimmed.includes(':')) return fail('This must be a host name, not an IP address.', 'host.ip');
  const name = trimmed.replace(IDN_DOTS, '.').replace(/\.$/, '');
  const labels = toAsciiLabels(name, 'target');
  if (!labels.ok) return labels;
  const [first, ...rest] = labels.value;
  if (rest.length === 0) {
    const example = `${trimmed}.${toUnicodeName(zone)}`;
    return fail(`Enter the full host name, like ${example}.`, 'host.full', { example });
  }
  if (/^\d+$/.test(rest[rest.length - 1] ?? '')) {
    return fail('This must be a host name, not an IP address.', 'host.ip');
  }
  const ascii = [first, ...rest].join('.');
  if (ascii.length > NAME_MAX_OCTETS) {
    return fail(`The host name is ${ascii.length} characters long; the limit is ${NAME_MAX_OCTETS}.`, 'host.tooLong', {
      length: ascii.length,
      max: NAME_MAX_OCTETS,
    });
  }
  return pass(ascii);
}
