import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { ownSideEffects } from './scripts/own-side-effects.js';
import pkg from './package.json' with { type: 'json' };

/**
 * Runtime dependencies and peers stay external in the ES build, so partners' bundlers dedupe
 * lit and zod; Node built-ins stay external for the server, sandbox and CLI entries.
 */
const external = [
  ...[...Object.keys(pkg.dependencies), ...Object.keys(pkg.peerDependencies)].flatMap((name) => [name, new RegExp(`^${name}/`)]),
  /^node:/,
];

/** A `@customElement(...)` decorator or a `customElements.define('tag', ...)` call (not src/internal/define.ts's own): the module registers an element when it loads. */
const REGISTERS = /@customElement\(|customElements\.define\(\s*['"`]/;

const registering = new Map<string, boolean>();

/** `src/components/`: the elements and what only they use. */
const components = fileURLToPath(new URL('src/components/', import.meta.url));

/**
 * Whether the source module `id` may register a custom element when it is imported (read once
 * per build): anything under `src/components/` (however a component registers itself), and any
 * other module of ours with a registration in it.
 */
function registersElement(id: string): boolean {
  let answer = registering.get(id);
  if (answer === undefined) {
    // Virtual modules (`\0…`, the decorator helper) and dependencies are not ours to read.
    answer =
      id.startsWith(components) ||
      (id.startsWith('/') && /\.[cm]?[jt]s$/.test(id) && !id.includes('/node_modules/') && REGISTERS.test(readFileSync(id, 'utf8')));
    registering.set(id, answer);
  }
  return answer;
}

export default defineConfig({
  // Our sources keep their side effects whatever package.json's `sideEffects` says of dist/.
  plugins: [ownSideEffects()],
  publicDir: false,
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    // Readable ES output: partners' bundlers minify it, and until then stack traces and React
    // DevTools show `PocketDnsRecordsElement`, not `_`. The script-tag IIFE stays minified.
    minify: false,
    sourcemap: true,
    copyPublicDir: false,
    lib: {
      entry: {
        index: 'src/index.ts',
        domains: 'src/domains.ts',
        records: 'src/records.ts',
        connect: 'src/connect.ts',
        react: 'src/react.ts',
        vue: 'src/vue.ts',
        svelte: 'src/svelte.ts',
        dns: 'src/dns/index.ts',
        templates: 'src/templates/index.ts',
        api: 'src/api/index.ts',
        server: 'src/server/index.ts',
        'server-node': 'src/server/node.ts',
        'server-redis': 'src/server/redis.ts',
        sandbox: 'src/sandbox/index.ts',
        'sandbox-cli': 'src/sandbox/cli.ts',
      },
      formats: ['es'],
    },
    rolldownOptions: {
      external,
      // src/react.ts's 'use client' stays at the top of dist/react.js (an entry keeps its
      // directive; test/dist/examples-frontend.test.mjs checks it), so the warning is noise.
      checks: { moduleLevelDirective: false },
      output: {
        // Chunks that register elements are named `element-*.js`, so package.json's
        // `sideEffects` can list them by a glob and call every other file side-effect free
        // (test/dist/side-effects.test.mjs checks both halves).
        chunkFileNames: (chunk) => (chunk.moduleIds.some(registersElement) ? 'element-[name]-[hash].js' : '[name]-[hash].js'),
      },
    },
  },
});
