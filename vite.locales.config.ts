import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { targetLocales } from './src/generated/locale-codes.js';

/**
 * `dist/locales/<locale>.js`: each translation as a small standalone ES module (Lit's `html` and
 * @lit/localize's `str` replaced by scripts/locale-html.ts), which the script-tag build imports from beside itself on
 * first use. The ES build loads the same translations as chunks of its own instead.
 */
export default defineConfig({
  publicDir: false,
  // Messages import Lit's `html` and @lit/localize's `str`: two small stand-ins instead of both libraries.
  resolve: {
    alias: {
      lit: fileURLToPath(new URL('scripts/locale-html.ts', import.meta.url)),
      '@lit/localize': fileURLToPath(new URL('scripts/locale-html.ts', import.meta.url)),
    },
  },
  build: {
    target: 'es2022',
    outDir: 'dist/locales',
    emptyOutDir: false,
    minify: true,
    sourcemap: false,
    copyPublicDir: false,
    lib: {
      entry: Object.fromEntries(targetLocales.map((locale) => [locale, `src/generated/locales/${locale}.gen.ts`])),
      formats: ['es'],
      fileName: (_format, name) => `${name}.js`,
    },
  },
});
