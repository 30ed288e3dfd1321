import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type LibraryOptions, type Plugin } from 'vite';
import { minifyLitTemplates } from './scripts/minify-templates.js';
import { moduleStats } from './scripts/module-stats.js';
import { localesBesideScript } from './scripts/locales-vite.js';
import { ownSideEffects } from './scripts/own-side-effects.js';

const src = fileURLToPath(new URL('src/', import.meta.url));
const iifeLoader = fileURLToPath(new URL('src/components/pocketdns-records/setup-loader.iife.ts', import.meta.url));

/**
 * An IIFE cannot load chunks: what the elements load later ("Set up a service", zone files,
 * the record form, the linter, the propagation checker) ships as more scripts fetched on first
 * use, not inlined. Every import of the loader gets the script-tag one.
 */
const laterAsMoreScripts = (): Plugin => ({
  name: 'pocketdns-later-as-more-scripts',
  enforce: 'pre',
  resolveId(source, importer) {
    if (source.endsWith('/setup-loader.js') && importer?.includes('/src/components/')) return iifeLoader;
    return null;
  },
});

/** The script-tag files: the elements, and the two scripts they load later. */
const PARTS = {
  main: { entry: 'src/iife.ts', name: 'PocketDNSWidget', file: 'pocketdns-widget.iife.js' },
  // The catalog, <pocketdns-connect>, <pocketdns-zone-import> and the apply engine.
  connect: {
    entry: 'src/components/pocketdns-records/setup-chunk.ts',
    name: 'PocketDNSWidgetConnect',
    file: 'pocketdns-widget-connect.iife.js',
  },
  // The record form, the linter and the propagation checker.
  extras: {
    entry: 'src/components/pocketdns-records/extras-chunk.ts',
    name: 'PocketDNSWidgetExtras',
    file: 'pocketdns-widget-extras.iife.js',
  },
} as const;

/**
 * `dist/pocketdns-widget.iife.js`: one script tag that registers the elements, every
 * dependency inside; `CONNECT=1` builds `dist/pocketdns-widget-connect.iife.js` instead and
 * `EXTRAS=1` `dist/pocketdns-widget-extras.iife.js` (loaded by the first on demand).
 */
const part = process.env.CONNECT === '1' ? PARTS.connect : process.env.EXTRAS === '1' ? PARTS.extras : PARTS.main;

/**
 * The extras script is only ever loaded by the main one, so it takes Lit from it (`__lit` in
 * src/iife.ts) rather than bundling a second copy. The connect script keeps its own: it also
 * works on a page without the main script (a standalone `<pocketdns-connect>`).
 */
const SHARED_LIT = ['lit', 'lit/decorators.js', 'lit/directives/if-defined.js', 'lit/directives/live.js'];
const LIT_GLOBAL = 'PocketDNSWidget.__lit';

/** The names src/iife.ts puts in `__lit`. */
const sharedNames = (): Set<string> => {
  const list = /export const __lit[^=]*= \{([^}]*)\}/.exec(readFileSync(new URL('src/iife.ts', import.meta.url), 'utf8'))?.[1] ?? '';
  return new Set(list.split(',').map((name) => name.trim()));
};

/** Fails the extras build when its sources import from Lit a name the main script does not hand over. */
const checkSharedLit = (): Plugin => {
  const names = sharedNames();
  return {
    name: 'pocketdns-check-shared-lit',
    transform(code, id) {
      if (!id.startsWith(src)) return;
      for (const [, list, source] of code.matchAll(/^import\s*\{([^}]*)\}\s*from\s*["'](lit[^"']*)["']/gm)) {
        if (!source || !SHARED_LIT.includes(source)) continue;
        const used = (list ?? '')
          .split(',')
          .map((name) => name.trim())
          .filter((name) => name !== '' && !name.startsWith('type '));
        const missing = used.filter((name) => !names.has(name));
        if (missing.length > 0) this.error(`${id} imports ${missing.join(', ')} from ${source}: add them to __lit in src/iife.ts`);
      }
    },
  };
};

const lib: LibraryOptions = { entry: part.entry, name: part.name, formats: ['iife'], fileName: () => part.file };

export default defineConfig({
  publicDir: false,
  // Our sources keep their side effects whatever package.json's `sideEffects` says of dist/.
  plugins: [
    ownSideEffects(),
    laterAsMoreScripts(),
    minifyLitTemplates(src),
    moduleStats(),
    localesBesideScript(),
    ...(part === PARTS.extras ? [checkSharedLit()] : []),
  ],
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: false,
    minify: true,
    sourcemap: true,
    copyPublicDir: false,
    lib,
    rolldownOptions: {
      // The map names the original files (ours and lit's, zod's, openapi-fetch's) and lines,
      // for readable stack traces, but does not carry their text: the dependencies' sources
      // would make it 600 kB. The README says so.
      output: {
        sourcemapExcludeSources: true,
        ...(part === PARTS.extras ? { globals: Object.fromEntries(SHARED_LIT.map((id) => [id, LIT_GLOBAL])) } : {}),
      },
      ...(part === PARTS.extras ? { external: SHARED_LIT } : {}),
    },
  },
});
