import { defineConfig } from 'vite';
import { ownSideEffects } from './scripts/own-side-effects.js';

/** `dist/pocketdns-widget.iife.js`: one script tag that registers both elements, every dependency inside. */
export default defineConfig({
  // Our sources keep their side effects whatever package.json's `sideEffects` says of dist/.
  plugins: [ownSideEffects()],
  publicDir: false,
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: false,
    minify: true,
    sourcemap: true,
    copyPublicDir: false,
    lib: {
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
