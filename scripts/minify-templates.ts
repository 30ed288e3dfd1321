import ts from 'typescript';
import type { Plugin } from 'vite';

/** Tags whose template text is markup or CSS, where a run of whitespace reads as one space. */
const HTML_TAGS = new Set(['html', 'svg']);
const CSS_TAG = 'css';

/** Applies `edit` outside quoted strings only (CSS `content: ' ↕'` keeps its spaces). */
const outsideQuotes = (text: string, edit: (part: string) => string): string =>
  text
    .split(/('[^'\n]*'|"[^"\n]*")/)
    .map((part, i) => (i % 2 === 1 ? part : edit(part)))
    .join('');

/** Every line break of `text`, so a rewrite keeps the lines where they were (and the source map right). */
const breaks = (text: string): string => text.replace(/[^\n]/g, '');

/**
 * Markup: a run of whitespace with line breaks becomes those line breaks alone (the lines stay
 * where they were); HTML reads any run of whitespace as one space, as before.
 */
const minifyHtml = (text: string): string => text.replace(/[ \t]*\n\s*/g, breaks);

/** CSS: comments and indentation go, and no space is kept around `{ } ; ,` or after `:` (line breaks stay). */
const minifyCss = (text: string): string =>
  outsideQuotes(text.replace(/\/\*[\s\S]*?\*\//g, breaks), (part) =>
    part
      .replace(/\s+/g, (run) => (run.includes('\n') ? breaks(run) : ' '))
      .replace(/[ \t]*([{};,])[ \t]*/g, '$1')
      .replace(/\n([{};,])/g, '$1\n')
      .replace(/:[ \t]+/g, ':'),
  );

/**
 * Rewrites the static text of Lit's `html`, `svg` and `css` tagged templates in one TypeScript
 * source: indentation and line breaks are for people reading the source, not for browsers.
 * Only the literal parts change (never an expression), so each template keeps its parts.
 * Markup keeps whitespace where it had any: inline elements stay apart as before. Line breaks
 * stay, so the rest of the file keeps its lines and the source map its mappings.
 */
export function minifyTemplates(code: string, fileName: string): string | undefined {
  if (!/\b(?:html|svg|css)`/.test(code)) return undefined;
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const edits: { start: number; end: number; text: string }[] = [];
  const rewrite = (start: number, end: number, minify: (text: string) => string): void => {
    const before = code.slice(start, end);
    const after = minify(before);
    if (after !== before) edits.push({ start, end, text: after });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag)) {
      const tag = node.tag.text;
      const minify = HTML_TAGS.has(tag) ? minifyHtml : tag === CSS_TAG ? minifyCss : undefined;
      if (minify) {
        const template = node.template;
        // The text between the delimiters: `…`, `…${, }…${ and }…`.
        if (ts.isNoSubstitutionTemplateLiteral(template)) rewrite(template.getStart(source) + 1, template.end - 1, minify);
        else {
          rewrite(template.head.getStart(source) + 1, template.head.end - 2, minify);
          for (const span of template.templateSpans) {
            const literal = span.literal;
            rewrite(literal.getStart(source) + 1, literal.end - (ts.isTemplateTail(literal) ? 1 : 2), minify);
          }
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  if (edits.length === 0) return undefined;
  let out = code;
  for (const { start, end, text } of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, start) + text + out.slice(end);
  return out;
}

/**
 * Vite plugin for the script-tag builds: minifies the text of our Lit templates (see
 * {@link minifyTemplates}); the bundler's minifier leaves template literals as written. The ES
 * build keeps them readable, as partners' bundlers get them.
 */
export function minifyLitTemplates(src: string): Plugin {
  return {
    name: 'pocketdns-minify-lit-templates',
    enforce: 'pre',
    transform(code, id) {
      if (!id.startsWith(src) || !id.endsWith('.ts')) return undefined;
      const out = minifyTemplates(code, id);
      return out === undefined ? undefined : { code: out, map: null };
    },
  };
}
