import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const iifeLoader = fileURLToPath(new URL('../src/internal/i18n-loader.iife.ts', import.meta.url));

/**
 * For the script-tag builds: an IIFE cannot load chunks, so the translations are not bundled
 * but imported on demand from `locales/<locale>.js` beside the script (vite.locales.config.ts
 * builds those files).
 */
export function localesBesideScript(): Plugin {
  return {
    name: 'pocketdns-locales-beside-script',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === './i18n-loader.js' && importer?.includes('/src/internal/')) return iifeLoader;
      return null;
    },
  };
}
