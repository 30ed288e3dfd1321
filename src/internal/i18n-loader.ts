// Loads a translation on first use. In the ES build each locale is a chunk beside the elements;
// the script-tag build swaps this file for i18n-loader.iife.ts (see scripts/locales-vite.ts).
import type { WidgetLocale } from './i18n.js';

/** A generated locale module: its message templates by id. */
export type LocaleModule = typeof import('../generated/locales/de.js');

const MODULES: Record<Exclude<WidgetLocale, 'en'>, () => Promise<LocaleModule>> = {
  de: () => import('../generated/locales/de.js'),
  es: () => import('../generated/locales/es.js'),
  fr: () => import('../generated/locales/fr.js'),
  'pt-BR': () => import('../generated/locales/pt-BR.js'),
  ja: () => import('../generated/locales/ja.js'),
  ar: () => import('../generated/locales/ar.js'),
};

/** The translations of `locale` (not English: that one is built in). */
export function loadLocaleModule(locale: Exclude<WidgetLocale, 'en'>): Promise<LocaleModule> {
  return MODULES[locale]();
}
