import { defineConfig } from 'vite';

/** `dist/pocketdns-widget.iife.js`: one script tag that registers both elements, every dependency inside. */
export default defineConfig({
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
  },
});
