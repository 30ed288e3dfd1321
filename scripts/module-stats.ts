import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { transform } from 'esbuild';
import type { Plugin } from 'vite';

/** Where the builds leave their per-module statistics for `npm run size` (not shipped, not committed). */
export const STATS_DIR = fileURLToPath(new URL('../node_modules/.cache/pocketdns-widget/', import.meta.url));

/** The repository root, cut from module ids so the report names `src/…` and `node_modules/lit-html/…`. */
const root = fileURLToPath(new URL('../', import.meta.url));

/** One module's share of a built file. */
export interface ModuleStat {
  /** Path relative to the repository (`src/dns/lint/spf.ts`, `node_modules/lit-html/lit-html.js`) or a virtual id. */
  id: string;
  /** Bytes of the module as rendered into the bundle, tree-shaken but not yet minified. */
  rendered: number;
  /** Bytes after minifying the module on its own: close to what it costs in the minified file. */
  minified: number;
}

/**
 * Vite plugin: writes `<file>.json` into {@link STATS_DIR} with each module's bytes in each
 * output file, so the size report can say where the bytes go. Rolldown gives each module's
 * rendered code before the whole file is minified; minifying that code alone estimates what the
 * module costs in the shipped file (names mangle a little differently, hence "about").
 */
export function moduleStats(): Plugin {
  return {
    name: 'pocketdns-module-stats',
    apply: 'build',
    async generateBundle(_options, bundle) {
      await mkdir(STATS_DIR, { recursive: true });
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue;
        const modules: ModuleStat[] = [];
        for (const [id, info] of Object.entries(output.modules)) {
          const code = info.code ?? '';
          if (code.trim() === '') continue;
          const minified = (
            await transform(code, { minify: true, loader: 'js', target: 'es2022', logLevel: 'silent' }).catch(() => ({ code }))
          ).code.length;
          modules.push({
            id: id.startsWith(root) ? id.slice(root.length) : id.replace(/^\0/, ''),
            rendered: info.renderedLength,
            minified,
          });
        }
        await writeFile(`${STATS_DIR}${output.fileName}.json`, JSON.stringify({ file: output.fileName, modules }, null, 1));
      }
    },
  };
}
