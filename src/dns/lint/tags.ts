/** One `name=value` pair of a DKIM or DMARC tag list. */
export interface Tag {
  /** Tag name, lower-cased: DKIM and DMARC tag names are case-insensitive in practice. */
  name: string;
  /** Value with the surrounding white space removed. */
  value: string;
}

/** A tag list read leniently: the tags it has and the pieces that are not `name=value`. */
export interface TagList {
  /** The tags in order, repeats included (the rules report repeats). */
  tags: Tag[];
  /** Pieces between semicolons that have no `=` or no valid name. */
  malformed: string[];
}

const TAG_NAME = /^[a-z][a-z0-9_]*$/i;

/**
 * Reads a tag list (RFC 6376 §3.2, which DMARC reuses): `name=value` pairs separated by
 * semicolons, white space allowed around them, a final semicolon allowed.
 */
export function parseTagList(text: string): TagList {
  const tags: Tag[] = [];
  const malformed: string[] = [];
  for (const piece of text.split(';')) {
    const trimmed = piece.trim();
    if (trimmed === '') continue;
    const eq = trimmed.indexOf('=');
    const name = eq < 0 ? '' : trimmed.slice(0, eq).trim();
    if (!TAG_NAME.test(name)) {
      malformed.push(trimmed);
      continue;
    }
    tags.push({ name: name.toLowerCase(), value: trimmed.slice(eq + 1).trim() });
  }
  return { tags, malformed };
}

/** The names that appear more than once in a tag list. */
export function repeatedTags(tags: readonly Tag[]): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const tag of tags) {
    if (seen.has(tag.name)) repeated.add(tag.name);
    seen.add(tag.name);
  }
  return [...repeated];
}

/** The relative name shown to a customer: `@` reads as the domain itself. */
export const shownName = (name: string): string => (name === '@' ? '@ (the domain itself)' : name);
