// Finding English left on screen in another locale, for the language tests: the English words
// of the messages (from the locale's XLIFF, less the words its own texts use) found in what an
// element renders, less DNS data and what `Intl` writes.
import { activeLocale } from '../../src/internal/i18n.js';
import { roots, until } from './dom.js';

/** Common English words that any untranslated sentence would carry. */
const STOPWORDS = ['the', 'and', 'you', 'your', 'with', 'this', 'that', 'for', 'not', 'are', 'was', 'has', 'have', 'from', 'will', 'can'];

/** A locale's words, read from its XLIFF. */
export interface Catalog {
  /** Words of the English messages that the locale translates differently. */
  english: Set<string>;
  /** Words the locale's own texts use (DNS terms, names, words shared with English). */
  own: Set<string>;
}

/** The words of a text, lower case, as the checks compare them. */
export const words = (textContent: string): string[] => textContent.toLowerCase().match(/[a-z][a-z’']{2,}/g) ?? [];

/** The locale's XLIFF, as the sets of English words to look for and of words it uses itself. */
export async function catalog(locale: string): Promise<Catalog> {
  const xliff = new DOMParser().parseFromString(await (await fetch(`/xliff/${locale}.xlf`)).text(), 'application/xml');
  const english = new Set<string>(STOPWORDS);
  const own = new Set<string>();
  for (const unit of xliff.querySelectorAll('trans-unit')) {
    const source = unit.querySelector('source')?.textContent ?? '';
    const target = unit.querySelector('target')?.textContent ?? '';
    for (const word of words(target)) own.add(word);
    if (source !== target) for (const word of words(source)) english.add(word);
  }
  for (const word of own) english.delete(word);
  return { english, own };
}

/** Everything a person reads or hears from an element: text, placeholders, labels, titles. */
export function rendered(el: Element): string {
  const parts: string[] = [];
  for (const root of roots(el)) {
    const copy = document.createElement('div');
    for (const node of root.childNodes) copy.append(node.cloneNode(true));
    for (const skipped of copy.querySelectorAll('style')) skipped.remove();
    parts.push(copy.textContent);
    for (const node of copy.querySelectorAll('[placeholder], [aria-label], [title]')) {
      for (const name of ['placeholder', 'aria-label', 'title']) parts.push(node.getAttribute(name) ?? '');
    }
  }
  return parts.join(' ');
}

/** Words of dates and units as `Intl` writes them in `locale` (Portuguese "out." is October). */
function intlWords(locale: string): Set<string> {
  const made: string[] = [];
  for (let month = 0; month < 12; month += 1) {
    const date = new Date(Date.UTC(2027, month, 14));
    for (const dateStyle of ['medium', 'long'] as const) made.push(new Intl.DateTimeFormat(locale, { dateStyle }).format(date));
  }
  for (const unit of ['second', 'minute', 'hour', 'day'])
    for (const n of [1, 2]) made.push(new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(n));
  return new Set(words(made.join(' ')));
}

/** English words left on screen: English message words, not the locale's own, not DNS data, not `Intl`'s. */
export function englishLeft(el: Element, { english }: Catalog, data: Set<string>, locale: string): string[] {
  const intl = intlWords(locale);
  return [...new Set(words(rendered(el)).filter((word) => english.has(word) && !data.has(word) && !intl.has(word)))].sort();
}

/** Switches the elements to `locale` and waits until they (and the elements inside them) have rendered in it. */
export async function switchTo(
  locale: string,
  elements: (HTMLElement & { locale: string; updateComplete: Promise<boolean> })[],
): Promise<void> {
  for (const el of elements) el.locale = locale;
  await until(() => activeLocale() === locale, `${locale} to load`);
  await Promise.all(elements.map((el) => el.updateComplete));
  // Nested elements (the record form, the zone import) render after their hosts.
  await new Promise(requestAnimationFrame);
}
