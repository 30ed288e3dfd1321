import { configureLocalization, type str } from '@lit/localize';
import type { TemplateResult } from 'lit';
import { sourceLocale, targetLocales } from '../generated/locale-codes.js';
import { loadLocaleModule } from './i18n-loader.js';

/**
 * The widget's languages, with @lit/localize in runtime mode. English is built in (the `msg()`
 * defaults); the others are loaded on first use. @lit/localize keeps ONE active locale per
 * page (per copy of the library): every element shows the locale last asked for, and asks
 * for its own when its `locale` (or the page's `lang`) changes.
 */

/** A locale the widget ships: `en` and the translated ones. */
export type WidgetLocale = typeof sourceLocale | (typeof targetLocales)[number];

/** Every locale the widget ships, English first. */
export const LOCALES: readonly WidgetLocale[] = [sourceLocale, ...targetLocales];

/** A message template as the runtime holds it: a string, `str` parts or an `html` result, with value indexes. */
type Template = string | ReturnType<typeof str> | TemplateResult;

/** Languages written right to left among ours. */
const RTL = new Set<string>(['ar']);

/**
 * The runtime's own source locale: never asked for, so that English is a loaded locale too,
 * whose table holds the partner's English overrides (the runtime skips the table of its source).
 */
const BUILT_IN = 'x-pocketdns-en';

/**
 * The shipped locale for a BCP 47 tag: itself, else its language (`de-AT` → `de`, `pt` →
 * `pt-BR`), else English.
 */
export function matchLocale(tag: string | null | undefined): WidgetLocale {
  const wanted = (tag ?? '').trim().toLowerCase().replace(/_/g, '-');
  if (!wanted) return sourceLocale;
  const exact = LOCALES.find((l) => l.toLowerCase() === wanted);
  if (exact) return exact;
  const language = wanted.split('-')[0];
  return LOCALES.find((l) => l.toLowerCase().split('-')[0] === language) ?? sourceLocale;
}

/** `rtl` for a language written right to left, else `ltr`. */
export function directionOf(locale: string): 'ltr' | 'rtl' {
  return RTL.has(matchLocale(locale).split('-')[0] ?? '') ? 'rtl' : 'ltr';
}

type Runtime = ReturnType<typeof configureLocalization>;
/** `undefined` until a locale other than English (or an override) is needed; `null` when the page configured @lit/localize itself. */
let runtime: Runtime | null | undefined;
/** The tables handed to the runtime, by locale: the translations with the overrides on top. */
const tables = new Map<WidgetLocale, Record<string, Template>>();
/** The translations as shipped, once loaded. */
const shipped = new Map<WidgetLocale, Record<string, Template>>();
/** The partner's overrides, by locale. */
const overrides = new Map<WidgetLocale, Record<string, Template>>();
/** Elements to render again when the overrides change. */
const listeners = new Set<() => void>();

async function load(locale: string): Promise<{ templates: Record<string, Template> }> {
  const key = matchLocale(locale);
  if (!shipped.has(key)) shipped.set(key, key === sourceLocale ? {} : (await loadLocaleModule(key)).templates);
  const table = { ...shipped.get(key), ...overrides.get(key) };
  tables.set(key, table);
  return { templates: table };
}

function ensureRuntime(): Runtime | null {
  if (runtime !== undefined) return runtime;
  try {
    runtime = configureLocalization({ sourceLocale: BUILT_IN, targetLocales: [...LOCALES], loadLocale: load });
  } catch {
    // The partner's page configured @lit/localize first: its runtime translates our messages
    // (by our ids, English where it has none), and we leave its locale alone.
    runtime = null;
    console.warn('PocketDNS widget: @lit/localize was configured by the page, so the widget renders with its locale.');
  }
  return runtime;
}

/** The locale the text is in now (English until another one has loaded). */
export function activeLocale(): WidgetLocale {
  const active = runtime?.getLocale();
  return active && active !== BUILT_IN ? matchLocale(active) : sourceLocale;
}

/** Asks for `locale` on the whole page; resolves once it shows (or failed to load, then the text stays as it was). */
export async function requestLocale(locale: WidgetLocale): Promise<void> {
  // English with no overrides is what `msg()` returns before any configuration.
  if (runtime === undefined && locale === sourceLocale && !overrides.has(sourceLocale)) return;
  const configured = ensureRuntime();
  if (!configured) return;
  try {
    await configured.setLocale(locale);
  } catch (error) {
    console.warn(`PocketDNS widget: the ${locale} translations could not be loaded.`, error);
  }
}

/** Calls `listener` when the overrides change; returns the unsubscribe. */
export function onMessagesChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The entries of `table` with these ids. */
function pick(table: Record<string, Template> | undefined, ids: readonly string[]): Record<string, Template> {
  return Object.fromEntries(ids.flatMap((id) => (table && id in table ? [[id, table[id] as Template]] : [])));
}

/** `{0}` … `{9}` in an override become the message's values, in that order. */
function toTemplate(text: string): Template {
  const parts = text.split(/\{(\d)\}/);
  if (parts.length === 1) return text;
  const strings = parts.filter((_, i) => i % 2 === 0);
  const values = parts.filter((_, i) => i % 2 === 1).map(Number);
  return { strTag: true, strings, values } as unknown as Template;
}

/**
 * Replaces any of the widget's texts by message id, for one locale (English by default), e.g.
 * `setMessages({ 'domains.heading': 'Your zones' })`. A message's values are `{0}`, `{1}`… in the
 * order of the English text. Ids and English texts are in the package's `xliff/*.xlf`. Calling it
 * again adds to (and replaces) earlier overrides; `null` removes one.
 */
export function setMessages(messages: Record<string, string | null>, locale = 'en'): void {
  const key = matchLocale(locale);
  const current = new Map(Object.entries(overrides.get(key) ?? {}));
  for (const [id, text] of Object.entries(messages)) {
    if (text === null) current.delete(id);
    else current.set(id, toTemplate(text));
  }
  const merged = Object.fromEntries(current);
  overrides.set(key, merged);
  const table = tables.get(key);
  if (table) {
    // The runtime holds this very object: change it in place (shipped text back where an override went).
    for (const id of Object.keys(messages)) Reflect.deleteProperty(table, id);
    Object.assign(table, pick(shipped.get(key), Object.keys(messages)), merged);
  }
  if (runtime === undefined) void requestLocale(sourceLocale);
  for (const listener of listeners) listener();
}
