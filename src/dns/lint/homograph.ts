// How to show an internationalized name, apart from the lint rule built on it
// (homograph-lint.ts): the records table shows names from the first paint, and must not load
// the linter to do so.
import { toUnicodeName } from '../names.js';

/** Why a name should be shown with its punycode beside it. */
export type HomographReason = 'mixed-script' | 'whole-script-confusable';

/** How to show a name to people: see {@link displayName}. */
export interface DisplayName {
  /** The name as stored: punycode. */
  ascii: string;
  /** The name in Unicode, for reading (equal to `ascii` when there is nothing to decode). */
  unicode: string;
  /** True when the Unicode form could pass for another name: show `ascii` beside it. */
  showPunycode: boolean;
  /** Why, when `showPunycode` is true. */
  reason?: HomographReason;
  /** The Latin name it imitates, when every character has a Latin look-alike (e.g. `apple`). */
  lookalike?: string;
}

// Scripts told apart; letters of any other script count as "Other" (one script of their own).
const SCRIPTS = [
  'Latin',
  'Cyrillic',
  'Greek',
  'Armenian',
  'Georgian',
  'Hebrew',
  'Arabic',
  'Devanagari',
  'Thai',
  'Han',
  'Hiragana',
  'Katakana',
  'Hangul',
  'Bopomofo',
];
const SCRIPT_PATTERNS = SCRIPTS.map((name) => ({ name, pattern: new RegExp(`\\p{Script=${name}}`, 'u') }));
const NEUTRAL = /[\p{Script=Common}\p{Script=Inherited}]/u;
// Like Chromium's IDN policy: Latin may mix with the scripts a CJK language writes together.
const ALLOWED_MIXES = [
  new Set(['Latin', 'Han', 'Hiragana', 'Katakana']),
  new Set(['Latin', 'Han', 'Bopomofo']),
  new Set(['Latin', 'Han', 'Hangul']),
];
// Letters of other scripts (and Latin variants) that read as a plain Latin letter.
const LATIN_LOOKALIKES: Record<string, string> = {
  а: 'a',
  в: 'b',
  е: 'e',
  һ: 'h',
  і: 'i',
  ј: 'j',
  к: 'k',
  ӏ: 'l',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  ԛ: 'q',
  с: 'c',
  ѕ: 's',
  т: 't',
  у: 'y',
  х: 'x',
  ԁ: 'd',
  ԝ: 'w',
  ү: 'y',
  ё: 'e',
  ї: 'i',
  α: 'a',
  β: 'b',
  ε: 'e',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
  ω: 'w',
  ս: 'u',
  օ: 'o',
  ց: 'g',
  հ: 'h',
  ո: 'n',
  ı: 'i',
  ɑ: 'a',
  ɡ: 'g',
  ʏ: 'y',
  ḷ: 'l',
  ŀ: 'l',
};

/** The scripts of a label's letters; digits, hyphens and combining marks belong to none. */
function scriptsOf(label: string): Set<string> {
  const found = new Set<string>();
  for (const ch of label) {
    if (NEUTRAL.test(ch)) continue;
    found.add(SCRIPT_PATTERNS.find((s) => s.pattern.test(ch))?.name ?? 'Other');
  }
  return found;
}

/** The Latin text a label reads as, when every letter has a Latin look-alike; otherwise undefined. */
function latinSkeleton(label: string): string | undefined {
  let out = '';
  for (const ch of label) {
    if (/[a-z0-9-]/.test(ch)) out += ch;
    else if (LATIN_LOOKALIKES[ch] !== undefined) out += LATIN_LOOKALIKES[ch];
    else return undefined;
  }
  return out;
}

/** Why one Unicode label is unsafe to show alone, given the script of the top-level domain. */
function labelReason(label: string, tldScripts: ReadonlySet<string>): HomographReason | undefined {
  const scripts = scriptsOf(label);
  if (scripts.size > 1 && !ALLOWED_MIXES.some((allowed) => [...scripts].every((s) => allowed.has(s)))) return 'mixed-script';
  const [only] = scripts;
  // A whole label of look-alikes imitates a Latin name, unless the domain is of that script itself (e.g. .рф).
  if (scripts.size === 1 && only !== 'Latin' && only !== undefined && !tldScripts.has(only) && latinSkeleton(label) !== undefined) {
    return 'whole-script-confusable';
  }
  return undefined;
}

/**
 * How to show a punycode name to people, in the spirit of Chromium's IDN display policy:
 * the Unicode form, and whether to put the punycode beside it because a label mixes scripts
 * (Latin with Cyrillic, say) or is written wholly in look-alike letters of another script.
 * @param name A name as stored: punycode, relative or full.
 * @param zone The zone, when `name` is relative, so the top-level domain's script is known.
 */
export function displayName(name: string, zone?: string): DisplayName {
  const unicode = toUnicodeName(name);
  const result: DisplayName = { ascii: name, unicode, showPunycode: false };
  if (unicode === name) return result;
  const tld =
    toUnicodeName(zone ?? name)
      .split('.')
      .pop() ?? '';
  const tldScripts = scriptsOf(tld);
  const labels = unicode.split('.');
  for (const label of labels) {
    const reason = labelReason(label, tldScripts);
    if (reason) {
      result.showPunycode = true;
      result.reason = reason;
      break;
    }
  }
  const skeleton = labels.map((label) => latinSkeleton(label) ?? label).join('.');
  if (result.showPunycode && skeleton !== unicode && /^[\x20-\x7e]+$/.test(skeleton)) result.lookalike = skeleton;
  return result;
}
