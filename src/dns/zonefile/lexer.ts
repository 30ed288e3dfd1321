/** One word of a master-file entry. */
export interface ZoneToken {
  /** For a quoted string, its decoded text; otherwise the word as written (escapes kept). */
  text: string;
  /** Whether the word was a quoted string. */
  quoted: boolean;
}

/** One entry of a master file: a record or a `$` directive, possibly spread over lines by parentheses. */
export interface ZoneEntry {
  /** 1-based line the entry starts on. */
  line: number;
  /** The entry began with a blank (space or tab): a record that repeats the previous owner. */
  ownerOmitted: boolean;
  /** The words, comments and parentheses removed. */
  tokens: ZoneToken[];
}

/** A syntax problem the lexer found; the entry it concerns is left out. */
export interface LexProblem {
  /** 1-based line. */
  line: number;
  /** Which problem. */
  code: 'parentheses' | 'quote' | 'escape';
  /** A full sentence. */
  message: string;
  /** Which shape of the problem, so the UI can write it in another language. */
  params?: Record<string, string | number>;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * Decodes master-file escapes (RFC 1035 §5.1): `\DDD` is the byte with that decimal value,
 * `\X` is X itself. The bytes are read as UTF-8, so `\195\164` is “ä”.
 * @returns the text, or `undefined` when an escape is malformed or the bytes are not UTF-8.
 */
export function unescapeText(raw: string): string | undefined {
  if (!raw.includes('\\')) return raw;
  const bytes: number[] = [];
  for (let i = 0; i < raw.length; i += 1) {
    const ch = raw[i] ?? '';
    if (ch !== '\\') {
      const code = ch.charCodeAt(0);
      if (code < 0x80) bytes.push(code);
      else {
        // A whole code point (a surrogate pair is two UTF-16 units).
        const point = String.fromCodePoint(raw.codePointAt(i) ?? 0);
        bytes.push(...encoder.encode(point));
        i += point.length - 1;
      }
      continue;
    }
    const digits = raw.slice(i + 1, i + 4);
    if (/^\d{3}$/.test(digits)) {
      const value = Number(digits);
      if (value > 255) return undefined;
      bytes.push(value);
      i += 3;
    } else if (i + 1 < raw.length) {
      i += 1;
      const next = String.fromCodePoint(raw.codePointAt(i) ?? 0);
      bytes.push(...encoder.encode(next));
      i += next.length - 1;
    } else {
      return undefined;
    }
  }
  try {
    return decoder.decode(new Uint8Array(bytes));
  } catch {
    return undefined;
  }
}

/**
 * Splits master-file text into entries, one at a time, so a caller can stop between them
 * (see `parseZoneFileChunked`). It knows comments (`;` to the end of the line), quoted
 * strings with escapes, and parentheses that continue an entry across lines (RFC 1035 §5.1).
 * An entry with a syntax problem is reported in {@link problems} and skipped.
 */
export class ZoneLexer {
  /** Problems found so far, in file order. */
  readonly problems: LexProblem[] = [];
  private pos = 0;
  private line = 1;

  /** @param text the whole file */
  constructor(private readonly text: string) {}

  /** The line the lexer has reached (1-based). */
  get currentLine(): number {
    return this.line;
  }

  /** How far the lexer has read, from 0 to 1. */
  get progress(): number {
    return this.text.length === 0 ? 1 : this.pos / this.text.length;
  }

  /** The next entry, or `undefined` at the end of the file. Blank and comment-only lines give none. */
  next(): ZoneEntry | undefined {
    const text = this.text;
    while (this.pos < text.length) {
      const start = this.line;
      const ownerOmitted = text[this.pos] === ' ' || text[this.pos] === '\t';
      const entry = this.readEntry(start, ownerOmitted);
      if (entry && entry.tokens.length > 0) return entry;
    }
    return undefined;
  }

  private problem(line: number, code: LexProblem['code'], message: string, params?: Record<string, string | number>): void {
    this.problems.push({ line, code, message, ...(params ? { params } : {}) });
  }

  /** Reads up to the end of the entry (a newline outside parentheses). `undefined` if it had a problem. */
  private readEntry(start: number, ownerOmitted: boolean): ZoneEntry | undefined {
    const text = this.text;
    const tokens: ZoneToken[] = [];
    let openedAt = 0; // line of the open parenthesis, 0 when none is open
    let broken = false;
    while (this.pos < text.length) {
      const ch = text[this.pos];
      if (ch === '\n') {
        this.pos += 1;
        this.line += 1;
        if (openedAt === 0) break;
      } else if (ch === ' ' || ch === '\t' || ch === '\r') {
        this.pos += 1;
      } else if (ch === ';') {
        const end = text.indexOf('\n', this.pos);
        this.pos = end === -1 ? text.length : end;
      } else if (ch === '(') {
        if (openedAt !== 0) {
          this.problem(this.line, 'parentheses', 'A parenthesis opens inside another one; close the first before opening a new one.', {
            kind: 'nested',
          });
          broken = true;
        }
        openedAt = this.line;
        this.pos += 1;
      } else if (ch === ')') {
        if (openedAt === 0) {
          this.problem(this.line, 'parentheses', 'This closing parenthesis has no opening one before it.', { kind: 'unopened' });
          broken = true;
        }
        openedAt = 0;
        this.pos += 1;
      } else if (ch === '"') {
        const token = this.readQuoted();
        if (token) tokens.push(token);
        else broken = true;
      } else {
        tokens.push({ text: this.readWord(), quoted: false });
      }
    }
    if (openedAt !== 0) {
      this.problem(openedAt, 'parentheses', 'The parenthesis opened on this line is never closed, so the rest of the file was left out.', {
        kind: 'unclosed',
      });
      broken = true;
    }
    return broken ? undefined : { line: start, ownerOmitted, tokens };
  }

  /** Reads an unquoted word: up to a blank, a newline, `;`, a parenthesis or a quote; `\X` escapes a delimiter. */
  private readWord(): string {
    const text = this.text;
    const from = this.pos;
    while (this.pos < text.length) {
      const ch = text[this.pos];
      if (ch === '\\') this.pos += 2;
      else if (ch === ' ' || ch === '\t' || ch === '\r' || ch === '\n' || ch === ';' || ch === '(' || ch === ')' || ch === '"') break;
      else this.pos += 1;
    }
    this.pos = Math.min(this.pos, text.length);
    return text.slice(from, this.pos);
  }

  /** Reads a quoted string from its opening quote; a string must close on its own line. */
  private readQuoted(): ZoneToken | undefined {
    const text = this.text;
    const line = this.line;
    let i = this.pos + 1;
    while (i < text.length && text[i] !== '"' && text[i] !== '\n') i += text[i] === '\\' && text[i + 1] !== '\n' ? 2 : 1;
    if (i >= text.length || text[i] !== '"') {
      this.problem(line, 'quote', 'A quoted string is not closed before the end of the line: add the closing quote (").');
      this.pos = i;
      return undefined;
    }
    const decoded = unescapeText(text.slice(this.pos + 1, i));
    this.pos = i + 1;
    if (decoded === undefined) {
      this.problem(
        line,
        'escape',
        'A quoted string has a broken escape: use \\" for a quote, \\\\ for a backslash and \\DDD (000–255) for a byte of UTF-8.',
      );
      return undefined;
    }
    return { text: decoded, quoted: true };
  }
}
