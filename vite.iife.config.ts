import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type LibraryOptions, type Plugin } from 'vite';
import { minify as terser } from 'terser';
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

/**
 * The script-tag files: the elements (a classic script), the two parts it loads later with
 * `import()` (ES modules with no imports of their own: they take Lit, @lit/localize and the
 * widget's locale state from the first script's `__shared`), and the standalone connect script.
 */
const PARTS = {
  main: { entry: 'src/iife.ts', name: 'PocketDNSWidget', file: 'pocketdns-widget.iife.js', shared: false, format: 'iife' },
  // The catalog, <pocketdns-connect>, <pocketdns-zone-import> and the apply engine, as the main script loads them.
  'connect-module': {
    entry: 'src/components/pocketdns-records/setup-chunk.ts',
    name: 'PocketDNSWidgetConnect',
    file: 'pocketdns-widget-connect.js',
    shared: true,
    format: 'es',
  },
  // The same, as a classic script a page can use alone for a standalone <pocketdns-connect>: its own Lit.
  connect: {
    entry: 'src/components/pocketdns-records/setup-chunk.ts',
    name: 'PocketDNSWidgetConnect',
    file: 'pocketdns-widget-connect.iife.js',
    shared: false,
    format: 'iife',
  },
  // The record form, the linter and the propagation checker.
  extras: {
    entry: 'src/components/pocketdns-records/extras-chunk.ts',
    name: 'PocketDNSWidgetExtras',
    file: 'pocketdns-widget-extras.js',
    shared: true,
    format: 'es',
  },
} as const;

/**
 * `PART=main` (the default) builds `dist/pocketdns-widget.iife.js`: one script tag that
 * registers the elements, every dependency inside; `PART=extras` and `PART=connect-module` the
 * modules it imports on demand; `PART=connect` the standalone `pocketdns-widget-connect.iife.js`.
 */
const partName = process.env.PART ?? 'main';
if (!Object.hasOwn(PARTS, partName)) throw new Error(`PART=${partName}: not one of ${Object.keys(PARTS).join(', ')}`);
const part = PARTS[partName as keyof typeof PARTS];

/**
 * What src/iife.ts hands over in `__shared`, by module: `{ lit: ['css', 'html', …], … }`, in the order src/iife.ts lists them. The key
 * `internal/i18n` stands for src/internal/i18n.ts (the widget's locale state and overrides), and so on.
 */
const sharedModules = (): Map<string, string[]> => {
  const source = readFileSync(new URL('src/iife.ts', import.meta.url), 'utf8');
  const block = /export const __shared[^=]*= \{([\s\S]*?)\n\}(?: as const)?;/.exec(source)?.[1] ?? '';
  const modules = new Map<string, string[]>();
  for (const [, key, names] of block.matchAll(/['"]?([\w@/.-]+)['"]?: \[([^\]]*)\]/g)) {
    modules.set(
      key ?? '',
      (names ?? '')
        .split(',')
        .map((name) => name.trim())
        .filter(Boolean),
    );
  }
  if (modules.size === 0) throw new Error('vite.iife.config.ts: could not read __shared in src/iife.ts');
  return modules;
};

/** Packages that must come from the main script only: a second copy would have its own state. */
const UNSHARED = /\/node_modules\/(lit-html|lit-element|@lit\/localize|@lit\/reactive-element\/(reactive-element|css-tag))\b/;

/**
 * For the parts the main script loads: imports of `lit`, `@lit/localize` and our shared modules
 * read the main script's `PocketDNSWidget.__shared` instead of bundling a second copy. A name the
 * main script does not hand over fails the build (the stand-in does not export it), and so does
 * any copy of Lit or @lit/localize that still ends up in the file (e.g. a new `lit/directives/…`).
 */
const fromMainScript = (): Plugin => {
  const modules = sharedModules();
  // Our own modules among them (`internal/i18n` is src/internal/i18n.ts), by file.
  const ownFiles = new Map(
    [...modules.keys()]
      .map((key) => [fileURLToPath(new URL(`src/${key}.ts`, import.meta.url)), key] as const)
      .filter(([file]) => existsSync(file)),
  );
  const ownKeys = new Set(ownFiles.values());
  const PREFIX = '\0pocketdns-shared:';
  return {
    name: 'pocketdns-from-main-script',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (modules.has(source) && !ownKeys.has(source)) return PREFIX + source;
      if (!importer?.startsWith(src) || !source.startsWith('.')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      const key = resolved && ownFiles.get(resolved.id);
      return key ? PREFIX + key : null;
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const key = id.slice(PREFIX.length);
      const names = modules.get(key) ?? [];
      return `const shared = globalThis.PocketDNSWidget.__shared[${JSON.stringify(key)}];\nexport const [${names.join(', ')}] = shared;\n`;
    },
    generateBundle(_options, bundle) {
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue;
        const copies = Object.entries(output.modules)
          .filter(([id, info]) => (UNSHARED.test(id) || ownFiles.has(id)) && (info.code ?? '').trim() !== '')
          .map(([id]) => id);
        if (copies.length > 0) this.error(`${output.fileName} bundles ${copies.join(', ')}: hand them over in __shared (src/iife.ts)`);
      }
    },
  };
};

const lib: LibraryOptions = { entry: part.entry, name: part.name, formats: [part.format], fileName: () => part.file };

export default defineConfig({
  publicDir: false,
  // Our sources keep their side effects whatever package.json's `sideEffects` says of dist/.
  // fromMainScript first: it resolves the loader through laterAsMoreScripts to find it is handed over.
  plugins: [
    ownSideEffects(),
    ...(part.shared ? [fromMainScript()] : []),
    laterAsMoreScripts(),
    minifyLitTemplates(src),
    moduleStats(),
    localesBesideScript(),
    {
      name: 'terser-first',
      async renderChunk(code) {
        const out = await terser(code, { compress: { passes: 2 }, mangle: false, module: part.format === 'es', sourceMap: true });
        return { code: out.code ?? code, map: out.map as string };
      },
    },
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
      // Vite keeps whitespace and pure annotations in ES libraries (for a partner's bundler): these
      // two parts go to browsers as they are, so they are minified as fully as the IIFE, in one
      // file each (a chunk of theirs would be one more request, and one more file to host).
      output: {
        sourcemapExcludeSources: true,
        ...(part.format === 'es'
          ? { minify: true, comments: { annotation: false, jsdoc: false, legal: false }, codeSplitting: false }
          : {}),
      },
    },
  },
});
