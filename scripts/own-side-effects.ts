import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/** This repository's `src/` folder. */
const src = fileURLToPath(new URL('../src/', import.meta.url));

/**
 * Vite plugin for our own builds: every module under `src/` keeps its side effects.
 * package.json's `sideEffects` describes the built files partners get (`dist/element-*.js`, …),
 * but Vite applies it to our sources too, and then drops side-effect imports such as
 * `import '../pocketdns-record-form/pocketdns-record-form.js'`: the form's registration.
 * (`treeshake.moduleSideEffects` does not override package.json here; a transform result does.)
 */
export function ownSideEffects(): Plugin {
  return {
    name: 'pocketdns-own-side-effects',
    transform(_code, id) {
      return id.startsWith(src) ? { moduleSideEffects: true } : undefined;
    },
  };
}
