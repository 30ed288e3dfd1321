import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { localesBesideScript } from './scripts/locales-vite.js';
import { ownSideEffects } from './scripts/own-side-effects.js';

const iifeLoader = fileURLToPath(new URL('src/components/pocketdns-records/setup-loader.iife.ts', import.meta.url));

/**
 * An IIFE cannot load chunks: the script tag gets "Set up a service" (the catalog and
 * `<pocketdns-connect>`) as a second script, fetched on first use, instead of inlined.
 */
const setupAsSecondScript = (): Plugin => ({
  name: 'pocketdns-setup-second-script',
  enforce: 'pre',
  resolveId(source, importer) {
    if (source === './setup-loader.js' && importer?.includes('pocketdns-records')) return iifeLoader;
    return null;
  },
});

/**
 * `dist/pocketdns-widget.iife.js`: one script tag that registers the elements, every
 * dependency inside; `CONNECT=1` builds `dist/pocketdns-widget-connect.iife.js` instead (the
 * catalog and `<pocketdns-connect>`, loaded by the first on demand or put on a page directly).
 */
const connect = process.env.CONNECT === '1';

export default defineConfig({
  publicDir: false,
  // Our sources keep their side effects whatever package.json's `sideEffects` says of dist/.
  plugins: connect ? [ownSideEffects(), localesBesideScript()] : [ownSideEffects(), setupAsSecondScript(), localesBesideScript()],
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: false,
    minify: true,
    sourcemap: true,
    copyPublicDir: false,
    lib: connect
      ? {
          entry: 'src/components/pocketdns-records/setup-chunk.ts',
          name: 'PocketDNSWidgetConnect',
          formats: ['iife'],
          fileName: () => 'pocketdns-widget-connect.iife.js',
        }
      : {
          entry: 'src/index.ts',
          name: 'PocketDNSWidget',
          formats: ['iife'],
          fileName: () => 'pocketdns-widget.iife.js',
        },
    rolldownOptions: {
      // The map names the original files (ours and lit's, zod's, openapi-fetch's) and lines,
      // for readable stack traces, but does not carry their text: the dependencies' sources
      // would make it 600 kB. The README says so.
      output: { sourcemapExcludeSources: true },
    },
  },
});
