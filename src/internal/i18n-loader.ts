// Loads a translation on first use. In the ES build each locale is a chunk beside the elements;
// the script-tag build swaps this file for i18n-loader.iife.ts (see scripts/locales-vite.ts).
import type { WidgetLocale } from './i18n.js';

/** A generated locale module: its message templates by id. */
export type LocaleModule = typeof import('../generated/locales/de.gen.js');

const MODULES: Record<Exclude<WidgetLocale, 'en'>, () => Promise<LocaleModule>> = {
  de: () => import('../generated/locales/de.gen.js'),
  es: () => import('../generated/locales/es.gen.js'),
  fr: () => import('../generated/locales/fr.gen.js'),
  'pt-BR': () => import('../generated/locales/pt-BR.gen.js'),
  ja: () => import('../generated/locales/ja.gen.js'),
  ar: () => import('../generated/locales/ar.gen.js'),
};

/** The translations of `locale` (not English: that one is built in). */
export function loadLocaleModule(locale: Exclude<WidgetLocale, 'en'>): Promise<LocaleModule> {
  return MODULES[locale]();
}
