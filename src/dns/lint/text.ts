// Invisible characters, apart from the lint rule built on them (text-lint.ts): the records
// table reveals them from the first paint, and must not load the linter to do so.

// Zero-width characters and marks (U+200B–U+200F), bidi embeddings and overrides
// (U+202A–U+202E), bidi isolates (U+2066–U+2069) and the zero-width no-break space (U+FEFF):
// they change what a value means or how it reads without showing themselves.
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;

const codePointLabel = (ch: string): string => `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

/** The distinct invisible or direction-changing characters in a text, as `U+XXXX`, in order of appearance. */
export function invisibleCharacters(text: string): string[] {
  return [...new Set(Array.from(text.matchAll(INVISIBLE), (m) => codePointLabel(m[0])))];
}

/**
 * The text with every invisible or direction-changing character replaced by a visible
 * marker like `⟨U+202E⟩`, for showing a value safely: render this, never the raw text.
 */
export function revealInvisible(text: string): string {
  return text.replace(INVISIBLE, (ch) => `⟨${codePointLabel(ch)}⟩`);
}
