// The script-tag build's translation loader: an IIFE cannot split into chunks, so each locale
// ships as a small standalone ES module, dist/locales/<locale>.js, imported from beside this
// script. `import()` works from a classic script and under CSP `script-src 'self'`.
import type { LocaleModule } from './i18n-loader.js';
import type { WidgetLocale } from './i18n.js';

// Read while the script runs: later, `document.currentScript` is whatever runs then.
const scriptUrl =
  (document.currentScript as HTMLScriptElement | null)?.src ??
  document.querySelector<HTMLScriptElement>('script[src*="pocketdns-widget"]')?.src ??
  document.baseURI;

/** The translations of `locale`, from `locales/<locale>.js` next to the script. */
export function loadLocaleModule(locale: Exclude<WidgetLocale, 'en'>): Promise<LocaleModule> {
  return import(/* @vite-ignore */ new URL(`locales/${locale}.js`, scriptUrl).href) as Promise<LocaleModule>;
}
